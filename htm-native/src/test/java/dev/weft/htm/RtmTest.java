package dev.weft.htm;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.Test;

/**
 * The shim's entries through Java. The guard tests run everywhere: on an RTM machine they clear
 * the usable flag first and restore it after. The hardware tests run only where RTM is usable.
 */
@SuppressWarnings("restricted")
class RtmTest {

    /** Runs {@code body} with the shim's usable flag cleared, restoring it after. */
    private static void withRtmUnusable(Runnable body) {
        boolean wasUsable = Rtm.usable();
        WeftRtm.disable();
        try {
            body.run();
        } finally {
            if (wasUsable) RtmSelfTest.shimTrials(Rtm.SELF_TEST_TRIALS);
        }
        assertEquals(wasUsable, WeftRtm.usable());
    }

    @Test
    void everyEntryAnswersUnavailableAndNeverCallsThePayload() {
        withRtmUnusable(() -> {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment counter = arena.allocate(JAVA_LONG);
                Rtm.Outcome outcome = Rtm.run(WeftRtm.weft_payload_increment, counter, 3);
                assertEquals(new Rtm.Outcome(RtmStatus.UNAVAILABLE, 0), outcome);
                assertEquals(0L, counter.get(JAVA_LONG, 0), "payload ran");
                MemorySegment abortArgs = arena.allocate(WeftRtm.ABORT_ARGS);
                assertEquals(RtmStatus.UNAVAILABLE, Rtm.run(WeftRtm.weft_payload_abort, abortArgs).status());
                assertEquals(0L, abortArgs.get(JAVA_LONG, 0), "payload ran");
            }
            assertEquals(RtmStatus.UNAVAILABLE, Rtm.begin());
            assertEquals(RtmStatus.UNAVAILABLE, Rtm.end());
            assertEquals(RtmStatus.UNAVAILABLE, Rtm.abort(7));
            assertEquals(RtmStatus.UNAVAILABLE, Rtm.test());
            assertFalse(WeftRtm.usable());
        });
    }

    @Test
    void payloadsWorkOutsideTransactions() throws Throwable {
        // The payloads are plain functions: calling one directly shows the counter checks above can fail.
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment counter = arena.allocate(JAVA_LONG);
            MethodHandle increment = Linker.nativeLinker().downcallHandle(
                    WeftRtm.weft_payload_increment, FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));
            increment.invokeExact(counter);
            assertEquals(1L, counter.get(JAVA_LONG, 0));
        }
    }

    @Test
    void shimInitRefusesWithoutRtmInCpuid() {
        assumeFalse(CpuFeatures.detect().rtm(), "CPUID lists RTM here");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment commits = arena.allocate(JAVA_INT);
            commits.set(JAVA_INT, 0, -1);
            // Even asked directly, past the Java decision: no XBEGIN (it would be SIGILL here).
            assertEquals(RtmStatus.UNAVAILABLE, WeftRtm.init(4, commits));
            assertEquals(0, commits.get(JAVA_INT, 0));
            assertFalse(WeftRtm.usable());
        }
    }

    @Test
    void badArgumentsNeverReachTheShim() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment arg = arena.allocate(JAVA_LONG);
            MemorySegment fn = WeftRtm.weft_payload_increment;
            assertThrows(IllegalArgumentException.class, () -> Rtm.run(MemorySegment.NULL, arg, 1));
            assertThrows(IllegalArgumentException.class, () -> Rtm.run(null, arg, 1));
            assertThrows(IllegalArgumentException.class, () -> Rtm.run(fn, MemorySegment.NULL, 1));
            assertThrows(IllegalArgumentException.class, () -> Rtm.run(fn, arg, -1));
            assertThrows(IllegalArgumentException.class, () -> WeftRtm.run(fn, arg, 1, MemorySegment.NULL));
            assertThrows(IllegalArgumentException.class, () -> WeftRtm.run(fn, arg, 1, arena.allocate(2)));
            assertThrows(IllegalArgumentException.class, () -> WeftRtm.cpuid(0, 0, arena.allocate(12)));
            assertThrows(IllegalArgumentException.class, () -> WeftRtm.init(0, arena.allocate(4)));
            assertThrows(IllegalArgumentException.class, () -> WeftRtm.init(1, MemorySegment.NULL));
            assertThrows(IllegalArgumentException.class, () -> Rtm.abort(256));
            assertThrows(IllegalArgumentException.class, () -> Rtm.abort(-1));
            assertEquals(0L, arg.get(JAVA_LONG, 0));
        }
    }

    @Test
    void shimCpuidAnswersLeafZero() {
        int[] regs = CpuFeatures.cpuid(0, 0);
        assertTrue(regs[0] >= 1, "max leaf");
        assertEquals(ProcFiles.cpuinfo("vendor_id").substring(0, 4),
                new String(new byte[] {(byte) regs[1], (byte) (regs[1] >> 8), (byte) (regs[1] >> 16), (byte) (regs[1] >> 24)}));
    }

    // Real transactions: only where RTM is usable (never on this project's usual hosts).

    @Test
    void commitExplicitAbortAndCapacityOnRealHardware() {
        assumeTrue(Rtm.usable(), "RTM not usable here: " + Rtm.selfTest());
        RtmCheck.commit();
        RtmCheck.explicitAbort();
        RtmCheck.capacityAbort(CpuFeatures.detect().cacheLineSize());
    }

    @Test
    void everyAbortCodeArrivesOnRealHardware() {
        assumeTrue(Rtm.usable(), "RTM not usable here: " + Rtm.selfTest());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment args = arena.allocate(WeftRtm.ABORT_ARGS);
            for (int code = 0; code < 256; code++) {
                args.set(JAVA_INT, 8, code);
                Rtm.Outcome outcome = Rtm.run(WeftRtm.weft_payload_abort, args, 0);
                assertEquals(RtmStatus.EXPLICIT, outcome.status() & RtmStatus.EXPLICIT, outcome.toString());
                assertEquals(code, RtmStatus.abortCode(outcome.status()));
            }
            assertEquals(0L, args.get(JAVA_LONG, 0));
        }
        assertEquals(RtmStatus.NOT_IN_TRANSACTION, Rtm.abort(1));
        assertEquals(RtmStatus.NOT_IN_TRANSACTION, Rtm.end());
        assertEquals(0, Rtm.test());
    }
}

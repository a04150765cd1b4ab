package dev.weft.htm;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * What {@code ci/rtm-check.sh} runs: the RTM self-test, then three real transactions through
 * the whole Java FFM path into the shim (commit, explicit abort with a code, capacity abort),
 * each checked against what RTM promises. Exit status 0 when all pass or when RTM is not
 * usable here (the usual case: the transactions are then skipped, and said to be); 1 when
 * RTM is usable and a check fails. The shim's payloads do the work, so no assembler is needed.
 */
public final class RtmCheck {
    private RtmCheck() {}

    /** Bytes the capacity check writes: far beyond any transactional write set (L1D on Intel). */
    static final long CAPACITY_BYTES = 64L << 20;
    /** Runs of the commit check before it gives up: interrupts abort transactions at random. */
    static final int COMMIT_TRIES = 10;
    /** The code the explicit-abort check passes to XABORT. */
    static final int ABORT_CODE = 0x2A;

    private record Check(String name, Runnable body) {}

    public static void main(String[] args) {
        System.exit(run(System.out));
    }

    static int run(PrintStream out) {
        RtmSelfTest.Result verdict = Rtm.selfTest();
        CpuFeatures cpu = CpuFeatures.detect();
        out.println("cpu: " + cpu.vendor() + " " + cpu.brand() + ", RTM listed: " + (cpu.rtm() ? "yes" : "no"));
        out.println("self-test: " + verdict);
        List<Check> checks = List.of(
                new Check("commit", RtmCheck::commit),
                new Check("explicit abort", RtmCheck::explicitAbort),
                new Check("capacity abort", () -> capacityAbort(cpu.cacheLineSize())));
        if (!verdict.usable()) {
            out.println("RTM not usable here: " + verdict.reason() + "; skipped " + checks.size() + " transactions");
            return 0;
        }
        int failures = 0;
        for (Check check : checks) {
            try {
                check.body.run();
                out.println("ok   " + check.name);
            } catch (AssertionError e) {
                failures++;
                out.println("FAIL " + check.name + ": " + e.getMessage());
            }
        }
        out.println(failures == 0 ? "RTM checks passed" : failures + " RTM check(s) failed");
        return failures == 0 ? 0 : 1;
    }

    /**
     * The payload increments a counter inside the transaction: after the commit it is 1, so no
     * aborted attempt left a trace. An interrupt can abort any transaction without RETRY, so up
     * to {@link #COMMIT_TRIES} runs are allowed to reach that one commit.
     */
    static void commit() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment counter = arena.allocate(ValueLayout.JAVA_LONG);
            Rtm.Outcome outcome = Rtm.run(WeftRtm.weft_payload_increment, counter);
            for (int i = 1; i < COMMIT_TRIES && !outcome.committed(); i++) {
                outcome = Rtm.run(WeftRtm.weft_payload_increment, counter);
            }
            expect(outcome.committed(), "status " + outcome);
            expect(counter.get(ValueLayout.JAVA_LONG, 0) == 1, "counter " + counter.get(ValueLayout.JAVA_LONG, 0));
        }
    }

    /** The payload increments, then XABORTs: EXPLICIT with the code, one attempt, increment rolled back. */
    static void explicitAbort() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment args = arena.allocate(WeftRtm.ABORT_ARGS);
            args.set(ValueLayout.JAVA_INT, 8, ABORT_CODE);
            Rtm.Outcome outcome = Rtm.run(WeftRtm.weft_payload_abort, args);
            expect(RtmStatus.has(outcome.status(), RtmStatus.EXPLICIT), "status " + outcome);
            expect(RtmStatus.abortCode(outcome.status()) == ABORT_CODE, "status " + outcome);
            expect(outcome.attempts() == 1, "explicit aborts must not be retried: " + outcome);
            expect(args.get(ValueLayout.JAVA_LONG, 0) == 0, "counter " + args.get(ValueLayout.JAVA_LONG, 0));
        }
    }

    /** The payload writes one byte per cache line of 64 MiB: CAPACITY, no retry, nothing kept. */
    static void capacityAbort(int lineSize) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(CAPACITY_BYTES, 4096);
            MemorySegment args = arena.allocate(WeftRtm.TOUCH_ARGS);
            args.set(ValueLayout.ADDRESS, 0, buffer);
            args.set(ValueLayout.JAVA_LONG, 8, CAPACITY_BYTES);
            args.set(ValueLayout.JAVA_LONG, 16, Math.max(lineSize, 1));
            Rtm.Outcome outcome = Rtm.run(WeftRtm.weft_payload_touch, args);
            expect(RtmStatus.has(outcome.status(), RtmStatus.CAPACITY), "status " + outcome);
            expect(outcome.attempts() == 1, "capacity aborts must not be retried: " + outcome);
            expect(args.get(ValueLayout.JAVA_LONG, 24) == 0, "counter " + args.get(ValueLayout.JAVA_LONG, 24));
            expect(buffer.get(ValueLayout.JAVA_BYTE, 0) == 0, "first byte written despite the abort");
        }
    }

    private static void expect(boolean condition, String message) {
        if (!condition) throw new AssertionError(message);
    }
}

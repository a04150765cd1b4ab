package dev.weft.htm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Hardware transactions for the rest of Weft: the self-test, run once per JVM, and the
 * shim's entries with their out-parameters turned into return values. Every entry answers
 * {@link RtmStatus#UNAVAILABLE} without running any RTM instruction (and without calling the
 * payload) unless the self-test found RTM usable; the shim enforces this, not just Java.
 *
 * <p>Retry policy of {@link #run}: a transaction that aborts with RETRY or CONFLICT, and
 * neither CAPACITY nor EXPLICIT, is retried at most {@code maxRetries} times; any other abort
 * is answered at once, since retrying it cannot help.
 */
public final class Rtm {
    private Rtm() {}

    /** Trial transactions of the self-test: enough that interrupts cannot fail them all by chance. */
    public static final int SELF_TEST_TRIALS = 16;
    /** Retries of a transient abort before {@link #run} gives up and the caller falls back to software TM. */
    public static final int DEFAULT_MAX_RETRIES = 4;

    private static final class SelfTest {
        static final RtmSelfTest.Result RESULT = RtmSelfTest.run();
    }

    /** The outcome of {@link #run}: the status word (see {@link RtmStatus}) and how many transactions began. */
    public record Outcome(int status, int attempts) {
        public boolean committed() {
            return RtmStatus.committed(status);
        }

        @Override
        public String toString() {
            return RtmStatus.describe(status) + " after " + attempts + " attempt(s)";
        }
    }

    /** This host's verdict; the first call runs the self-test. */
    public static RtmSelfTest.Result selfTest() {
        return SelfTest.RESULT;
    }

    /** Runs the self-test if needed, then answers whether the shim will run transactions. */
    public static boolean usable() {
        selfTest();
        return WeftRtm.usable();
    }

    /** Runs the native function {@code fn(arg)} ({@code void fn(void *)}) in a transaction. */
    public static Outcome run(MemorySegment fn, MemorySegment arg, int maxRetries) {
        selfTest();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment attempts = arena.allocate(ValueLayout.JAVA_INT);
            int status = WeftRtm.run(fn, arg, maxRetries, attempts);
            return new Outcome(status, attempts.get(ValueLayout.JAVA_INT, 0));
        }
    }

    public static Outcome run(MemorySegment fn, MemorySegment arg) {
        return run(fn, arg, DEFAULT_MAX_RETRIES);
    }

    /** XBEGIN; see {@link WeftRtm#begin()} for why Java code should prefer {@link #run}. */
    public static int begin() {
        selfTest();
        return WeftRtm.begin();
    }

    public static int end() {
        selfTest();
        return WeftRtm.end();
    }

    public static int abort(int code) {
        selfTest();
        return WeftRtm.abort(code);
    }

    /** XTEST: 1 inside a transaction, 0 outside, or {@link RtmStatus#UNAVAILABLE}. */
    public static int test() {
        selfTest();
        return WeftRtm.test();
    }
}

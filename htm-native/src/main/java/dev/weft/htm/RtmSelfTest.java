package dev.weft.htm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Decides at start-up whether RTM is usable here, and if not, why. CPUID's RTM bit is not
 * enough: kernels switch TSX off after the TAA and MDS bugs (and then may or may not clear
 * the bit), microcode sets RTM_ALWAYS_ABORT, and some CPUs list RTM yet abort every
 * transaction. The checks run from the cheapest and safest to the only one that executes
 * XBEGIN, which runs only when everything before it passed:
 *
 * <ol>
 *   <li>CPUID does not list RTM: {@link Reason#DISABLED_BY_KERNEL} if the kernel says it
 *       turned TSX off (TAA file "TSX disabled", or {@code tsx=off}), else {@link Reason#NOT_LISTED};
 *   <li>CPUID sets RTM_ALWAYS_ABORT: {@link Reason#ALWAYS_ABORT_FLAG} (checked before the
 *       kernel's flags because it is the root cause; such kernels also hide rtm);
 *   <li>CPUID lists RTM but /proc/cpuinfo's flags lack rtm: {@link Reason#DISABLED_BY_KERNEL};
 *   <li>the shim's trial transactions ({@link Rtm#SELF_TEST_TRIALS}): none committed is
 *       {@link Reason#ALWAYS_ABORTS}; one commit is {@link Reason#USABLE} and sets the shim's
 *       usable flag.
 * </ol>
 * {@link #decide} is the pure decision with its inputs injected; {@link #run} feeds it this host.
 */
public final class RtmSelfTest {
    private RtmSelfTest() {}

    public enum Reason {
        USABLE("RTM is listed and trial transactions commit"),
        NOT_LISTED("CPUID does not list RTM"),
        DISABLED_BY_KERNEL("the kernel disabled TSX"),
        ALWAYS_ABORT_FLAG("CPUID sets RTM_ALWAYS_ABORT: every transaction aborts"),
        ALWAYS_ABORTS("RTM is listed but every trial transaction aborted");

        public final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }
    }

    /** The verdict; {@code detail} says which input decided it. */
    public record Result(Reason reason, String detail) {
        public boolean usable() {
            return reason == Reason.USABLE;
        }

        @Override
        public String toString() {
            return reason + " (" + detail + ")";
        }
    }

    /** Runs {@code trials} trial transactions; answers how many committed. The only step that may run XBEGIN. */
    @FunctionalInterface
    public interface Trials {
        int commits(int trials);
    }

    public static Result decide(CpuFeatures cpu, KernelView kernel, Trials trials) {
        if (!cpu.rtm()) {
            if (kernel.tsxDisabled()) {
                String taa = kernel.tsxAsyncAbort();
                String why = taa != null && taa.contains("TSX disabled")
                        ? "tsx_async_abort: " + taa.trim() : "kernel command line has tsx=off";
                return new Result(Reason.DISABLED_BY_KERNEL, "CPUID does not list RTM; " + why);
            }
            return new Result(Reason.NOT_LISTED, Reason.NOT_LISTED.explanation);
        }
        if (cpu.rtmAlwaysAbort()) return new Result(Reason.ALWAYS_ABORT_FLAG, Reason.ALWAYS_ABORT_FLAG.explanation);
        if (kernel.cpuFlags() != null && !kernel.cpuFlags().contains("rtm")) {
            return new Result(Reason.DISABLED_BY_KERNEL, "CPUID lists RTM but /proc/cpuinfo flags lack rtm");
        }
        int commits = trials.commits(Rtm.SELF_TEST_TRIALS);
        if (commits == 0) {
            return new Result(Reason.ALWAYS_ABORTS, "0 of " + Rtm.SELF_TEST_TRIALS + " trial transactions committed");
        }
        return new Result(Reason.USABLE, commits + " of " + Rtm.SELF_TEST_TRIALS + " trial transactions committed");
    }

    /**
     * Decides for this host and leaves the shim's usable flag matching the verdict. Prefer
     * {@link Rtm#selfTest()}, which runs this once per JVM.
     */
    public static Result run() {
        WeftRtm.disable();
        return decide(CpuFeatures.detect(), KernelView.read(), RtmSelfTest::shimTrials);
    }

    /** The shim's trial: it re-checks CPUID itself, so it never runs XBEGIN on a CPU without RTM. */
    static int shimTrials(int trials) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment commits = arena.allocate(ValueLayout.JAVA_INT);
            WeftRtm.init(trials, commits);
            return commits.get(ValueLayout.JAVA_INT, 0);
        }
    }
}

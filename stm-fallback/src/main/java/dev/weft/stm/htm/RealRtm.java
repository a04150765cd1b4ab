package dev.weft.stm.htm;

import dev.weft.htm.Rtm;
import dev.weft.htm.RtmStatus;
import dev.weft.stm.TxContext;
import java.lang.foreign.MemorySegment;

/**
 * The CPU's RTM, for {@code --htm=rtm}. Honest about what it can do:
 * <ul>
 *   <li>a <b>Java body</b> cannot run inside a real hardware transaction. Between XBEGIN and
 *       XEND the JVM's own code would run too (safepoint polls, GC barriers, allocation,
 *       deoptimisation, the JIT's stack banging), any of which may abort the region or
 *       worse, and nothing makes the Java JIT keep a body free of them. So {@link #run}
 *       answers {@link RtmStatus#UNAVAILABLE} without running the body, and
 *       {@link HybridRunner} goes straight to software;
 *   <li>a <b>native region</b> (code that codegen-x86 emits with the hardware barriers of
 *       docs/tm-protocol.md) runs through {@link #runNative}, that is
 *       {@code dev.weft.htm.Rtm.run}; its status word feeds the same retry policy
 *       ({@link HybridRunner#tryHardware}). Where RTM is not usable that answers UNAVAILABLE
 *       too, and no RTM instruction runs.
 * </ul>
 */
public final class RealRtm implements Htm {
    public static final RealRtm INSTANCE = new RealRtm();

    private RealRtm() {}

    /** Always {@link RtmStatus#UNAVAILABLE}: Java bodies cannot run in a real RTM region (see above). */
    @Override
    public int run(TxContext ctx, HtmBody body) {
        return RtmStatus.UNAVAILABLE;
    }

    /** False: {@link #run} never runs a Java body. See {@link #nativeUsable()} for native regions. */
    @Override
    public boolean usable() {
        return false;
    }

    /** Whether this CPU runs native regions (runs RTM's self-test on first use; needs native access). */
    public boolean nativeUsable() {
        return Rtm.usable();
    }

    /**
     * One attempt at the native function {@code fn(arg)} in a hardware transaction (no retry
     * here: the caller's policy decides), answering its status word.
     */
    public int runNative(MemorySegment fn, MemorySegment arg) {
        return Rtm.run(fn, arg, 0).status();
    }

    @Override
    public String mode() {
        return "rtm";
    }

    @Override
    public String toString() {
        return "htm rtm";
    }
}

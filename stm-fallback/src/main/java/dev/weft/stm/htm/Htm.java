package dev.weft.stm.htm;

import dev.weft.htm.RtmStatus;
import dev.weft.stm.TxContext;
import java.util.Locale;

/**
 * Hardware transactions as the hybrid TM sees them: run a body as one transaction and answer
 * Intel's RTM status word ({@link RtmStatus}: {@link RtmStatus#COMMITTED}, an abort status, or
 * {@link RtmStatus#UNAVAILABLE} when no transaction could run). Three implementations, picked by
 * {@link #forMode} from the {@code --htm} switch:
 * <ul>
 *   <li>{@code emulate}: {@link RtmEmulator}, which keeps the RTM contract in Java on any host;
 *   <li>{@code rtm}: {@link RealRtm}, the CPU's own RTM, which runs native regions only (for a
 *       Java body it answers UNAVAILABLE);
 *   <li>{@code off}: {@link #OFF}, always UNAVAILABLE: everything runs in software.
 * </ul>
 * {@link HybridRunner} is the one code path over all three: it looks only at the status word.
 */
public interface Htm {
    /**
     * Runs {@code body} as one hardware transaction of {@code ctx}'s thread (which must not be
     * inside a software transaction) and answers the status word: COMMITTED when all its writes
     * appeared at once, an abort status when none did, UNAVAILABLE when the body did not run.
     */
    int run(TxContext ctx, HtmBody body);

    /** Whether {@link #run} can ever answer anything but UNAVAILABLE. */
    boolean usable();

    /** The {@code --htm} mode this implements: "emulate", "rtm" or "off". */
    String mode();

    /** No hardware transactions: every body goes to software. */
    Htm OFF = new Htm() {
        @Override
        public int run(TxContext ctx, HtmBody body) {
            return RtmStatus.UNAVAILABLE;
        }

        @Override
        public boolean usable() {
            return false;
        }

        @Override
        public String mode() {
            return "off";
        }

        @Override
        public String toString() {
            return "htm off";
        }
    };

    /**
     * The implementation of an {@code --htm=MODE} switch: {@code emulate} (an emulator with
     * {@link EmulatorParams#fromSystemProperties()}), {@code rtm} or {@code off}. Throws
     * {@link IllegalArgumentException} for any other mode.
     */
    static Htm forMode(String mode) {
        String m = mode == null ? "" : mode.trim().toLowerCase(Locale.ROOT);
        return switch (m) {
            case "emulate" -> new RtmEmulator(EmulatorParams.fromSystemProperties());
            case "rtm" -> RealRtm.INSTANCE;
            case "off" -> OFF;
            default -> throw new IllegalArgumentException("--htm=" + mode + ": not a mode (emulate, rtm, off)");
        };
    }
}

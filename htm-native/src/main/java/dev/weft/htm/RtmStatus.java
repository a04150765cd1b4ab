package dev.weft.htm;

import java.util.ArrayList;
import java.util.List;

/**
 * The RTM status word: what XBEGIN answers, and what every entry of the shim answers.
 *
 * <pre>
 *   0xFFFFFFFF  COMMITTED: XBEGIN's "started" value (_XBEGIN_STARTED); from run, the body committed
 *   otherwise an abort status, as the hardware leaves it in EAX:
 *     bit 0  EXPLICIT  the code ran XABORT; bits 24-31 hold its immediate
 *     bit 1  RETRY     the hardware thinks a retry may succeed
 *     bit 2  CONFLICT  another logical processor touched the read or write set
 *     bit 3  CAPACITY  the read or write set overflowed (a retry will not help)
 *     bit 4  DEBUG     a debug breakpoint was hit
 *     bit 5  NESTED    the abort happened in a nested transaction
 *     bits 6-23        reserved: always 0 from hardware
 *   0x00FF0000  UNAVAILABLE: Weft's own; RTM is not usable here and no RTM instruction ran
 *   0x00FE0000  NOT_IN_TRANSACTION: Weft's own; end or abort called outside a transaction
 * </pre>
 *
 * Worked examples: {@code 0x2A000001} is XABORT(42): EXPLICIT, code 0x2A. {@code 0x00000006}
 * is a conflict with RETRY: worth another try. {@code 0x00000008} is a capacity abort.
 * {@code 0} is an abort the hardware gives no reason for (an interrupt, a page fault, a system
 * call). The two values of Weft's own set reserved bits 16-23, which no abort ever sets, so
 * they cannot be mistaken for a hardware answer.
 */
public final class RtmStatus {
    private RtmStatus() {}

    public static final int COMMITTED = WeftRtm.WEFT_RTM_COMMITTED;
    public static final int UNAVAILABLE = WeftRtm.WEFT_RTM_UNAVAILABLE;
    public static final int NOT_IN_TRANSACTION = WeftRtm.WEFT_RTM_NOT_IN_TRANSACTION;

    public static final int EXPLICIT = 1 << 0;
    public static final int RETRY = 1 << 1;
    public static final int CONFLICT = 1 << 2;
    public static final int CAPACITY = 1 << 3;
    public static final int DEBUG = 1 << 4;
    public static final int NESTED = 1 << 5;

    private static final String[] BIT_NAMES = {"EXPLICIT", "RETRY", "CONFLICT", "CAPACITY", "DEBUG", "NESTED"};

    public static boolean committed(int status) {
        return status == COMMITTED;
    }

    /** True for an abort status the hardware could produce (not COMMITTED, not Weft's own). */
    public static boolean isAbort(int status) {
        return status != COMMITTED && (status & 0x00FFFFC0) == 0;
    }

    public static boolean has(int status, int bit) {
        return isAbort(status) && (status & bit) != 0;
    }

    /** The XABORT immediate, bits 24-31; meaningful only when {@link #EXPLICIT} is set. */
    public static int abortCode(int status) {
        return status >>> 24;
    }

    /** Whether the shim's retry policy retries this status: RETRY or CONFLICT, and neither CAPACITY nor EXPLICIT. */
    public static boolean retryable(int status) {
        return isAbort(status) && (status & (RETRY | CONFLICT)) != 0 && (status & (CAPACITY | EXPLICIT)) == 0;
    }

    /** E.g. "committed", "unavailable", "abort EXPLICIT code=42", "abort RETRY|CONFLICT", "abort (no reason)". */
    public static String describe(int status) {
        if (status == COMMITTED) return "committed";
        if (status == UNAVAILABLE) return "unavailable";
        if (status == NOT_IN_TRANSACTION) return "not in a transaction";
        if (!isAbort(status)) return String.format("invalid status 0x%08X", status);
        List<String> bits = new ArrayList<>();
        for (int i = 0; i < BIT_NAMES.length; i++) {
            if ((status & (1 << i)) != 0) bits.add(BIT_NAMES[i]);
        }
        String text = bits.isEmpty() ? "abort (no reason)" : "abort " + String.join("|", bits);
        return has(status, EXPLICIT) ? text + " code=" + abortCode(status) : text;
    }
}

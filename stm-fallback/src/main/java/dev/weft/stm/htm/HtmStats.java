package dev.weft.stm.htm;

import dev.weft.htm.RtmStatus;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of the hybrid: hardware attempts and commits, aborts by status bit (an abort with
 * several bits counts under each), aborts with no reason, explicit aborts by code,
 * UNAVAILABLE answers, and fallbacks to software. Shared by any number of threads.
 */
public final class HtmStats {
    private static final String[] BIT_NAMES = {"explicit", "retry", "conflict", "capacity", "debug", "nested"};

    private final LongAdder attempts = new LongAdder();
    private final LongAdder commits = new LongAdder();
    private final LongAdder aborts = new LongAdder();
    private final LongAdder noReason = new LongAdder();
    private final LongAdder unavailable = new LongAdder();
    private final LongAdder fallbacks = new LongAdder();
    private final LongAdder[] byBit = new LongAdder[BIT_NAMES.length];
    private final LongAdder[] byCode = new LongAdder[256];

    public HtmStats() {
        for (int i = 0; i < byBit.length; i++) byBit[i] = new LongAdder();
        for (int i = 0; i < byCode.length; i++) byCode[i] = new LongAdder();
    }

    /** Counts one hardware attempt that answered {@code status}. */
    public void record(int status) {
        if (status == RtmStatus.UNAVAILABLE) {
            unavailable.increment();
            return;
        }
        attempts.increment();
        if (status == RtmStatus.COMMITTED) {
            commits.increment();
            return;
        }
        aborts.increment();
        if ((status & 0x3F) == 0) noReason.increment();
        for (int b = 0; b < byBit.length; b++) if ((status & (1 << b)) != 0) byBit[b].increment();
        if ((status & RtmStatus.EXPLICIT) != 0) byCode[RtmStatus.abortCode(status)].increment();
    }

    /** Counts one transaction that went to software. */
    public void fellBack() {
        fallbacks.increment();
    }

    /** Hardware transactions begun (UNAVAILABLE answers are not attempts). */
    public long attempts() {
        return attempts.sum();
    }

    public long commits() {
        return commits.sum();
    }

    public long aborts() {
        return aborts.sum();
    }

    /** Aborts whose status has {@code bit} (one of RtmStatus's bits). */
    public long aborts(int bit) {
        if (Integer.bitCount(bit) != 1 || bit > RtmStatus.NESTED) throw new IllegalArgumentException("not a status bit: " + bit);
        return byBit[Integer.numberOfTrailingZeros(bit)].sum();
    }

    /** Aborts with status 0 (a fault in the body). */
    public long abortsWithoutReason() {
        return noReason.sum();
    }

    /** Explicit aborts with XABORT code {@code code}. */
    public long explicitAborts(int code) {
        return byCode[code].sum();
    }

    public long unavailable() {
        return unavailable.sum();
    }

    public long fallbacks() {
        return fallbacks.sum();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("htm attempts " + attempts() + ", commits " + commits() + ", aborts " + aborts());
        for (int b = 0; b < byBit.length; b++) {
            long n = byBit[b].sum();
            if (n > 0) sb.append(", ").append(BIT_NAMES[b]).append(' ').append(n);
        }
        if (abortsWithoutReason() > 0) sb.append(", no reason ").append(abortsWithoutReason());
        if (unavailable() > 0) sb.append(", unavailable ").append(unavailable());
        return sb.append(", fallbacks ").append(fallbacks()).toString();
    }
}

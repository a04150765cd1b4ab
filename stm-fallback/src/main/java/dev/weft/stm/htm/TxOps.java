package dev.weft.stm.htm;

/**
 * The barriers a transaction body is written against, implemented by both modes of the
 * hybrid: a hardware region ({@link HtmRegion}: the emulator's, later the JIT's over real RTM)
 * and a software transaction ({@link SoftwareOps}, over {@code TxContext}). A body written
 * once against this interface runs unchanged in either mode; {@link HybridRunner} runs it
 * first in hardware and then, if hardware gives up, in software.
 *
 * <p>Any barrier may end the attempt by throwing (a hardware abort or a software
 * {@code TxAbort}); the body must not catch those, and must have no effect outside the heap
 * that a re-run would duplicate (it may run several times, in either mode).
 */
public interface TxOps {
    /** Field {@code i} of {@code obj}, as of the transaction's consistent snapshot. */
    long read(long obj, int i);

    /** Sets field {@code i} of {@code obj}; visible to others only once the transaction commits. */
    void write(long obj, int i, long value);

    /** Field {@code i} of an immutable object (str, tuple...: never written after its creation). */
    long readImmutable(long obj, int i);

    /**
     * A new object of {@code fields} zeroed fields. In a hardware region this aborts
     * ({@link HtmRegion#ABORT_NEEDS_SOFTWARE}): allocation runs in software only.
     */
    long allocate(int type, int fields);

    /** Whether this is a hardware region (true) or a software transaction (false). */
    boolean isHardware();
}

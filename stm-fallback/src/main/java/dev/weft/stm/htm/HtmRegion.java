package dev.weft.stm.htm;

/**
 * A running hardware transaction, with the hardware-side barriers of docs/tm-protocol.md:
 * <ul>
 *   <li>{@code read(o, i)}: if o's orec is locked (odd), XABORT({@link #ABORT_LOCKED_OREC});
 *       else load;
 *   <li>{@code write(o, i, v)}: if o's orec is locked, XABORT({@link #ABORT_LOCKED_OREC});
 *       else store and remember o;
 *   <li>commit: {@code wv = ++G}; every remembered object's orec becomes {@code wv << 1}.
 * </ul>
 * Every barrier may abort the region: control then leaves the body (an exception the body must
 * not catch) and {@link Htm#run} answers the RTM status word. An aborted region has no
 * effect at all.
 */
public interface HtmRegion extends TxOps {
    /** XABORT code of the barriers: the object's orec is locked by a software transaction (or a committing region). */
    int ABORT_LOCKED_OREC = 0x01;
    /** XABORT code of an operation that only software can do here (allocation). */
    int ABORT_NEEDS_SOFTWARE = 0x02;

    /** XABORT({@code code}): aborts the region with status EXPLICIT and {@code code} (0..255) in bits 24-31. */
    void xabort(int code);

    @Override
    default boolean isHardware() {
        return true;
    }
}

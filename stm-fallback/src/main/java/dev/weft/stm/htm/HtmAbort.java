package dev.weft.stm.htm;

/**
 * Thrown by an emulated region's barrier when the region aborts: control leaves the body the
 * way XABORT or a conflict makes the CPU jump to the fallback address. Stackless, and one per
 * region (aborts are control flow). Bodies must not catch it; a body that does anyway gains
 * nothing, since the region stays aborted and its later barriers throw again.
 */
final class HtmAbort extends RuntimeException {
    private static final long serialVersionUID = 1L;
    int status;

    HtmAbort() {
        super("hardware region aborted", null, false, false);
    }

    @Override
    public String getMessage() {
        return "hardware region aborted: " + dev.weft.htm.RtmStatus.describe(status);
    }
}

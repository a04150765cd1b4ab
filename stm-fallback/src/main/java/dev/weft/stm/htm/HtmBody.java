package dev.weft.stm.htm;

/** The body of one hardware transaction, given its region (whose barriers may abort it). */
@FunctionalInterface
public interface HtmBody {
    void run(HtmRegion region);
}

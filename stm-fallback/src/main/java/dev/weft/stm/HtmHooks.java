package dev.weft.stm;

/**
 * The two package-level hooks the RTM emulator ({@code dev.weft.stm.htm}) needs from the
 * software TM, kept in this one file so that TxContext and Collector stay untouched.
 *
 * <p>An emulated hardware region reads heap objects and, at its commit, writes them, outside
 * any software transaction. It must therefore take part in the collector's safepoint
 * handshake exactly as a software transaction does: a collection does not start while a
 * region runs, and a region does not start while a collection runs; nor while a software
 * transaction runs alone ({@link Alone}), whose plain reads would see a region's commit. For that it sets and
 * clears the context's {@code inTransaction} flag through the collector's own entry and exit.
 *
 * <p>Not for other callers: the flag means "this thread may hold heap pointers of its own
 * now", and nothing else checks that a region is what set it.
 */
public final class HtmHooks {
    private HtmHooks() {}

    /**
     * Marks {@code ctx}'s thread as inside a hardware region: waits while a collection runs.
     * Throws when a software transaction is already running on that thread.
     */
    public static void enterRegion(TxContext ctx) {
        if (ctx.inTransaction) {
            throw new IllegalStateException("hardware region: a software transaction is already running on this thread");
        }
        ctx.heap.collector.enterTransaction(ctx);
        // and in the handshake of transactions that run alone (Alone), as a newcomer that never
        // runs alone itself: a region would commit under the plain reads of one that does
        ctx.alone.arrive(false);
    }

    /** Marks {@code ctx}'s thread as out of its hardware region (between transactions again). */
    public static void leaveRegion(TxContext ctx) {
        ctx.inTransaction = false;
        ctx.heap.collector.leftTransaction(ctx);
    }
}

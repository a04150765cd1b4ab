package dev.weft.stm;



/**
 * Transactions that run alone (docs/tm-protocol.md, "Running alone"): one context's side. A
 * transaction that begins while no other context is inside a transaction, and claims the
 * heap's alone word, reads with plain loads: no orec checks, no read log, no validation,
 * since no other transaction can commit while it runs. Every other transaction's begin
 * waits until it has ended ({@link #arrive}); hardware transactions read the alone word and
 * abort while it is set. Writes are unchanged (locks and undo log): a transaction that runs
 * alone still aborts, when a collection needs the heap, when its body throws, or when it
 * steps back for a waiting context ({@link TxContext#pollKilled}, {@link TxContext#leaveAlone}).
 *
 * <p>Why: reads are where the TM's single-thread cost is (docs/benchmarks.md, "Where the
 * TM's single-thread cost is"), and a threaded Python program often has one thread running
 * while the others wait (for a lock, a queue, a join, I/O, the main thread for its workers).
 *
 * <p>The claim is Dekker's handshake, as the collector's: a context sets its {@code
 * inTransaction} flag and then reads the alone word; the claimant sets the alone word (CAS)
 * and then reads every context's flag, and gives the word back if any other is set. With
 * both sides volatile, at least one sees the other: either the newcomer waits, or the
 * claimant does not run alone. A newcomer keeps its flag set while it waits, so the
 * transaction that ran alone does not claim again at its next begin.
 */
final class Alone {
    /** Begins at most skipped, after a look that found company, before the next look. */
    private static final int MAX_SKIP = 16;
    private final TxContext tx;
    private int skip, backoff = 1;
    /** The other contexts' begins, summed at this context's last look (see {@link #arrive}). */
    private long othersBegun = -1;
    /** Set by {@link TxContext#leaveAlone}: the next attempts do not run alone, until a commit. */
    boolean refused;

    Alone(TxContext tx) {
        this.tx = tx;
    }

    /**
     * At a begin, with this context's {@code inTransaction} flag set: waits while another
     * transaction runs alone, then answers whether this one runs alone. {@code allowed}:
     * false when every read must take the checked path (pointer checks, injected aborts).
     */
    boolean arrive(boolean allowed) {
        Heap heap = tx.heap;
        if (heap.alone() != 0) {
            // it has company (the one it waited for, back soon): trying at once would make
            // the two take turns alone, each waiting out the other's transaction
            waitOut(heap);
            backOff();
            return false;
        }
        if (!allowed || refused) return false;
        if (skip > 0) {
            skip--;
            return false;
        }
        // Company lately: another context began a transaction since this one's last look.
        // Not needed for safety (the flags below are), but a thread that is between two
        // transactions for a moment (a worker that takes the next task from a queue) would
        // else be made to wait out this one's whole transaction, again and again: two
        // threads of a TransactionQueue ran 1.3x slower so.
        long begun = 0;
        for (TxContext c : heap.attached) if (c != tx) begun += c.begins;
        if (begun != othersBegun) {
            othersBegun = begun;
            return false;
        }
        if (!RawMemory.compareAndSet(heap.aloneAddress, 0L, (long) tx.slot)) {
            backOff();
            return false;
        }
        for (TxContext c : heap.attached) {
            if (c != tx && c.inTransaction) {
                RawMemory.setVolatile(heap.aloneAddress, 0L);
                backOff();
                return false;
            }
        }
        backoff = 1;
        return true;
    }

    /** The transaction that ran alone has ended (committed or rolled back: it holds nothing). */
    void ended() {
        // the waiters' records name where it ended (one site for all of them: a nicety)
        ConflictSites sites = tx.sites();
        if (sites != null && tx.heap.aloneWaiters.get() > 0) tx.heap.aloneEndSite = sites.here();
        RawMemory.setVolatile(tx.heap.aloneAddress, 0L);
    }

    /** Company: look again only after {@code backoff} begins, twice as many as the last time. */
    private void backOff() {
        skip = backoff;
        backoff = Math.min(backoff * 2, MAX_SKIP);
    }

    /**
     * Waits, with this context's flag set, until no transaction runs alone. The one that does
     * ends at its next transaction break (then it sees this flag and does not claim again),
     * or sooner where it polls ({@link TxContext#pollKilled}, which sees the waiter count).
     */
    private void waitOut(Heap heap) {
        long start = System.nanoTime();
        int loner = (int) heap.alone();
        heap.aloneWaiters.incrementAndGet();
        try {
            int spins = 0;
            while (heap.alone() != 0) {
                if (++spins < heap.params.spinsBeforeYield()) {
                    Thread.onSpinWait();
                } else {
                    Contention.pause(); // a chunk lasts ~100 us
                }
            }
        } finally {
            heap.aloneWaiters.decrementAndGet();
        }
        long waited = System.nanoTime() - start;
        heap.stats.aloneWaitNanos.add(waited);
        ConflictSites sites = tx.sites();
        if (sites != null && loner > 0) heap.conflicts.add(sites.waitedForAlone(tx, loner, heap.aloneEndSite, waited));
    }
}

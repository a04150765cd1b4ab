package dev.weft.stm;

import static dev.weft.stm.ContextLayout.ABORT_REQUESTED;
import static dev.weft.stm.ObjectLayout.OREC;
import static dev.weft.stm.ObjectLayout.owner;

/**
 * One context's side of conflicts (docs/tm-protocol.md, "Contention management"): what it
 * does when a barrier meets another transaction's lock, and what it remembers of the
 * transaction that asked it to abort. The older transaction, or the inevitable one, wins;
 * the winner asks the owner to abort and waits for the lock, the loser aborts itself and
 * waits until the winner lets go. Part of {@link TxContext}, kept apart because it is a
 * policy of its own over the context's state (the status word, the ticket, the conflict
 * sites), which the barriers only call into.
 */
final class Contention {
    private final TxContext tx;

    /** The context that last asked this one's transaction to abort, and its age then. */
    volatile TxContext killer;
    private volatile long killerTicket;
    /** The object a winner wanted when it asked this transaction to abort (for the record). */
    volatile long killedOver;
    /** This side's access in the conflict being recorded: "read" or "write". */
    String access;

    Contention(TxContext tx) {
        this.tx = tx;
    }

    /** Remembers that {@code by}'s transaction asks this one to abort (for {@link #waitForKiller}). */
    void askedBy(TxContext by) {
        killerTicket = by.ticket();
        killer = by;
    }

    /**
     * {@code obj}'s orec {@code a} is locked by another transaction. The older transaction (or
     * the inevitable one) wins: if that is this one, it asks the owner to abort and waits for
     * the orec to change, answering its new value; otherwise it aborts itself, waits until the
     * owner lets go (so that its retry does not run into the same lock), and throws. Against
     * an inevitable owner it waits in its transaction instead: that owner never aborts, and
     * ends soon while other threads run (the interpreter breaks after the step that made it
     * inevitable), so throwing away what this transaction did bought nothing; if the owner
     * needs one of this transaction's locks meanwhile, it asks, and the wait sees the request.
     */
    long conflict(long obj, long a, AbortCause cause) {
        int ownerSlot = owner(a);
        TxContext owner = tx.heap.slots[ownerSlot];
        boolean win = owner == null || winsAgainst(owner);
        ConflictSites sites = tx.sites();
        access = cause == AbortCause.READ_WRITE && !tx.isInevitable() ? "read" : "write";
        if (win || owner.isInevitable()) {
            if (win && owner != null) {
                if (sites != null && owner.sites() != null) owner.sites().killerSite = sites.here();
                owner.contention.killedOver = obj;
                // a request that fails (the owner is committing, or was asked already) must not
                // leave the object for a later kill's record to name (it named objects that the
                // loser had never written): the record then names where the loser noticed
                if (!owner.requestAbort(tx)) owner.contention.killedOver = 0;
            }
            if (sites == null) return waitForChange(obj, a, true);
            long start = System.nanoTime();
            String at = sites.here();
            String there = owner != null && owner.sites() != null ? owner.sites().writeSite(obj) : null; // before it commits
            long now = waitForChange(obj, a, true);
            tx.heap.conflicts.add(sites.waited(tx, owner, win ? cause : AbortCause.INEVITABLE, obj, at, there, access, start));
            access = null;
            return now;
        }
        TxAbort e = tx.rollback(owner.isInevitable() ? AbortCause.INEVITABLE : cause, obj, ownerSlot);
        long start = System.nanoTime();
        waitForChange(obj, a, false);
        tx.heap.stats.abortWaitNanos.add(System.nanoTime() - start);
        throw e;
    }

    /**
     * Spins, then parks ({@link #pause}), until {@code obj}'s orec is no longer {@code a};
     * checks for kills meanwhile. {@code inTx}: the caller won the conflict and waits inside
     * its transaction.
     */
    long waitForChange(long obj, long a, boolean inTx) {
        int spins = 0;
        long now;
        while ((now = orec(obj)) == a) {
            if (inTx && !tx.isInevitable() && tx.status() == ABORT_REQUESTED) throw tx.rollback(AbortCause.KILLED, obj, 0);
            if (++spins < tx.heap.params.spinsBeforeYield()) {
                Thread.onSpinWait();
            } else {
                pause();
                // Ask the owner again. A lock word names a thread, not a transaction: between two
                // of these loads the owner may have committed (or aborted) and locked the object
                // again in its next transaction, so the orec reads `a` all along, and that new
                // transaction never got the request made in conflict() (which failed, or went to
                // the one before). If it then waits for this one (an inevitable transaction's
                // token), neither moves: InevitableTest.atMostOneInevitableAndItNeverAborts
                // deadlocked so within seconds. requestAbort only turns ACTIVE into
                // ABORT_REQUESTED, so asking again is harmless when the first request landed.
                if (inTx && orec(obj) == a) {
                    TxContext owner = tx.heap.slots[owner(a)];
                    ConflictSites sites = tx.sites();
                    if (owner != null && winsAgainst(owner) && owner.requestAbort(tx) && sites != null && owner.sites() != null) {
                        owner.sites().killerSite = sites.here(); // for the kill's record, if it is not made yet
                    }
                }
            }
        }
        return now;
    }

    /**
     * After this transaction was asked to abort: waits, holding nothing, until the transaction
     * that asked (an older or the inevitable one, waiting for a lock this one held) has ended.
     * Without this the retry often took the same lock again before the waiter saw it free:
     * the waiter watches for the orec to change, and a lock word names a thread, so the orec
     * it sees again and again is the same; it asks again (waitForChange), the retry is killed
     * again, and so on: InevitableTest.atMostOneInevitableAndItNeverAborts counted over a
     * million kills for 2,400 commits and timed out. The wait ends: the waited-for transaction
     * is older or inevitable, so it never waits for this one, which holds nothing now.
     */
    void waitForKiller() {
        TxContext k = killer;
        long age = killerTicket;
        killer = null;
        if (k == null || k == tx) return;
        int spins = 0;
        long start = System.nanoTime();
        while (k.inTransaction && k.ticket() == age) {
            if (++spins < tx.heap.params.spinsBeforeYield()) Thread.onSpinWait(); else pause();
        }
        tx.heap.stats.abortWaitNanos.add(System.nanoTime() - start);
    }

    /**
     * A wait's step once spinning is over: parks for 20 us rather than {@code Thread.yield},
     * which on this project's 2-vCPU machines could keep a waiter off the CPU for 1.5-3 ms
     * (traced: docs/tm-protocol.md, "Running alone"). Two threads of btree_atomic and
     * skiplist_atomic ran 0.89x the time with it (docs/benchmarks.md, "Waits park").
     */
    static void pause() {
        java.util.concurrent.locks.LockSupport.parkNanos(20_000);
    }

    /** Whether this transaction beats {@code owner}'s in a conflict: it is inevitable, or older. */
    private boolean winsAgainst(TxContext owner) {
        return tx.isInevitable() || (!owner.isInevitable() && tx.ticket() < owner.ticket());
    }

    private static long orec(long obj) {
        return RawMemory.getAcquire(obj + OREC);
    }
}

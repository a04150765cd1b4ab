package dev.weft.stm;

import static dev.weft.stm.ContextLayout.*;
import static dev.weft.stm.Heap.MEMORY;
import static dev.weft.stm.ObjectLayout.FIELDS;
import static dev.weft.stm.ObjectLayout.OREC;
import static dev.weft.stm.ObjectLayout.fieldCount;
import static dev.weft.stm.ObjectLayout.isLocked;
import static dev.weft.stm.ObjectLayout.sameVersion;

import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.Map;

/**
 * One context's side of inevitability (docs/tm-protocol.md, "Inevitable transactions"): how
 * a running transaction becomes the one inevitable transaction, and how an inevitable one
 * reads (it locks what it reads, so that nothing it saw can change under it). Part of
 * {@link TxContext}, kept apart as {@link Contention} is.
 */
final class Inevitability {
    private final TxContext tx;

    Inevitability(TxContext tx) {
        this.tx = tx;
    }

    /** {@link TxContext#becomeInevitable}. */
    void become() {
        tx.requireActive("becomeInevitable");
        if (tx.inevitable) return;
        Heap heap = tx.heap;
        int spins = 0;
        while (!Heap.INEVITABLE.compareAndSet(heap, 0, tx.slot)) {
            if (tx.status() == ABORT_REQUESTED && !dropStaleAbortRequest()) throw tx.rollback(AbortCause.KILLED, 0, 0);
            if (++spins < heap.params.spinsBeforeYield()) Thread.onSpinWait(); else Contention.pause();
        }
        while (!RawMemory.compareAndSet(tx.address + STATUS, ACTIVE, RUNNING_INEVITABLE)) {
            if (dropStaleAbortRequest()) continue;
            heap.inevitable = 0;
            throw tx.rollback(AbortCause.KILLED, 0, 0);
        }
        tx.inevitable = true;
        tx.inevitableSince = System.nanoTime();
        tx.put(INEVITABLE, 1);
        Map<Long, Long> lockedBefore = lockedBefore();
        for (long e = tx.readLogStart, end = tx.get(READ_LOG_CURSOR); e < end; e += READ_ENTRY) {
            long obj = RawMemory.get(e);
            long seen = RawMemory.get(e + 8);
            long o = TxContext.orec(obj);
            if (o != tx.lockWord && o != tx.readLockWord) lockedBefore.put(obj, lock(obj, true));
            if (!sameVersion(lockedBefore.get(obj), seen)) {
                // it changed since it was read: give up inevitability and abort this attempt
                revoke();
                throw tx.rollback(AbortCause.VALIDATION, obj, 0);
            }
        }
        long stale = tx.growing.lockAllForInevitable();
        if (stale != 0) {
            revoke();
            throw tx.rollback(AbortCause.VALIDATION, stale, 0);
        }
        tx.resetReadLog();
    }

    /** What this transaction has locked, and from which orec (its undo log's entries). */
    private Map<Long, Long> lockedBefore() {
        Map<Long, Long> lockedBefore = new HashMap<>();
        for (long e = tx.undoLogStart, end = tx.get(UNDO_LOG_CURSOR); e < end; ) {
            long n = RawMemory.get(e + 16);
            lockedBefore.put(RawMemory.get(e), RawMemory.get(e + 8));
            e += 24 + Math.max(n, 0) * 8;
        }
        return lockedBefore;
    }

    /**
     * Clears a request to abort when this transaction holds no lock, and says whether it did.
     * Requests are only ever made of lock holders, to free a lock; one that reaches a
     * transaction holding none was meant for an earlier transaction of this thread (the
     * requester read a lock word, which names a thread, and the lock changed hands meanwhile).
     * Without this, beginInevitable, which holds nothing while it waits for the token, threw
     * TxAbort to a caller promised that it never aborts (InevitableTest found it).
     */
    private boolean dropStaleAbortRequest() {
        return tx.get(UNDO_LOG_CURSOR) == tx.undoLogStart
                && RawMemory.compareAndSet(tx.address + STATUS, ABORT_REQUESTED, ACTIVE);
    }

    private void revoke() {
        tx.inevitable = false;
        tx.put(INEVITABLE, 0);
        RawMemory.setRelease(tx.address + STATUS, ACTIVE);
        tx.heap.inevitable = 0;
    }

    /**
     * Fields of an object up to which a read lock keeps a copy of them, so that the commit can
     * tell whether it changed (a module's globals fit; a list of a million items does not, and
     * gets a new version as everything an inevitable transaction locked used to).
     */
    static final int MAX_READ_COPY = 1024;

    /**
     * An inevitable transaction locks what it reads as well as what it writes. A write lock
     * (the lock word) takes no undo copy: it never aborts. A read lock is the read lock word
     * ({@link ObjectLayout#READ_LOCK}), which the commit turns back into the orec it replaced,
     * exactly: nothing was written, so the transactions that read the object before stay
     * valid and one that read it meanwhile saw the lock. A write to a read-locked object
     * turns its lock into the lock word; the read lock's undo entry holds a copy of its fields
     * (up to {@link #MAX_READ_COPY}), and if they are the same at the commit the object gets
     * its old version, next incarnation, as after an abort ({@code TxContext.release}).
     * Answers the orec it replaced (a lock word if it held the lock already).
     */
    long lock(long obj, boolean read) {
        long a = TxContext.orec(obj);
        for (;;) {
            if (a == tx.lockWord || a == tx.readLockWord && read) return a;
            if (a == tx.readLockWord) { // a write to what it read: the write lock, the entry kept
                RawMemory.setRelease(obj + OREC, tx.lockWord);
                return a;
            }
            if (isLocked(a)) {
                a = tx.contention.conflict(obj, a, AbortCause.WRITE_WRITE);
                continue;
            }
            if (RawMemory.compareAndSet(obj + OREC, a, read ? tx.readLockWord : tx.lockWord)) break;
            a = TxContext.orec(obj);
        }
        if (tx.sites != null) tx.sites.wrote(obj);
        int n = read ? fieldCount(RawMemory.get(obj)) : -1;
        if (n > MAX_READ_COPY) n = -1;
        long entry = tx.undoEntry(obj, a, n);
        if (n > 0) MemorySegment.copy(MEMORY, obj + FIELDS, MEMORY, entry + 24, n * 8L);
        return a;
    }
}

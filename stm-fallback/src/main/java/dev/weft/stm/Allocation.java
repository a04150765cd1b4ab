package dev.weft.stm;

import static dev.weft.stm.ContextLayout.*;
import static dev.weft.stm.Heap.MEMORY;
import static dev.weft.stm.ObjectLayout.*;

/**
 * A context's allocation ({@link TxContext#allocate}): a small object from the thread's
 * buffer of its size class (the free list first, then the bump cursor, then a refill from the
 * heap), a large one from the heap; the new object is locked by the transaction and logged
 * for undo. A full heap aborts the transaction for a collection, or answers 0 (MemoryError)
 * when collecting cannot help.
 */
final class Allocation {
    /** The field count an undo entry gives an object its transaction allocated (no copy; a commit publishes it). */
    static final int MADE = -2;

    private Allocation() {}

    static long allocate(TxContext tx, int type, int fields, long flags) {
        tx.requireActive("allocate");
        if (fields < 0 || fields > MAX_FIELDS) throw new IllegalArgumentException("field count " + fields + " not in 0.." + MAX_FIELDS);
        long bytes = sizeOf(fields);
        long cell, footprint; // footprint: what it takes of the heap (SizeClasses.footprint)
        if (bytes > SizeClasses.MAX_SMALL) {
            cell = tx.heap.allocateLarge(bytes, tx.inevitable);
            footprint = SizeClasses.footprint(bytes);
        } else {
            int c = SizeClasses.of(bytes);
            int size = SizeClasses.size(c);
            footprint = size;
            long entry = tx.address + alloc(c);
            cell = RawMemory.get(entry + ALLOC_FREE_HEAD);
            if (cell != 0) {
                RawMemory.set(entry + ALLOC_FREE_HEAD, RawMemory.get(cell + OREC));
            } else {
                long cursor = RawMemory.get(entry + ALLOC_BUMP_CURSOR);
                if (cursor != 0 && cursor + size <= RawMemory.get(entry + ALLOC_BUMP_LIMIT)) {
                    RawMemory.set(entry + ALLOC_BUMP_CURSOR, cursor + size);
                    cell = cursor;
                } else {
                    cell = tx.heap.refillBuffer(c, entry, tx.inevitable);
                }
            }
            if (cell != 0) MEMORY.asSlice(cell + FIELDS, bytes - HEADER_BYTES).fill((byte) 0);
        }
        if (cell == 0) return outOfMemory(tx, footprint);
        RawMemory.set(cell + OREC, tx.lockWord);
        RawMemory.setRelease(cell, header(type, fields, flags));
        tx.undoEntry(cell, 0, MADE);
        tx.attemptBytes += footprint;
        if (tx.sites != null) tx.sites.wrote(cell); // made here: for another thread, the first write
        return cell;
    }

    /**
     * The heap had no room for {@code footprint} bytes: abort for a collection, or answer 0 (the
     * language's MemoryError) when collecting cannot help.
     *
     * <p>Not always after just one collection: other threads allocate between the collection
     * and this transaction's retry, and with several threads allocating fast they took all
     * that it freed often enough that a heap full of garbage answered 0 (found by
     * ListAndMapTest: 4 threads, a 4 MiB heap, each collection freeing 3.8 MB of it). So the
     * allocation answers 0 when the last collection freed less than the aborted attempt had
     * allocated plus its request (then the heap is full of live objects, and one collection
     * told), or after {@link TxContext#MAX_COLLECTIONS_PER_TRANSACTION} collections for this
     * transaction (a bound, so a thread that keeps losing the race still ends). An inevitable
     * transaction cannot step back for a collection, and the collector cannot run while it
     * does: it allocates from the heap's reserve ({@link Heap#inReserve}) and gets 0 only when
     * even that is gone.
     */
    private static long outOfMemory(TxContext tx, long footprint) {
        if (tx.inevitable) return 0;
        if (tx.collectionsThisTransaction > 0 && (tx.heap.collector.lastFreedBytes() < tx.bytesWanted
                || tx.collectionsThisTransaction >= TxContext.MAX_COLLECTIONS_PER_TRANSACTION)) {
            return 0;
        }
        tx.bytesWanted = tx.attemptBytes + footprint;
        tx.heap.collector.requestFull(); // a young one could leave the heap as full (of old garbage)
        throw tx.rollback(AbortCause.COLLECT, 0, 0);
    }
}

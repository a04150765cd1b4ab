package dev.weft.stm;

import static dev.weft.stm.Heap.LONG;
import static dev.weft.stm.Heap.PLAIN;
import static dev.weft.stm.Heap.MEMORY;
import static dev.weft.stm.ObjectLayout.*;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * The garbage collector: stop-the-world, non-moving mark-sweep over the arena.
 *
 * <p><b>When.</b> A thread whose allocation finds no block left aborts its transaction
 * ({@link AbortCause#COLLECT}) and, between transactions, calls {@link #collect}. The
 * collection runs at a global safepoint: every attached thread stands between transactions.
 * The handshake is Dekker's: a thread sets its {@code inTransaction} flag and then reads
 * {@code requested}; the collector sets {@code requested} and then waits until no flag is
 * set. Threads that are between transactions when the request comes stay out until it ends
 * (they wait in {@link #enterTransaction}); those inside finish (commit or abort) first.
 * Between transactions a thread's logs are empty and it holds no heap pointer of its own, so
 * the roots are exactly what the {@link Roots} sources report. An abort can leave a thread's
 * own state (an interpreter's frames) showing the aborted attempt for a moment, until the
 * owner rolls it back: such a context stays {@code settling} ({@link TxContext#holdAfterAbort})
 * and the collector waits for it as for a transaction.
 *
 * <p><b>Mark</b> starts from the roots and follows every field. Until the language fixes its
 * value encoding, fields are scanned conservatively: a word is taken for a pointer when it is
 * the address of an allocated object ({@link Heap#isObject}). Since nothing moves, a false
 * pointer only keeps garbage alive; it can never free a live object.
 *
 * <p><b>Sweep</b> walks every block: unmarked cells become free (linked through their orec
 * word) and marks are cleared; a block with free cells goes back to its size class's pool, a
 * block with nothing live to the pool of empty blocks (its pages handed back to the kernel
 * with {@code madvise}), a large object's blocks likewise. The heap's memory therefore stays
 * bounded by what is live, and when even a collection frees nothing, the allocation answers
 * 0: the out-of-memory result.
 */
public final class Collector {
    /** The roots of the heap: the interpreter's frames and globals, the JIT's constants. */
    @FunctionalInterface
    public interface Roots {
        /** Passes every word that may point into the heap to {@code visit}. */
        void visit(LongConsumer visit);
    }

    /**
     * Told, between marking and sweeping, which objects survive: for the language's Java-side
     * objects that heap objects own (a generator's frame), which it frees with their owners.
     */
    @FunctionalInterface
    public interface Survivors {
        void marked(java.util.function.LongPredicate isLive);
    }

    private final Heap heap;
    private final List<Roots> roots = new CopyOnWriteArrayList<>();
    private final List<Survivors> survivors = new CopyOnWriteArrayList<>();
    private volatile boolean requested;
    private final Object lock = new Object();
    private volatile long collections;
    private long lastLive;
    /** Bytes of empty blocks a sweep keeps resident for the next cycle's allocation. */
    private volatile long retainEmpty;
    private long lastFreed;

    Collector(Heap heap) {
        this.heap = heap;
    }

    public void addRoots(Roots source) {
        roots.add(source);
    }

    public void removeRoots(Roots source) {
        roots.remove(source);
    }

    public void addSurvivors(Survivors s) {
        survivors.add(s);
    }

    private volatile java.util.function.BooleanSupplier veto = () -> false;

    /**
     * A condition under which a collection must not run, checked once every thread stands
     * between transactions (so that a thread that set it inside its transaction is seen): the
     * language's threads that wait with heap pointers on their Java stack, which no root
     * covers. A vetoed collection does nothing and {@link #collect} answers false, so that the
     * caller can ask again soon.
     */
    public void veto(java.util.function.BooleanSupplier v) {
        veto = v;
    }

    void registered(TxContext ctx) {}

    void unregistered(TxContext ctx) {}

    /** Called at the start of every transaction attempt: waits while a collection runs. */
    void enterTransaction(TxContext ctx) {
        for (;;) {
            ctx.inTransaction = true;
            if (!requested) return;
            ctx.inTransaction = false;
            synchronized (lock) {
                while (requested) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
    }

    void leftTransaction(TxContext ctx) {}

    /**
     * Collects now: brings every thread to the safepoint, marks, sweeps. The calling thread
     * must be attached and between transactions (or {@code null} for a thread that is not
     * attached). Concurrent calls collect once. Answers whether a collection ran (this call's
     * or the concurrent one it waited for): false when it was {@linkplain #veto vetoed}.
     */
    public boolean collect(TxContext caller) {
        return collectUnlessRan(caller, -1) != Outcome.VETOED;
    }

    /** What {@link #collectUnlessRan} did. */
    public enum Outcome {
        /** This call collected. */
        COLLECTED,
        /** Another thread's collection ran meanwhile: this call waited for it or found it done. */
        OTHERS,
        /** No collection ran (vetoed): ask again soon. */
        VETOED
    }

    /**
     * As {@link #collect}, for a caller that decided to collect after it read {@link
     * #collections()} as {@code seen} (-1: collect whatever ran since): when a collection has
     * run since, it does nothing. Two threads that both see the allocation pass its mark at
     * their breaks both ask: the second used to wait for the first's collection, or run a
     * second one for nothing when it came just after, and count it either way (two threads of
     * raytrace_rows showed twice the collections of one, docs/benchmarks.md).
     */
    public Outcome collectUnlessRan(TxContext caller, long seen) {
        if (caller != null && caller.inTransaction) {
            throw new IllegalStateException("collect: the calling thread is inside a transaction");
        }
        if (caller != null) caller.settling = false; // it asks for the collection: it is ready
        long before = collections;
        synchronized (lock) {
            if (requested) { // another thread is collecting: wait for it, that is enough
                while (requested) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return collections != before ? Outcome.OTHERS : Outcome.VETOED;
            }
            if (seen >= 0 && collections != seen) return Outcome.OTHERS;
            requested = true;
        }
        try {
            for (TxContext c : heap.contexts()) {
                while (c.inTransaction || c.settling) Thread.onSpinWait();
            }
            if (veto.getAsBoolean()) return Outcome.VETOED;
            run();
            return Outcome.COLLECTED;
        } finally {
            synchronized (lock) {
                requested = false;
                lock.notifyAll();
            }
        }
    }

    private void run() {
        for (TxContext c : heap.contexts()) c.resetAllocation();
        heap.clearPools();
        // An explicit stack, grown as needed (a deep list must not overflow the Java stack).
        MarkStack marks = new MarkStack();
        for (Roots r : roots) r.visit(word -> {
            if (heap.isObject(word) && markNew(word)) marks.push(word);
        });
        while (!marks.isEmpty()) {
            long obj = marks.pop();
            int n = fieldCount((long) PLAIN.get(MEMORY, obj));
            for (int i = 0; i < n; i++) {
                long word = (long) PLAIN.get(MEMORY, obj + fieldOffset(i));
                if (heap.isObject(word) && markNew(word)) marks.push(word);
            }
        }
        for (Survivors s : survivors) {
            s.marked(obj -> heap.isObject(obj) && ((long) PLAIN.get(MEMORY, obj) & MARK) != 0);
        }
        sweep();
        collections++;
    }

    private static boolean markNew(long obj) {
        long h = (long) PLAIN.get(MEMORY, obj);
        if ((h & MARK) != 0) return false;
        PLAIN.set(MEMORY, obj, h | MARK);
        return true;
    }

    /**
     * How many bytes of empty blocks each sweep keeps resident (the rest it gives back to the
     * kernel): about what the program will allocate before the next collection, so that the
     * next cycle does not fault the same pages in again. 0, the default, gives all back.
     */
    public void retainEmptyBytes(long bytes) {
        retainEmpty = Math.max(0, bytes);
    }

    private void sweep() {
        long live = 0, freed = 0;
        long kept = 0;
        long retain = retainEmpty;
        int blocks = heap.freshBlockCount();
        for (int b = 0; b < blocks; b++) {
            byte c = heap.blockClass[b];
            long start = heap.blockAddress(b);
            if (c == Heap.BLOCK_LARGE) {
                long h = (long) PLAIN.get(MEMORY, start);
                int span = heap.largeSpan[b];
                if ((h & MARK) != 0) {
                    PLAIN.set(MEMORY, start, h & ~MARK);
                    live += (long) span * Heap.BLOCK;
                } else {
                    for (int i = 0; i < span; i++) {
                        heap.returnEmpty(b + i, kept >= retain);
                        kept += Heap.BLOCK;
                    }
                    freed += (long) span * Heap.BLOCK;
                }
                b += span - 1;
                continue;
            }
            if (c < 0) {
                if (c == Heap.BLOCK_FREE) {
                    heap.returnEmpty(b, kept >= retain);
                    kept += Heap.BLOCK;
                }
                continue;
            }
            int size = SizeClasses.size(c);
            long end = start + (long) (Heap.BLOCK / size) * size;
            long freeHead = 0;
            int liveCells = 0;
            for (long cell = end - size; cell >= start; cell -= size) {
                long h = (long) PLAIN.get(MEMORY, cell);
                if ((h & MARK) != 0) {
                    PLAIN.set(MEMORY, cell, h & ~MARK);
                    liveCells++;
                    continue;
                }
                if ((h & ALLOCATED) != 0 && (h & FREE) == 0) freed += size;
                PLAIN.set(MEMORY, cell, FREE);
                PLAIN.set(MEMORY, cell + OREC, freeHead);
                freeHead = cell;
            }
            live += (long) liveCells * size;
            if (liveCells == 0) {
                heap.returnEmpty(b, kept >= retain);
                kept += Heap.BLOCK;
            } else if (freeHead != 0) {
                heap.blockFreeList[b] = freeHead;
                heap.returnPartial(b);
            }
        }
        lastLive = live;
        lastFreed = freed;
        heap.swept();
    }

    public long collections() {
        return collections;
    }

    /** Bytes found live by the last collection. */
    public long lastLiveBytes() {
        return lastLive;
    }

    /** Bytes freed by the last collection. */
    public long lastFreedBytes() {
        return lastFreed;
    }

    /** A growable stack of addresses. */
    private static final class MarkStack {
        private long[] items = new long[1024];
        private int size;

        void push(long v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        long pop() {
            return items[--size];
        }

        boolean isEmpty() {
            return size == 0;
        }
    }
}

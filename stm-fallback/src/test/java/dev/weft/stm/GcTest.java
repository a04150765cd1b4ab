package dev.weft.stm;

import static dev.weft.stm.StmTesting.canary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.stm.StmTesting.RootTable;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The collector: what roots reach survives (with its contents), what they do not is
 * reclaimed and reused, deep structures do not overflow the marker, a full heap is a clean
 * 0 from allocate, large objects come and go.
 */
class GcTest {
    static final int NODE = 70, GARBAGE = 71, TABLE = 72;
    /** Node fields: canary, id, next, ids left in the chain after this one. */
    static final int CANARY = 0, ID = 1, NEXT = 2, LEFT = 3;

    /** A chain of {@code len} nodes with ids id, id+1, ...; answers its head. */
    static long chain(TxContext t, long id, int len, int extraFields) {
        long next = 0;
        for (int i = len - 1; i >= 0; i--) {
            long n = t.allocate(NODE, 4 + extraFields);
            if (n == 0) throw new AssertionError("heap full");
            t.write(n, CANARY, canary(id + i));
            t.write(n, ID, id + i);
            t.write(n, NEXT, next);
            t.write(n, LEFT, len - 1 - i);
            next = n;
        }
        return next;
    }

    /** Checks a chain made by {@link #chain}: canaries, consecutive ids, its length; its first id. */
    static long checkChain(TxContext t, long head) {
        long first = t.read(head, ID);
        long expectLeft = t.read(head, LEFT);
        long n = head;
        for (long id = first; ; id++) {
            assertEquals(canary(id), t.read(n, CANARY), "canary of node " + id);
            assertEquals(id, t.read(n, ID));
            assertEquals(expectLeft--, t.read(n, LEFT));
            long next = t.read(n, NEXT);
            if (next == 0) {
                assertEquals(-1, expectLeft, "chain length");
                return first;
            }
            n = next;
        }
    }

    /**
     * Four threads allocate garbage and replace rooted chains in transactions, in a 16 MiB
     * heap, for many collections; pointer checks are on (reading a freed object throws).
     * Every rooted chain keeps its canaries and ids, and after the run each root slot holds
     * exactly the chain the thread last committed there.
     */
    @Test
    void rootedObjectsSurviveCollectionsUnderConcurrentLoad() throws Exception {
        int threads = 4, slots = 48, rounds = 2_500;
        Params params = Params.defaults().withHeapLimit(16L << 20).withCheckPointers(true);
        try (Heap heap = new Heap(params)) {
            RootTable roots = new RootTable(threads).register(heap);
            long[][] expectedHeadIds = new long[threads][slots];
            StmTesting.runThreads(threads, 90, w -> {
                SplittableRandom rnd = new SplittableRandom(w + 17);
                long[] nextId = {(long) w << 40};
                long[] expected = expectedHeadIds[w];
                try (TxContext tx = heap.attach()) {
                    long table = tx.atomically(t -> {
                        long tb = t.allocate(TABLE, slots);
                        roots.set(w, tb); // published in the body: a collection may come right after commit
                        for (int s = 0; s < slots; s++) t.write(tb, s, chain(t, nextId[0] + 10L * s, 1 + s % 4, s % 3));
                        return tb;
                    });
                    for (int s = 0; s < slots; s++) expected[s] = nextId[0] + 10L * s;
                    nextId[0] += 10L * slots;
                    for (int n = 0; n < rounds; n++) {
                        int s = rnd.nextInt(slots);
                        long id = nextId[0];
                        nextId[0] += 10;
                        int len = 1 + rnd.nextInt(4);
                        tx.atomic(t -> {
                            for (int g = 0; g < 6; g++) { // 13 KiB of garbage
                                if (t.allocate(GARBAGE, 30 + 100 * g) == 0) throw new AssertionError("heap full");
                            }
                            long old = t.read(table, s);
                            assertEquals(expected[s], checkChain(t, old), "chain in slot " + s + " before replacing it");
                            t.write(table, s, chain(t, id, len, rnd.nextInt(3)));
                        });
                        expected[s] = id;
                        if (n % 250 == 0) {
                            tx.atomic(t -> {
                                for (int k = 0; k < slots; k++) assertEquals(expected[k], checkChain(t, t.read(table, k)));
                            });
                        }
                    }
                }
            });
            try (TxContext tx = heap.attach()) {
                for (int w = 0; w < threads; w++) {
                    long table = roots.get(w);
                    long[] expected = expectedHeadIds[w];
                    tx.atomic(t -> {
                        for (int k = 0; k < slots; k++) assertEquals(expected[k], checkChain(t, t.read(table, k)));
                    });
                }
            }
            long collections = heap.collector().collections();
            System.out.printf("gc under load: %d collections, %s%n", collections, heap.stats());
            assertTrue(collections >= 3, "only " + collections + " collections: the test did not test the collector");
            assertTrue(heap.committedBytes() <= params.heapLimit());
        }
    }

    /** Allocating 20 times the limit in all works: garbage is reclaimed; memory stays under the limit. */
    @Test
    void garbageIsReclaimed() {
        long limit = 8L << 20;
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(limit)); TxContext tx = heap.attach()) {
            long total = 0;
            while (total < 20 * limit) {
                total += tx.atomically(t -> {
                    long bytes = 0;
                    for (int i = 0; i < 100; i++) {
                        int fields = 10 + i % 90;
                        assertNotEquals(0, t.allocate(GARBAGE, fields), "allocation failed with the heap all garbage");
                        bytes += ObjectLayout.sizeOf(fields);
                    }
                    return bytes;
                });
                assertTrue(heap.committedBytes() <= limit, "committed " + heap.committedBytes());
            }
            assertTrue(heap.collector().collections() >= 10, "collections: " + heap.collector().collections());
            assertTrue(heap.collector().lastFreedBytes() > limit / 2, "the last collection freed " + heap.collector().lastFreedBytes());
            assertTrue(heap.collector().lastLiveBytes() < limit / 8, "live after a collection of garbage: " + heap.collector().lastLiveBytes());
            assertEquals(heap.collector().collections(), heap.stats().aborts(AbortCause.COLLECT), "one abort per collection");
        }
    }

    /**
     * Eight threads allocate only garbage, fast, in a 2 MiB heap: no allocation may answer 0.
     * (With one collection per transaction before answering 0, a thread's retry often found
     * that the others had taken all its collection freed: a spurious out-of-memory.)
     */
    @Test
    void concurrentAllocatorsNeverSeeASpuriousOutOfMemory() throws Exception {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(2L << 20))) {
            StmTesting.runThreads(8, 60, w -> {
                try (TxContext tx = heap.attach()) {
                    for (int n = 0; n < 3_000; n++) {
                        int nn = n;
                        tx.atomic(t -> {
                            for (int k = 0; k < 2; k++) {
                                if (t.allocate(GARBAGE, 250) == 0) {
                                    throw new AssertionError("thread " + w + " round " + nn + ": allocate answered 0 with the heap all garbage, after "
                                            + heap.collector().collections() + " collections");
                                }
                            }
                        });
                    }
                }
            });
            assertTrue(heap.collector().collections() > 20, "collections: " + heap.collector().collections());
        }
    }

    /**
     * A list of 200,000 nodes (each a separate object) is marked without overflowing any
     * stack, survives intact, and is all reclaimed once its root is dropped.
     */
    /**
     * A sweep keeps the empty blocks it was asked to retain resident, for the next cycle's
     * allocation to reuse without faulting pages in, and gives the rest back to the kernel.
     */
    @Test
    void emptyBlocksAreKeptUpToTheRetentionAndTheRestGivenBack() {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(64L << 20)); TxContext tx = heap.attach()) {
            Runnable garbage = () -> tx.atomic(t -> {
                for (int i = 0; i < 512; i++) assertNotEquals(0, t.allocate(GARBAGE, 1000)); // 4 MiB in 8 KiB cells
            });
            garbage.run();
            int grown = heap.freshBlockCount();
            heap.collector().retainEmptyBytes(1L << 20);
            heap.collector().collect(tx);
            assertEquals(16, heap.residentFreeBlocks(), "1 MiB of 64 KiB blocks kept");

            garbage.run();
            assertEquals(grown, heap.freshBlockCount(), "the freed blocks were reused, the heap did not grow");
            heap.collector().retainEmptyBytes(0);
            heap.collector().collect(tx);
            assertEquals(0, heap.residentFreeBlocks(), "everything given back");
        }
    }

    @Test
    void deepListIsMarkedWithoutStackOverflow() {
        int nodes = 200_000;
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(32L << 20)); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(1).register(heap);
            for (int base = 0; base < nodes; base += 10_000) {
                int b = base;
                tx.atomic(t -> {
                    long head = roots.get(0);
                    for (int i = 0; i < 10_000; i++) {
                        long n = t.allocate(NODE, 2);
                        t.write(n, 0, canary(b + i));
                        t.write(n, 1, head);
                        head = n;
                    }
                    roots.set(0, head); // if this attempt aborts, the retry sets it again
                });
            }
            long marking = heap.collector().markNanos();
            heap.collector().collect(tx);
            assertTrue(heap.collector().markNanos() > marking, "the mark's time is counted");
            assertTrue(heap.collector().lastLiveBytes() >= nodes * 32L, "live " + heap.collector().lastLiveBytes());
            long count = tx.atomically(t -> {
                long c = 0;
                for (long n = roots.get(0); n != 0; n = t.read(n, 1)) {
                    assertEquals(canary(nodes - 1 - c), t.read(n, 0));
                    c++;
                }
                return c;
            });
            assertEquals(nodes, count);
            roots.set(0, 0);
            heap.collector().collect(tx);
            assertTrue(heap.collector().lastFreedBytes() >= nodes * 32L, "freed " + heap.collector().lastFreedBytes());
            assertEquals(0, heap.collector().lastLiveBytes());
            assertEquals(0, heap.blocksInUse(), "every block back in the pool");
        }
    }

    /**
     * Filling the heap with live objects ends in allocate answering 0 after one collection
     * (not an exception, not a crash); the objects all survive; once the root is dropped a
     * collection frees them and the heap is as usable as before.
     */
    @Test
    void outOfMemoryIsACleanResult() {
        long limit = 2L << 20;
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(limit).withCheckPointers(true)); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(1).register(heap);
            long holder = tx.atomically(t -> {
                long h = t.allocate(TABLE, 1);
                roots.set(0, h);
                return h;
            });
            long[] made = new long[1];
            boolean[] full = new boolean[1];
            while (!full[0]) {
                long before = heap.collector().collections();
                made[0] += tx.atomically(t -> {
                    full[0] = false;
                    long head = t.read(holder, 0);
                    int n = 0;
                    for (; n < 100; n++) {
                        long node = t.allocate(NODE, 10);
                        if (node == 0) {
                            full[0] = true;
                            break;
                        }
                        t.write(node, 0, canary(made[0] + n));
                        t.write(node, 1, head);
                        head = node;
                    }
                    t.write(holder, 0, head);
                    return n;
                });
                if (full[0]) assertEquals(before + 1, heap.collector().collections(), "0 came after exactly one collection");
                assertTrue(made[0] <= limit / 96, made[0] + " objects of 96 bytes kept in a heap of " + limit + ": some were lost");
            }
            assertTrue(made[0] > limit / 2 / 96, "only " + made[0] + " objects fit");
            assertTrue(heap.committedBytes() <= limit);
            // a large object does not fit either, and says so the same way
            assertEquals(0, (long) tx.atomically(t -> t.allocate(GARBAGE, 40_000)));
            // everything made is still there
            long count = tx.atomically(t -> {
                long c = 0;
                for (long n = t.read(holder, 0); n != 0; n = t.read(n, 1)) {
                    assertEquals(canary(made[0] - 1 - c), t.read(n, 0));
                    c++;
                }
                return c;
            });
            assertEquals(made[0], count);
            // drop it: the heap is usable again, as much as before
            tx.atomic(t -> t.write(holder, 0, 0));
            heap.collector().collect(tx);
            assertTrue(heap.collector().lastFreedBytes() >= made[0] * 96, "freed " + heap.collector().lastFreedBytes());
            long again = tx.atomically(t -> {
                long c = 0;
                long head = 0;
                while (c < made[0] && (head = link(t, head)) != 0) c++;
                return c;
            });
            assertEquals(made[0], again, "after the drop, as many objects fit as before");
        }
    }

    private static long link(TxContext t, long head) {
        long n = t.allocate(NODE, 10);
        if (n != 0) t.write(n, 1, head);
        return n;
    }

    /**
     * Large objects (more than 8 KiB, whole blocks each) keep their contents, are freed when
     * unreachable, and their blocks are reused: allocating 40 times a 4 MiB heap's worth of
     * them works, and a freed one's address comes back.
     */
    @Test
    void largeObjectsAreAllocatedFreedAndReused() {
        long limit = 4L << 20;
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(limit).withCheckPointers(true)); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(1).register(heap);
            int[] sizes = {1_100, 8_000, 20_000, 65_535}; // 8.6 KiB .. 512 KiB
            long kept = tx.atomically(t -> {
                long o = t.allocate(GARBAGE, 65_535);
                roots.set(0, o);
                t.write(o, 0, 111);
                t.write(o, 65_534, 222);
                return o;
            });
            Set<Long> seen = new HashSet<>();
            boolean reused = false;
            long total = 0;
            for (int round = 0; total < 40 * limit; round++) {
                int fields = sizes[round % sizes.length];
                long o = tx.atomically(t -> {
                    long a = t.allocate(GARBAGE, fields);
                    assertNotEquals(0, a, "large allocation failed with the heap mostly garbage");
                    assertEquals(0, t.read(a, fields - 1), "a large object starts zeroed");
                    t.write(a, 0, fields);
                    t.write(a, fields - 1, -fields);
                    return a;
                });
                assertEquals(0, o % Heap.BLOCK, "a large object starts a block");
                assertEquals(-fields, (long) tx.atomically(t -> t.read(o, fields - 1)));
                reused |= !seen.add(o);
                total += ObjectLayout.sizeOf(fields);
            }
            assertTrue(reused, "no large object's address was ever used again");
            assertTrue(heap.collector().collections() > 0);
            assertEquals(111, (long) tx.atomically(t -> t.read(kept, 0)));
            assertEquals(222, (long) tx.atomically(t -> t.read(kept, 65_534)));
            roots.set(0, 0);
            heap.collector().collect(tx);
            assertEquals(0, heap.blocksInUse());
            assertFalse(heap.isObject(kept), "a freed large object is no object any more");
        }
    }

    /**
     * Freed cells are reused: cycles of allocate-drop-collect keep the number of blocks in use
     * flat, and the addresses of the first cycle come back.
     */
    @Test
    void freedMemoryIsReused() {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(16L << 20)); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(1).register(heap);
            Set<Long> first = new HashSet<>();
            int blocksAfterFirst = -1;
            boolean addressCameBack = false;
            for (int cycle = 0; cycle < 20; cycle++) {
                long[] made = tx.atomically(t -> {
                    long[] m = new long[2_000];
                    long holder = t.allocate(TABLE, m.length);
                    roots.set(0, holder);
                    for (int i = 0; i < m.length; i++) {
                        m[i] = t.allocate(NODE, 3 + i % 5);
                        t.write(holder, i, m[i]);
                    }
                    return m;
                });
                int inUse = heap.blocksInUse();
                if (cycle == 0) {
                    for (long a : made) first.add(a);
                    blocksAfterFirst = inUse;
                } else {
                    for (long a : made) addressCameBack |= first.contains(a);
                    assertTrue(inUse <= blocksAfterFirst, "cycle " + cycle + ": " + inUse + " blocks in use, " + blocksAfterFirst + " after the first");
                }
                roots.set(0, 0);
                heap.collector().collect(tx);
                assertEquals(0, heap.collector().lastLiveBytes());
                for (long a : made) assertFalse(heap.isObject(a), "a dropped object survived the collection");
            }
            assertTrue(addressCameBack, "no freed address was handed out again");
        }
    }

    /**
     * KNOWN LIMITATION, reported: an inevitable transaction that finds the heap full gets 0
     * at once, even when the heap is all garbage, because it can neither abort for a
     * collection nor let the collector run while it holds unrooted pointers. Enable this test
     * when allocation in an inevitable transaction can make room (e.g. a collection whose
     * roots include the interpreter's frames, which would then cover the transaction's own
     * pointers).
     */
    @Test
    @Disabled("known limitation: an inevitable transaction's allocation answers 0 on a heap full of garbage")
    void inevitableTransactionFindingTheHeapFullOfGarbage() {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(1L << 20)); TxContext tx = heap.attach()) {
            // fill the heap with garbage, without any collection
            for (boolean full = false; !full; ) {
                tx.beginInevitable();
                for (int i = 0; i < 100 && !full; i++) full = tx.allocate(GARBAGE, 100) == 0;
                tx.commit();
            }
            assertEquals(0, heap.collector().collections());
            tx.beginInevitable();
            long o = tx.allocate(GARBAGE, 100);
            tx.commit();
            assertNotEquals(0, o, "an inevitable transaction got 0 from a heap that is all garbage");
        }
    }

    /** Fields for an object that takes one whole 64 KiB block (a large object). */
    static final int BLOCK_FIELDS = (Heap.BLOCK - ObjectLayout.HEADER_BYTES) / 8;

    /**
     * The last eighth of the heap is kept for inevitable transactions, which cannot step back
     * for a collection: an ordinary transaction meets a full heap (an abort for a collection)
     * while an inevitable one still allocates, and {@link Heap#inReserve} then asks for a
     * collection, which gives the reserve back.
     */
    @Test
    void inevitableTransactionsAllocateFromTheReserve() {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(16L << 20)); TxContext tx = heap.attach()) {
            int ordinary = 0;
            tx.begin();
            try {
                while (tx.allocate(GARBAGE, BLOCK_FIELDS) != 0) ordinary++;
                throw new AssertionError("an ordinary transaction got 0 instead of an abort for a collection");
            } catch (TxAbort a) {
                assertEquals(AbortCause.COLLECT, a.abortCause());
            }
            assertFalse(heap.inReserve(), "an ordinary transaction stays out of the reserve");
            heap.collector().collect(tx);
            assertEquals(0, heap.blocksInUse());

            int inevitable = 0;
            tx.beginInevitable();
            while (tx.allocate(GARBAGE, BLOCK_FIELDS) != 0) {
                inevitable++;
                if (inevitable <= ordinary) assertFalse(heap.inReserve(), "not in the reserve after " + inevitable);
            }
            tx.commit();
            assertTrue(heap.inReserve());
            assertEquals(256, inevitable, "the whole heap, reserve included");
            assertEquals(224, ordinary, "the heap less its last eighth");
            heap.collector().collect(tx);
            assertFalse(heap.inReserve(), "the sweep gave the reserve back");
        }
    }

    /**
     * A collection that the language vetoes (a thread waits with heap pointers on its Java
     * stack) frees nothing and says so, so that the caller can ask again; once the veto is
     * lifted the same garbage is collected.
     */
    @Test
    void aVetoedCollectionFreesNothingAndSaysSo() {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(16L << 20)); TxContext tx = heap.attach()) {
            boolean[] veto = {true};
            heap.collector().veto(() -> veto[0]);
            tx.atomic(t -> {
                for (int i = 0; i < 8; i++) assertNotEquals(0, t.allocate(GARBAGE, BLOCK_FIELDS));
            });
            long before = heap.collector().collections();
            assertFalse(heap.collector().collect(tx));
            assertEquals(before, heap.collector().collections());
            assertEquals(8, heap.blocksInUse(), "nothing freed");
            veto[0] = false;
            assertTrue(heap.collector().collect(tx));
            assertEquals(before + 1, heap.collector().collections());
            assertEquals(0, heap.blocksInUse());
        }
    }

    /**
     * After an abort, a thread's own state (the interpreter's frames) shows the aborted attempt
     * until the thread puts it back: with {@link TxContext#holdAfterAbort}, a collection waits
     * for that ({@link TxContext#settled}) as for a running transaction.
     */
    @Test
    void aCollectionWaitsForAContextSettlingAfterAnAbort() throws Exception {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(16L << 20)); TxContext tx = heap.attach()) {
            tx.holdAfterAbort();
            tx.begin();
            assertNotEquals(0, tx.allocate(GARBAGE, 4));
            tx.abort(AbortCause.EXPLICIT);
            long before = heap.collector().collections();
            Thread collector = new Thread(() -> heap.collector().collect(null));
            collector.start();
            collector.join(300);
            assertTrue(collector.isAlive(), "the collection waited for the settling context");
            assertEquals(before, heap.collector().collections());
            tx.settled();
            collector.join(10_000);
            assertFalse(collector.isAlive());
            assertEquals(before + 1, heap.collector().collections());

            tx.begin(); // a begin settles too; without an abort nothing is held
            tx.commit();
            Thread again = new Thread(() -> heap.collector().collect(null));
            again.start();
            again.join(10_000);
            assertFalse(again.isAlive());
        }
    }

    /**
     * Two threads that see the allocation pass its mark at their breaks both ask for a
     * collection; the one that asks after the other's ran (or while it runs) has nothing to do
     * and is told so ({@link Collector.Outcome#OTHERS}), instead of collecting again.
     */
    @Test
    void aCollectionAskedForAfterAnotherRanIsSkipped() throws Exception {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(16L << 20)); TxContext tx = heap.attach()) {
            Collector gc = heap.collector();
            tx.atomic(t -> assertNotEquals(0, t.allocate(GARBAGE, BLOCK_FIELDS)));
            long seen = gc.collections();
            assertEquals(Collector.Outcome.COLLECTED, gc.collectUnlessRan(tx, seen));
            tx.atomic(t -> assertNotEquals(0, t.allocate(GARBAGE, BLOCK_FIELDS)));
            assertEquals(Collector.Outcome.OTHERS, gc.collectUnlessRan(tx, seen), "one ran since 'seen'");
            assertEquals(seen + 1, gc.collections());
            assertEquals(1, heap.blocksInUse(), "the second one did not run");
            assertEquals(Collector.Outcome.COLLECTED, gc.collectUnlessRan(tx, gc.collections()));
            assertEquals(0, heap.blocksInUse());

            // while one runs (held up by a context that settles after an abort): the second asker waits for it
            try (TxContext holder = heap.attach()) {
                holder.holdAfterAbort();
                holder.begin();
                holder.abort(AbortCause.EXPLICIT);
                long before = gc.collections();
                Collector.Outcome[] outcomes = new Collector.Outcome[2];
                Thread first = new Thread(() -> outcomes[0] = gc.collectUnlessRan(null, before));
                first.start();
                first.join(300);
                assertTrue(first.isAlive(), "the first collection waits for the settling context");
                Thread second = new Thread(() -> outcomes[1] = gc.collectUnlessRan(null, before));
                second.start();
                second.join(300);
                assertTrue(second.isAlive(), "the second asker waits for the first collection");
                holder.settled();
                first.join(10_000);
                second.join(10_000);
                assertEquals(Collector.Outcome.COLLECTED, outcomes[0]);
                assertEquals(Collector.Outcome.OTHERS, outcomes[1]);
                assertEquals(before + 1, gc.collections());
            }
        }
    }

    /**
     * {@link Heap#filling}: the language's cue to collect at a break whatever its pace says,
     * once three quarters of the heap's blocks are in use and an eighth more than the last
     * sweep left (so that a heap that is mostly live is not collected at every break).
     */
    @Test
    void aHeapThreeQuartersFullAsksForACollection() {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(16L << 20)); TxContext tx = heap.attach()) {
            int blocks = (int) ((16L << 20) / Heap.BLOCK); // 256
            RootTable roots = new RootTable(blocks).register(heap);
            int[] next = {0};
            java.util.function.IntConsumer allocate = n -> tx.atomic(t -> {
                for (int i = 0; i < n; i++) {
                    long b = t.allocate(GARBAGE, BLOCK_FIELDS);
                    assertNotEquals(0, b);
                    roots.set(next[0]++, b); // live until the root is cleared
                }
            });
            allocate.accept(blocks * 3 / 4 - 2); // 190 of 256
            assertFalse(heap.filling(), "below three quarters");
            allocate.accept(10);
            assertTrue(heap.filling(), "past three quarters");
            for (int i = 100; i < next[0]; i++) roots.set(i, 0);
            next[0] = 100;
            heap.collector().collect(tx); // 100 live
            assertFalse(heap.filling(), "freed");
            allocate.accept(80);
            heap.collector().collect(tx); // 180 live: the sweep leaves 180
            allocate.accept(20);
            assertFalse(heap.filling(), "past three quarters, but less than an eighth more than the sweep left");
            allocate.accept(14);
            assertTrue(heap.filling(), "an eighth more");
            for (int i = 0; i < next[0]; i++) roots.set(i, 0);
            heap.collector().collect(tx);
            assertFalse(heap.filling(), "all garbage, all freed");
        }
    }
}

package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.stm.StmTesting.RootTable;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Young collections (docs/heap.md, "Young collections"): the objects that survived a
 * collection keep their marks and are not traced again; what a commit stored into them is
 * found through the remembered sets; objects that died old wait for a full collection, which
 * a full heap, an overflowing remembered set or the pace asks for. Each test would fail if
 * its part were left out: the remembered set (a young object reachable only from an old one
 * is freed and its cell reused), the full collection for a full heap (an allocation answers
 * 0 with the heap full of old garbage), the overflow (no full collection comes).
 */
class YoungCollectionTest {
    static final int BOX = 80, GARBAGE = 81;

    private static long canary(long id) {
        return id * 0x9E3779B97F4A7C15L ^ 0x5A5A;
    }

    private static Heap heap(long limit, boolean checked) {
        Heap heap = new Heap(checked ? Params.defaults().withHeapLimit(limit).withCheckPointers(true) : Params.defaults().withHeapLimit(limit));
        heap.collector().generational(true);
        return heap;
    }

    /** A box of two fields: a canary of {@code id}, and a pointer (0 here). */
    private static long box(TxContext t, long id) {
        long b = t.allocate(BOX, 2);
        t.write(b, 0, canary(id));
        return b;
    }

    /** Allocates about {@code bytes} of garbage in transactions of their own. */
    private static void garbage(TxContext tx, long bytes) {
        for (long done = 0; done < bytes; done += 100 * ObjectLayout.sizeOf(30)) {
            tx.atomic(t -> {
                for (int i = 0; i < 100; i++) assertNotEquals(0, t.allocate(GARBAGE, 30));
            });
        }
    }

    /** A box rooted in {@code roots}' slot 0, made old by a collection. */
    private static long oldBox(Heap heap, TxContext tx, RootTable roots) {
        long old = tx.atomically(t -> box(t, 1));
        roots.set(0, old);
        heap.collector().collect(tx);
        return old;
    }

    private static boolean isOld(Heap heap, long obj) {
        long at = heap.cellOf(obj);
        return at >= 0 && Collector.marked(heap.marks[Heap.blockOfCell(at)], Heap.cellNumber(at));
    }

    @Test
    void aYoungObjectStoredOnlyIntoAnOldOneSurvivesAYoungCollection() {
        try (Heap heap = heap(16L << 20, true); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(1).register(heap);
            long old = oldBox(heap, tx, roots);
            assertTrue(isOld(heap, old), "a survivor keeps its mark");
            long fulls = heap.collector().fullCollections();

            long young = tx.atomically(t -> {
                long y = box(t, 2);
                t.write(old, 1, y); // the only pointer to it, in an old object
                return y;
            });
            garbage(tx, 1 << 20);
            heap.collector().collect(tx);
            assertEquals(fulls, heap.collector().fullCollections(), "that collection was young");
            assertTrue(isOld(heap, young), "the young object was marked through the old one's remembered store");
            garbage(tx, 4 << 20); // had its cell been freed, this would reuse it
            tx.atomic(t -> {
                assertEquals(young, t.read(old, 1));
                assertEquals(canary(2), t.read(young, 0));
            });
        }
    }

    @Test
    void youngGarbageGoesAtOnceAndOldGarbageAtTheNextFullCollection() {
        try (Heap heap = heap(16L << 20, true); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(1).register(heap);
            long old = oldBox(heap, tx, roots);
            roots.set(0, 0); // dead, but old
            long young = tx.atomically(t -> box(t, 2)); // dead, young
            heap.collector().collect(tx);
            assertTrue(heap.isObject(old), "a young collection does not look at old objects");
            assertFalse(heap.isObject(young), "it frees the young ones no one reaches");
            long fulls = heap.collector().fullCollections();
            heap.collector().requestFull();
            heap.collector().collect(tx);
            assertEquals(fulls + 1, heap.collector().fullCollections());
            assertFalse(heap.isObject(old), "the full collection frees what died old");
        }
    }

    /**
     * An old object written by transaction after transaction is remembered once a cycle, and
     * again after each collection: its store of a new young object after a collection must be
     * found by the next one.
     */
    @Test
    void anObjectWrittenByManyCommitsIsRememberedOnceAndAgainAfterACollection() {
        try (Heap heap = heap(16L << 20, true); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(1).register(heap);
            long old = oldBox(heap, tx, roots);
            for (int i = 0; i < 100; i++) tx.atomic(t -> t.write(old, 1, box(t, 5)));
            assertEquals(1, tx.remembered.size(), "one entry for a hundred commits");
            heap.collector().collect(tx);
            assertEquals(0, tx.remembered.size());
            long young = tx.atomically(t -> {
                long y = box(t, 6);
                t.write(old, 1, y);
                return y;
            });
            assertEquals(1, tx.remembered.size(), "remembered again after the collection");
            heap.collector().collect(tx);
            garbage(tx, 4 << 20);
            tx.atomic(t -> {
                assertEquals(young, t.read(old, 1));
                assertEquals(canary(6), t.read(young, 0));
            });
        }
    }

    /** A detached write (a list's growth) stores a young pointer outside any commit's undo log. */
    @Test
    void aDetachedWriteIsRemembered() {
        try (Heap heap = heap(16L << 20, true); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(1).register(heap);
            long old = oldBox(heap, tx, roots);
            long young = tx.atomically(t -> box(t, 3));
            tx.begin();
            assertTrue(tx.writeDetached(old, 1, young, 0, canary(1)));
            tx.abort(AbortCause.INJECTED); // the detached write stays
            heap.collector().collect(tx);
            assertTrue(isOld(heap, young));
            garbage(tx, 4 << 20);
            tx.atomic(t -> assertEquals(canary(3), t.read(t.read(old, 1), 0)));
        }
    }

    /** A thread that stored into an old object and then detached: its remembered set is still read. */
    @Test
    void aDetachedContextsStoresAreStillFound() throws Exception {
        try (Heap heap = heap(16L << 20, true); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(1).register(heap);
            long old = oldBox(heap, tx, roots);
            Thread t = Thread.ofPlatform().start(() -> {
                try (TxContext other = heap.attach()) {
                    other.atomic(u -> u.write(old, 1, box(u, 4)));
                }
            });
            t.join();
            heap.collector().collect(tx);
            garbage(tx, 4 << 20);
            tx.atomic(u -> assertEquals(canary(4), u.read(u.read(old, 1), 0)));
        }
    }

    /**
     * With the heap full of objects that died old, the allocation's collection is full: no
     * false out-of-memory for an object larger than what is left. They became old in
     * collections at each tenth of the heap from half to 80%, so that the heap's other reason
     * for a full one (blocks in use grown by an eighth since the last sweep, past three
     * quarters: {@link Heap#filling}) does not come before ordinary allocation stops at seven
     * eighths. The first of those is full, the others young, unless the judge of young
     * collections, which times their marks, found one slow and made the next full (a CI run
     * did, under load): either way the chain is marked, old.
     */
    @Test
    void aHeapFullOfOldGarbageIsCollectedInFull() {
        try (Heap heap = heap(8L << 20, false); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(1).register(heap);
            for (int tenths = 5; tenths <= 8; tenths++) {
                while (heap.usedBlocks() < heap.blockCount * tenths / 10) {
                    tx.atomic(t -> {
                        long o = t.allocate(GARBAGE, 400);
                        t.write(o, 0, roots.get(0)); // a chain, from the root
                        roots.set(0, o);
                    });
                }
                heap.collector().collect(tx); // all of it old now; the first collection is full, the others young
            }
            long fulls = heap.collector().fullCollections();
            assertTrue(fulls < 4, "some of them young");
            roots.set(0, 0); // and dead
            // 2 MiB: more than the heap has left, and than a young collection could free
            assertNotEquals(0, (long) tx.atomically(t -> t.allocate(GARBAGE, 1 << 18)), "a false out-of-memory");
            assertEquals(fulls + 1, heap.collector().fullCollections(), "the full heap's collection was full");
        }
    }

    @Test
    void aRememberedSetThatOverflowsMakesTheNextCollectionFull() {
        try (Heap heap = heap(16L << 20, false); TxContext tx = heap.attach()) {
            heap.collector().collect(tx);
            long fulls = heap.collector().fullCollections();
            for (int i = 0; i <= Remembered.LIMIT; i++) tx.remembered.add(8L * (i + 1)); // no objects: a full one does not look
            heap.collector().collect(tx);
            assertEquals(fulls + 1, heap.collector().fullCollections());
            assertEquals(0, tx.remembered.size(), "every collection empties the sets");
            heap.collector().collect(tx);
            assertEquals(fulls + 1, heap.collector().fullCollections(), "and the one after is young again");
        }
    }

    /**
     * A young collection that took longer than half the last full one (250,000 remembered
     * entries, the boxes of an old 20,000-box chain over and over, against a full mark of
     * that chain) makes the next
     * collection full; a young one that pays (nothing remembered) lets the one after be young.
     */
    @Test
    void aYoungCollectionThatDidNotPayIsFollowedByAFullOne() {
        try (Heap heap = heap(32L << 20, false); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(1).register(heap);
            long[] boxes = new long[20_000];
            for (int n = 0; n < 20; n++) {
                int first = n * 1000;
                tx.atomic(t -> {
                    for (int i = 0; i < 1000; i++) {
                        long b = box(t, 1);
                        t.write(b, 1, roots.get(0));
                        roots.set(0, b);
                        boxes[first + i] = b;
                    }
                });
            }
            heap.collector().requestFull();
            heap.collector().collect(tx); // the reference: a full mark of the chain
            heap.collector().collect(tx); // young, and cheap: it pays
            long fulls = heap.collector().fullCollections();
            for (int i = 0; i < 250_000; i++) tx.remembered.add(boxes[i % boxes.length]);
            heap.collector().collect(tx); // young: 250,000 entries to look up
            assertEquals(fulls, heap.collector().fullCollections());
            heap.collector().collect(tx);
            assertEquals(fulls + 1, heap.collector().fullCollections(), "the one after a young one that did not pay is full");
            heap.collector().collect(tx);
            assertEquals(fulls + 1, heap.collector().fullCollections(), "then young again");
        }
    }

    /**
     * Four threads replace pointers in old tables with new chains and make garbage, in a small
     * heap, and ask for young collections now and then; pointer checks are on, so each young
     * collection also checks that no marked object points to an unmarked one (a missed store),
     * and a read of a freed object throws. Every table keeps exactly what its thread stored.
     */
    @Test
    void oldTablesKeepTheirNewChainsUnderConcurrentYoungCollections() throws Exception {
        int threads = 4, slots = 32, rounds = 1_500;
        try (Heap heap = heap(16L << 20, true)) {
            RootTable roots = new RootTable(threads).register(heap);
            StmTesting.runThreads(threads, 90, w -> {
                SplittableRandom rnd = new SplittableRandom(w + 5);
                long[] ids = new long[slots];
                try (TxContext tx = heap.attach()) {
                    long table = tx.atomically(t -> {
                        long tb = t.allocate(BOX, slots);
                        roots.set(w, tb);
                        return tb;
                    });
                    for (int n = 0; n < rounds; n++) {
                        int s = rnd.nextInt(slots);
                        long id = (long) w << 32 | n;
                        tx.atomic(t -> {
                            for (int g = 0; g < 4; g++) assertNotEquals(0, t.allocate(GARBAGE, 50 + 60 * g));
                            long head = t.read(table, s);
                            if (ids[s] != 0) assertEquals(canary(ids[s]), t.read(head, 0), "slot " + s);
                            long b = box(t, id);
                            t.write(b, 1, head); // the chain grows: old boxes behind new ones
                            t.write(table, s, b);
                        });
                        ids[s] = id;
                        if (n % 100 == 50) heap.collector().collect(tx);
                    }
                    tx.atomic(t -> {
                        for (int k = 0; k < slots; k++) if (ids[k] != 0) assertEquals(canary(ids[k]), t.read(t.read(table, k), 0));
                    });
                }
            });
            Collector c = heap.collector();
            System.out.printf("young collections under load: %d collections, %d full%n", c.collections(), c.fullCollections());
            assertTrue(c.collections() - c.fullCollections() >= 10, "young collections: " + (c.collections() - c.fullCollections()));
        }
    }
}

package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.stm.StmTesting.RootTable;
import dev.weft.stm.StmTesting.TmMode;
import dev.weft.stm.StmTesting.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A sorted linked list and a hash map in the heap, updated and searched from several threads
 * at once, each operation one transaction.
 *
 * <p>There is no global commit order to replay, so the workload is made checkable: thread
 * {@code w} inserts and deletes only its own keys ({@code k % THREADS == w}), and looks up
 * keys of every thread and keys nobody ever inserts. Each thread logs, after each commit, the
 * operation and the result the transaction returned. Then:
 * <ul>
 *   <li>every result on a thread's own keys equals that of a sequential replay of its log
 *       (nobody else changes those keys), so each committed insert/delete/lookup took effect
 *       exactly once and saw a consistent state;
 *   <li>a lookup of a key nobody inserts never finds it; a lookup in the map finds only a
 *       value that was put for that key;
 *   <li>the final contents equal the union of the replays; the list is sorted, has no
 *       duplicate and no cycle; every map entry sits in the chain of its hash, and the
 *       map's count field equals its number of entries;
 *   <li>every traversal, in every attempt, checks on the way that it meets no node a committed
 *       transaction removed, that keys increase, that it ends (HeapSortedList, HeapHashMap).
 * </ul>
 * Before each update a thread also allocates a garbage object and the heap is small, so the collector runs
 * many times under the concurrent updates (with pointer checks on: reading a freed node
 * would throw), and the structures, reachable only from one root, must survive it.
 */
class ListAndMapTest {
    static final int THREADS = 4;
    static final int KEYS_PER_THREAD = 48;
    static final int OPS = 4_000;
    static final int INSERTED_RANGE = THREADS * KEYS_PER_THREAD;
    static final long HEAP = 4L << 20;

    enum Op { INSERT, DELETE, LOOKUP_OWN, LOOKUP_ANY }

    record Logged(Op op, long key, long arg, long result) {}

    private static Params params(TmMode mode) {
        return mode.params(Params.defaults().withHeapLimit(HEAP).withCheckPointers(true));
    }

    @ParameterizedTest
    // the emulated hybrid runs these bodies in RtmEmulatorTest and HybridRunnerTest (torn pairs, write skew)
    @EnumSource(value = TmMode.class, mode = EnumSource.Mode.EXCLUDE, names = "EMULATED_HYBRID")
    void sortedListMatchesPerThreadReplay(TmMode mode) throws Exception {
        try (Heap heap = new Heap(params(mode))) {
            RootTable roots = new RootTable(1).register(heap);
            Violations violations = new Violations();
            long head;
            try (TxContext tx = heap.attach()) {
                head = tx.atomically(t -> {
                    long h = HeapSortedList.create(t);
                    roots.set(0, h);
                    return h;
                });
            }
            int maxLength = INSERTED_RANGE + 1;
            @SuppressWarnings("unchecked")
            List<Logged>[] logs = new List[THREADS];
            StmTesting.runThreads(THREADS, 60, w -> {
                HeapSortedList list = new HeapSortedList(head, violations, maxLength);
                List<Logged> log = logs[w] = new ArrayList<>();
                SplittableRandom rnd = new SplittableRandom(31 * w + 7);
                try (TxContext tx = heap.attach()) {
                    mode.configure(tx, 500 + w);
                    for (int n = 0; n < OPS; n++) {
                        long own = w + (long) THREADS * rnd.nextInt(KEYS_PER_THREAD);
                        int dice = rnd.nextInt(10);
                        Op op = dice < 4 ? Op.INSERT : dice < 7 ? Op.DELETE : dice < 8 ? Op.LOOKUP_OWN : Op.LOOKUP_ANY;
                        long key = op == Op.LOOKUP_ANY ? rnd.nextInt(2 * INSERTED_RANGE) : own;
                        garbage(tx, mode, op);
                        boolean result = tx.atomically(t -> switch (op) {
                            case INSERT -> list.insert(t, key);
                            case DELETE -> list.delete(t, key);
                            case LOOKUP_OWN, LOOKUP_ANY -> list.contains(t, key);
                        });
                        log.add(new Logged(op, key, 0, result ? 1 : 0));
                    }
                }
            });
            violations.assertNone();

            TreeSet<Long> expected = new TreeSet<>();
            for (int w = 0; w < THREADS; w++) {
                TreeSet<Long> mine = new TreeSet<>();
                int i = 0;
                for (Logged l : logs[w]) {
                    boolean r = l.result() == 1;
                    switch (l.op()) {
                        case INSERT -> assertEquals(mine.add(l.key()), r, "thread " + w + " op " + i + ": " + l);
                        case DELETE -> assertEquals(mine.remove(l.key()), r, "thread " + w + " op " + i + ": " + l);
                        case LOOKUP_OWN -> assertEquals(mine.contains(l.key()), r, "thread " + w + " op " + i + ": " + l);
                        case LOOKUP_ANY -> {
                            if (l.key() % THREADS == w) assertEquals(mine.contains(l.key()), r, "thread " + w + " op " + i + ": " + l);
                            if (l.key() >= INSERTED_RANGE) assertEquals(false, r, "found a key nobody inserted: " + l);
                        }
                    }
                    i++;
                }
                expected.addAll(mine);
            }
            try (TxContext tx = heap.attach()) {
                List<Long> keys = tx.atomically(t -> new HeapSortedList(head, violations, maxLength).keys(t));
                for (int i = 1; i < keys.size(); i++) {
                    assertTrue(keys.get(i - 1) < keys.get(i), "list not strictly sorted at " + i + ": " + keys);
                }
                assertEquals(new ArrayList<>(expected), keys, "final list == union of the per-thread replays");
            }
            if (mode.fillsHeapWithGarbage()) {
                assertTrue(heap.collector().collections() > 0, "the collector never ran: the test lost its GC half");
            }
            mode.checkExercised(heap);
            System.out.printf("list %s: %s; %d collections; final size %d%n", mode, heap.stats(),
                    heap.collector().collections(), expected.size());
        }
    }

    @ParameterizedTest
    // the emulated hybrid runs these bodies in RtmEmulatorTest and HybridRunnerTest (torn pairs, write skew)
    @EnumSource(value = TmMode.class, mode = EnumSource.Mode.EXCLUDE, names = "EMULATED_HYBRID")
    void hashMapMatchesPerThreadReplay(TmMode mode) throws Exception {
        int buckets = 16;
        try (Heap heap = new Heap(params(mode))) {
            RootTable roots = new RootTable(1).register(heap);
            Violations violations = new Violations();
            long table;
            try (TxContext tx = heap.attach()) {
                table = tx.atomically(t -> {
                    long m = HeapHashMap.create(t, buckets);
                    roots.set(0, m);
                    return m;
                });
            }
            int maxChain = INSERTED_RANGE + 1;
            @SuppressWarnings("unchecked")
            List<Logged>[] logs = new List[THREADS];
            StmTesting.runThreads(THREADS, 60, w -> {
                HeapHashMap map = new HeapHashMap(table, buckets, violations, maxChain);
                List<Logged> log = logs[w] = new ArrayList<>();
                SplittableRandom rnd = new SplittableRandom(77 * w + 3);
                try (TxContext tx = heap.attach()) {
                    mode.configure(tx, 900 + w);
                    for (int n = 0; n < OPS; n++) {
                        long own = w + (long) THREADS * rnd.nextInt(KEYS_PER_THREAD);
                        int dice = rnd.nextInt(10);
                        Op op = dice < 4 ? Op.INSERT : dice < 7 ? Op.DELETE : dice < 8 ? Op.LOOKUP_OWN : Op.LOOKUP_ANY;
                        long key = op == Op.LOOKUP_ANY ? rnd.nextInt(2 * INSERTED_RANGE) : own;
                        long value = key * 1_000_000 + n; // says which key it was put for
                        garbage(tx, mode, op);
                        long result = tx.atomically(t -> switch (op) {
                            case INSERT -> map.put(t, key, value);
                            case DELETE -> map.remove(t, key);
                            case LOOKUP_OWN, LOOKUP_ANY -> map.get(t, key);
                        });
                        log.add(new Logged(op, key, value, result));
                    }
                }
            });
            violations.assertNone();

            Map<Long, Long> expected = new HashMap<>();
            for (int w = 0; w < THREADS; w++) {
                Map<Long, Long> mine = new HashMap<>();
                int i = 0;
                for (Logged l : logs[w]) {
                    String where = "thread " + w + " op " + i++ + ": " + l;
                    switch (l.op()) {
                        case INSERT -> assertEquals(orAbsent(mine.put(l.key(), l.arg())), l.result(), where);
                        case DELETE -> assertEquals(orAbsent(mine.remove(l.key())), l.result(), where);
                        case LOOKUP_OWN -> assertEquals(orAbsent(mine.get(l.key())), l.result(), where);
                        case LOOKUP_ANY -> {
                            if (l.key() % THREADS == w) assertEquals(orAbsent(mine.get(l.key())), l.result(), where);
                            if (l.key() >= INSERTED_RANGE) assertEquals(HeapHashMap.ABSENT, l.result(), "found a key nobody put: " + where);
                            if (l.result() != HeapHashMap.ABSENT) assertEquals(l.key(), l.result() / 1_000_000, "value of another key: " + where);
                        }
                    }
                }
                expected.putAll(mine);
            }
            try (TxContext tx = heap.attach()) {
                Map<Long, Long> actual = tx.atomically(t -> new HeapHashMap(table, buckets, violations, maxChain).contents(t));
                assertEquals(expected, actual, "final map == union of the per-thread replays");
            }
            if (mode.fillsHeapWithGarbage()) {
                assertTrue(heap.collector().collections() > 0, "the collector never ran: the test lost its GC half");
            }
            mode.checkExercised(heap);
            System.out.printf("map %s: %s; %d collections; final size %d%n", mode, heap.stats(),
                    heap.collector().collections(), expected.size());
        }
    }

    /**
     * Before each update, a 2 KiB garbage object in a transaction of its own (one that has no
     * conflict to fall into the inevitable fallback with), so that the heap fills and the
     * collector runs between the structure's transactions.
     */
    private static void garbage(TxContext tx, TmMode mode, Op op) {
        if (!mode.fillsHeapWithGarbage() || op == Op.LOOKUP_OWN || op == Op.LOOKUP_ANY) return;
        if (tx.atomically(t -> t.allocate(99, 250)) == 0) throw HeapSortedList.heapFull(tx);
    }

    private static long orAbsent(Long v) {
        return v == null ? HeapHashMap.ABSENT : v;
    }
}

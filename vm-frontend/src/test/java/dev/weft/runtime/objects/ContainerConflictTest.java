package dev.weft.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.dict.DictBuiltins;
import dev.weft.runtime.objects.list.ListBuiltins;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.set.PySet;
import dev.weft.stm.AbortCause;
import dev.weft.stm.Collector;
import dev.weft.stm.Heap;
import dev.weft.stm.Params;
import dev.weft.stm.TxAbort;
import dev.weft.stm.TxContext;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Built-in list, dict and set avoid false conflicts (issue 6): two transactions that touch
 * different items of one container both commit, whichever order they meet in. Each case is
 * staged between two contexts, step by step: a writer on this thread, a reader (or second
 * writer) on a thread of its own, so both orders are checked deterministically:
 * <ul>
 *   <li><b>held</b>: the writer has done its write (holding its locks) when the other
 *       transaction runs and commits; then the writer commits;
 *   <li><b>validated</b>: the other transaction runs first, the writer then runs and
 *       commits, and only then does the other commit (its reads are validated against the
 *       writer's commit).
 * </ul>
 * A case passes only if neither side aborted. The controls at the end touch the same item
 * and must conflict, which shows that the staging can see a conflict at all.
 */
class ContainerConflictTest {
    static final int N = 200;

    Heap heap;
    TxContext a, b;
    Ctx ca, cb;
    ExecutorService first, other;
    final long[] roots = new long[3];
    long list, dict, set;

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(32L << 20));
        Collector.Roots source = (LongConsumer visit) -> {
            for (long r : roots) visit.accept(r);
        };
        heap.collector().addRoots(source);
        a = heap.attach();
        b = heap.attach();
        ca = ContainersOnHeapTest.ctx(a, false);
        cb = ContainersOnHeapTest.ctx(b, false);
        first = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().factory());
        other = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().factory());
        a.atomic(t -> {
            roots[0] = PyList.make(ca.mem);
            roots[1] = Dict.make(ca.mem);
            roots[2] = PySet.make(ca.mem, false);
            for (int i = 0; i < N; i++) {
                PyList.append(ca.mem, roots[0], Words.fromInt(i));
                Dict.put(ca, roots[1], Words.fromInt(i), Words.fromInt(i));
                PySet.add(ca, roots[2], Words.fromInt(i));
            }
        });
        list = roots[0];
        dict = roots[1];
        set = roots[2];
    }

    @AfterEach
    void tearDown() {
        first.shutdownNow();
        other.shutdownNow();
        if (a.isInTransaction() || b.isInTransaction()) return; // a step hung: leave the heap be
        a.close();
        b.close();
        heap.close();
    }

    /** Starts {@code step} on the other thread; its future answers the abort it met, or null. */
    private Future<AbortCause> startOther(Runnable step) {
        return start(other, step);
    }

    private static Future<AbortCause> start(ExecutorService on, Runnable step) {
        return on.submit(() -> {
            try {
                step.run();
                return null;
            } catch (TxAbort e) {
                return e.abortCause();
            }
        });
    }

    /** Runs {@code step} on the other thread and waits for it; answers the abort it met, or null. */
    private AbortCause onOther(Runnable step) throws Exception {
        return await(startOther(step));
    }

    /** Runs {@code step} on the writer's thread and waits for it; answers the abort it met, or null. */
    private AbortCause onWriter(Runnable step) throws Exception {
        return await(start(first, step));
    }

    private static AbortCause await(Future<AbortCause> f) throws Exception {
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("a transaction waited for the other's lock: a conflict", e);
        }
    }

    /**
     * The writer's step {@code w} (in context a) and the other's step {@code r} (context b)
     * commit in both orders without an abort.
     */
    private void noConflict(Consumer<Ctx> w, Consumer<Ctx> r) throws Exception {
        long before = heap.stats().aborts();
        // held: the writer's locks are taken when the other runs
        assertNull(onWriter(() -> {
            a.begin();
            w.accept(ca);
        }));
        assertNull(onOther(() -> {
            b.begin();
            r.accept(cb);
            b.commit();
        }), "the other transaction aborted while the writer held its locks");
        assertNull(onWriter(a::commit), "the writer failed validation after the other's commit");
        // validated: the other ran before the writer, and commits after it
        assertNull(onOther(() -> {
            b.begin();
            r.accept(cb);
        }));
        assertNull(onWriter(() -> {
            a.begin();
            w.accept(ca);
            a.commit();
        }), "the writer met the other's locks");
        assertNull(onOther(b::commit), "the other transaction failed validation after the writer's commit");
        assertEquals(before, heap.stats().aborts(), () -> "aborts: " + heap.stats());
    }

    private static long item(Ctx c, long l, int i) {
        return ListBuiltins.getItem(c, l, Words.fromInt(i));
    }

    @Test
    void appendDoesNotConflictWithReadingAnEarlierIndex() throws Exception {
        noConflict(c -> PyList.append(c.mem, list, Words.fromInt(-1)),
                c -> assertEquals(Words.fromInt(5), item(c, list, 5)));
    }

    /** Appends until the storage grows (a new spine over the same chunks, see PyList.grow). */
    private void appendUntilItGrows(Ctx c) {
        long cap = c.mem.get(list, PyList.CAPACITY);
        while (c.mem.get(list, PyList.CAPACITY) == cap) PyList.append(c.mem, list, Words.fromInt(-1));
    }

    @Test
    void aGrowthDoesNotConflictWithReadingByIndex() throws Exception {
        noConflict(this::appendUntilItGrows, c -> {
            assertEquals(Words.fromInt(5), item(c, list, 5));
            assertEquals(Words.fromInt(150), item(c, list, 150));
            ListBuiltins.setItem(c, list, Words.fromInt(40), Words.fromInt(40));
        });
    }

    @Test
    void writesToDistantIndicesDoNotConflict() throws Exception {
        noConflict(c -> ListBuiltins.setItem(c, list, Words.fromInt(150), Words.fromInt(-1)),
                c -> ListBuiltins.setItem(c, list, Words.fromInt(5), Words.fromInt(-2)));
        a.atomic(t -> {
            assertEquals(Words.fromInt(-1), item(ca, list, 150));
            assertEquals(Words.fromInt(-2), item(ca, list, 5));
            assertEquals(N + 0L, PyList.size(ca.mem, list));
        });
    }

    private static void increment(Ctx c, long d, int key) {
        long k = Words.fromInt(key);
        Dict.put(c, d, k, Words.fromInt(Words.toInt(Dict.get(c, d, k)) + 1));
    }

    @Test
    void updatesOfDifferentDictKeysDoNotConflict() throws Exception {
        noConflict(c -> increment(c, dict, 150), c -> increment(c, dict, 5));
        a.atomic(t -> {
            assertEquals(Words.fromInt(152), Dict.get(ca, dict, Words.fromInt(150)));
            assertEquals(Words.fromInt(7), Dict.get(ca, dict, Words.fromInt(5)));
        });
    }

    @Test
    void anInsertDoesNotConflictWithLookingUpAnotherKey() throws Exception {
        long entries = a.atomically(t -> ca.mem.get(dict, Dict.ENTRIES));
        int[] fresh = {1000};
        noConflict(c -> Dict.put(c, dict, Words.fromInt(fresh[0]++), Words.NONE),
                c -> assertEquals(Words.fromInt(5), DictBuiltins.getItem(c, dict, Words.fromInt(5))));
        a.atomic(t -> {
            assertEquals(entries, ca.mem.get(dict, Dict.ENTRIES), "the inserts fitted: no resize staged");
            assertEquals(N + 2L, Dict.size(ca.mem, dict));
        });
    }

    @Test
    void anAddDoesNotConflictWithTestingAnotherMember() throws Exception {
        long table = a.atomically(t -> ca.mem.get(set, PySet.TABLE));
        int[] fresh = {1000};
        noConflict(c -> PySet.add(c, set, Words.fromInt(fresh[0]++)),
                c -> assertTrue(PySet.contains(c, set, Words.fromInt(5))));
        a.atomic(t -> {
            assertEquals(table, ca.mem.get(set, PySet.TABLE), "the adds fitted: no resize staged");
            assertEquals(N + 2L, PySet.size(ca.mem, set));
        });
    }

    // controls: the same item conflicts, so the staging above would have seen it

    @Test
    void writingAndReadingTheSameIndexConflicts() throws Exception {
        a.begin();
        ListBuiltins.setItem(ca, list, Words.fromInt(5), Words.fromInt(-1));
        Future<AbortCause> reader = startOther(() -> {
            b.begin();
            item(cb, list, 5);
            b.commit();
        });
        Thread.sleep(300);
        assertFalse(reader.isDone(), "the reader waits for the writer's lock");
        a.commit();
        assertNotNull(reader.get(10, TimeUnit.SECONDS), "the younger reader aborted");
        assertNull(onOther(() -> {
            b.begin();
            item(cb, list, 5);
            increment(cb, dict, 150); // a writer: its commit validates what it read
        }));
        a.atomic(t -> ListBuiltins.setItem(ca, list, Words.fromInt(5), Words.fromInt(-2)));
        assertNotNull(onOther(b::commit), "the reader's validation saw the write");
    }

    @Test
    void updatingTheSameDictKeyConflicts() throws Exception {
        assertNull(onWriter(() -> {
            a.begin();
            increment(ca, dict, 5);
        }));
        Future<AbortCause> second = startOther(() -> {
            b.begin();
            increment(cb, dict, 5);
            b.commit();
        });
        Thread.sleep(300);
        assertFalse(second.isDone(), "the second update waits for the first's lock");
        assertNull(onWriter(a::commit));
        assertNotNull(await(second), "the younger update aborted");
    }
}

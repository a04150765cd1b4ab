package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One thread's view: what a transaction sees of itself, what commit and abort leave, misuse. */
class SingleThreadSemanticsTest {
    Heap heap;
    TxContext tx;
    StmTesting.RootTable roots;
    long[] objs;
    static final int[] FIELDS = {1, 3, 17, 1_500}; // the last one is a large object (> 8 KiB)

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(8L << 20).withCheckPointers(true));
        roots = new StmTesting.RootTable(1).register(heap);
        tx = heap.attach();
        objs = tx.atomically(t -> {
            long holder = t.allocate(1, FIELDS.length + 1);
            roots.set(0, holder);
            long[] o = new long[FIELDS.length];
            for (int k = 0; k < o.length; k++) {
                o[k] = t.allocate(2, FIELDS[k]);
                t.write(holder, k, o[k]);
                for (int i = 0; i < FIELDS[k]; i++) t.write(o[k], i, value(k, i, 0));
            }
            return o;
        });
    }

    @AfterEach
    void tearDown() {
        tx.close();
        heap.close();
    }

    static long value(int obj, int field, int version) {
        return ((long) version << 40) | ((long) obj << 20) | field;
    }

    void assertAllAt(int version) {
        tx.atomic(t -> {
            for (int k = 0; k < objs.length; k++) {
                for (int i = 0; i < FIELDS[k]; i++) assertEquals(value(k, i, version), t.read(objs[k], i), "obj " + k + " field " + i);
            }
        });
    }

    @Test
    void readYourWrites() {
        tx.atomic(t -> {
            t.write(objs[1], 2, 99);
            assertEquals(99, t.read(objs[1], 2));
            t.write(objs[1], 2, 100);
            assertEquals(100, t.read(objs[1], 2));
            assertEquals(value(1, 0, 0), t.read(objs[1], 0), "unwritten fields of a written object");
            long fresh = t.allocate(3, 2);
            assertEquals(0, t.read(fresh, 1), "a new object is zeroed");
            t.write(fresh, 1, 7);
            assertEquals(7, t.read(fresh, 1));
            t.write(objs[0], 0, fresh);
            assertEquals(fresh, t.read(objs[0], 0));
        });
        assertEquals(100, (long) tx.atomically(t -> t.read(objs[1], 2)));
    }

    @Test
    void abortRestoresEveryFieldOfEveryObject() {
        tx.begin();
        for (int k = 0; k < objs.length; k++) {
            for (int i = 0; i < FIELDS[k]; i++) tx.write(objs[k], i, value(k, i, 1));
        }
        for (int k = 0; k < objs.length; k++) assertEquals(value(k, FIELDS[k] - 1, 1), tx.read(objs[k], FIELDS[k] - 1));
        tx.abort(AbortCause.EXPLICIT);
        assertFalse(tx.isInTransaction());
        assertAllAt(0);
        // and a commit of the same writes leaves them all
        tx.atomic(t -> {
            for (int k = 0; k < objs.length; k++) {
                for (int i = 0; i < FIELDS[k]; i++) t.write(objs[k], i, value(k, i, 1));
            }
        });
        assertAllAt(1);
    }

    @Test
    void abortRestoresAfterSeveralWritesToOneField() {
        tx.begin();
        for (int n = 0; n < 10; n++) tx.write(objs[2], 5, n);
        tx.abort(AbortCause.EXPLICIT);
        assertAllAt(0);
    }

    @Test
    void allocationInAnAbortedTransactionLeavesNothingReachable() {
        long before = liveAfterCollection();
        long[] made = new long[1];
        tx.begin();
        made[0] = tx.allocate(4, 50);
        tx.write(made[0], 0, 1234);
        tx.write(objs[1], 0, made[0]); // linked into the rooted structure...
        tx.abort(AbortCause.EXPLICIT); // ...and unlinked by the abort
        assertEquals(value(1, 0, 0), (long) tx.atomically(t -> t.read(objs[1], 0)));
        assertEquals(before, liveAfterCollection(), "live bytes after the aborted allocation");
        assertFalse(heap.isObject(made[0]), "the aborted transaction's object was freed");
    }

    private long liveAfterCollection() {
        heap.collector().collect(tx);
        return heap.collector().lastLiveBytes();
    }

    @Test
    void exceptionInTheBodyRollsBackAndGoesOn() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        var thrown = assertThrows(IllegalArgumentException.class, () -> tx.atomic(t -> {
            t.write(objs[0], 0, -1);
            t.write(objs[3], 1_499, -1);
            throw boom;
        }));
        assertSame(boom, thrown);
        assertFalse(tx.isInTransaction());
        assertAllAt(0);
        assertEquals(1, heap.stats().aborts(AbortCause.EXCEPTION));
        // an Error too
        assertThrows(StackOverflowError.class, () -> tx.atomic(t -> {
            t.write(objs[2], 0, -1);
            throw new StackOverflowError();
        }));
        assertAllAt(0);
        // and the context is fine afterwards
        tx.atomic(t -> t.write(objs[0], 0, value(0, 0, 0)));
    }

    @Test
    void nestedBeginThrows() {
        tx.begin();
        assertThrows(IllegalStateException.class, tx::begin);
        assertThrows(IllegalStateException.class, tx::beginInevitable);
        assertTrue(tx.isInTransaction(), "the outer transaction still runs");
        tx.write(objs[0], 0, 5);
        tx.commit();
        assertEquals(5, (long) tx.atomically(t -> t.read(objs[0], 0)));
        // atomically inside atomically: the inner begin throws, the outer rolls back
        assertThrows(IllegalStateException.class, () -> tx.atomic(t -> {
            t.write(objs[0], 0, 6);
            t.atomic(u -> u.write(objs[0], 0, 7));
        }));
        assertEquals(5, (long) tx.atomically(t -> t.read(objs[0], 0)));
    }

    @Test
    void commitAbortAndFriendsWithoutBeginThrow() {
        assertThrows(IllegalStateException.class, tx::commit);
        assertThrows(IllegalStateException.class, () -> tx.abort(AbortCause.EXPLICIT));
        assertThrows(IllegalStateException.class, tx::becomeInevitable);
        assertThrows(IllegalStateException.class, () -> tx.allocate(1, 1));
        tx.begin();
        tx.commit();
        assertThrows(IllegalStateException.class, tx::commit, "a second commit");
        tx.begin();
        tx.abort(AbortCause.EXPLICIT);
        assertThrows(IllegalStateException.class, () -> tx.abort(AbortCause.EXPLICIT), "a second abort");
        assertEquals(0, heap.stats().aborts() - 1);
    }

    @Test
    void closeWhileInTransactionAndHeapCloseWhileAttachedThrow() {
        tx.begin();
        assertThrows(IllegalStateException.class, tx::close);
        tx.abort(AbortCause.EXPLICIT);
        assertThrows(IllegalStateException.class, heap::close);
    }

    @Test
    void badAllocationSizesThrow() {
        tx.begin();
        assertThrows(IllegalArgumentException.class, () -> tx.allocate(1, -1));
        assertThrows(IllegalArgumentException.class, () -> tx.allocate(1, ObjectLayout.MAX_FIELDS + 1));
        tx.abort(AbortCause.EXPLICIT);
    }

    @Test
    void aReadOnlyTransactionSeesASnapshot() {
        // begin, read one field, another context commits two fields, the reader's next read of
        // the changed object must not mix: it aborts (validation) rather than return the new value
        tx.begin();
        long first = tx.read(objs[0], 0);
        try (TxContext other = attachedElsewhere()) {
            other.atomic(t -> {
                t.write(objs[0], 0, first + 1);
                t.write(objs[1], 0, value(1, 0, 0) + 1);
            });
        }
        TxAbort e = assertThrows(TxAbort.class, () -> tx.read(objs[1], 0));
        assertEquals(AbortCause.VALIDATION, e.abortCause());
        assertFalse(tx.isInTransaction());
    }

    private TxContext attachedElsewhere() {
        return heap.attach();
    }
}

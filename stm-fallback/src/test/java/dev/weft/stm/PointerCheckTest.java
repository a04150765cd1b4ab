package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The debug mode (Params.checkPointers): a barrier given an address that is not an object,
 * or a field index outside the object, throws instead of touching memory; the transaction
 * is rolled back and the context usable afterwards.
 */
class PointerCheckTest {
    Heap heap;
    TxContext tx;
    StmTesting.RootTable roots;
    long obj;

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(4L << 20).withCheckPointers(true));
        roots = new StmTesting.RootTable(1).register(heap);
        tx = heap.attach();
        obj = tx.atomically(t -> {
            long o = t.allocate(5, 3);
            roots.set(0, o);
            t.write(o, 0, 42);
            return o;
        });
    }

    @AfterEach
    void tearDown() {
        tx.close();
        heap.close();
    }

    private void assertRejected(Class<? extends Throwable> kind, long address, int field) {
        assertThrows(kind, () -> tx.atomically(t -> t.read(address, field)), "read");
        assertThrows(kind, () -> tx.atomic(t -> t.write(address, field, 1)), "write");
        assertThrows(kind, () -> tx.atomically(t -> t.readImmutable(address, field)), "readImmutable");
        assertFalse(tx.isInTransaction(), "the failed transaction was rolled back");
    }

    @Test
    void addressesThatAreNoObjectThrow() {
        long base = heap.base;
        assertRejected(IllegalStateException.class, base + 8, 0); // inside the first cell
        assertRejected(IllegalStateException.class, obj + 16, 0); // inside an object
        assertRejected(IllegalStateException.class, obj + 1, 0); // misaligned
        assertRejected(IllegalStateException.class, 0, 0); // null
        assertRejected(IllegalStateException.class, 8, 0); // far below the heap
        assertRejected(IllegalStateException.class, base + ((long) heap.blockCount << Heap.BLOCK_SHIFT) - 64, 0); // not handed out
        assertRejected(IllegalStateException.class, base + Heap.BLOCK * 3L, 0); // a block never handed out
        // the context still works, and the object is intact
        assertEquals(42, (long) tx.atomically(t -> t.read(obj, 0)));
    }

    @Test
    void aFreedObjectThrows() {
        long garbage = tx.atomically(t -> {
            long g = t.allocate(5, 3);
            t.write(g, 0, 7);
            return g;
        });
        assertEquals(7, (long) tx.atomically(t -> t.read(garbage, 0)));
        heap.collector().collect(tx);
        assertFalse(heap.isObject(garbage));
        assertRejected(IllegalStateException.class, garbage, 0);
        assertTrue(heap.isObject(obj), "the rooted one survived");
    }

    @Test
    void aFieldOutsideTheObjectThrows() {
        assertRejected(IndexOutOfBoundsException.class, obj, 3);
        assertRejected(IndexOutOfBoundsException.class, obj, -1);
        assertRejected(IndexOutOfBoundsException.class, obj, 1_000);
        long empty = tx.atomically(t -> {
            long e = t.allocate(6, 0);
            roots.set(0, e);
            return e;
        });
        assertRejected(IndexOutOfBoundsException.class, empty, 0);
    }

    @Test
    void writingAnImmutableObjectAfterItsTransactionThrows() {
        long s = tx.atomically(t -> {
            long o = t.allocateImmutable(8, 2);
            roots.set(0, o);
            t.write(o, 0, 5); // its creating transaction may fill it
            return o;
        });
        assertThrows(IllegalStateException.class, () -> tx.atomic(t -> t.write(s, 0, 6)));
        assertEquals(5, (long) tx.atomically(t -> t.readImmutable(s, 0)));
    }

    @Test
    void withoutTheCheckTheSameCallsAreNotChecked() {
        // the flag really switches the checks: an out-of-range index goes through unchecked
        // (field 3 of a 3-field object is the next cell's header word: read, not written)
        try (Heap plain = new Heap(Params.defaults().withHeapLimit(1L << 20)); TxContext p = plain.attach()) {
            long o = p.atomically(t -> t.allocate(5, 3));
            p.atomically(t -> t.readImmutable(o, 3));
        }
    }
}

package dev.weft.stm;

import static dev.weft.stm.ObjectLayout.ALLOCATED;
import static dev.weft.stm.ObjectLayout.FREE;
import static dev.weft.stm.StmTesting.canary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.stm.StmTesting.RootTable;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lazy sweep ({@link Collector}): a collection leaves blocks with live and dead cells as
 * they are, the allocator sweeps such a block when it takes it, the next collection sweeps
 * the ones no one took before it marks, and no dead or stale cell ever passes for an object.
 */
class LazySweepTest {
    static final int NODE = 80;
    /** Objects of 2 fields: 32-byte cells, 2048 to a block. */
    static final int FIELDS = 2, CELL = 32, PER_BLOCK = Heap.BLOCK / CELL;

    /** Allocates {@code n} nodes of {@link #FIELDS} fields in one transaction, field 0 a canary; answers them. */
    static long[] nodes(TxContext tx, int n, long firstId) {
        return tx.atomically(t -> {
            long[] made = new long[n];
            for (int i = 0; i < n; i++) {
                made[i] = t.allocate(NODE, FIELDS);
                t.write(made[i], 0, canary(firstId + i));
            }
            return made;
        });
    }

    static long header(long obj) {
        return RawMemory.get(obj);
    }

    @Test
    void theAllocatorSweepsABlockWhenItTakesIt() {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(16L << 20).withCheckPointers(true)); TxContext tx = heap.attach()) {
            int n = 3 * PER_BLOCK;
            RootTable roots = new RootTable(n / 2).register(heap);
            long[] made = nodes(tx, n, 0);
            for (int i = 0; i < n; i += 2) roots.set(i / 2, made[i]); // every other one lives
            heap.collector().collect(tx);
            assertEquals((long) n / 2 * CELL, heap.collector().lastLiveBytes());
            assertEquals((long) n / 2 * CELL, heap.collector().lastFreedBytes(), "the dead half, counted without a sweep");
            Set<Long> dead = new HashSet<>();
            for (int i = 1; i < n; i += 2) {
                dead.add(made[i]);
                assertFalse(heap.isObject(made[i]), "a dead object is no object");
                assertTrue(heap.isUnswept(heap.blockOf(made[i])), "its block waits for the allocator");
                assertTrue((header(made[i]) & ALLOCATED) != 0 && (header(made[i]) & FREE) == 0,
                        "the collection did not touch a dead cell in a block with live ones");
            }
            for (int i = 0; i < n; i += 2) assertTrue(heap.isObject(made[i]));

            long[] again = nodes(tx, n / 2, n); // exactly the room the dead half left
            for (long a : again) assertTrue(dead.remove(a), "a new object took a dead cell: 0x" + Long.toHexString(a));
            for (int i = 0; i < n; i += 2) {
                assertFalse(heap.isUnswept(heap.blockOf(made[i])), "every block was swept by the allocation");
                long obj = made[i];
                assertEquals(canary(i), (long) tx.atomically(t -> t.read(obj, 0)), "a live object kept its contents");
            }
            assertEquals(heap.freshBlockCount(), 3, "the heap did not grow");
        }
    }

    @Test
    void theNextCollectionSweepsWhatNoOneTookBeforeItMarks() {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(16L << 20)); TxContext tx = heap.attach()) {
            RootTable roots = new RootTable(2).register(heap);
            long[] made = nodes(tx, PER_BLOCK, 0);
            roots.set(0, made[0]);
            heap.collector().collect(tx);
            long dead = made[1];
            assertTrue(heap.isUnswept(heap.blockOf(dead)));
            // a stale word that names the dead cell, as a conservative root may: it must not
            // bring the object back (the cell still has its header until the block is swept)
            roots.set(1, dead);
            heap.collector().collect(tx);
            assertFalse(heap.isObject(dead), "a dead object came back through a stale root");
            assertEquals(CELL, heap.collector().lastLiveBytes(), "only the rooted one is live");
            roots.set(0, 0);
            heap.collector().collect(tx);
            assertEquals(0, heap.blocksInUse(), "the block is empty again");
            assertFalse(heap.isObject(made[0]));
        }
    }

    /**
     * A block that held objects and is taken again for bump allocation has its cells' headers
     * cleared: past the bump cursor, what an earlier use left must not look like an object, of
     * the same class (a block whose objects all died is not swept) or of another one (whose
     * cell boundaries fall inside the old objects: here a field written to look like a header).
     */
    @Test
    void cellsPastTheBumpCursorOfAReusedBlockAreNoObjects() {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(16L << 20)); TxContext tx = heap.attach()) {
            heap.collector().retainEmptyBytes(1L << 20); // the block stays resident with what it held
            long[] made = tx.atomically(t -> {
                long[] m = new long[PER_BLOCK];
                for (int i = 0; i < PER_BLOCK; i++) {
                    m[i] = t.allocate(NODE, FIELDS);
                    t.write(m[i], 0, ObjectLayout.header(NODE, 1, 0)); // 16 bytes in: where 48-byte cells start
                }
                return m;
            });
            heap.collector().collect(tx);
            assertEquals(0, heap.blocksInUse());
            long one = tx.atomically(t -> t.allocate(NODE, FIELDS));
            assertEquals(made[0], one, "the same block, from its start");
            for (int i = 1; i < PER_BLOCK; i++) assertFalse(heap.isObject(made[i]), "cell " + i + " past the cursor");
            tx.atomic(t -> t.write(one, 0, 0)); // keep it from looking like a header to the next class
            heap.collector().collect(tx);
            long other = tx.atomically(t -> t.allocate(NODE, 4)); // 48-byte cells
            assertEquals(made[0], other, "the same block for another class");
            for (long at = other + 48; at + 48 <= other + Heap.BLOCK; at += 48) assertFalse(heap.isObject(at), "a stale field passed for a header");
            assertNotEquals(0, other);
        }
    }
}

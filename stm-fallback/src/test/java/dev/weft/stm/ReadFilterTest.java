package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read filter of {@link TxContext#read}: reading again an object that the read log holds
 * at the orec it still has appends no entry, and answers only what the full barrier would.
 * Two contexts on one thread interleave deterministically; the last test races two threads.
 * Here the barriers take their fast paths; {@link ReadFilterCheckedTest} runs the same with
 * pointers checked, where reads go the slow way and the slow path's own filter check answers.
 */
class ReadFilterTest {
    Heap heap;
    TxContext tx, other;

    /** Whether the heap checks pointers (which sends every read down the slow path). */
    boolean checked() {
        return false;
    }

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(8L << 20).withCheckPointers(checked()));
        tx = heap.attach();
        other = heap.attach();
    }

    @AfterEach
    void tearDown() {
        other.close();
        tx.close();
        heap.close();
    }

    /** A committed two-field object holding (v, v), written by the other context. */
    private long pair(long v) {
        return other.atomically(t -> {
            long o = t.allocate(9, 2);
            t.write(o, 0, v);
            t.write(o, 1, v);
            return o;
        });
    }

    private void writePair(long obj, long v) {
        other.atomic(t -> {
            t.write(obj, 0, v);
            t.write(obj, 1, v);
        });
    }

    /** Makes the running transaction of {@code tx} a writer, so that its commit validates. */
    private void makeWriter() {
        tx.write(tx.allocate(9, 1), 0, 1);
    }

    @Test
    void repeatedReadsOfAnObjectLogItOnce() {
        long x = pair(1), y = pair(2);
        tx.begin();
        assertEquals(1, tx.read(x, 0));
        assertEquals(1, tx.read(x, 1));
        assertEquals(1, tx.read(x, 0));
        assertEquals(1, tx.readLogEntries());
        assertEquals(2, tx.read(y, 1));
        assertEquals(1, tx.read(x, 1));
        assertEquals(2, tx.read(y, 0));
        assertEquals(2, tx.readLogEntries());
        tx.commit();
        assertEquals(2, heap.stats().loggedReads(), "--stats' reads logged: the entries commits validated");
    }

    @Test
    void aReadAfterAnotherCommitWroteTheObjectAborts() {
        long x = pair(1);
        tx.begin();
        assertEquals(1, tx.read(x, 0));
        writePair(x, 2);
        // the filter holds (x, its old orec): x's new orec must miss it, so the full barrier
        // finds x too new and its extend fails; field 1 alone would answer 2 beside 1
        TxAbort e = assertThrows(TxAbort.class, () -> tx.read(x, 1));
        assertEquals(AbortCause.VALIDATION, e.cause);
        assertFalse(tx.isInTransaction());
    }

    @Test
    void aFilteredReadStillCountsAtCommit() {
        long x = pair(1);
        tx.begin();
        tx.read(x, 0);
        tx.read(x, 1);
        makeWriter();
        writePair(x, 2);
        TxAbort e = assertThrows(TxAbort.class, tx::commit);
        assertEquals(AbortCause.VALIDATION, e.cause);
    }

    @Test
    void theFilterIsEmptiedWithTheLogAtCommit() {
        long x = pair(1);
        tx.atomic(t -> t.read(x, 0));
        tx.begin();
        assertEquals(1, tx.read(x, 0));
        assertEquals(1, tx.readLogEntries(), "a new transaction logs x again");
        makeWriter();
        writePair(x, 2);
        assertThrows(TxAbort.class, tx::commit, "x changed after this transaction read it");
    }

    @Test
    void theFilterIsEmptiedWithTheLogAtAbort() {
        long x = pair(1);
        tx.begin();
        tx.read(x, 0);
        tx.abort(AbortCause.EXPLICIT);
        tx.begin();
        assertEquals(1, tx.read(x, 1));
        assertEquals(1, tx.readLogEntries(), "the retry logs x again");
        makeWriter();
        writePair(x, 2);
        assertThrows(TxAbort.class, tx::commit, "x changed after the retry read it");
    }

    /** Two committed objects whose first filter slots are the same and whose second slots are not. */
    private long[] sharingAFirstSlot() {
        java.util.Map<Integer, Long> bySlot = new java.util.HashMap<>();
        for (int k = 0; k < 4 * ReadFilter.SLOTS; k++) {
            long o = pair(k);
            Long p = bySlot.putIfAbsent(ReadFilter.slot(o), o);
            if (p != null && ReadFilter.slot2(p) != ReadFilter.slot2(o)
                    && ReadFilter.slot2(p) != ReadFilter.slot(o) && ReadFilter.slot2(o) != ReadFilter.slot(o)) {
                return new long[] {p, o};
            }
        }
        throw new AssertionError("no two objects share a first slot");
    }

    @Test
    void objectsThatShareAFirstSlotAreLoggedOnceEachWhenReadInTurn() {
        long[] xy = sharingAFirstSlot();
        long x = xy[0], y = xy[1];
        tx.begin();
        for (int k = 0; k < 100; k++) {
            tx.read(x, 0);
            tx.read(y, 1);
        }
        assertEquals(2, tx.readLogEntries(), "each object's pair is at one of its two slots");
        makeWriter();
        writePair(x, 7);
        assertThrows(TxAbort.class, tx::commit, "x changed after this transaction read it");
    }

    @Test
    void aPairMovedToItsSecondSlotIsEmptiedWithTheLog() {
        long[] xy = sharingAFirstSlot();
        long x = xy[0], y = xy[1];
        tx.atomic(t -> {
            t.read(x, 0);
            t.read(y, 0); // x's pair moves to its second slot
        });
        tx.begin();
        tx.read(x, 0);
        assertEquals(1, tx.readLogEntries(), "a new transaction logs x again");
        makeWriter();
        writePair(x, 2);
        assertThrows(TxAbort.class, tx::commit, "x changed after this transaction read it");
    }

    @Test
    void aLongLogEmptiesTheWholeFilter() {
        long[] objs = new long[3 * ReadFilter.SLOTS / 4];
        for (int k = 0; k < objs.length; k++) objs[k] = pair(k);
        tx.atomic(t -> {
            for (long o : objs) t.read(o, 0);
        });
        tx.begin();
        for (long o : objs) tx.read(o, 1);
        assertEquals(objs.length, tx.readLogEntries(), "a new transaction logs every object again");
        tx.commit();
    }

    @Test
    void objectsAtOneOffsetOfDifferentBlocksSpreadOverTheSlots() {
        // the old slot, address bits 4-9 xor 10-15, put all of these in one slot
        long base = heap.base;
        java.util.Set<Integer> first = new java.util.HashSet<>(), second = new java.util.HashSet<>();
        for (int b = 0; b < 64; b++) {
            first.add(ReadFilter.slot(base + (long) b * Heap.BLOCK + 48));
            second.add(ReadFilter.slot2(base + (long) b * Heap.BLOCK + 48));
        }
        assertTrue(first.size() >= 32, "first slots: " + first.size() + " of 64");
        assertTrue(second.size() >= 32, "second slots: " + second.size() + " of 64");
    }

    @Test
    void pairsFilteredBeforeAnExtendStayValidatedAfterIt() {
        long x = pair(1), y = pair(1);
        tx.begin();
        tx.read(x, 0);
        writePair(y, 2);
        assertEquals(2, tx.read(y, 1), "y is too new: the snapshot extends (x still holds)");
        assertEquals(2, tx.readLogEntries());
        assertEquals(1, tx.read(x, 1));
        assertEquals(2, tx.readLogEntries(), "x is still in the filter after the extend");
        makeWriter();
        writePair(x, 2);
        assertThrows(TxAbort.class, tx::commit, "x changed after its filtered read");
    }

    /**
     * An abort request is noticed by a read that goes the slow way (the first of an object,
     * or any with pointers checked) and by pollKilled; a filtered read on its fast path does
     * not look.
     */
    @Test
    void anAbortRequestIsNoticedOnTheSlowPathsAndByPollKilled() {
        long x = pair(1), y = pair(2);
        tx.begin();
        tx.read(x, 0);
        assertTrue(tx.requestAbort());
        if (!checked()) {
            assertEquals(1, tx.read(x, 1), "a filtered read goes on");
            assertEquals(1, tx.readIfSame(x, 0, 1, 1, -1), "so does a filtered pair read");
            assertThrows(TxAbort.class, tx::pollKilled);
            tx.begin();
            tx.read(x, 0);
            assertTrue(tx.requestAbort());
        }
        TxAbort e = assertThrows(TxAbort.class, () -> tx.read(checked() ? x : y, 1));
        assertEquals(AbortCause.KILLED, e.cause);
    }

    /**
     * readIfSame: field j when field i holds the value expected, else the fallback, both
     * fields from one snapshot; logged like a read (a commit that writes the object after it
     * fails this transaction's validation); on an object this transaction holds, its own values.
     */
    @Test
    void readIfSameAnswersFieldJOnlyWhenFieldIMatches() {
        long x = other.atomically(t -> {
            long o = t.allocate(9, 2);
            t.write(o, 0, 7);
            t.write(o, 1, 70);
            return o;
        });
        tx.begin();
        assertEquals(70, tx.readIfSame(x, 0, 7, 1, -1));
        assertEquals(-1, tx.readIfSame(x, 0, 8, 1, -1));
        assertEquals(70, tx.readIfSame(x, 0, 7, 1, -1), "again, from the filter");
        assertEquals(1, tx.readLogEntries());
        makeWriter();
        writePair(x, 5);
        assertThrows(TxAbort.class, tx::commit, "the pair read is validated at commit");

        tx.begin();
        assertEquals(-1, tx.readIfSame(x, 0, 7, 1, -1));
        assertEquals(5, tx.readIfSame(x, 0, 5, 1, -1));
        tx.write(x, 0, 6);
        assertEquals(5, tx.readIfSame(x, 0, 6, 1, -1), "a held object: this transaction's values");
        assertEquals(-1, tx.readIfSame(x, 0, 5, 1, -1));
        tx.commit();
    }

    /**
     * A writer keeps x's two fields equal, writing field 1 first in place under its lock;
     * the reader reads field 0 (logged) then field 1 (filtered) again and again. A filtered
     * read that skipped the orec load after its field load would return the writer's new
     * field 1 beside the old field 0.
     */
    /** Enough that skipping that orec load was caught in each of 13 runs (4 to 294 torn reads). */
    static final int READER_TRANSACTIONS = 300_000;

    @Test
    void aRacingWriterIsNeverSeenHalfway() throws Exception {
        long x = pair(0);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong torn = new AtomicLong(), commits = new AtomicLong();
        StmTesting.runThreads(2, 60, w -> {
            if (w == 0) {
                try (TxContext t = heap.attach()) {
                    for (long n = 1; !done.get(); n++) {
                        long v = n;
                        t.atomic(u -> {
                            u.write(x, 1, v);
                            u.write(x, 0, v);
                        });
                    }
                }
                return;
            }
            try (TxContext t = heap.attach()) {
                for (int k = 0; k < READER_TRANSACTIONS; k++) {
                    t.atomic(u -> {
                        for (int r = 0; r < 50; r++) {
                            if (u.read(x, 0) != u.read(x, 1)) torn.incrementAndGet();
                            long v = u.read(x, 0);
                            if (u.readIfSame(x, 0, v, 1, -1) != v) torn.incrementAndGet();
                        }
                    });
                    commits.incrementAndGet();
                }
            } finally {
                done.set(true);
            }
        });
        assertEquals(0, torn.get(), "reads of x's two fields from different commits");
        assertEquals(READER_TRANSACTIONS, commits.get());
    }
}

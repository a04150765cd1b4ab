package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clock rules of docs/tm-protocol.md: commits publish at G + 1 without advancing G; a
 * thread's own last write is never too new for it; anyone else who meets a version beyond G
 * advances G; an object's version only grows, so its orec never repeats a value.
 */
class ClockTest {
    Heap heap;
    TxContext tx;

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(16L << 20));
        tx = heap.attach();
    }

    @AfterEach
    void tearDown() {
        tx.close();
        heap.close();
    }

    private static long orec(long obj) {
        return RawMemory.getVolatile(obj + ObjectLayout.OREC);
    }

    private long inOtherThread(java.util.function.ToLongFunction<TxContext> body) throws Exception {
        AtomicLong out = new AtomicLong();
        Thread t = new Thread(() -> {
            try (TxContext other = heap.attach()) {
                out.set(other.atomically(o -> body.applyAsLong(o)));
            }
        });
        t.start();
        t.join();
        return out.get();
    }

    @Test
    void commitsDoNotAdvanceTheClockAndOwnWritesAreNeverTooNew() throws Exception {
        long o = tx.atomically(t -> t.allocate(1, 1));
        long g = heap.clock();
        for (int i = 1; i <= 100; i++) {
            long v = i;
            tx.atomic(t -> t.write(o, 0, t.read(o, 0) + v));
        }
        assertEquals(g, heap.clock(), "a thread on its own objects never writes G");
        assertEquals(5050, (long) tx.atomically(t -> t.read(o, 0)));
        assertEquals(0, heap.stats().aborts());
        assertEquals(tx.slot(), ObjectLayout.writer(orec(o)));

        assertEquals(5050, inOtherThread(t -> t.read(o, 0)));
        assertTrue(heap.clock() > g, "another thread meeting a version beyond G advances G");
        assertTrue(heap.clock() >= ObjectLayout.version(orec(o)));
    }

    /**
     * A commit publishes a new version (incarnation 0); an abort leaves the version and the
     * writer as they were, with the next incarnation, until the last, after which it too
     * publishes a new version; no orec value ever comes back (ABA).
     */
    @Test
    void commitsGrowTheVersionAbortsTheIncarnationAndOrecsNeverRepeat() {
        long o = tx.atomically(t -> t.allocate(1, 1));
        java.util.Set<Long> seen = new java.util.HashSet<>();
        seen.add(orec(o));
        int overflows = 0;
        for (int i = 0; i < 60; i++) {
            long before = orec(o);
            if (i % 20 < 18) { // runs of 18 aborts: past the last incarnation
                tx.begin();
                tx.write(o, 0, i);
                tx.abort(AbortCause.EXPLICIT);
                long a = orec(o);
                if (ObjectLayout.incarnation(before) < 15) {
                    assertEquals(ObjectLayout.version(before), ObjectLayout.version(a), "an abort keeps the version");
                    assertEquals(ObjectLayout.writer(before), ObjectLayout.writer(a), "and the writer");
                    assertEquals(ObjectLayout.incarnation(before) + 1, ObjectLayout.incarnation(a));
                } else {
                    assertTrue(ObjectLayout.version(a) > ObjectLayout.version(before), "after the last incarnation, a new version");
                    overflows++;
                }
            } else {
                int v = i;
                tx.atomic(t -> t.write(o, 0, v));
                long a = orec(o);
                assertTrue(ObjectLayout.version(a) > ObjectLayout.version(before), "a commit grows the version");
                assertEquals(0, ObjectLayout.incarnation(a));
            }
            assertTrue(seen.add(orec(o)), "orec value repeated: ABA");
        }
        assertTrue(overflows >= 2, "the runs went past the last incarnation");
        assertEquals(59L, (long) tx.atomically(t -> t.read(o, 0)), "every aborted write was put back");
    }

    @Test
    void aReaderOfAnotherThreadsNewerCommitStillSeesOneSnapshot() throws Exception {
        long[] pair = tx.atomically(t -> new long[] {t.allocate(1, 1), t.allocate(1, 1)});
        tx.begin();
        assertEquals(0, tx.read(pair[0], 0));
        inOtherThread(t -> {
            t.write(pair[0], 0, 1);
            t.write(pair[1], 0, 1);
            return 0;
        });
        // pair[1] is newer than the snapshot: the extension finds pair[0] changed and aborts
        TxAbort e = assertThrows(TxAbort.class, () -> tx.read(pair[1], 0));
        assertEquals(AbortCause.VALIDATION, e.abortCause());
    }
}

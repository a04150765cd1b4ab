package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TxBasicsTest {
    Heap heap;

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(64L << 20).withCheckPointers(true));
    }

    @AfterEach
    void tearDown() {
        heap.close();
    }

    /** The stats count the time aborted attempts ran (the benchmarks' "time lost"), and only theirs. */
    @Test
    void abortedAttemptsCountTheTimeTheyRan() throws InterruptedException {
        try (TxContext tx = heap.attach()) {
            tx.atomically(t -> t.allocate(7, 1)); // committed: counts nothing
            Thread.sleep(20);
            assertEquals(0, heap.stats().abortedNanos());
            tx.begin();
            Thread.sleep(30);
            tx.abort(AbortCause.EXPLICIT);
            long lost = heap.stats().abortedNanos();
            assertTrue(lost >= 30_000_000L && lost < 10_000_000_000L, "lost " + lost + " ns");
        }
    }

    @Test
    void writesCommitAndAbortsRollBack() {
        try (TxContext tx = heap.attach()) {
            long obj = tx.atomically(t -> {
                long o = t.allocate(7, 3);
                t.write(o, 0, 11);
                return o;
            });
            assertEquals(11, (long) tx.atomically(t -> t.read(obj, 0)));
            tx.begin();
            tx.write(obj, 0, 99);
            tx.write(obj, 2, 5);
            assertEquals(99, tx.read(obj, 0));
            tx.abort(AbortCause.EXPLICIT);
            assertEquals(11, (long) tx.atomically(t -> t.read(obj, 0)));
            assertEquals(0, (long) tx.atomically(t -> t.read(obj, 2)));
            assertEquals(1, heap.stats().aborts(AbortCause.EXPLICIT));
        }
    }

    @Test
    void bankTransfersKeepTheTotal() throws Exception {
        int accounts = 16, threads = 4, transfers = 20_000;
        long[] acct = new long[accounts];
        try (TxContext tx = heap.attach()) {
            tx.atomic(t -> {
                for (int i = 0; i < accounts; i++) {
                    acct[i] = t.allocate(1, 1);
                    t.write(acct[i], 0, 1000);
                }
            });
        }
        AtomicLong failures = new AtomicLong();
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int seed = k;
            ts.add(new Thread(() -> {
                var rnd = new java.util.SplittableRandom(seed);
                try (TxContext tx = heap.attach()) {
                    for (int n = 0; n < transfers; n++) {
                        int a = rnd.nextInt(accounts), b = rnd.nextInt(accounts);
                        long amount = rnd.nextInt(10);
                        if (n % 100 == 0) {
                            long total = tx.atomically(t -> {
                                long s = 0;
                                for (long x : acct) s += t.read(x, 0);
                                return s;
                            });
                            if (total != 1000L * accounts) failures.incrementAndGet();
                        }
                        tx.atomic(t -> {
                            t.write(acct[a], 0, t.read(acct[a], 0) - amount);
                            t.write(acct[b], 0, t.read(acct[b], 0) + amount);
                        });
                    }
                }
            }));
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        assertEquals(0, failures.get());
        try (TxContext tx = heap.attach()) {
            long total = tx.atomically(t -> {
                long s = 0;
                for (long x : acct) s += t.read(x, 0);
                return s;
            });
            assertEquals(1000L * accounts, total);
        }
        System.out.println(heap.stats());
    }

    @Test
    void gcReclaimsGarbageAndKeepsRoots() {
        long[] root = new long[1];
        heap.collector().addRoots(v -> v.accept(root[0]));
        try (TxContext tx = heap.attach()) {
            root[0] = tx.atomically(t -> {
                long o = t.allocate(3, 2);
                t.write(o, 0, 0xC0FFEE);
                return o;
            });
            for (int round = 0; round < 1000; round++) {
                tx.atomic(t -> {
                    for (int i = 0; i < 1000; i++) t.allocate(2, 30);
                });
            }
            assertEquals(0xC0FFEE, (long) tx.atomically(t -> t.read(root[0], 0)));
            assertTrue(heap.collector().collections() > 0);
            assertTrue(heap.committedBytes() <= 64L << 20);
        }
    }
}

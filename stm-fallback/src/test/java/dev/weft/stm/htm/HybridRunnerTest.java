package dev.weft.stm.htm;

import static dev.weft.htm.RtmStatus.CAPACITY;
import static dev.weft.htm.RtmStatus.COMMITTED;
import static dev.weft.htm.RtmStatus.CONFLICT;
import static dev.weft.htm.RtmStatus.EXPLICIT;
import static dev.weft.htm.RtmStatus.RETRY;
import static dev.weft.htm.RtmStatus.UNAVAILABLE;
import static dev.weft.stm.htm.HtmTesting.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.weft.stm.Heap;
import dev.weft.stm.TxContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hybrid path over the emulator: retry policy, one body for both modes, and concurrency with software transactions. */
class HybridRunnerTest {
    Heap heap;

    @BeforeEach
    void setUp() {
        heap = heap();
    }

    @AfterEach
    void tearDown() {
        heap.close();
    }

    /** An Htm that answers a script of status words without running the body. */
    private static final class Scripted implements Htm {
        final int[] script;
        int calls;

        Scripted(int... script) {
            this.script = script;
        }

        @Override
        public int run(TxContext ctx, HtmBody body) {
            return script[calls++];
        }

        @Override
        public boolean usable() {
            return true;
        }

        @Override
        public String mode() {
            return "scripted";
        }
    }

    /** Runs a scripted runner; answers {hardware calls, software runs}. */
    private int[] policy(int maxRetries, int... script) {
        try (TxContext tx = heap.attach()) {
            Scripted h = new Scripted(script);
            HtmStats stats = new HtmStats();
            HybridRunner runner = new HybridRunner(tx, h, maxRetries, stats);
            int[] software = {0};
            runner.atomically(ops -> {
                assertFalse(ops.isHardware());
                return software[0]++;
            });
            assertEquals(software[0], stats.fallbacks());
            return new int[] {h.calls, software[0]};
        }
    }

    @Test
    void retriesByTheStatusWordOnly() {
        assertArrayEquals(new int[] {3, 0}, policy(4, CONFLICT | RETRY, RETRY, COMMITTED), "transient aborts are retried");
        assertArrayEquals(new int[] {3, 0}, policy(4, CONFLICT, CONFLICT | RETRY, COMMITTED));
        assertArrayEquals(new int[] {5, 1}, policy(4, 6, 6, 6, 6, 6, COMMITTED), "at most maxRetries retries");
        assertArrayEquals(new int[] {1, 1}, policy(0, 6, COMMITTED));
        assertArrayEquals(new int[] {1, 1}, policy(4, CAPACITY, COMMITTED), "capacity: no retry");
        assertArrayEquals(new int[] {1, 1}, policy(4, CAPACITY | CONFLICT | RETRY, COMMITTED));
        assertArrayEquals(new int[] {1, 1}, policy(4, 0x01000001, COMMITTED), "locked orec: software's contention manager deals");
        assertArrayEquals(new int[] {1, 1}, policy(4, EXPLICIT | RETRY | CONFLICT, COMMITTED), "explicit: no retry");
        assertArrayEquals(new int[] {1, 1}, policy(4, 0, COMMITTED), "no reason: no retry");
        assertArrayEquals(new int[] {1, 1}, policy(4, UNAVAILABLE, COMMITTED));
        assertThrows(IllegalArgumentException.class, () -> new HybridRunner(null, Htm.OFF, -1, new HtmStats()));
    }

    @Test
    void statsCountByBit() {
        HtmStats s = new HtmStats();
        for (int status : new int[] {COMMITTED, CONFLICT | RETRY, RETRY, CAPACITY, 0x01000001, 0x01000001, 0x80000001, 0,
            UNAVAILABLE}) {
            s.record(status);
        }
        s.fellBack();
        assertEquals(8, s.attempts());
        assertEquals(1, s.commits());
        assertEquals(7, s.aborts());
        assertEquals(2, s.aborts(RETRY));
        assertEquals(1, s.aborts(CONFLICT));
        assertEquals(1, s.aborts(CAPACITY));
        assertEquals(3, s.aborts(EXPLICIT));
        assertEquals(2, s.explicitAborts(1));
        assertEquals(1, s.explicitAborts(0x80));
        assertEquals(1, s.abortsWithoutReason());
        assertEquals(1, s.unavailable());
        assertEquals(1, s.fallbacks());
        assertTrue(s.toString().contains("capacity 1"), s.toString());
    }

    @Test
    void oneBodyRunsInBothModes() {
        try (TxContext tx = heap.attach()) {
            long a = object(tx, 1, 5);
            HtmStats stats = new HtmStats();
            HybridRunner hybrid = new HybridRunner(tx, new RtmEmulator(), 4, stats);
            // Plain read-modify-write: hardware, first time.
            List<Boolean> modes = new ArrayList<>();
            long r = hybrid.atomically(ops -> {
                modes.add(ops.isHardware());
                long v = ops.read(a, 0) * 2;
                ops.write(a, 0, v);
                return v;
            });
            assertEquals(10, r);
            assertEquals(List.of(true), modes);
            assertEquals(1, stats.commits());
            // Allocation: the region gives up (code 2), software runs the same body.
            modes.clear();
            long made = hybrid.atomically(ops -> {
                modes.add(ops.isHardware());
                long o = ops.allocate(1, 1);
                ops.write(o, 0, ops.read(a, 0) + 1);
                return o;
            });
            assertEquals(List.of(true, false), modes);
            assertEquals(11, readElsewhere(heap, made, 0));
            assertEquals(1, stats.explicitAborts(HtmRegion.ABORT_NEEDS_SOFTWARE));
            assertEquals(1, stats.fallbacks());
            // A body that throws: a fault in hardware, the real exception in software, rolled back.
            assertThrows(ArithmeticException.class, () -> hybrid.atomic(ops -> {
                ops.write(a, 0, 99);
                long zero = ops.read(a, 0) - 99;
                ops.write(a, 0, 1 / zero);
            }));
            assertEquals(10, readElsewhere(heap, a, 0));
            assertEquals(1, stats.abortsWithoutReason());
            // Off: software only, and the same answer.
            HybridRunner off = new HybridRunner(tx, Htm.forMode("off"));
            modes.clear();
            assertEquals(20L, (long) off.atomically(ops -> {
                modes.add(ops.isHardware());
                long v = ops.read(a, 0) * 2;
                ops.write(a, 0, v);
                return v;
            }));
            assertEquals(List.of(false), modes);
            assertEquals(1, off.stats().unavailable());
            assertEquals(0, off.stats().attempts());
        }
    }

    // ---------------------------------------------------------------------------------------
    // Concurrency

    /** Runs {@code threads} workers, each attached; rethrows the first failure. */
    private void runThreads(int threads, Worker worker) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int id = k;
            ts.add(new Thread(() -> {
                try (TxContext tx = heap.attach()) {
                    worker.run(id, tx);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "worker-" + k));
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join(120_000);
        for (Thread t : ts) assertFalse(t.isAlive(), t.getName() + " is stuck");
        if (failure.get() != null) throw new AssertionError("a worker failed", failure.get());
    }

    @FunctionalInterface
    interface Worker {
        void run(int id, TxContext tx) throws Exception;
    }

    /**
     * Pairs (x[k], y[k]) in separate objects, kept equal by a software writer and by a hybrid
     * writer; region readers (some with injected aborts) and a software reader must never see
     * a pair unequal, whether their transaction goes on to commit or to abort.
     */
    @Test
    void regionsNeverSeeTornPairs() throws Exception {
        int pairs = 6, writes = 15_000;
        long[] x = new long[pairs], y = new long[pairs];
        try (TxContext tx = heap.attach()) {
            for (int k = 0; k < pairs; k++) {
                x[k] = object(tx, 1, 0);
                y[k] = object(tx, 1, 0);
            }
        }
        AtomicLong torn = new AtomicLong(), writersLeft = new AtomicLong(2);
        AtomicLong regionCommits = new AtomicLong(), regionAborts = new AtomicLong(), swReads = new AtomicLong();
        HtmStats writerStats = new HtmStats();
        RtmEmulator quiet = new RtmEmulator();
        RtmEmulator noisy = new RtmEmulator(EmulatorParams.defaults().withInjection(0.01, 0.01, 0.01, 42));
        runThreads(4, (id, tx) -> {
            SplittableRandom rnd = new SplittableRandom(id);
            switch (id) {
                case 0, 1 -> { // writers: software, then hybrid
                    HybridRunner hybrid = new HybridRunner(tx, noisy, 4, writerStats);
                    for (int n = 0; n < writes; n++) {
                        int k = rnd.nextInt(pairs);
                        TxBody<Void> body = ops -> {
                            long v = ops.read(x[k], 0) + 1;
                            ops.write(x[k], 0, v);
                            ops.write(y[k], 0, v);
                            return null;
                        };
                        if (id == 0) tx.atomically(t -> body.run(new SoftwareOps(t)));
                        else hybrid.atomically(body);
                    }
                    writersLeft.decrementAndGet();
                }
                case 2 -> { // region readers, alternating order, with and without injection
                    while (writersLeft.get() > 0) {
                        RtmEmulator e = rnd.nextBoolean() ? quiet : noisy;
                        boolean reverse = rnd.nextBoolean();
                        int status = e.run(tx, r -> {
                            for (int j = 0; j < pairs; j++) {
                                int k = reverse ? pairs - 1 - j : j;
                                long a = reverse ? r.read(y[k], 0) : r.read(x[k], 0);
                                long b = reverse ? r.read(x[k], 0) : r.read(y[k], 0);
                                if (a != b) torn.incrementAndGet();
                            }
                        });
                        (status == COMMITTED ? regionCommits : regionAborts).incrementAndGet();
                    }
                }
                default -> { // a software reader of pairs written by emulated commits too
                    while (writersLeft.get() > 0) {
                        tx.atomic(t -> {
                            for (int k = 0; k < pairs; k++) {
                                if (t.read(x[k], 0) != t.read(y[k], 0)) torn.incrementAndGet();
                            }
                        });
                        swReads.incrementAndGet();
                    }
                }
            }
        });
        System.out.println("torn-pair run: region reads committed " + regionCommits + ", aborted " + regionAborts
                + ", software reads " + swReads + "; hybrid writer: " + writerStats + "; software: " + heap.stats());
        assertEquals(0, torn.get(), "a transaction saw a pair unequal");
        assertTrue(regionCommits.get() > 0 && regionAborts.get() > 0, "both outcomes exercised");
        assertTrue(writerStats.commits() > 0, "the hybrid writer committed in hardware");
        try (TxContext tx = heap.attach()) {
            long sum = tx.atomically(t -> {
                long s = 0;
                for (int k = 0; k < pairs; k++) {
                    assertEquals(t.read(x[k], 0), t.read(y[k], 0));
                    s += t.read(x[k], 0);
                }
                return s;
            });
            assertEquals(2L * writes, sum, "every increment applied once");
        }
    }

    /**
     * Write skew, which only the commit's validation of what was read (and not written)
     * prevents: doctors on call, at least one always. Each thread looks after its own doctor:
     * it goes off call if at least two are on, and back on otherwise. Threads 0 and 2 run in
     * hardware over the emulator, thread 1 in software; every attempt checks the invariant, and
     * so does the end.
     */
    @Test
    void noWriteSkewBetweenModes() throws Exception {
        int doctors = 3, rounds = 20_000;
        long[] onCall = new long[doctors];
        try (TxContext tx = heap.attach()) {
            for (int i = 0; i < doctors; i++) onCall[i] = object(tx, 1, 1);
        }
        AtomicLong broken = new AtomicLong();
        HtmStats stats = new HtmStats();
        RtmEmulator emulator = new RtmEmulator();
        runThreads(doctors, (id, tx) -> {
            HybridRunner hybrid = new HybridRunner(tx, emulator, 4, stats);
            TxBody<Void> shift = ops -> {
                long on = 0;
                for (long d : onCall) on += ops.read(d, 0);
                if (on < 1) broken.incrementAndGet();
                if (ops.read(onCall[id], 0) == 1) {
                    if (on >= 2) ops.write(onCall[id], 0, 0);
                } else {
                    ops.write(onCall[id], 0, 1);
                }
                return null;
            };
            for (int n = 0; n < rounds; n++) {
                if (id == 1) tx.atomically(t -> shift.run(new SoftwareOps(t)));
                else hybrid.atomically(shift);
            }
        });
        System.out.println("write skew run: " + stats + "; software: " + heap.stats());
        assertEquals(0, broken.get(), "no doctor on call");
        assertTrue(stats.commits() > 0);
    }

    /**
     * Bank transfers: two threads run software transactions, two run the same transfer body
     * through HybridRunner over the emulator with injection on. Every attempt, in either mode,
     * first reads all accounts and checks the total. At the end the total is preserved, and
     * each account holds exactly its start plus every transfer in and minus every transfer out
     * (so each transfer was applied once), and each thread's counter equals its transfers.
     */
    @Test
    void mixedBankTransfers() throws Exception {
        int accounts = 12, threads = 4, transfers = 4_000;
        long start = 1_000;
        long[] acct = new long[accounts], counter = new long[threads];
        try (TxContext tx = heap.attach()) {
            for (int i = 0; i < accounts; i++) acct[i] = object(tx, 1, start);
            for (int t = 0; t < threads; t++) counter[t] = object(tx, 1, 0);
        }
        long total = start * accounts;
        long[][] delta = new long[threads][accounts];
        AtomicLong badTotals = new AtomicLong(), hwAttempts = new AtomicLong(), swAttempts = new AtomicLong();
        HtmStats stats = new HtmStats();
        RtmEmulator emulator = new RtmEmulator(EmulatorParams.defaults().withInjection(0.02, 0.02, 0.01, 7));
        runThreads(threads, (id, tx) -> {
            SplittableRandom rnd = new SplittableRandom(100 + id);
            boolean hybridThread = id % 2 == 1;
            HybridRunner hybrid = new HybridRunner(tx, emulator, 4, stats);
            if (!hybridThread) tx.injectAborts(0.002, id);
            SoftwareOps software = new SoftwareOps(tx);
            for (int n = 0; n < transfers; n++) {
                int a = rnd.nextInt(accounts), b = rnd.nextInt(accounts);
                long amount = rnd.nextInt(50);
                TxBody<Void> transfer = ops -> {
                    (ops.isHardware() ? hwAttempts : swAttempts).incrementAndGet();
                    long sum = 0;
                    for (long o : acct) sum += ops.read(o, 0);
                    if (sum != total) badTotals.incrementAndGet();
                    ops.write(acct[a], 0, ops.read(acct[a], 0) - amount);
                    ops.write(acct[b], 0, ops.read(acct[b], 0) + amount);
                    ops.write(counter[id], 0, ops.read(counter[id], 0) + 1);
                    return null;
                };
                if (hybridThread) hybrid.atomically(transfer);
                else tx.atomically(t -> transfer.run(software));
                delta[id][a] -= amount;
                delta[id][b] += amount;
            }
        });
        System.out.println("mixed bank: hardware attempts " + hwAttempts + ", software attempts " + swAttempts + "; "
                + stats + "; software: " + heap.stats());
        assertEquals(0, badTotals.get(), "an attempt saw a wrong total");
        try (TxContext tx = heap.attach()) {
            long[] balances = tx.atomically(t -> {
                long[] v = new long[accounts];
                for (int i = 0; i < accounts; i++) v[i] = t.read(acct[i], 0);
                return v;
            });
            long sum = 0;
            for (int i = 0; i < accounts; i++) {
                long expected = start;
                for (long[] d : delta) expected += d[i];
                assertEquals(expected, balances[i], "account " + i);
                sum += balances[i];
            }
            assertEquals(total, sum);
            for (int t = 0; t < threads; t++) assertEquals(transfers, readElsewhere(heap, counter[t], 0), "counter " + t);
        }
        long hybridTransfers = (long) transfers * (threads / 2);
        assertEquals(hybridTransfers, stats.commits() + stats.fallbacks(), "each hybrid transfer ended once");
        assertTrue(stats.commits() > 0, "some transfers committed in hardware");
        assertTrue(stats.aborts(CONFLICT) > 0 && stats.aborts(RETRY) > 0 && stats.aborts(EXPLICIT) > 0, stats.toString());
    }
}

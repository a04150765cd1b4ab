package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongConsumer;

/** Shared helpers of the stm-fallback tests: worker threads, root tables, modes. */
final class StmTesting {
    private StmTesting() {}

    /**
     * How the software TM is driven in the stress tests. Each mode adjusts the heap's
     * {@link Params} and each worker's context; EMULATED_HYBRID also changes how bodies run
     * ({@link #runner}), which BankTransferTest uses.
     */
    enum TmMode {
        /** Plain software TM with the default parameters. */
        STM,
        /**
         * Every barrier that leaves its fast path aborts with probability 0.5%: a few percent
         * of short transactions, about 40% of the attempts of a 100-read list traversal (more
         * would push those into the inevitable fallback, which has a mode of its own).
         */
        INJECTED_ABORTS,
        /**
         * A transaction runs inevitable after one abort; with 0.5% forced aborts on top, the
         * inevitable fallback runs often and beside ordinary transactions.
         */
        INEVITABLE_FALLBACK,
        /**
         * Tests that drive their bodies through {@link #runner} run them first as emulated
         * hardware regions (RTM emulator, with 1% injected conflict and retry aborts and 0.5%
         * explicit ones), retried by the status word and then run in software: hardware and
         * software transactions side by side. Tests that call {@code tx.atomically} directly
         * run plain software transactions in this mode.
         */
        EMULATED_HYBRID;

        Params params(Params base) {
            return switch (this) {
                // one context per thread: transactions that find themselves alone run alone (Alone)
                case STM, EMULATED_HYBRID -> base.withRunAlone(true);
                case INJECTED_ABORTS -> base;
                case INEVITABLE_FALLBACK -> base.withMaxRetriesBeforeInevitable(1);
            };
        }

        /** Called once per worker thread, right after it attached. */
        void configure(TxContext tx, long seed) {
            switch (this) {
                case STM, EMULATED_HYBRID -> {}
                case INJECTED_ABORTS -> tx.injectAborts(0.005, seed);
                case INEVITABLE_FALLBACK -> tx.injectAborts(0.005, seed);
            }
        }

        /**
         * Whether the tests may fill the heap with garbage under this mode. Not with frequent
         * inevitable transactions: one that finds the heap full cannot step back for a
         * collection and gets 0 even when the heap is all garbage (a known limitation, shown by
         * GcTest#inevitableTransactionFindingTheHeapFullOfGarbage).
         */
        boolean fillsHeapWithGarbage() {
            return this != INEVITABLE_FALLBACK;
        }

        /**
         * How a worker runs a transaction body under this mode: a software transaction, or,
         * in EMULATED_HYBRID, a {@link dev.weft.stm.htm.HybridRunner} over the RTM emulator.
         */
        dev.weft.stm.htm.HybridRunner runner(TxContext tx, long seed, dev.weft.stm.htm.HtmStats stats) {
            dev.weft.stm.htm.Htm htm = this == EMULATED_HYBRID
                    ? new dev.weft.stm.htm.RtmEmulator(dev.weft.stm.htm.EmulatorParams.defaults()
                            .withInjection(0.01, 0.01, 0.005, seed))
                    : dev.weft.stm.htm.Htm.OFF;
            return new dev.weft.stm.htm.HybridRunner(tx, htm, 4, stats);
        }

        /** Checks that the mode did what it is for (forced aborts happened, inevitables ran). */
        void checkExercised(Heap heap) {
            TmStats s = heap.stats();
            switch (this) {
                case STM, EMULATED_HYBRID -> {}
                case INJECTED_ABORTS -> {
                    if (s.aborts(AbortCause.INJECTED) == 0) fail("no injected abort happened: " + s);
                }
                case INEVITABLE_FALLBACK -> {
                    if (s.inevitableCommits() == 0) fail("no transaction fell back to inevitable: " + s);
                }
            }
        }
    }

    /** A worker's body: gets its index. */
    @FunctionalInterface
    interface Worker {
        void run(int index) throws Exception;
    }

    /**
     * Runs {@code n} workers on their own threads, waits for all (at most {@code seconds}) and
     * rethrows the first failure (an assertion error in a worker fails the test).
     */
    static void runThreads(int n, long seconds, Worker w) throws InterruptedException {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < n; i++) {
            int index = i;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    w.run(index);
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "stm-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        start.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (t.isAlive()) {
                StringBuilder sb = new StringBuilder("worker did not finish in " + seconds + " s (deadlock or livelock?)");
                for (Thread u : threads) {
                    if (!u.isAlive()) continue;
                    sb.append("\n").append(u.getName()).append(":");
                    for (StackTraceElement e : u.getStackTrace()) sb.append("\n    at ").append(e);
                }
                fail(sb.toString());
            }
        }
        if (!errors.isEmpty()) {
            Throwable first = errors.get(0);
            for (int i = 1; i < errors.size(); i++) first.addSuppressed(errors.get(i));
            if (first instanceof Error e) throw e;
            if (first instanceof RuntimeException e) throw e;
            throw new AssertionError(first);
        }
    }

    /**
     * A table of root words the collector visits: a test stores the address of everything it
     * keeps between transactions here (the collector frees whatever no root reaches).
     */
    static final class RootTable implements Collector.Roots {
        final AtomicLongArray words;

        RootTable(int size) {
            words = new AtomicLongArray(size);
        }

        void set(int i, long address) {
            words.set(i, address);
        }

        long get(int i) {
            return words.get(i);
        }

        @Override
        public void visit(LongConsumer visit) {
            for (int i = 0; i < words.length(); i++) visit.accept(words.get(i));
        }

        RootTable register(Heap heap) {
            heap.collector().addRoots(this);
            return this;
        }
    }

    /**
     * Violations seen inside transaction bodies, counted rather than thrown: a body may run
     * many times and an exception would stop the run, so the test asserts the count is 0
     * at the end, with the first message for the report.
     */
    static final class Violations {
        private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicReference<String> first = new java.util.concurrent.atomic.AtomicReference<>();

        void add(String what) {
            count.incrementAndGet();
            first.compareAndSet(null, what);
        }

        /** Records {@code what} and answers an exception that stops the attempt (and the worker). */
        IllegalStateException stop(String what) {
            add(what);
            return new IllegalStateException("violation: " + what);
        }

        long count() {
            return count.get();
        }

        void assertNone() {
            if (count.get() != 0) fail(count.get() + " violations; the first: " + first.get());
        }
    }

    /** A well-mixed 64-bit value of {@code x} (SplitMix64's finaliser): the canaries. */
    static long mix(long x) {
        x += 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    /**
     * A canary: never a multiple of 8, so the conservative collector cannot mistake it for a
     * pointer (which would only keep garbage alive, but would blur what a test measures).
     */
    static long canary(long id) {
        return mix(id) | 1;
    }
}

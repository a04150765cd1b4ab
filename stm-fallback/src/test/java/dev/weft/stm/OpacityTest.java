package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.stm.StmTesting.TmMode;
import dev.weft.stm.StmTesting.Violations;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Opacity: no transaction attempt, not even one that is about to abort, ever sees a state
 * that no serial execution produces.
 *
 * <p>Pairs of objects X, Y of two fields each; writers keep the four fields of a pair equal,
 * writing them in one transaction in a random order. Readers (and the writers, before they
 * write) compare every value they read with the first one of the pair, and yield between
 * the reads of X and of Y, the window in which a writer commits the pair: the reader must
 * then abort, never return the new Y beside the old X. A mismatch in any attempt is counted,
 * and the count must be 0. The attempt counters show that attempts did abort (the property
 * is about them), and the stats that aborts happened under this contention.
 */
class OpacityTest {
    static final int PAIRS = 8;
    static final int WRITERS = 2, READERS = 2;
    static final int WRITES = 20_000, SCANS = 1_500;

    @ParameterizedTest
    // the emulated hybrid runs these bodies in RtmEmulatorTest and HybridRunnerTest (torn pairs, write skew)
    @EnumSource(value = TmMode.class, mode = EnumSource.Mode.EXCLUDE, names = "EMULATED_HYBRID")
    void noAttemptSeesAPairDiffer(TmMode mode) throws Exception {
        try (Heap heap = new Heap(mode.params(Params.defaults().withHeapLimit(8L << 20)))) {
            StmTesting.RootTable roots = new StmTesting.RootTable(1).register(heap);
            long[] xs = new long[PAIRS], ys = new long[PAIRS];
            try (TxContext tx = heap.attach()) {
                tx.atomic(t -> {
                    long holder = t.allocate(40, 2 * PAIRS);
                    roots.set(0, holder);
                    for (int i = 0; i < PAIRS; i++) {
                        xs[i] = t.allocate(41, 2);
                        ys[i] = t.allocate(42, 2);
                        t.write(holder, 2 * i, xs[i]);
                        t.write(holder, 2 * i + 1, ys[i]);
                    }
                });
            }
            Violations violations = new Violations();
            AtomicLong readerAttempts = new AtomicLong(), readerCommits = new AtomicLong();
            AtomicLong writerAttempts = new AtomicLong(), writerCommits = new AtomicLong();
            AtomicLong valuesChecked = new AtomicLong();

            StmTesting.runThreads(WRITERS + READERS, 60, w -> {
                SplittableRandom rnd = new SplittableRandom(w * 101L);
                try (TxContext tx = heap.attach()) {
                    mode.configure(tx, 300 + w);
                    if (w < WRITERS) {
                        for (int n = 0; n < WRITES; n++) {
                            int i = rnd.nextInt(PAIRS);
                            int order = rnd.nextInt(24);
                            if (n % 2 == 1) { // a blind write first: it must not lock a newer Y than the X read
                                tx.atomic(t -> {
                                    writerAttempts.incrementAndGet();
                                    long v = t.read(xs[i], 0);
                                    Thread.yield();
                                    t.write(ys[i], 0, v + 1); // locks Y: must extend (and fail) if Y is newer
                                    check(v, t.read(ys[i], 1), "y.1 after locking y", violations);
                                    check(v, t.read(xs[i], 1), "x.1", violations);
                                    t.write(ys[i], 1, v + 1);
                                    t.write(xs[i], 0, v + 1);
                                    t.write(xs[i], 1, v + 1);
                                });
                                writerCommits.incrementAndGet();
                                continue;
                            }
                            tx.atomic(t -> {
                                writerAttempts.incrementAndGet();
                                long v = readPair(t, xs[i], ys[i], false, violations, valuesChecked);
                                long[] objs = {xs[i], xs[i], ys[i], ys[i]};
                                int[] fields = {0, 1, 0, 1};
                                // one of the 24 orders of the four writes
                                int[] perm = permutation(order);
                                for (int k : perm) t.write(objs[k], fields[k], v + 1);
                            });
                            writerCommits.incrementAndGet();
                        }
                    } else {
                        for (int n = 0; n < SCANS; n++) {
                            tx.atomic(t -> {
                                readerAttempts.incrementAndGet();
                                for (int i = 0; i < PAIRS; i++) readPair(t, xs[i], ys[i], true, violations, valuesChecked);
                            });
                            readerCommits.incrementAndGet();
                        }
                    }
                }
            });
            violations.assertNone();
            // the writes all happened: each pair's value counts its committed writes
            try (TxContext tx = heap.attach()) {
                long sum = tx.atomically(t -> {
                    long s = 0;
                    for (int i = 0; i < PAIRS; i++) s += readPair(t, xs[i], ys[i], false, violations, valuesChecked);
                    return s;
                });
                assertEquals((long) WRITERS * WRITES, sum, "sum of the pairs' values == committed writes");
            }
            violations.assertNone();
            TmStats s = heap.stats();
            System.out.printf("opacity %s: %s; reader attempts %d for %d scans, writer attempts %d for %d writes, %d values checked%n",
                    mode, s, readerAttempts.get(), readerCommits.get(), writerAttempts.get(), writerCommits.get(), valuesChecked.get());
            assertTrue(s.aborts() > 0, "no abort at all: the test did not exercise aborted attempts");
            assertTrue(readerAttempts.get() > readerCommits.get(), "no reader attempt aborted: the property was not exercised");
            mode.checkExercised(heap);
        }
    }

    /**
     * No write skew (serializability of read-write transactions): pairs X, Y with the rule
     * X + Y >= 0. A withdrawal reads both and, if their sum is positive, takes 1 from one of
     * them, writing only that one; two concurrent withdrawals from the two sides of a pair at
     * sum 1 would each see 1 and together leave -1 unless the commit validates the object
     * read but not written. Deposits (to both) keep the game going. Every attempt also checks
     * the rule on what it read, and the end state is checked against the committed counts.
     */
    @ParameterizedTest
    // the emulated hybrid runs these bodies in RtmEmulatorTest and HybridRunnerTest (torn pairs, write skew)
    @EnumSource(value = TmMode.class, mode = EnumSource.Mode.EXCLUDE, names = "EMULATED_HYBRID")
    void noWriteSkew(TmMode mode) throws Exception {
        int pairs = 2, threads = 4, ops = 15_000;
        try (Heap heap = new Heap(mode.params(Params.defaults().withHeapLimit(4L << 20)))) {
            StmTesting.RootTable roots = new StmTesting.RootTable(1).register(heap);
            long[] xs = new long[pairs], ys = new long[pairs];
            try (TxContext tx = heap.attach()) {
                tx.atomic(t -> {
                    long holder = t.allocate(40, 2 * pairs);
                    roots.set(0, holder);
                    for (int i = 0; i < pairs; i++) {
                        xs[i] = t.allocate(43, 1);
                        ys[i] = t.allocate(43, 1);
                        t.write(holder, 2 * i, xs[i]);
                        t.write(holder, 2 * i + 1, ys[i]);
                    }
                });
            }
            Violations violations = new Violations();
            AtomicLong withdrawn = new AtomicLong(), deposited = new AtomicLong();
            StmTesting.runThreads(threads, 60, w -> {
                SplittableRandom rnd = new SplittableRandom(w * 7L + 1);
                try (TxContext tx = heap.attach()) {
                    mode.configure(tx, 700 + w);
                    for (int n = 0; n < ops; n++) {
                        int i = rnd.nextInt(pairs);
                        if (rnd.nextInt(8) == 0) {
                            tx.atomic(t -> {
                                t.write(xs[i], 0, t.read(xs[i], 0) + 1);
                                t.write(ys[i], 0, t.read(ys[i], 0) + 1);
                            });
                            deposited.addAndGet(2);
                        } else {
                            boolean fromX = (w & 1) == 0; // two threads take from X, two from Y
                            boolean took = tx.atomically(t -> {
                                long x = t.read(xs[i], 0), y = t.read(ys[i], 0);
                                if (x + y < 0) violations.add("pair " + i + " read x + y = " + (x + y));
                                if (x + y < 1) return false;
                                Thread.onSpinWait();
                                long target = fromX ? xs[i] : ys[i];
                                t.write(target, 0, (fromX ? x : y) - 1);
                                return true;
                            });
                            if (took) withdrawn.incrementAndGet();
                        }
                    }
                }
            });
            violations.assertNone();
            try (TxContext tx = heap.attach()) {
                long sum = 0;
                for (int i = 0; i < pairs; i++) {
                    int k = i;
                    long pair = tx.atomically(t -> t.read(xs[k], 0) + t.read(ys[k], 0));
                    assertTrue(pair >= 0, "pair " + i + " ends at " + pair);
                    sum += pair;
                }
                assertEquals(deposited.get() - withdrawn.get(), sum, "committed deposits minus withdrawals");
            }
            assertTrue(withdrawn.get() > 0);
            System.out.printf("write skew %s: %d withdrawals, %d deposited; %s%n", mode, withdrawn.get(), deposited.get(), heap.stats());
        }
    }

    /** Reads the four fields of a pair, checking each against the first; yields between X and Y. */
    static long readPair(TxContext t, long x, long y, boolean slow, Violations violations, AtomicLong checked) {
        long v = t.read(x, 0);
        check(v, t.read(x, 1), "x.1", violations);
        if (slow) Thread.yield();
        check(v, t.read(y, 0), "y.0", violations);
        check(v, t.read(y, 1), "y.1", violations);
        checked.addAndGet(4);
        return v;
    }

    private static void check(long expected, long actual, String what, Violations violations) {
        if (expected != actual) violations.add("pair read x.0 = " + expected + " but " + what + " = " + actual);
    }

    /** The {@code n}-th (0..23) permutation of 0..3. */
    static int[] permutation(int n) {
        java.util.List<Integer> left = new java.util.ArrayList<>(java.util.List.of(0, 1, 2, 3));
        int[] p = new int[4];
        for (int k = 0; k < 4; k++) {
            int f = factorial(3 - k);
            p[k] = left.remove(n / f);
            n %= f;
        }
        return p;
    }

    private static int factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }
}

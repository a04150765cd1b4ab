package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inevitable transactions (invariant 4 of docs/tm-protocol.md): at most one at a time, it
 * never aborts, others keep committing beside it on other objects, and those that meet its
 * objects wait for it in their transactions (or abort when it asks for theirs) and see only
 * its committed result.
 */
class InevitableTest {
    Heap heap;
    StmTesting.RootTable roots;

    @BeforeEach
    void setUp() {
        // no fallback to inevitable: every inevitable transaction here is one the test started
        heap = new Heap(Params.defaults().withHeapLimit(8L << 20).withMaxRetriesBeforeInevitable(Integer.MAX_VALUE));
        roots = new StmTesting.RootTable(4).register(heap);
    }

    @AfterEach
    void tearDown() {
        heap.close();
    }

    /** {@code n} one-field counters, kept alive by root {@code root}. */
    long[] counters(int n, int root) {
        long[] c = new long[n];
        try (TxContext tx = heap.attach()) {
            tx.atomic(t -> {
                long holder = t.allocate(50, n);
                roots.set(root, holder);
                for (int i = 0; i < n; i++) {
                    c[i] = t.allocate(51, 1);
                    t.write(holder, i, c[i]);
                }
            });
        }
        return c;
    }

    long value(long obj) {
        try (TxContext tx = heap.attach()) {
            return tx.atomically(t -> t.read(obj, 0));
        }
    }

    /**
     * Four threads mix inevitable transactions (begun inevitable, or made inevitable half-way
     * through their body) with ordinary ones, all on the same four hot counters. The number of
     * threads between "became inevitable" and "about to commit" is never above 1 (the token
     * is held over that whole span; it is given back inside commit, so the count is taken
     * down just before commit, or a correct implementation would be blamed for the next
     * holder). An inevitable begin runs its body exactly once and never throws TxAbort; a body
     * that calls becomeInevitable runs past that call exactly once. Every increment counts.
     */
    @Test
    void atMostOneInevitableAndItNeverAborts() throws Exception {
        long[] hot = counters(4, 0);
        int threads = 4, rounds = 600;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicLong inevitableBegins = new AtomicLong(), inevitableBodies = new AtomicLong();
        AtomicLong becameInevitable = new AtomicLong(), pastBecome = new AtomicLong();
        AtomicLong increments = new AtomicLong();

        StmTesting.runThreads(threads, 60, w -> {
            SplittableRandom rnd = new SplittableRandom(w);
            try (TxContext tx = heap.attach()) {
                for (int n = 0; n < rounds; n++) {
                    int a = rnd.nextInt(hot.length), b = rnd.nextInt(hot.length);
                    switch (n % 3) {
                        case 0 -> {
                            tx.beginInevitable();
                            inevitableBegins.incrementAndGet();
                            inevitableBodies.incrementAndGet();
                            enter(inside, maxInside);
                            assertTrue(tx.isInevitable());
                            increment(tx, hot[a]);
                            if (n % 30 == 0) Thread.sleep(1); // others pile up on its locks meanwhile
                            increment(tx, hot[b]);
                            inside.decrementAndGet();
                            tx.commit(); // an inevitable commit cannot throw TxAbort: the test would fail
                            increments.addAndGet(2);
                        }
                        case 1 -> {
                            AtomicInteger runsPast = new AtomicInteger();
                            tx.atomic(t -> {
                                increment(t, hot[a]); // ordinary until here: may abort
                                t.becomeInevitable();
                                runsPast.incrementAndGet();
                                enter(inside, maxInside);
                                increment(t, hot[b]);
                                Thread.yield();
                                inside.decrementAndGet();
                            });
                            assertEquals(1, runsPast.get(), "the body ran past becomeInevitable more than once");
                            becameInevitable.incrementAndGet();
                            pastBecome.addAndGet(runsPast.get());
                            increments.addAndGet(2);
                        }
                        default -> {
                            tx.atomic(t -> {
                                increment(t, hot[a]);
                                increment(t, hot[b]);
                            });
                            increments.addAndGet(2);
                        }
                    }
                }
            }
        });
        assertEquals(1, maxInside.get(), "inevitable transactions at once (must be exactly 1 at peak)");
        assertEquals(inevitableBegins.get(), inevitableBodies.get());
        assertEquals(becameInevitable.get(), pastBecome.get());
        long sum = 0;
        for (long h : hot) sum += value(h);
        assertEquals(increments.get(), sum, "every increment counted once");
        assertEquals(inevitableBegins.get() + becameInevitable.get(), heap.stats().inevitableCommits(), heap.stats()::toString);
        System.out.println("inevitable mix: " + heap.stats());
    }

    private static void enter(AtomicInteger inside, AtomicInteger max) {
        int now = inside.incrementAndGet();
        max.accumulateAndGet(now, Math::max);
    }

    private static void increment(TxContext t, long obj) {
        t.write(obj, 0, t.read(obj, 0) + 1);
    }

    /**
     * An inevitable transaction holds object X for 50 ms. Meanwhile a thread on a disjoint
     * object keeps committing; a writer and a reader of X do not finish before it commits,
     * and then see its committed value (never the value it wrote in place before its
     * commit). The inevitable transaction's body runs once.
     */
    @Test
    void othersProgressOnDisjointObjectsAndConflictingOnesWait() throws Exception {
        long[] objs = counters(2, 0);
        long x = objs[0], y = objs[1];
        CountDownLatch holding = new CountDownLatch(1);
        AtomicBoolean committing = new AtomicBoolean(), committed = new AtomicBoolean();
        AtomicLong disjointCommits = new AtomicLong();
        AtomicLong duringHold = new AtomicLong(-1);
        AtomicLong writerSaw = new AtomicLong(-1), readerSaw = new AtomicLong(-1);
        AtomicBoolean writerDoneEarly = new AtomicBoolean(), readerDoneEarly = new AtomicBoolean();
        AtomicInteger inevitableBodies = new AtomicInteger(), writerBodies = new AtomicInteger(), readerBodies = new AtomicInteger();

        StmTesting.runThreads(4, 30, w -> {
            try (TxContext tx = heap.attach()) {
                switch (w) {
                    case 0 -> { // the inevitable one
                        tx.beginInevitable();
                        inevitableBodies.incrementAndGet();
                        tx.write(x, 0, 1); // in place: others must not see it
                        holding.countDown();
                        long before = disjointCommits.get();
                        Thread.sleep(50);
                        duringHold.set(disjointCommits.get() - before);
                        tx.write(x, 0, 2);
                        // Set before the commit: a waiter released by the commit may
                        // finish before this thread runs its next line.
                        committing.set(true);
                        tx.commit();
                        committed.set(true);
                    }
                    case 1 -> { // disjoint: keeps committing
                        holding.await();
                        while (!committed.get()) {
                            tx.atomic(t -> increment(t, y));
                            disjointCommits.incrementAndGet();
                        }
                    }
                    case 2 -> { // writes X: must come after
                        holding.await();
                        writerSaw.set(tx.atomically(t -> {
                            writerBodies.incrementAndGet();
                            long v = t.read(x, 0);
                            t.write(x, 0, v * 10 + 5);
                            return v;
                        }));
                        writerDoneEarly.set(!committing.get());
                    }
                    default -> { // reads X: must see the committed value
                        holding.await();
                        readerSaw.set(tx.atomically(t -> {
                            readerBodies.incrementAndGet();
                            return t.read(x, 0);
                        }));
                        readerDoneEarly.set(!committing.get());
                    }
                }
            }
        });
        assertEquals(1, inevitableBodies.get());
        assertTrue(duringHold.get() >= 10, "disjoint commits while the inevitable one held X: " + duringHold.get());
        assertFalse(writerDoneEarly.get(), "a writer of X finished before the inevitable transaction committed");
        assertFalse(readerDoneEarly.get(), "a reader of X finished before the inevitable transaction committed");
        assertEquals(2, writerSaw.get(), "the writer saw an uncommitted or stale value");
        assertTrue(readerSaw.get() == 2 || readerSaw.get() == 25, "the reader saw an uncommitted or stale value: " + readerSaw.get());
        assertEquals(25, value(x));
        // they waited in their transactions: no abort on the inevitable's lock, one run of the
        // writer's body. Once the inevitable one commits, the writer and the reader of X meet
        // as two ordinary transactions: the reader may then abort on the writer (its read of a
        // locked X, or its validation after the writer's commit) and run its body again, as a
        // CI run saw; every such re-run is an abort of another cause
        assertEquals(0, heap.stats().aborts(AbortCause.INEVITABLE), "aborted on the inevitable's lock: " + heap.stats());
        assertEquals(1, writerBodies.get(), "the writer of X ran its body again");
        assertEquals(readerBodies.get() - 1, heap.stats().aborts(), "a re-run of the reader's body without an abort: " + heap.stats());
        System.out.printf("inevitable hold: %d disjoint commits during 50 ms; %s%n", duringHold.get(), heap.stats());
    }

    /**
     * An older transaction holds a lock the inevitable one needs: the inevitable asks it to
     * abort and waits; the older one notices at its next barrier (KILLED), retries after the
     * inevitable commits and sees its result. The inevitable body runs once.
     */
    @Test
    void inevitableKillsAnOlderLockHolder() throws Exception {
        long[] objs = counters(2, 0);
        long x = objs[0], z = objs[1];
        CountDownLatch olderHolds = new CountDownLatch(1);
        CountDownLatch inevitableStarted = new CountDownLatch(1);
        CountDownLatch inevitableCommitted = new CountDownLatch(1);
        AtomicInteger olderAttempts = new AtomicInteger(), inevitableBodies = new AtomicInteger();
        AtomicLong olderSawOnRetry = new AtomicLong(-1);
        StmTesting.runThreads(2, 30, w -> {
            try (TxContext tx = heap.attach()) {
                if (w == 0) {
                    tx.atomic(t -> {
                        int attempt = olderAttempts.incrementAndGet();
                        // the retry waits (holding nothing) for the inevitable one to be done,
                        // or it could lock X again before the inevitable one gets to it
                        if (attempt > 1) await(inevitableCommitted);
                        long v = t.read(x, 0);
                        t.write(x, 0, v + 100);
                        if (attempt == 1) {
                            olderHolds.countDown();
                            await(inevitableStarted);
                            sleep(20); // the inevitable one is now waiting on X
                            // a barrier off the fast path (x is its own: that read would not look)
                            t.read(z, 0);
                            throw new AssertionError("the older transaction was not asked to abort");
                        }
                        olderSawOnRetry.set(v);
                    });
                } else {
                    olderHolds.await();
                    tx.beginInevitable();
                    inevitableBodies.incrementAndGet();
                    inevitableStarted.countDown();
                    tx.write(x, 0, tx.read(x, 0) + 1); // waits for the older one to roll back
                    tx.commit();
                    inevitableCommitted.countDown();
                }
            }
        });
        assertEquals(1, inevitableBodies.get());
        // 2 attempts, or 3 when the inevitable one's repeated request (it asks again while it
        // waits) reaches the older one's retry, which then aborts once more, harmlessly
        assertTrue(olderAttempts.get() >= 2 && olderAttempts.get() <= 3, "older attempts " + olderAttempts.get());
        assertEquals(1, olderSawOnRetry.get(), "the retry of the older one saw the inevitable's commit");
        assertEquals(101, value(x));
        assertEquals(olderAttempts.get() - 1, heap.stats().aborts(AbortCause.KILLED), heap.stats()::toString);
    }

    /**
     * becomeInevitable after a read that another transaction has since overwritten: the
     * attempt cannot become inevitable on a stale read, so it aborts (VALIDATION) and its
     * retry reads the new value and then becomes inevitable.
     */
    @Test
    void becomeInevitableAfterAStaleReadAbortsTheAttempt() throws Exception {
        long x = counters(1, 0)[0];
        AtomicInteger runs = new AtomicInteger();
        AtomicLong result = new AtomicLong();
        try (TxContext tx = heap.attach()) {
            result.set(tx.atomically(t -> {
                long v = t.read(x, 0);
                if (runs.incrementAndGet() == 1) {
                    Thread other = Thread.ofPlatform().start(() -> {
                        try (TxContext o = heap.attach()) {
                            o.atomic(u -> u.write(x, 0, 42));
                        }
                    });
                    join(other);
                }
                t.becomeInevitable();
                t.write(x, 0, v + 1);
                return v;
            }));
        }
        assertEquals(2, runs.get());
        assertEquals(42, result.get());
        assertEquals(43, value(x));
        assertEquals(1, heap.stats().aborts(AbortCause.VALIDATION));
        assertEquals(1, heap.stats().inevitableCommits());
    }

    @Test
    void inevitableCannotAbortExplicitly() {
        try (TxContext tx = heap.attach()) {
            tx.beginInevitable();
            assertThrows(IllegalStateException.class, () -> tx.abort(AbortCause.EXPLICIT));
            assertTrue(tx.isInTransaction());
            tx.commit();
            assertFalse(tx.isInTransaction());
        }
    }

    static void await(CountDownLatch l) {
        try {
            assertTrue(l.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}

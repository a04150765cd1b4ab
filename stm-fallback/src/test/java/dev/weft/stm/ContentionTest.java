package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Progress under the worst contention: every thread increments one field of one object.
 * No increment may be lost or doubled, every thread must finish (no deadlock, no livelock,
 * no starvation: contention by age and the inevitable fallback guarantee it), in bounded
 * time. Run with the default fallback threshold and with fallback after 2 aborts.
 */
class ContentionTest {
    static final int THREADS = 4;
    static final int INCREMENTS = 10_000;

    @ParameterizedTest(name = "maxRetriesBeforeInevitable={0}")
    @ValueSource(ints = {16, 2})
    void oneHotCounter(int maxRetries) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Params params = Params.defaults().withHeapLimit(4L << 20).withMaxRetriesBeforeInevitable(maxRetries);
            try (Heap heap = new Heap(params)) {
                StmTesting.RootTable roots = new StmTesting.RootTable(1).register(heap);
                long counter;
                try (TxContext tx = heap.attach()) {
                    counter = tx.atomically(t -> {
                        long c = t.allocate(60, 2);
                        roots.set(0, c);
                        return c;
                    });
                }
                AtomicLong attempts = new AtomicLong();
                long[] perThreadDone = new long[THREADS];
                long start = System.nanoTime();
                StmTesting.runThreads(THREADS, 50, w -> {
                    try (TxContext tx = heap.attach()) {
                        for (int n = 0; n < INCREMENTS; n++) {
                            tx.atomic(t -> {
                                attempts.incrementAndGet();
                                long v = t.read(counter, 0);
                                for (int k = 0; k < 20; k++) Thread.onSpinWait(); // widen the window
                                t.write(counter, 0, v + 1);
                                t.write(counter, 1, t.read(counter, 1) + 1); // a second field, same object
                            });
                            perThreadDone[w]++;
                        }
                    }
                });
                long ms = (System.nanoTime() - start) / 1_000_000;
                long total = (long) THREADS * INCREMENTS;
                try (TxContext tx = heap.attach()) {
                    assertEquals(total, (long) tx.atomically(t -> t.read(counter, 0)), "increments of field 0");
                    assertEquals(total, (long) tx.atomically(t -> t.read(counter, 1)), "increments of field 1");
                }
                for (int w = 0; w < THREADS; w++) assertEquals(INCREMENTS, perThreadDone[w], "thread " + w);
                TmStats s = heap.stats();
                assertEquals(total + 3, s.commits(), s::toString);
                assertEquals(attempts.get() - total, s.aborts(), "every attempt that did not commit is an abort");
                System.out.printf("hot counter (fallback after %d): %d ms, %.3f aborts per commit; %s%n",
                        maxRetries, ms, (double) s.aborts() / total, s);
            }
        });
    }
}

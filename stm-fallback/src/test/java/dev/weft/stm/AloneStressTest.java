package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Threads that often pause between transactions, so that transactions keep switching between
 * running alone (plain reads) and running beside others (logged reads), and the one that runs
 * alone keeps stepping back for newcomers at its polls. Every attempt, aborted ones included,
 * must see the accounts' constant total (opacity: an alone transaction that saw another's
 * commit halfway would not), and every committed transfer must count exactly once.
 */
class AloneStressTest {
    static final int THREADS = 3;
    static final int ACCOUNTS = 8;
    static final int TRANSFERS = 4_000;
    static final long INITIAL = 1_000;

    @Test
    void switchingBetweenAloneAndTogetherLosesNothing() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try (Heap heap = new Heap(Params.defaults().withHeapLimit(8L << 20).withRunAlone(true))) {
                StmTesting.RootTable roots = new StmTesting.RootTable(1).register(heap);
                long bank;
                try (TxContext tx = heap.attach()) {
                    bank = tx.atomically(t -> {
                        long b = t.allocate(10, ACCOUNTS + THREADS);
                        for (int i = 0; i < ACCOUNTS; i++) t.write(b, i, INITIAL);
                        roots.set(0, b);
                        return b;
                    });
                }
                StmTesting.runThreads(THREADS, 100, w -> {
                    SplittableRandom random = new SplittableRandom(w * 7919L + 1);
                    try (TxContext tx = heap.attach()) {
                        for (int n = 0; n < TRANSFERS; n++) {
                            int from = random.nextInt(ACCOUNTS), to = random.nextInt(ACCOUNTS);
                            long amount = random.nextInt(5);
                            int seq = n;
                            boolean poll = random.nextInt(4) == 0;
                            long spinUntil = random.nextInt(4) == 0 ? 100_000 + random.nextInt(200_000) : 0;
                            tx.atomic(t -> {
                                long total = 0;
                                for (int i = 0; i < ACCOUNTS; i++) {
                                    // some run long, halfway through their reads: others begin,
                                    // commit and end meanwhile
                                    if (i == ACCOUNTS / 2) {
                                        for (long end = System.nanoTime() + spinUntil; System.nanoTime() < end; ) Thread.onSpinWait();
                                    }
                                    total += t.read(bank, i);
                                }
                                assertEquals(ACCOUNTS * INITIAL, total, "an attempt saw half a transfer");
                                assertEquals(seq, t.read(bank, ACCOUNTS + w), "thread " + w + "'s count");
                                if (poll) t.pollKilled(); // where an interpreter polls: steps back for a waiter
                                t.write(bank, from, t.read(bank, from) - amount);
                                t.write(bank, to, t.read(bank, to) + amount);
                                t.write(bank, ACCOUNTS + w, seq + 1);
                            });
                            // pauses between transactions, some long: often only one thread is active
                            int pause = random.nextInt(8);
                            if (pause == 0) LockSupport.parkNanos(1_000_000 + random.nextInt(2_000_000));
                            else if (pause == 1) LockSupport.parkNanos(random.nextInt(50_000));
                        }
                    }
                });
                try (TxContext tx = heap.attach()) {
                    tx.atomic(t -> {
                        long total = 0;
                        for (int i = 0; i < ACCOUNTS; i++) total += t.read(bank, i);
                        assertEquals(ACCOUNTS * INITIAL, total);
                        for (int w = 0; w < THREADS; w++) assertEquals(TRANSFERS, t.read(bank, ACCOUNTS + w), "thread " + w);
                    });
                }
                TmStats s = heap.stats();
                System.out.printf("alone stress: %s%n", s);
                assertTrue(s.aloneCommits() > 0, "no transaction ran alone: " + s);
                assertTrue(s.commits() - s.aloneCommits() > THREADS * TRANSFERS / 10, "hardly any ran beside another: " + s);
            }
        });
    }
}

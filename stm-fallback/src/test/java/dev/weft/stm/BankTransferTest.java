package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.stm.StmTesting.RootTable;
import dev.weft.stm.StmTesting.TmMode;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bank transfers between heap accounts from several threads, under each {@link TmMode}.
 *
 * <p>What it proves:
 * <ul>
 *   <li>atomicity and isolation: audit transactions that read every account see the constant
 *       total and no negative balance in <em>every</em> attempt, aborted ones included
 *       (opacity: a zombie attempt that saw half a transfer would be counted);
 *   <li>every committed transfer took effect exactly once and nothing else did: each thread
 *       keeps, in the heap and in the same transaction as the transfer, the count of its
 *       transfers; the body checks the count it reads is exactly its own sequence number
 *       (so an aborted attempt whose write survived, or a lost commit, is caught at once),
 *       and at the end the balances equal the initial ones plus a replay of the per-thread
 *       logs of committed transfers (with the result each transaction returned: a transfer
 *       is refused when the source balance is too small).
 * </ul>
 */
class BankTransferTest {
    static final int THREADS = 4;
    static final int ACCOUNTS = 32;
    static final int TRANSFERS = 15_000;
    static final long INITIAL = 100;
    static final int ACCOUNT_TYPE = 11;
    static final int COUNTER_TYPE = 12;

    /** One thread's log of committed transfers, in its own order. */
    static final class Log {
        final int[] from = new int[TRANSFERS];
        final int[] to = new int[TRANSFERS];
        final long[] amount = new long[TRANSFERS];
        final boolean[] applied = new boolean[TRANSFERS];
        int size;
    }

    @ParameterizedTest
    @EnumSource(TmMode.class)
    void transfersAreAtomicAndAppliedExactlyOnce(TmMode mode) throws Exception {
        Params params = mode.params(Params.defaults().withHeapLimit(16L << 20));
        try (Heap heap = new Heap(params)) {
            RootTable roots = new RootTable(1).register(heap);
            long[] accounts = new long[ACCOUNTS];
            long[] counters = new long[THREADS];
            try (TxContext tx = heap.attach()) {
                tx.atomic(t -> {
                    // one root object holding every account and counter, so a collection keeps them
                    long bank = t.allocate(10, ACCOUNTS + THREADS);
                    roots.set(0, bank);
                    for (int i = 0; i < ACCOUNTS; i++) {
                        accounts[i] = t.allocate(ACCOUNT_TYPE, 1);
                        t.write(accounts[i], 0, INITIAL);
                        t.write(bank, i, accounts[i]);
                    }
                    for (int i = 0; i < THREADS; i++) {
                        counters[i] = t.allocate(COUNTER_TYPE, 1);
                        t.write(bank, ACCOUNTS + i, counters[i]);
                    }
                });
            }
            long total = INITIAL * ACCOUNTS;
            Log[] logs = new Log[THREADS];
            StmTesting.Violations violations = new StmTesting.Violations();
            AtomicLong auditAttempts = new AtomicLong(), auditCommits = new AtomicLong();
            AtomicLong transferAttempts = new AtomicLong();
            var htmStats = new dev.weft.stm.htm.HtmStats();

            StmTesting.runThreads(THREADS, 60, w -> {
                Log log = logs[w] = new Log();
                SplittableRandom rnd = new SplittableRandom(1000 + w);
                try (TxContext tx = heap.attach()) {
                    mode.configure(tx, 77 + w);
                    var run = mode.runner(tx, 77 + w, htmStats);
                    for (int n = 0; n < TRANSFERS; n++) {
                        if (n % 25 == 0) {
                            run.atomically(t -> {
                                auditAttempts.incrementAndGet();
                                long sum = 0;
                                for (long acct : accounts) {
                                    long b = t.read(acct, 0);
                                    if (b < 0) violations.add("negative balance " + b);
                                    sum += b;
                                }
                                if (sum != total) violations.add("audit saw total " + sum);
                                return sum;
                            });
                            auditCommits.incrementAndGet();
                        }
                        // a quarter of the transfers leave one of four hot accounts: more conflicts
                        int a = n % 4 == 0 ? rnd.nextInt(4) : rnd.nextInt(ACCOUNTS);
                        int b = (a + 1 + rnd.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                        long amount = 1 + rnd.nextInt(60);
                        long seq = n;
                        boolean applied = run.atomically(t -> {
                            transferAttempts.incrementAndGet();
                            long done = t.read(counters[w], 0);
                            if (done != seq) {
                                violations.add("thread " + w + " transfer " + seq + " found count " + done);
                            }
                            long from = t.read(accounts[a], 0);
                            boolean ok = from >= amount;
                            if (ok) {
                                t.write(accounts[a], 0, from - amount);
                                t.write(accounts[b], 0, t.read(accounts[b], 0) + amount);
                            }
                            t.write(counters[w], 0, seq + 1);
                            return ok;
                        });
                        // recorded only now: the body may have run several times
                        log.from[log.size] = a;
                        log.to[log.size] = b;
                        log.amount[log.size] = amount;
                        log.applied[log.size] = applied;
                        log.size++;
                    }
                }
            });

            violations.assertNone();
            long[] expected = new long[ACCOUNTS];
            java.util.Arrays.fill(expected, INITIAL);
            int appliedCount = 0;
            for (Log log : logs) {
                assertEquals(TRANSFERS, log.size);
                for (int i = 0; i < log.size; i++) {
                    if (!log.applied[i]) continue;
                    expected[log.from[i]] -= log.amount[i];
                    expected[log.to[i]] += log.amount[i];
                    appliedCount++;
                }
            }
            try (TxContext tx = heap.attach()) {
                long[] actual = tx.atomically(t -> {
                    long[] v = new long[ACCOUNTS];
                    for (int i = 0; i < ACCOUNTS; i++) v[i] = t.read(accounts[i], 0);
                    return v;
                });
                assertEquals(total, java.util.Arrays.stream(actual).sum(), "total after the run");
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, "balances == replay of the committed transfers");
                for (int w = 0; w < THREADS; w++) {
                    int ww = w;
                    assertEquals(TRANSFERS, (long) tx.atomically(t -> t.read(counters[ww], 0)), "transfers of thread " + w);
                }
            }
            assertTrue(appliedCount > THREADS * TRANSFERS / 4, "too few transfers applied to mean anything: " + appliedCount);
            TmStats s = heap.stats();
            long commits = s.commits() + htmStats.commits(); // software + (emulated) hardware
            // every logical transaction commits exactly once: setup, transfers, audits, final reads
            assertEquals(1 + (long) THREADS * TRANSFERS + auditCommits.get() + 1 + THREADS, commits, s::toString);
            mode.checkExercised(heap);
            if (mode == TmMode.EMULATED_HYBRID) {
                assertTrue(htmStats.commits() > 0, "no transfer committed in (emulated) hardware: " + htmStats);
                assertTrue(htmStats.fallbacks() > 0, "no transfer fell back to software: " + htmStats);
            }
            System.out.printf("bank %s: %s; htm %s; transfer attempts %d for %d transfers, audit attempts %d for %d audits%n",
                    mode, s, htmStats, transferAttempts.get(), THREADS * TRANSFERS, auditAttempts.get(), auditCommits.get());
        }
    }
}

package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.stm.AbortCause;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transaction size's adaptation (Transactions.grown and halved), run against model
 * threads. One whose transactions conflict whenever they are longer than some size: where the
 * size settles, aborts must be rare next to commits (with doubling at each commit the model
 * aborts about once per commit, as btree_atomic's two threads did: docs/benchmarks.md). One
 * whose transactions conflict with a chance that grows with their length, and whose aborts
 * cost the work thrown away: the size must settle where aborts cost about what the
 * transactions themselves do, and cost far less than with a fixed growth.
 */
class TransactionSizeTest {
    @TempDir
    Path dir;
    private static final long OVERHEAD = 2_000;

    /** Aborts per commit of a thread whose transactions abort when longer than {@code conflictsAbove}. */
    private static double abortsPerCommit(int conflictsAbove, int budget) {
        double size = budget;
        long commits = 0, aborts = 0;
        for (int i = 0; i < 100_000; i++) {
            if (size > conflictsAbove) {
                aborts++;
                size = Transactions.halved(size);
            } else {
                commits++;
                size = Transactions.grown(size, budget, 0, OVERHEAD);
            }
        }
        return (double) aborts / commits;
    }

    @Test
    void whereTheSizeSettlesAbortsAreRare() {
        // from 40 steps up: below 16 a commit adds one step, more than a sixteenth
        for (int limit : new int[] {40, 300, 2_500, 9_000}) {
            double r = abortsPerCommit(limit, 10_000);
            assertTrue(r < 0.15, "conflicts above " + limit + " steps: " + r + " aborts per commit");
        }
    }

    @Test
    void theSizeGrowsBackToTheBudgetAndNeverLeavesItsBounds() {
        assertEquals(1, Transactions.halved(1));
        assertEquals(2, Transactions.grown(1, 10_000, 0, OVERHEAD), "at least one step more");
        assertEquals(2.9, Transactions.grown(1.9, 10_000, 0, OVERHEAD), 1e-9, "a sixteenth, at least one step");
        double size = 1;
        int commits = 0;
        while (size < 10_000) {
            double next = Transactions.grown(size, 10_000, 0, OVERHEAD);
            assertTrue(next > size && next <= 10_000);
            size = next;
            commits++;
        }
        assertTrue(commits < 200, "back to the budget after " + commits + " commits");
        assertEquals(10_000, Transactions.grown(10_000, 10_000, 0, OVERHEAD));
        assertEquals(Integer.MAX_VALUE, Transactions.grown(Integer.MAX_VALUE - 1, Integer.MAX_VALUE, 0, OVERHEAD));
        // costly aborts slow the growth down, never below a step, never past the budget
        assertEquals(1.001, Transactions.grown(1, 10_000, 1_000_000, OVERHEAD), 1e-9);
        assertEquals(10_010, Transactions.grown(10_000, 20_000, 1_000_000, OVERHEAD), 1e-9);
        assertEquals(10_000, Transactions.grown(9_999, 10_000, 1_000_000, OVERHEAD));
        assertEquals(Integer.MAX_VALUE, Transactions.grown(Integer.MAX_VALUE - 1, Integer.MAX_VALUE, 1_000_000, OVERHEAD));
        // up to eight times the overhead an abort counts as cheap: a sixteenth, as without aborts
        assertEquals(Transactions.grown(4_000, 10_000, 0, OVERHEAD), Transactions.grown(4_000, 10_000, 8 * OVERHEAD, OVERHEAD));
        assertTrue(Transactions.grown(4_000, 10_000, 9 * OVERHEAD, OVERHEAD) < Transactions.grown(4_000, 10_000, 0, OVERHEAD));
        // and back from one step to the budget, by an overhead / (2 * abortNanos) part of
        // itself a commit: about ln(budget) over that part commits (921 for a hundredth)
        size = 1;
        commits = 0;
        while (size < 10_000) {
            size = Transactions.grown(size, 10_000, 50 * OVERHEAD, OVERHEAD);
            commits++;
        }
        assertTrue(commits < 1_000, "back to the budget after " + commits + " commits");
    }

    /** What the model thread of {@link #run} spent: ns per committed step, aborts per commit. */
    private record Run(double nanosPerStep, double abortsPerCommit) {}

    /**
     * A thread whose steps cost 1 us each and whose transactions cost OVERHEAD besides; a
     * transaction of s steps conflicts with chance s / 50,000 at a uniformly random step, and
     * its abort throws that work away and waits as long again (for the winner). The abort
     * cost the thread knows is Transactions' moving average, or 0 when {@code costAware} is
     * off (the fixed growth of a sixteenth).
     */
    private static Run run(boolean costAware) {
        Random random = new Random(42);
        double size = 10_000;
        long abortNanos = 0, spent = 0, steps = 0, commits = 0, aborts = 0;
        for (int i = 0; i < 200_000; i++) {
            spent += OVERHEAD;
            if (random.nextDouble() < size / 50_000.0) {
                long cost = 2 * 1_000L * (1 + random.nextInt((int) size));
                spent += cost;
                aborts++;
                if (costAware) abortNanos = Transactions.averaged(abortNanos, cost + OVERHEAD);
                size = Transactions.halved(size);
            } else {
                spent += 1_000L * (int) size;
                steps += (int) size;
                commits++;
                size = Transactions.grown(size, 10_000, abortNanos, OVERHEAD);
            }
        }
        return new Run((double) spent / steps, (double) aborts / commits);
    }

    @Test
    void costlyAbortsMakeTransactionsShortEnoughThatAbortsCostWhatTransactionsDo() {
        Run fixed = run(false), aware = run(true);
        // the work itself is 1,000 ns a step: what is above it is lost to aborts and overheads
        double fixedLoss = fixed.nanosPerStep() - 1_000, awareLoss = aware.nanosPerStep() - 1_000;
        assertTrue(awareLoss < 0.3 * fixedLoss, "lost per step: " + awareLoss + " ns, with a fixed growth " + fixedLoss);
        assertTrue(fixed.abortsPerCommit() > 0.05, "fixed growth: " + fixed.abortsPerCommit() + " aborts per commit");
        assertTrue(aware.abortsPerCommit() < fixed.abortsPerCommit() / 5, "aborts per commit: " + aware.abortsPerCommit());
    }

    /** Aborts per commit of a loop under injected aborts, a transaction's own cost set to {@code overhead} ns. */
    private double injectedAbortsPerCommit(String overhead) throws Exception {
        String before = System.getProperty("weft.txOverheadNanos");
        System.setProperty("weft.txOverheadNanos", overhead);
        try {
            String[] r = StatsRun.run(dir.resolve("loop.py"), """
                    class Box:
                        def __init__(self):
                            self.n = 0
                    b = Box()
                    items = list(range(100))
                    for i in range(300000):
                        b.n += items[i % 100]
                    print(b.n)
                    """, "--tm=stm", "--inject-aborts=0.0005");
            assertEquals("14850000\n", r[0]); // CPython's output
            return (double) StatsRun.count(r[1], "aborted") / StatsRun.count(r[1], "transactions committed");
        } finally {
            if (before == null) System.clearProperty("weft.txOverheadNanos"); else System.setProperty("weft.txOverheadNanos", before);
        }
    }

    /**
     * The interpreter measures what its aborts cost and grows its transactions by that: with
     * aborts injected at a rate per barrier (so longer transactions abort more), a loop
     * aborts far less per commit than when a transaction's own cost is set so high that every
     * abort counts as cheap (the fixed growth of a sixteenth).
     */
    @Test
    void theInterpreterGrowsItsTransactionsByWhatItsAbortsCost() throws Exception {
        double aware = injectedAbortsPerCommit("20"), fixed = injectedAbortsPerCommit("1000000000000");
        assertTrue(fixed > 0.05, "fixed growth: " + fixed + " aborts per commit");
        assertTrue(aware < fixed / 3, "aborts per commit " + aware + ", with the fixed growth " + fixed);
    }

    @Test
    void aCollectionIsNoCostOfTheAbortBeforeIt() {
        assertTrue(!Transactions.costsTheRetry(AbortCause.COLLECT));
        for (AbortCause c : new AbortCause[] {AbortCause.READ_WRITE, AbortCause.WRITE_WRITE, AbortCause.VALIDATION,
                AbortCause.KILLED, AbortCause.INEVITABLE, AbortCause.YIELDED, AbortCause.INJECTED}) {
            assertTrue(Transactions.costsTheRetry(c), c.label);
        }
    }
}

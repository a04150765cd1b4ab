package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The transaction size's adaptation (Transactions.grown and halved), run against a model
 * thread whose transactions conflict whenever they are longer than some size: where the size
 * settles, aborts must be rare next to commits. With doubling at each commit the model
 * aborts about once per commit, as btree_atomic's two threads did (docs/benchmarks.md).
 */
class TransactionSizeTest {
    /** Aborts per commit of a thread whose transactions abort when longer than {@code conflictsAbove}. */
    private static double abortsPerCommit(int conflictsAbove, int budget) {
        int size = budget;
        long commits = 0, aborts = 0;
        for (int i = 0; i < 100_000; i++) {
            if (size > conflictsAbove) {
                aborts++;
                size = Transactions.halved(size);
            } else {
                commits++;
                size = Transactions.grown(size, budget);
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
        assertEquals(2, Transactions.grown(1, 10_000), "at least one step more");
        int size = 1, commits = 0;
        while (size < 10_000) {
            int next = Transactions.grown(size, 10_000);
            assertTrue(next > size && next <= 10_000);
            size = next;
            commits++;
        }
        assertTrue(commits < 200, "back to the budget after " + commits + " commits");
        assertEquals(10_000, Transactions.grown(10_000, 10_000));
        assertEquals(Integer.MAX_VALUE, Transactions.grown(Integer.MAX_VALUE - 1, Integer.MAX_VALUE));
    }
}

package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long stretches of Python code run from built-in code (a generator drained by sum(), a sort
 * key, list() of a generator, __eq__ called by a dict) are cut into transactions like any
 * other code (a whole budget past the due point: a short nested call does not break in place): --stats
 * counts the breaks made inside nested calls, and the program prints what
 * it prints without them, under the GIL and under the TM with aborts injected.
 */
class NestedBreaksTest {
    @TempDir
    Path dir;

    static final String PROGRAM = """
            def gen(n):
                acc = []
                for i in range(n):
                    acc.append(i)
                    yield i * 2
            class Key:
                def __init__(self, k):
                    self.k = k
                def __hash__(self):
                    return hash(self.k)
                def __eq__(self, other):
                    n = 0
                    for _ in range(50):
                        n += 1
                    return self.k == other.k
            print(sum(gen(100000)))
            print(sorted(range(20000), key=lambda x: (x * 7919) % 20000)[:5])
            print(len(list(gen(30000))), max(gen(20000)))
            d = {Key(i): i for i in range(200)}
            print(sum(d[Key(i)] for i in range(200)))
            total = 0
            for i in range(30000):
                total += i % 7
            print(total)
            """;

    private String[] run(String... options) throws Exception {
        return runSource(PROGRAM, options);
    }

    private String[] runSource(String source, String... options) throws Exception {
        return StatsRun.run(dir.resolve("nested.py"), source, options);
    }

    @Test
    void nestedStretchesAreCutIntoTransactions() throws Exception {
        String[] gil = run("--tm=gil", "--budget=1000");
        // printed by CPython 3.11 for PROGRAM
        assertEquals("9999900000\n[0, 17679, 15358, 13037, 10716]\n30000 39998\n19900\n89995\n", gil[0]);
        // some 170,000 steps run nested; a nested break waits for a second budget (Interp's
        // nestedBreakIfLong), so a 1000-step budget cuts them at least every 2000 steps
        long breaks = StatsRun.count(gil[1], "breaks in nested calls");
        assertTrue(breaks > 75, gil[1]);
        assertTrue(StatsRun.count(gil[1], "transactions committed") > breaks, gil[1]);
    }

    @Test
    void nestedBreaksKeepTheOutputUnderInjectedAborts() throws Exception {
        String[] gil = run("--tm=gil", "--budget=1000");
        String[] injected = run("--tm=stm", "--budget=1000", "--inject-aborts=0.01");
        assertEquals(gil[0], injected[0]);
        assertTrue(StatsRun.count(injected[1], "breaks in nested calls") > 75, injected[1]);
        assertTrue(StatsRun.count(injected[1], "aborted") > 10, injected[1]);
    }

    /**
     * Aborts shrink the transaction size (to a few steps, with aborts injected this often);
     * a nested break still waits for the configured budget past its due point, so a loop of
     * short nested calls (a sort key called ten times) does not break inside them. Waiting
     * only for the shrunk size broke in some 60,000 of its 200,000 key calls, each break
     * making the next transaction inevitable.
     */
    @Test
    void shrunkTransactionsDoNotBreakShortNestedCalls() throws Exception {
        String[] r = runSource("""
                def key(x):
                    return -x
                data = list(range(10))
                t = 0
                for i in range(20000):
                    t += sorted(data, key=key)[0]
                print(t)
                """, "--tm=stm", "--budget=1000", "--inject-aborts=0.01");
        assertEquals("180000\n", r[0]); // printed by CPython 3.11
        assertTrue(StatsRun.count(r[1], "aborted") > 1000, r[1]);
        assertEquals(0, StatsRun.count(r[1], "breaks in nested calls"), r[1]);
    }
}

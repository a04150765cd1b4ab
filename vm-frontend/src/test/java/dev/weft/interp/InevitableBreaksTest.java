package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output makes a transaction inevitable, and an inevitable transaction holds every object it
 * read locked until it commits. While other threads run, it ends at the next back edge or
 * call after the step that made it so; a print in a loop of the main thread kept the whole
 * loop inevitable (the budget's worth of steps each time) and the program's other threads
 * waiting on, or aborting over, what it read: with two threads computing, 15 times the time
 * of --tm=gil (docs/threads.md, "Short inevitable transactions").
 */
class InevitableBreaksTest {
    @TempDir
    Path dir;

    static final String THREADED = """
            import sys, threading
            stop = threading.Event()
            spins = []
            def worker():
                n = 0
                while not stop.is_set():
                    n += 1
                spins.append(n > 0)
            t = threading.Thread(target=worker)
            t.start()
            for i in range(3000):
                sys.stdout.write('.')
            stop.set()
            t.join()
            print()
            print(spins)
            """;

    static final String ALONE = """
            import sys
            for i in range(3000):
                sys.stdout.write('.')
            print()
            """;

    private String[] run(String source, String... options) throws Exception {
        return StatsRun.run(dir.resolve("prints.py"), source, options);
    }

    private static long inevitableCommits(String stats) {
        Matcher m = Pattern.compile("\\((\\d+) inevitable").matcher(stats);
        assertTrue(m.find(), stats);
        return Long.parseLong(m.group(1));
    }

    @Test
    void whileAnotherThreadRunsEachPrintEndsItsTransactionSoon() throws Exception {
        String[] r = run(THREADED);
        assertEquals(".".repeat(3000) + "\n[True]\n", r[0]);
        assertTrue(inevitableCommits(r[1]) >= 2500, "one short inevitable transaction per print: " + r[1]);
        assertEquals(r[0], run(THREADED, "--tm=gil")[0]);
    }

    @Test
    void aThreadAloneKeepsItsTransactionsLong() throws Exception {
        String[] r = run(ALONE);
        assertEquals(".".repeat(3000) + "\n", r[0]);
        assertTrue(inevitableCommits(r[1]) < 100, "no break for a print when no other thread runs: " + r[1]);
    }
}

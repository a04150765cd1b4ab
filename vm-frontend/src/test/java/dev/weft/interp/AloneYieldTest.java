package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.cli.Weft;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread that runs alone in a long transaction must let a waking thread begin soon: outside
 * an atomic block it breaks (commits) at the end of its current chunk of steps
 * (Transactions.nextChunk), inside one it steps back (aborts).
 *
 * <p>The atomic case: a thread that runs alone in a long atomic block, while the main thread sleeps, must step
 * back when the main thread wakes: the block runs past its budget, and the interpreter polls
 * at each back edge after that (Interp.breakDue, TxContext.pollKilled), which sees the
 * waiter. Without that poll the main thread would wait for the whole block, which it did
 * before the poll was wired (the read barriers' fast paths never look).
 */
class AloneYieldTest {
    @TempDir
    Path dir;

    static final String PROGRAM = """
            import threading, time, transaction
            done = []
            def worker():
                for i in range(50):
                    time.sleep(0.001)   # breaks: its next transactions begin while main sleeps
                with transaction.atomic:  # one transaction, begun alone, past many budgets
                    n = 0
                    for i in range(12000000):
                        n += i
                    done.append(transaction.time())
            t = threading.Thread(target=worker)
            t.start()
            time.sleep(0.3)
            woke = transaction.time()   # its begin waited for the worker's transaction
            t.join()
            print("main went on during the block" if woke < done[0] else "main waited for the whole block")
            """;

    /**
     * The plain case: one transaction of the whole loop (a budget of 10^9 steps), begun alone
     * while main sleeps. Main's begin, when it wakes, must not wait for the loop to end: the
     * loop's transaction commits at its next chunk's end, and the loop goes on in the next.
     */
    static final String LONG_TRANSACTION = """
            import threading, time, transaction
            done = []
            def worker():
                for i in range(50):
                    time.sleep(0.001)
                n = 0
                for i in range(30000000):
                    n ^= i              # allocates nothing: no break for the allocation quota
                done.append(transaction.time())
            t = threading.Thread(target=worker)
            t.start()
            time.sleep(0.3)
            woke = transaction.time()
            t.join()
            print("main went on during the loop" if woke < done[0] else "main waited for the whole loop")
            """;

    /**
     * A built-in that calls Python code with no loop or call of its own (a sort key): the
     * lone transaction counts the key calls as steps (Interp.runNested) and, when a thread
     * waits, steps back there, since it cannot break in the middle of the sort.
     */
    static final String SORT_KEY = """
            import threading, time, transaction
            done = []
            ready = []
            data = list(range(3000000))     # made before: the sort allocates nothing
            def worker():
                ready.append(1)
                for i in range(5):          # a few breaks: main goes to sleep meanwhile
                    time.sleep(0.001)
                data.sort(key=lambda v: -v) # alone, main asleep: 0.1-0.4 s on the 2-core VM
                done.append(transaction.time())
            t = threading.Thread(target=worker)
            t.start()
            while not ready:
                time.sleep(0.001)
            time.sleep(0.04)                # wakes while the sort runs, not after it
            woke = transaction.time()
            t.join()
            print("main went on during the sort" if woke < done[0] else "main waited for the whole sort")
            """;

    @Test
    void theOneAloneStepsBackInsideABuiltinThatCallsPythonCode() throws Exception {
        String stats = run(SORT_KEY, "main went on during the sort\n", "--budget=1000000000");
        Matcher m = Pattern.compile("yielded (\\d+)").matcher(stats);
        assertTrue(m.find() && Long.parseLong(m.group(1)) >= 1, stats);
    }

    @Test
    void theOneAloneStepsBackAtTheInterpretersPoll() throws Exception {
        String stats = run(PROGRAM, "main went on during the block\n");
        Matcher m = Pattern.compile("yielded (\\d+)").matcher(stats);
        assertTrue(m.find() && Long.parseLong(m.group(1)) >= 1, stats);
    }

    @Test
    void theOneAloneBreaksAtTheEndOfItsChunkWhenAThreadWaits() throws Exception {
        String stats = run(LONG_TRANSACTION, "main went on during the loop\n", "--budget=1000000000");
        Matcher m = Pattern.compile("\\((\\d+) of those cut short\\)").matcher(stats);
        assertTrue(m.find() && Long.parseLong(m.group(1)) >= 1, stats);
        assertFalse(stats.contains("yielded"), "a break, not an abort: " + stats);
    }

    private String run(String program, String expected, String... options) throws Exception {
        Path script = dir.resolve("alone.py");
        Files.writeString(script, program);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var args = new java.util.ArrayList<>(java.util.List.of("run", "--tm=stm", "--stats"));
        args.addAll(java.util.List.of(options));
        args.add(script.toString());
        int status = Weft.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stats = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, stats);
        assertEquals(expected, out.toString(StandardCharsets.UTF_8), stats);
        return stats;
    }
}

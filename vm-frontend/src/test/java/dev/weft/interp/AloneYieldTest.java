package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A thread that runs alone in a long atomic block, while the main thread sleeps, must step
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

    @Test
    void theOneAloneStepsBackAtTheInterpretersPoll() throws Exception {
        Path script = dir.resolve("alone.py");
        Files.writeString(script, PROGRAM);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Weft.run(new String[] {"run", "--tm=stm", "--stats", script.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stats = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, stats);
        assertEquals("main went on during the block\n", out.toString(StandardCharsets.UTF_8), stats);
        Matcher m = Pattern.compile("yielded (\\d+)").matcher(stats);
        assertTrue(m.find() && Long.parseLong(m.group(1)) >= 1, stats);
    }
}

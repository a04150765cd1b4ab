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
 * {@code weft run --stats} ends with the time spent in inevitable transactions and the time
 * the main thread waited at exit for the program's threads: here a thread that sleeps 0.4 s
 * after the main module has ended, and prints (output makes a transaction inevitable) in an
 * atomic block with a busy loop (so the loop runs in that inevitable transaction). And how many
 * transactions ran alone (TxContext's plain reads while no other transaction runs).
 */
class StatsReportTest {
    @TempDir
    Path dir;

    static final String PROGRAM = """
            import threading, time, transaction
            def late():
                time.sleep(0.4)
                with transaction.atomic:  # one transaction, inevitable from the print on
                    print("late")
                    n = 0
                    for i in range(300000):
                        n += i
                print(n)
            threading.Thread(target=late).start()
            print("main ends")
            """;

    private static long number(String stats, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(stats);
        assertTrue(m.find(), pattern + " in " + stats);
        return Long.parseLong(m.group(1));
    }

    @Test
    void statsTellInevitableTimeAndTheExitWait() throws Exception {
        Path script = dir.resolve("late.py");
        Files.writeString(script, PROGRAM);
        for (String mode : new String[] {"--tm=stm", "--tm=gil"}) {
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int status = Weft.run(new String[] {"run", mode, "--stats", script.toString()}, new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String stats = err.toString(StandardCharsets.UTF_8);
            assertEquals(0, status, stats);
            assertEquals("main ends\nlate\n44999850000\n", out.toString(StandardCharsets.UTF_8), mode);
            assertTrue(number(stats, "(\\d+) ms waiting at exit for threads") >= 350, mode + ": " + stats);
            assertTrue(number(stats, "(\\d+) ms inevitable") >= 5, mode + ": " + stats);
            // the late thread runs while the main thread waits at exit: its transactions run
            // alone (the VM's own, of its start-up, are not counted, as they are not committed)
            long alone = number(stats, "(\\d+) alone\\)"), committed = number(stats, "(\\d+) transactions committed");
            assertTrue(alone > 0 && alone <= committed, mode + ": " + stats);
        }
    }
}

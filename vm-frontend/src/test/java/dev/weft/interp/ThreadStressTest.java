package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.cli.Weft;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guest threads under load and at exit. The stress program is the corpus's
 * threads/stress_shared.py, run much longer here: 16 threads on one dict, one list and one
 * lock, in a 32 MiB heap (so garbage must be collected while threads run and wait), under
 * the TM with aborts injected and under the GIL. What it prints is checked against the
 * sequential count (threads x rounds); a deadlock or livelock fails by the time limit.
 */
class ThreadStressTest {
    @TempDir
    Path dir;

    static final int THREADS = 16;
    static final int ROUNDS = 20000;

    private static Path corpus(String name) {
        Path p = Path.of("..", "ci", "src", "test", "resources", "conformance", "threads", name);
        assertTrue(Files.exists(p), "corpus program " + p.toAbsolutePath());
        return p;
    }

    private static String[] weft(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Weft.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private static long count(String stats, String what) {
        Matcher m = Pattern.compile("(\\d+) " + what).matcher(stats);
        assertTrue(m.find(), stats);
        return Long.parseLong(m.group(1));
    }

    private static String expected() {
        long n = (long) THREADS * ROUNDS;
        return "counts match: True " + n + "\nappends: " + n + " True\nsetdefault: " + THREADS * 10 + " " + n + "\nprogress: True\n";
    }

    @Test
    void noUpdateIsLostUnderTheTmWithAbortsInjected() {
        String[] r = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> weft("run", "--tm=stm", "--stats", "--inject-aborts=0.002",
                "--heap=32m", corpus("stress_shared.py").toString(), "" + THREADS, "" + ROUNDS));
        assertEquals(expected(), r[0]);
        assertTrue(count(r[1], "collections") > 0, "the heap was collected while threads ran: " + r[1]);
        assertTrue(count(r[1], "aborted") > 100, "aborts were injected and retried: " + r[1]);
    }

    @Test
    void noUpdateIsLostUnderTheGil() {
        String[] r = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> weft("run", "--tm=gil", "--stats", "--heap=32m",
                corpus("stress_shared.py").toString(), "" + THREADS, "" + ROUNDS));
        assertEquals(expected(), r[0]);
        assertTrue(count(r[1], "collections") > 0, r[1]);
    }

    static final String LEFT_RUNNING = """
            import _thread, threading, time
            def spin():
                x = 0
                while True:
                    x += 1
            lock = _thread.allocate_lock()
            lock.acquire()
            _thread.start_new_thread(spin, ())
            _thread.start_new_thread(time.sleep, (1000,))
            _thread.start_new_thread(lock.acquire, ())
            threading.Thread(target=spin, daemon=True).start()
            time.sleep(0.2)
            print("main ends")
            """;

    @Test
    void threadsLeftRunningAreStoppedAtExit() throws Exception {
        Path script = dir.resolve("left.py");
        Files.writeString(script, LEFT_RUNNING);
        for (String mode : new String[] {"--tm=stm", "--tm=gil"}) {
            String[] r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> weft("run", mode, script.toString()));
            assertEquals("main ends\n", r[0], mode);
            assertEquals("", r[1], mode);
        }
    }
}

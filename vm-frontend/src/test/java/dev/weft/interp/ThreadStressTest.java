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

    private static String expected() {
        long n = (long) THREADS * ROUNDS;
        return "counts match: True " + n + "\nappends: " + n + " True\nsetdefault: " + THREADS * 10 + " " + n + "\nprogress: True\n";
    }

    @Test
    void noUpdateIsLostUnderTheTmWithAbortsInjected() {
        String[] r = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> weft("run", "--tm=stm", "--stats", "--inject-aborts=0.002",
                "--heap=32m", corpus("stress_shared.py").toString(), "" + THREADS, "" + ROUNDS));
        assertEquals(expected(), r[0]);
        assertTrue(StatsRun.count(r[1], "collections") > 0, "the heap was collected while threads ran: " + r[1]);
        assertTrue(StatsRun.count(r[1], "aborted") > 100, "aborts were injected and retried: " + r[1]);
    }

    @Test
    void noUpdateIsLostUnderTheGil() {
        String[] r = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> weft("run", "--tm=gil", "--stats", "--heap=32m",
                corpus("stress_shared.py").toString(), "" + THREADS, "" + ROUNDS));
        assertEquals(expected(), r[0]);
        assertTrue(StatsRun.count(r[1], "collections") > 0, r[1]);
    }

    /**
     * threads/list_grow_read.py, long, in a 20 MiB heap that it nearly fills, with aborts
     * injected: appenders grow one list by detached writes (PyList.grow: the new spine and
     * chunks committed apart from the appending transaction, which then aborts often) while
     * readers read it by index with growing reads and setters write their own slots, and the
     * heap is collected meanwhile. No item may be lost, doubled or seen out of order, and
     * nothing published by an aborted transaction may be freed while the list holds it.
     */
    @Test
    void aListGrowsUnderAbortsAndCollectionsLosingNothing() {
        String want = "length: True\nprefix: True\neach appender's items, in order: True\nbad reads: []\n";
        for (int run = 0; run < 2; run++) {
            String[] r = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> weft("run", "--tm=stm", "--stats", "--inject-aborts=0.002",
                    "--heap=20m", corpus("list_grow_read.py").toString(), "20000"));
            assertEquals(want, r[0], r[1]);
            assertTrue(StatsRun.count(r[1], "collections") > 0, "the heap was collected while the list grew: " + r[1]);
            assertTrue(StatsRun.count(r[1], "aborted") > 1000, "aborts were injected and retried: " + r[1]);
        }
    }

    /**
     * threads/atomic_counters.py, long, in a 16 MiB heap: the collections it needs are asked
     * for while the other threads wait at transaction breaks, some of them in nested calls
     * (the {@code __enter__} of {@code with atomic:}), which puts a collection off. Under the
     * GIL an inevitable transaction cannot step back for a collection, so a put-off collection
     * that was not asked for again soon ran the heap out: MemoryError in a thread and lost
     * updates, one run in three. Under the TM, inevitable retries once hit the same wall.
     */
    @Test
    void atomicBlocksInASmallHeapLoseNothing() {
        String want = "threads alive: 0\noperations: True True\nsame as one after the other: True\n";
        for (int run = 0; run < 4; run++) {
            for (String mode : new String[] {"--tm=gil", "--tm=stm"}) {
                String[] r = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> weft("run", mode, "--stats", "--heap=16m",
                        corpus("atomic_counters.py").toString(), "4", "60000"));
                assertEquals(want, r[0], mode + " run " + run + ": " + r[1]);
                assertTrue(StatsRun.count(r[1], "collections") > 3, r[1]);
            }
        }
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

    /** A thread whose own last act (threading's {@code _end}) fails: made to fail here on purpose. */
    static final String END_FAILS = """
            import threading
            class T(threading.Thread):
                def run(self):
                    self._ident = []  # weft's Thread._end looks it up in a dict, before all else
            t = T()
            t.start()
            t.join()
            print("joined")
            """;

    /**
     * The runtime, not the thread's Python code, releases what join() and the exit wait for:
     * a thread whose {@code _end} raised (a MemoryError once did) is still joined, and the
     * exit wait does not spin on it for ever.
     */
    @Test
    void aThreadWhoseEndFailsIsJoinedAndWaitedForAtExit() throws Exception {
        Path script = dir.resolve("endfails.py");
        Files.writeString(script, END_FAILS);
        for (String mode : new String[] {"--tm=stm", "--tm=gil"}) {
            String[] r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> weft("run", mode, script.toString()));
            assertEquals("joined\n", r[0], mode);
            assertTrue(r[1].contains("Exception ignored in thread started by") && r[1].contains("TypeError"), mode + ": " + r[1]);
        }
    }
}

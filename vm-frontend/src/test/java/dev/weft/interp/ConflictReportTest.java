package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.cli.TmLog;
import dev.weft.cli.Weft;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program whose two threads write one object at two known lines (LINE_A and LINE_B):
 * the conflict log (--tm-log) must name both lines, one on each side of a conflict, and
 * `weft tm-report` must print both.
 */
class ConflictReportTest {
    @TempDir
    Path dir;

    static final int LINE_A = 7;
    static final int LINE_B = 11;

    static final String PROGRAM = """
            import threading
            class Shared:
                pass
            s = Shared(); s.a = 0; s.b = 0
            def left():
                for i in range(150000):
                    s.a += 1
            def right():
                for i in range(150000):
                    x = i * 2
                    s.a += 1
            ts = [threading.Thread(target=left), threading.Thread(target=right)]
            for t in ts: t.start()
            for t in ts: t.join()
            print(s.a > 0)
            """;

    static final int LINE_LOOP = 4; // the for: the back edge where it broke
    static final int LINE_SLEEP = 9;

    /** A worker that runs alone (main sleeps) and a main thread that wakes now and then. */
    static final String ALONE_PROGRAM = """
            import threading, time
            def worker():
                n = 0
                for i in range(3000000):
                    n ^= i
            t = threading.Thread(target=worker)
            t.start()
            for k in range(20):
                time.sleep(0.01)
            t.join()
            print("done")
            """;

    private String weft(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        int status = Weft.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int innermostLine(List<TmLog.Frame> frames) {
        return frames == null || frames.isEmpty() ? -1 : (int) frames.get(frames.size() - 1).line();
    }

    @Test
    void theLogAndTheReportNameBothLinesOfAConflict() throws Exception {
        Path script = dir.resolve("pair.py");
        Files.writeString(script, PROGRAM);
        Path log = dir.resolve("tm.log");
        String printed = weft(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "run", "--tm=stm", "--tm-log=" + log, script.toString());
        assertEquals("True\n", printed);

        TmLog parsed = TmLog.read(log);
        assertTrue(parsed.summary != null, "the log ends with a summary");
        boolean bothSides = parsed.conflicts.stream().anyMatch(c -> {
            int here = innermostLine(c.here()), there = innermostLine(c.there());
            return here == LINE_A && there == LINE_B || here == LINE_B && there == LINE_A;
        });
        assertTrue(bothSides, () -> "no conflict names lines " + LINE_A + " and " + LINE_B + ": " + parsed.conflicts);

        var out = new ByteArrayOutputStream();
        String report = weft(out, new ByteArrayOutputStream(), "tm-report", log.toString());
        assertTrue(report.contains("line " + LINE_A + ", in left"), report);
        assertTrue(report.contains("line " + LINE_B + ", in right"), report);
        assertTrue(report.contains("s.a += 1"), "source lines are shown: " + report);
    }

    @Test
    void aWaitForATransactionThatRanAloneNamesTheWaitersLineAndWhereTheLoneOneEnded() throws Exception {
        Path script = dir.resolve("alone.py");
        Files.writeString(script, ALONE_PROGRAM);
        Path log = dir.resolve("alone.log");
        assertEquals("done\n", weft(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "run", "--tm=stm", "--tm-log=" + log, script.toString()));

        TmLog parsed = TmLog.read(log);
        List<TmLog.Conflict> waits = parsed.conflicts.stream().filter(c -> c.waited() && "alone".equals(c.cause())).toList();
        assertTrue(waits.stream().anyMatch(c -> innermostLine(c.here()) == LINE_SLEEP && innermostLine(c.there()) == LINE_LOOP),
                () -> "no wait names lines " + LINE_SLEEP + " and " + LINE_LOOP + ": " + parsed.conflicts);
        assertTrue(parsed.summary.aloneWaitNs() >= waits.stream().mapToLong(TmLog.Conflict::nanos).sum() && parsed.summary.aloneWaitNs() > 0,
                () -> "the summary's alone wait counts every recorded one: " + parsed.summary);

        String report = weft(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "tm-report", log.toString());
        assertTrue(report.contains("waited to begin while another ran alone"), report);
        assertTrue(report.contains("ran alone, and ended here:"), report);
    }
}

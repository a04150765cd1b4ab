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
}

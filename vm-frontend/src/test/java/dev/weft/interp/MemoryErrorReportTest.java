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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that fills the heap with live data gets MemoryError with its traceback, and ends:
 * the report of the uncaught exception needs heap too, and must collect (or fall back to a bare
 * line) rather than retry for ever in a full heap.
 */
class MemoryErrorReportTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFullHeapEndsInATracebackAndStatusOne() throws Exception {
        Path script = dir.resolve("fill.py");
        Files.writeString(script, "data = []\nwhile True:\n    data.append('x' * 1000)\n");
        for (String tm : new String[] {"--tm=stm", "--tm=gil"}) {
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int status = Weft.run(new String[] {"run", tm, "--heap=16m", script.toString()}, new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String stderr = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, status, stderr);
            assertTrue(stderr.startsWith("Traceback (most recent call last):\n"), stderr);
            assertTrue(stderr.endsWith("    data.append('x' * 1000)\n                ~~~~^~~~~~\nMemoryError\n"), stderr);
        }
    }

    /**
     * A generator drained by sum() runs nested, where no collection can happen (the Java stack
     * holds heap pointers), so its garbage fills a small heap: the MemoryError found there must
     * still be reported and the run must end (the report once retried for ever in the full heap).
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFullHeapInANestedStretchIsReportedToo() throws Exception {
        Path script = dir.resolve("nested.py");
        Files.writeString(script, "def gen():\n    for i in range(100000):\n        yield len('y' * 2000)\nprint(sum(gen()))\n");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Weft.run(new String[] {"run", "--tm=stm", "--heap=16m", script.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8), stderr = err.toString(StandardCharsets.UTF_8);
        if (status == 0) {
            assertEquals("200000000\n", stdout); // what CPython prints, once nested stretches can collect
        } else {
            assertEquals(1, status, stderr);
            assertTrue(stderr.endsWith("MemoryError\n"), stderr);
        }
    }
}

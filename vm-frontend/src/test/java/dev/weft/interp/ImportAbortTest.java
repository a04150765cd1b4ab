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
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import whose transaction aborts is forgotten and made again by the re-run: with half the
 * slow barriers aborting, a module next to the script and a library module (which imports
 * others) still arrive whole. Before the fix an abort between registering the module in the
 * Java-side map and noting it as this transaction's import left an empty module behind.
 */
class ImportAbortTest {
    @TempDir
    Path dir;

    @RepeatedTest(3)
    void importsSurviveAborts() throws Exception {
        Files.writeString(dir.resolve("mymod.py"), "import textwrap\nx = 1\ndef f():\n    return textwrap.fill('a b c', 3)\n");
        Path script = dir.resolve("main.py");
        Files.writeString(script, "import mymod, collections\nprint(mymod.x, repr(mymod.f()), collections.Counter('aab')['a'])\n");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Weft.run(new String[] {"run", "--stats", "--tm=stm", "--inject-aborts=0.5", script.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, stderr);
        // printed by CPython 3.11 for these two files
        assertEquals("1 'a b\\nc' 2\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(stderr.matches("(?s).* [1-9]\\d* aborted.*"), stderr);
    }
}

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

/** Runs a program in process as {@code weft run --stats OPTIONS PROGRAM}, for the tests that read its --stats line. */
final class StatsRun {
    private StatsRun() {}

    /** Writes {@code source} to {@code script}, runs it, checks it exited 0; answers {stdout, stderr}. */
    static String[] run(Path script, String source, String... options) throws Exception {
        Files.writeString(script, source);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String[] args = new String[options.length + 3];
        args[0] = "run";
        args[1] = "--stats";
        System.arraycopy(options, 0, args, 2, options.length);
        args[args.length - 1] = script.toString();
        int status = Weft.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    /** The number before {@code what} in a --stats line ("transactions committed", "aborted", "collections"). */
    static long count(String stats, String what) {
        Matcher m = Pattern.compile("(\\d+) " + what).matcher(stats);
        assertTrue(m.find(), stats);
        return Long.parseLong(m.group(1));
    }
}

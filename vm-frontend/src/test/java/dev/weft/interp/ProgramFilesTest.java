package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.cli.Weft;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs that cannot be run at all get CPython's one-line message (without its
 * "python3: " prefix, weft's instead) and status: a directory without __main__, an unreadable
 * file. The missing file and non-UTF-8 source are in the conformance corpus.
 *
 * <p>Root reads every file, so where the tests run as root (CI does) the unreadable file is
 * checked in a separate JVM run by {@code setpriv} without the capabilities that let root
 * ignore file permissions.
 */
class ProgramFilesTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int weft(String... args) {
        return Weft.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aDirectoryIsNotAProgram() {
        assertEquals(1, weft("run", dir.toString()));
        assertEquals("weft: can't find '__main__' module in '" + dir + "'\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws Exception {
        Path p = dir.resolve("secret.py");
        Files.writeString(p, "print(1)\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(p), "running as root: every file is readable");
        assertEquals(2, weft("run", p.toString()));
        assertEquals("weft: can't open file '" + p + "': [Errno 13] Permission denied\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnreadableFileSaysPermissionDeniedEvenToRootWithoutItsOverride() throws Exception {
        Path p = dir.resolve("secret.py");
        Files.writeString(p, "print(1)\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assumeTrue(Files.isReadable(p), "not root: anUnreadableFileSaysPermissionDenied checks this");
        Path setpriv = Path.of("/usr/bin/setpriv");
        assumeTrue(Files.isExecutable(setpriv), "no setpriv (util-linux) to drop root's file-permission override");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process proc = new ProcessBuilder(setpriv.toString(), "--bounding-set=-dac_override,-dac_read_search", "--",
                java.toString(), "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), "dev.weft.cli.Weft", "run", p.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String stdout = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = proc.waitFor();
        assertEquals("weft: can't open file '" + p + "': [Errno 13] Permission denied\n", stderr);
        assertEquals("", stdout);
        assertEquals(2, status);
    }
}

package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C: a SIGINT sent to {@code weft run} raises KeyboardInterrupt inside the guest's busy
 * loop, which a {@code try}/{@code except KeyboardInterrupt} can catch, and which uncaught ends
 * the program with CPython's traceback and status 130.
 */
class KeyboardInterruptTest {
    @TempDir
    Path dir;

    private Process start(String program) throws Exception {
        Path script = dir.resolve("loop.py");
        Files.writeString(script, program);
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), "dev.weft.cli.Weft", "run", script.toString()).start();
    }

    private static BufferedReader interruptWhenStarted(Process p) throws Exception {
        var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("started", out.readLine());
        Thread.sleep(300);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        return out;
    }

    @Test
    void uncaughtInterruptPrintsATracebackAndExitsWith130() throws Exception {
        Process p = start("print('started', flush=True)\nn = 0\nwhile True:\n    n += 1\n");
        interruptWhenStarted(p);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "weft did not stop on SIGINT");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(130, p.exitValue(), err);
        assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
        assertTrue(err.endsWith("\nKeyboardInterrupt\n"), err);
    }

    @Test
    void theGuestCanCatchIt() throws Exception {
        Process p = start("print('started', flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n"
                + "    print('caught')\n");
        BufferedReader out = interruptWhenStarted(p);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "weft did not stop on SIGINT");
        String rest = out.lines().map(l -> l + "\n").reduce("", String::concat);
        assertEquals(0, p.exitValue());
        assertEquals("caught\n", rest);
    }
}

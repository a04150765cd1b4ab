package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.stm.RawMemory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RawMemory}'s two ways to the heap: through {@code jdk.internal.misc.Unsafe} when the JVM
 * exports it to Weft (the jar's manifest, the tests' command line), through var handles when
 * it does not (an embedder that did not add the flag). Each runs in a JVM of its own, since
 * the choice is made once per JVM, on a threaded program that collects garbage.
 */
class HeapAccessPathsTest {
    @TempDir
    Path dir;

    /** The child JVM: says which way it reaches the heap, then runs Weft. */
    public static void main(String[] args) {
        System.out.println("unsafe " + RawMemory.UNSAFE);
        System.out.flush();
        dev.weft.cli.Weft.main(args);
    }

    private String run(boolean exportUnsafe, Path script) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED"));
        if (exportUnsafe) cmd.addAll(List.of("--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED"));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), HeapAccessPathsTest.class.getName(),
                "run", "--stats", script.toString()));
        Path log = dir.resolve(exportUnsafe ? "unsafe.out" : "handles.out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(60, TimeUnit.SECONDS);
        if (!finished) p.destroyForcibly().waitFor();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, "weft did not finish in a minute:\n" + out);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void bothWaysRunAThreadedProgramThatCollectsAlike() throws Exception {
        // 4 threads x 3000 locked increments; each round makes garbage (a dict of tuples)
        Path script = dir.resolve("paths.py");
        Files.writeString(script, """
                import threading
                lock = threading.Lock()
                total = [0]
                kept = {}
                def work(k):
                    for i in range(3000):
                        junk = {j: (j, str(j)) for j in range(40)}
                        with lock:
                            total[0] += 1
                        kept[(k, i % 7)] = junk[i % 40]
                ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
                for t in ts: t.start()
                for t in ts: t.join()
                print("total", total[0], "kept", len(kept), sorted(kept.items())[:3])
                """);
        String unsafe = run(true, script);
        String handles = run(false, script);
        assertTrue(unsafe.startsWith("unsafe true\n"), unsafe);
        assertTrue(handles.startsWith("unsafe false\n"), handles);
        // what CPython 3.11 prints for the program
        String expected = "total 12000 kept 28 [((0, 0), (36, '36')), ((0, 1), (37, '37')), ((0, 2), (38, '38'))]\n";
        assertEquals(expected, unsafe.lines().skip(1).findFirst().orElseThrow() + "\n", unsafe);
        assertEquals(expected, handles.lines().skip(1).findFirst().orElseThrow() + "\n", handles);
        // both collected garbage while the threads ran
        for (String out : List.of(unsafe, handles)) {
            assertTrue(out.matches("(?s).* [1-9][0-9]* collections .*"), out);
        }
    }
}

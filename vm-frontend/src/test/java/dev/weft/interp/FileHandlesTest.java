package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.compile.Code;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the program never closes: a collection that finds the file object dead closes its Java
 * stream (so a loop that opens and drops files does not run out of descriptors), and the files
 * still open at exit are closed then, with what was written flushed to them.
 */
class FileHandlesTest {
    @TempDir
    Path dir;

    private String run(String src, boolean gil) {
        Code module = Vm.compile(src.getBytes(StandardCharsets.UTF_8), "files.py", true);
        var out = new ByteArrayOutputStream();
        var settings = new Vm.Settings(gil, 10_000, 1000, 16L << 20, 0);
        try (Vm vm = new Vm(settings, new String[] {"files.py"}, dir, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err)) {
            long mod = vm.immortal(() -> vm.newModule(vm.immortalMem(), vm.immortalCtx(), "__main__", "files.py"));
            vm.runModule(module, "__main__", mod);
            assertTrue(vm.liveHandles() < 2000, "handles still held: " + vm.liveHandles());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long openDescriptors() throws IOException {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return s.count();
        }
    }

    @Test
    void droppedFilesAreClosedByTheCollector() throws Exception {
        Path data = dir.resolve("data.txt");
        Files.writeString(data, "x".repeat(200) + "\n");
        String src = """
                n = 0
                for i in range(6000):
                    line = open(%s).readline()
                    n += len(line * 20)
                print(n)
                """.formatted("'" + data + "'");
        for (boolean gil : new boolean[] {true, false}) {
            long before = openDescriptors();
            assertEquals("24120000\n", run(src, gil));
            long after = openDescriptors();
            assertTrue(after - before < 1000, "descriptors left open: " + (after - before));
        }
    }

    @Test
    void filesLeftOpenAtExitAreFlushedAndClosed() throws Exception {
        Path target = dir.resolve("out.txt");
        String src = """
                f = open(%s, 'w')
                for i in range(1000):
                    f.write(str(i) + '\\n')
                print('done')
                """.formatted("'" + target + "'");
        long before = openDescriptors();
        assertEquals("done\n", run(src, false));
        assertEquals(before, openDescriptors());
        var expected = new StringBuilder();
        for (int i = 0; i < 1000; i++) expected.append(i).append('\n');
        assertEquals(expected.toString(), Files.readString(target));
    }
}

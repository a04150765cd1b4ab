package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.compile.Code;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A generator's frame is a Java object that its heap object refers to by handle. Generators
 * abandoned before they finish ({@code any(...)} stopping early) must not keep their frames
 * forever: a collection that finds the generator dead frees the handle. Without that, this
 * loop would hold 250,000 frames at the end.
 */
class GeneratorHandlesTest {
    @Test
    void abandonedGeneratorsGiveTheirFramesBack() {
        String src = """
                n = 0
                for i in range(250000):
                    if any(x > 0 for x in [1, 2, 3]):
                        n += 1
                g = (y for y in range(5))
                next(g)
                print(n, next(g))
                """;
        for (boolean gil : new boolean[] {true, false}) {
            Code module = Vm.compile(src.getBytes(StandardCharsets.UTF_8), "gens.py", true);
            var out = new ByteArrayOutputStream();
            var settings = new Vm.Settings(gil, 10_000, 1000, 64L << 20, 0);
            try (Vm vm = new Vm(settings, new String[] {"gens.py"}, Path.of("."), new ByteArrayInputStream(new byte[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err)) {
                long mod = vm.immortal(() -> vm.newModule(vm.immortalMem(), vm.immortalCtx(), "__main__", "gens.py"));
                vm.runModule(module, "__main__", mod);
                assertTrue(vm.liveHandles() < 110_000, "handles still held: " + vm.liveHandles());
            }
            assertEquals("250000 1\n", out.toString(StandardCharsets.UTF_8));
        }
    }
}

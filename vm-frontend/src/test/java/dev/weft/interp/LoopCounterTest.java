package dev.weft.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.compile.Code;
import dev.weft.compile.Compiler;
import dev.weft.compile.Op;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every loop of the bytecode starts with its own LOOP_HEADER, whose counter counts how often
 * the loop's head ran (the entry and each back edge): the hotness the tracing JIT will read.
 */
class LoopCounterTest {
    static final String SOURCE = """
            def f(n):
                t = 0
                for i in range(n):
                    j = 0
                    while j < 3:
                        j += 1
                        t += j
                return t
            print(f(10), [x * x for x in range(4)])
            """;

    @Test
    void eachLoopHeaderCountsItsIterations() {
        Code module = Vm.compile(SOURCE.getBytes(StandardCharsets.UTF_8), "loops.py", true);
        var out = new ByteArrayOutputStream();
        try (Vm vm = new Vm(Vm.Settings.defaults(), new String[] {"loops.py"}, Path.of("."),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8), System.err)) {
            long mod = vm.immortal(() -> vm.newModule(vm.immortalMem(), vm.immortalCtx(), "__main__", "loops.py"));
            vm.runModule(module, "__main__", mod);
        }
        assertEquals("60 [0, 1, 4, 9]\n", out.toString(StandardCharsets.UTF_8));
        Code f = nested(module, "f");
        assertEquals(2, f.loopCount);
        // the for loop's head: 10 items and the exhausted FOR_ITER; the while loop's: 10 times (3 + 1)
        assertArrayEquals(new int[] {11, 40}, f.loopCounters);
        assertArrayEquals(new int[] {5}, nested(module, "<listcomp>").loopCounters);
        int headers = 0;
        for (int insn : f.code) if (Op.of(insn) == Op.LOOP_HEADER) headers++;
        assertEquals(2, headers);
    }

    private static Code nested(Code c, String name) {
        for (Object o : c.constObjects) {
            if (o instanceof Compiler.CodeConst cc && cc.code().name.equals(name)) return cc.code();
        }
        throw new AssertionError("no code " + name);
    }
}

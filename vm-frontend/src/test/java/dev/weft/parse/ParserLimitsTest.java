package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.Module;
import dev.weft.parse.ast.Stmt;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Size and depth: a large file parses fast, and deep nesting neither overflows the stack nor hangs. */
class ParserLimitsTest {
    /** About 5,000 lines made of the golden sources (each parses on its own, so the whole does too). */
    private static String bigSource() {
        StringBuilder b = new StringBuilder();
        String[] parts = {"expressions.py", "statements.py", "control.py", "functions.py", "classes.py", "comprehensions.py",
            "calls.py", "fstrings.py", "scopes.py", "asyncs.py"};
        while (b.chars().filter(c -> c == '\n').count() < 5000) {
            for (String p : parts) b.append(Golden.read(Golden.AST_DIR.resolve(p))).append('\n');
        }
        return b.toString();
    }

    @Test
    void fiveThousandLinesParseWellUnderASecond() {
        String src = bigSource();
        for (int i = 0; i < 5; i++) Parser.parse(src, "big.py");

        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Parser.parse(src, "big.py");
            best = Math.min(best, System.nanoTime() - t0);
        }

        assertTrue(best < 500_000_000L, "parsing " + src.lines().count() + " lines took " + best / 1_000_000 + " ms");
    }

    /** Runs on a thread with a small 256 KiB stack (a default Java thread has 1 MiB). */
    private static Module parseOnSmallStack(String src) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(Frontend.compile(src, "deep.py").module());
            } catch (RuntimeException | Error e) {
                result.set(e);
            }
        }, "parse", 256 * 1024);
        t.start();
        t.join();
        if (result.get() instanceof RuntimeException e) throw e;
        if (result.get() instanceof Error e) throw e;
        return (Module) result.get();
    }

    @Test
    void nestedParenthesesUpToCPythonsLimitWork() throws InterruptedException {
        int depth = 199;
        String src = "x = " + "(".repeat(depth) + "-1 + y" + ")".repeat(depth) + "\n";

        Module m = parseOnSmallStack(src);

        Stmt.Assign a = (Stmt.Assign) m.body().get(0);
        assertTrue(a.value() instanceof Expr.BinOp);
    }

    @Test
    void deepListsCallsAndSubscriptsWork() throws InterruptedException {
        String lists = "x = " + "[".repeat(150) + "1" + "]".repeat(150) + "\n";
        String calls = "y = " + "f(".repeat(150) + "1" + ")".repeat(150) + "\n";
        String subs = "z = a" + "[b".repeat(150) + "]".repeat(150) + "\n";
        String unary = "w = " + "-".repeat(1000) + "1\n";
        String nots = "v = " + "not ".repeat(1000) + "x\n";

        Module m = parseOnSmallStack(lists + calls + subs + unary + nots);

        assertEquals(5, m.body().size());
    }

    @Test
    void tooManyParenthesesIsCPythonsSyntaxError() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = " + "(".repeat(201) + "\n", "t.py"));

        assertEquals("too many nested parentheses", e.msg);
    }

    @Test
    void absurdNestingIsAMemoryErrorNotAStackOverflow() {
        assertThrows(ParserMemoryError.class, () -> Parser.parse("x = " + "-".repeat(1_000_000) + "1\n", "t.py"));
    }

    @Test
    void unaryNestingStopsWhereCPythonsDoes() throws InterruptedException {
        // CPython 3.11 compiles 2992 nested unary minus signs and raises MemoryError at 2993.
        parseOnSmallStack("x = " + "-".repeat(2992) + "1\n");

        assertThrows(ParserMemoryError.class, () -> parseOnSmallStack("x = " + "-".repeat(2993) + "1\n"));
    }

    @Test
    void parseFileAcceptsEveryGoldenSource() {
        for (Path p : Golden.sources()) Parser.parseFile(Golden.bytes(p), p.getFileName().toString());
    }
}

package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.parse.ast.Module;
import dev.weft.parse.scope.ScopeDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of the ci module's conformance corpus gets the same AST (with positions), the
 * same scopes, or the same SyntaxError as CPython 3.11 gives when compiling its bytes. The
 * expectations are asked of python3 (live_dump.py) when the test runs: skipped without
 * python3 3.11 or without the corpus.
 */
class ConformanceFrontendTest {
    @TestFactory
    Stream<DynamicTest> corpusMatchesCPython() throws IOException {
        assumeTrue(Files.isDirectory(Golden.CONFORMANCE), "no conformance corpus");
        assumeTrue(Golden.python311(), "python3 3.11 not on PATH");
        List<Path> files;
        try (Stream<Path> s = Files.walk(Golden.CONFORMANCE)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<String> args = new ArrayList<>();
        args.add("live_dump.py");
        for (Path f : files) args.add(f.toAbsolutePath().toString());
        String[] r = Golden.python(args);
        assertEquals("0", r[0], r[2]);
        List<String> expected = r[1].lines().toList();
        assertEquals(files.size(), expected.size(), r[2]);
        return java.util.stream.IntStream.range(0, files.size()).mapToObj(i -> {
            Path f = files.get(i);
            return DynamicTest.dynamicTest(Golden.CONFORMANCE.relativize(f).toString(),
                    () -> assertEquals(expected.get(i), outcome(f)));
        });
    }

    /** One line as live_dump.py prints it: the AST with attributes and the scopes, or the error. */
    private static String outcome(Path f) {
        try {
            Module m = Parser.parseBytes(Golden.bytes(f), f.getFileName().toString());
            String ast = AstDump.dump(m, true);
            Frontend.Result r = Frontend.check(m, f.getFileName().toString());
            return ast + "\t" + ScopeDump.dump(r.scopes()).replace("\n", "|");
        } catch (PySyntaxError e) {
            return "ERR\t" + e.kind + "\t" + e.lineno + "\t" + e.offset + "\t" + e.msg;
        }
    }
}

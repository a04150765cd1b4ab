package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.parse.ast.Module;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden source parses to exactly the tree CPython 3.11 builds: the committed
 * {@code ast.dump(tree)} and {@code ast.dump(tree, include_attributes=True)} (positions in UTF-8
 * byte columns) made by generate.py.
 */
class AstGoldenTest {
    @TestFactory
    Stream<DynamicTest> dumpsMatchCPython() {
        return Golden.sources().stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
            List<String> expected = Golden.read(Path.of(src + ".ast")).lines().toList();

            Module m = Parser.parseFile(Golden.bytes(src), src.getFileName().toString());

            assertEquals(expected.get(0), AstDump.dump(m), "ast.dump");
            assertEquals(expected.get(1), AstDump.dump(m, true), "ast.dump(include_attributes=True)");
        }));
    }
}

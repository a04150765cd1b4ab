package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each snippet of errors.txt gives the SyntaxError CPython 3.11's {@code compile()} gives
 * (type, line, offset, message, in errors.expected from generate.py). Snippets named raw_* are
 * compiled from bytes as imports do, file_* as a script file (offset not compared). A snippet
 * listed in errors.known is a known difference and must still differ: once it matches, the
 * test fails until the entry is removed, so the list only shrinks.
 */
class ErrorGoldenTest {
    private static final Map<String, String> EXPECTED = new HashMap<>();
    private static final Set<String> KNOWN = new HashSet<>();

    static {
        for (String line : Golden.read(Golden.DIR.resolve("errors.expected")).lines().toList()) {
            EXPECTED.put(line.split("\t", 2)[0], line);
        }
        for (String line : Golden.read(Golden.DIR.resolve("errors.known")).lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) KNOWN.add(line.strip());
        }
    }

    private static List<String[]> cases() {
        return Golden.read(Golden.DIR.resolve("errors.txt")).lines()
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\t", 2))
                .toList();
    }

    /** The line errors.expected would hold for what Weft does with the snippet. */
    static String outcome(String name, String source) {
        try {
            byte[] bytes = source.getBytes(StandardCharsets.ISO_8859_1);
            if (name.startsWith("raw_")) Frontend.compileBytes(bytes, "f.py");
            else if (name.startsWith("file_")) Frontend.compileFile(bytes, "f.py");
            else Frontend.compile(source, "f.py");
            return name + "\tOK";
        } catch (PySyntaxError e) {
            String offset = name.startsWith("file_") ? "-" : String.valueOf(e.offset);
            String msg = e.msg.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
            return name + "\t" + e.kind + "\t" + e.lineno + "\t" + offset + "\t" + msg;
        }
    }

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            String expected = EXPECTED.get(c[0]);

            String actual = outcome(c[0], Golden.unescape(c[1]));

            if (KNOWN.contains(c[0])) {
                assertNotEquals(expected, actual, c[0] + " now matches CPython: remove it from errors.known");
            } else {
                assertEquals(expected, actual);
            }
        }));
    }

    @Test
    void everyCaseHasAnExpectationAndEveryKnownDifferenceACase() {
        List<String[]> cases = cases();
        Set<String> names = new HashSet<>();
        for (String[] c : cases) {
            assertTrue(names.add(c[0]), "duplicate case " + c[0]);
            assertTrue(EXPECTED.containsKey(c[0]), "no expectation for " + c[0] + ": run generate.py");
        }
        for (String k : KNOWN) assertTrue(names.contains(k), "errors.known names a missing case " + k);
        assertTrue(cases.size() > 300, "the error corpus shrank");
    }
}

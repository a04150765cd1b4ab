package dev.weft.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed expectations are still what CPython says: when python3 is on PATH, the generator
 * itself ({@code ci/conformance/expect.py --check}) runs every program again, in parallel, and
 * compares with the {@code .expected} files, so this test and the generator cannot drift apart.
 * Skipped without python3, or when it is not 3.11 (messages differ between CPython versions).
 * Also checks, without python, that every program has a well-formed expectation and nothing else.
 */
class ConformanceExpectationsTest {
    private static final Path SCRIPT = Corpus.ROOT.resolve("../../../../conformance/expect.py").normalize();

    @Test
    void everyProgramHasAWellFormedExpectation() throws Exception {
        List<String> programs = Corpus.programs();
        assertTrue(programs.size() >= 150, "the corpus shrank to " + programs.size() + " programs");
        for (String program : programs) {
            Expected expected = Corpus.expected(program);
            assertTrue(expected.status() >= 0 && expected.status() < 256, program);
        }
    }

    @Test
    void committedExpectationsMatchCPython() throws Exception {
        Optional<Path> python = onPath("python3");
        Assumptions.assumeTrue(python.isPresent(), "python3 is not on PATH");
        assertTrue(Files.isRegularFile(SCRIPT), SCRIPT + " missing");
        Process p = new ProcessBuilder(python.get().toString(), SCRIPT.toString(), "--check", "--root", Corpus.ROOT.toString())
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "expect.py --check did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        Assumptions.assumeTrue(p.exitValue() != 77, () -> "skipped: " + text.strip());
        assertEquals(0, p.exitValue(), "committed expectations differ from CPython; rerun python3 ci/conformance/expect.py"
                + " if the change is meant:\n" + text);
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .findFirst();
    }
}

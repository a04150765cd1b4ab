package dev.weft.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The harness itself is checked by giving it CPython in weft's place: an entry point with
 * {@code Weft.run}'s shape that runs {@code python3} must pass every program it is given, so the
 * harness's view of a program (absolute path, arguments, stdin, stderr normalisation, the
 * expectation format) agrees with expect.py's. A selection keeps it quick: every program that
 * has arguments or stdin, the whole-stderr programs, exits, missing files and modules, and a few
 * others. Also shows that the comparison can fail: a changed stdout, status or stderr is caught.
 * Skipped without python3 3.11 on PATH.
 */
class ConformanceHarnessTest {

    /** {@code Weft.run}'s shape, answered by CPython: "run [--options] PATH ARGS..." runs PATH ARGS. */
    private static WeftRunner.Entry cpython(Path python) {
        return (args, stdin, stdout, stderr) -> {
            var command = new ArrayList<>(List.of(python.toString(), "-B", "-X", "utf8"));
            int first = 1;
            while (first < args.length && args[first].startsWith("--")) first++; // weft's options
            command.addAll(Arrays.asList(args).subList(first, args.length));
            Path cwd = Files.createTempDirectory("weft-conformance-cwd-");
            try {
                var builder = new ProcessBuilder(command).directory(cwd.toFile());
                Map<String, String> env = builder.environment();
                env.keySet().removeIf(k -> k.startsWith("PYTHON"));
                env.put("PYTHONHASHSEED", "0");
                env.put("PYTHONDONTWRITEBYTECODE", "1");
                env.put("LANG", "C.UTF-8");
                Process p = builder.start();
                try (var in = p.getOutputStream()) {
                    stdin.transferTo(in);
                }
                var err = new byte[1][];
                Thread drain = Thread.ofVirtual().start(() -> {
                    try (InputStream e = p.getErrorStream()) {
                        err[0] = e.readAllBytes();
                    } catch (java.io.IOException x) {
                        err[0] = new byte[0];
                    }
                });
                stdout.write(p.getInputStream().readAllBytes());
                drain.join();
                stderr.write(err[0]);
                if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
                return p.exitValue();
            } finally {
                Files.deleteIfExists(cwd);
            }
        };
    }

    private static boolean chosen(String program) {
        Path base = Corpus.path(program.substring(0, program.length() - 3));
        return Files.exists(Path.of(base + ".args")) || Files.exists(Path.of(base + ".stdin"))
                || program.startsWith("errors/tracebacks/") || program.startsWith("errors/files/")
                || program.startsWith("errors/exit/") || program.startsWith("modules/")
                || List.of("errors/syntax/tab_error.py", "errors/syntax/unterminated_triple.py",
                        "errors/uncaught/recursion_error.py", "errors/uncaught/raise_from.py",
                        "builtins/print_options.py", "programs/json_pretty.py").contains(program);
    }

    @Test
    void cpythonInWeftsPlacePassesEveryChosenProgram() throws Exception {
        Path python = python311();
        var entry = cpython(python);
        List<String> programs = Corpus.programs().stream().filter(ConformanceHarnessTest::chosen).toList();
        assertTrue(programs.size() >= 30, "selection shrank to " + programs.size());
        Map<String, String> failures = new ConcurrentHashMap<>();
        programs.parallelStream().forEach(program -> {
            try {
                String mismatch = ConformanceTest.mismatch("gil", program, (args, stdin) -> WeftRunner.run(entry, args, stdin));
                if (mismatch != null) failures.put(program, mismatch);
            } catch (Exception e) {
                failures.put(program, e.toString());
            }
        });
        assertEquals(Map.of(), failures);
    }

    @Test
    void theComparisonCatchesEachKindOfDifference() throws Exception {
        Expected expected = Corpus.expected("errors/uncaught/zero_division.py");
        byte[] out = expected.stdout();
        String err = "Traceback (most recent call last):\n  File \"x\", line 1\n" + expected.stderr() + "\n";
        assertEquals(null, ConformanceTest.compare(expected, new WeftRunner.Result(1, out, err, null), err));
        byte[] changed = Arrays.copyOf(out, out.length);
        changed[0] ^= 1;
        assertNotNull(ConformanceTest.compare(expected, new WeftRunner.Result(1, changed, err, null), err));
        assertNotNull(ConformanceTest.compare(expected, new WeftRunner.Result(0, out, err, null), err));
        assertNotNull(ConformanceTest.compare(expected, new WeftRunner.Result(1, out, "", null), ""));
        String javaTrace = err + "java.lang.IllegalStateException\n\tat dev.weft.Foo.bar(Foo.java:1)\n" + expected.stderr() + "\n";
        assertNotNull(ConformanceTest.compare(expected, new WeftRunner.Result(1, out, javaTrace, null), javaTrace));
    }

    private static Path python311() throws Exception {
        String path = System.getenv("PATH");
        Optional<Path> python = path == null ? Optional.empty() : Arrays.stream(path.split(File.pathSeparator))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "python3")).filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(python.isPresent(), "python3 is not on PATH");
        Process p = new ProcessBuilder(python.get().toString(), "-c",
                "import sys; print(sys.executable if sys.version_info[:2] == (3, 11) else '')").start();
        String exe = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        Assumptions.assumeFalse(exe.isEmpty(), "python3 is not CPython 3.11");
        return Path.of(exe);
    }
}

package dev.weft.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of the conformance corpus through weft, in-process, once per transactional
 * mode ({@code weft run --tm=gil PATH}, {@code --tm=stm}, {@code --tm=stm} with injected aborts, and {@code --tm=stm} in the
 * debug mode that checks every heap access, {@code --check-pointers}), and compares with what CPython 3.11
 * did (the {@code .expected} files): exit status, stdout byte for byte, and stderr's last line, or
 * all of stderr for programs that ask for it (syntax errors, tracebacks). No Java stack trace may
 * reach stderr.
 *
 * <p>Programs are named by absolute path, as expect.py gave them to CPython, and the corpus
 * prefix is cut from stderr on both sides (see {@link Corpus}). Failures that are expected while
 * the interpreter grows are listed in KNOWN_FAILURES (see {@link KnownFailures}); they show as
 * skipped. Properties: {@code -Dconformance.only=SUBSTRING} runs the programs whose path
 * contains it, {@code -Dconformance.modes=gil} one mode, {@code -Dconformance.updateKnownFailures=true}
 * rewrites KNOWN_FAILURES from the results instead of failing.
 */
class ConformanceTest {
    private static final List<String> MODES = List.of(System.getProperty("conformance.modes", "gil,stm,inject,check").split(","));
    private static final String ONLY = System.getProperty("conformance.only", "");
    private static final boolean UPDATE = Boolean.getBoolean("conformance.updateKnownFailures");
    private static final Pattern JAVA_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(.*\\)$");

    /** "mode path" → passed, for the runs of this session; read at the end for the summary. */
    private static final Map<String, Boolean> RESULTS = new ConcurrentSkipListMap<>();
    private static Set<String> known;
    private static List<String> programs;

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException {
        programs = Corpus.programs();
        known = KnownFailures.read();
        List<String> chosen = programs.stream().filter(p -> p.contains(ONLY)).toList();
        var nodes = new ArrayList<DynamicNode>();
        nodes.add(dynamicTest("KNOWN_FAILURES names only programs of the corpus, in modes gil, stm, inject and check", () -> {
            var stale = known.stream().filter(e -> !List.of("gil", "stm", "inject", "check").contains(e.substring(0, e.indexOf(' ')))
                    || !programs.contains(e.substring(e.indexOf(' ') + 1))).toList();
            if (!UPDATE) assertEquals(List.of(), stale, "stale lines in " + KnownFailures.FILE);
        }));
        for (String mode : MODES) {
            nodes.add(dynamicContainer("--tm=" + mode, chosen.stream().map(program -> dynamicTest(
                    mode + " " + program, Corpus.path(program).toUri(), () -> check(mode, program)))));
        }
        return nodes.stream();
    }

    private static void check(String mode, String program) throws IOException {
        String key = mode + " " + program;
        String mismatch = mismatch(mode, program, WeftRunner::run);
        RESULTS.put(key, mismatch == null);
        if (UPDATE) {
            Assumptions.assumeTrue(mismatch == null, () -> "fails; recorded in KNOWN_FAILURES");
            return;
        }
        if (known.contains(key)) {
            if (mismatch == null) {
                fail(program + " now passes under --tm=" + mode + ": delete the line '" + key + "' from "
                        + KnownFailures.FILE + " (or rerun with -Dconformance.updateKnownFailures=true)");
            }
            Assumptions.abort("known failure (KNOWN_FAILURES): " + firstLine(mismatch));
        }
        if (mismatch != null) fail(program + " under --tm=" + mode + ":\n" + mismatch);
    }

    /**
     * Runs the program through {@code runner} (weft, or in ConformanceHarnessTest CPython itself)
     * and says how the run differs from CPython's expectation, or null when it does not.
     */
    static String mismatch(String mode, String program, BiFunction<List<String>, byte[], WeftRunner.Result> runner)
            throws IOException {
        Expected expected = Corpus.expected(program);
        Path tmpdir = Files.createTempDirectory("weft-conformance-");
        try {
            var args = new ArrayList<>(List.of("run"));
            args.addAll(modeOptions(mode));
            args.add(Corpus.path(program).toString());
            args.addAll(Corpus.arguments(program, tmpdir));
            WeftRunner.Result actual = runner.apply(args, Corpus.stdin(program));
            if (actual.problem() != null) return actual.problem();
            return compare(expected, actual, Corpus.normaliseStderr(actual.stderr(), tmpdir));
        } finally {
            deleteTree(tmpdir);
        }
    }

    static String compare(Expected expected, WeftRunner.Result actual, String stderr) {
        var problems = new ArrayList<String>();
        if (JAVA_FRAME.matcher(stderr).find()) problems.add("a Java stack trace reached stderr:\n" + clip(stderr));
        if (actual.status() != expected.status()) {
            problems.add("exit status " + actual.status() + ", CPython " + expected.status());
        }
        if (!Arrays.equals(actual.stdout(), expected.stdout())) {
            problems.add("stdout differs: " + firstDifference(new String(expected.stdout(), StandardCharsets.UTF_8), actual.stdoutText()));
        }
        String got = expected.fullStderr() ? stderr : Corpus.lastLine(stderr);
        if (!got.equals(expected.stderr())) {
            problems.add((expected.fullStderr() ? "stderr differs: " : "stderr's last line differs: ")
                    + firstDifference(expected.stderr(), got));
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    /** The first line where two texts part, with its neighbours, both ways round. */
    static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int i = 0;
        while (i < want.length && i < got.length && want[i].equals(got[i])) i++;
        int from = Math.max(0, i - 2);
        return "first difference at line " + (i + 1) + " (of " + want.length + " expected, " + got.length + " got)\n"
                + "  CPython:\n" + excerpt(want, from, i + 3) + "  weft:\n" + excerpt(got, from, i + 3);
    }

    private static String excerpt(String[] lines, int from, int to) {
        var text = new StringBuilder();
        for (int k = from; k < Math.min(to, lines.length); k++) text.append("    |").append(clip(lines[k])).append("|\n");
        return text.toString();
    }

    private static String clip(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * The options of a mode: {@code gil} and {@code stm} are weft's {@code --tm} modes;
     * {@code inject} is {@code --tm=stm} with one slow barrier in five hundred aborting its
     * transaction, so that every program also shows that an aborted transaction is re-run
     * invisibly (heap and interpreter frames restored). gil and inject run in a 32 MiB heap,
     * so that the allocating programs ({@code programs/allocation_churn.py}) need many
     * collections, with and without logged writes. {@code check} is {@code --tm=stm
     * --check-pointers}: every barrier and initializing store checks that it is given an
     * object and a field of it, so a stray pointer in the runtime fails its program here.
     */
    static List<String> modeOptions(String mode) {
        return switch (mode) {
            case "inject" -> List.of("--tm=stm", "--inject-aborts=0.002", "--heap=32m");
            case "check" -> List.of("--tm=stm", "--check-pointers");
            case "gil" -> List.of("--tm=gil", "--heap=32m");
            default -> List.of("--tm=" + mode);
        };
    }

    @AfterAll
    static void summary() throws IOException {
        if (RESULTS.isEmpty()) return;
        var parts = new ArrayList<String>();
        for (String mode : MODES) {
            long total = RESULTS.keySet().stream().filter(k -> k.startsWith(mode + " ")).count();
            long passed = RESULTS.entrySet().stream().filter(e -> e.getKey().startsWith(mode + " ") && e.getValue()).count();
            parts.add(parts.isEmpty() ? passed + " of " + total + " pass (" + mode + ")" : passed + " of " + total + " (" + mode + ")");
        }
        System.out.println("conformance: " + String.join(", ", parts)
                + (WeftRunner.WEFT.isPresent() ? "" : " [dev.weft.cli.Weft.run(String[], InputStream, PrintStream, PrintStream) not found]"));
        if (UPDATE) {
            KnownFailures.rewrite(known, RESULTS, programs);
            System.out.println("conformance: rewrote " + KnownFailures.FILE);
        }
    }
}

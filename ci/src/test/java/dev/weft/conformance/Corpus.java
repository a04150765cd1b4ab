package dev.weft.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The conformance corpus on disk: which files are programs, what each is given (extra arguments,
 * stdin), and how stderr is normalised before comparing. These rules are the Java twin of
 * {@code ci/conformance/expect.py}, which wrote the expectations: both sides must see a program
 * the same way, so any change here is a change there (README.md in the corpus states them once).
 *
 * <p>The corpus is read from the source tree, not from {@code target/test-classes}: the program
 * path is part of what CPython printed (tracebacks name it), and {@code KNOWN_FAILURES} is
 * rewritten in place.
 */
final class Corpus {
    /** Where the corpus lies: {@code -Dconformance.root}, else the ci module's source tree. */
    static final Path ROOT = locate();

    private static final Pattern CANT_OPEN = Pattern.compile("(?m)^\\S+: (can't open file )");

    private Corpus() {}

    private static Path locate() {
        String given = System.getProperty("conformance.root");
        List<Path> candidates = given != null
                ? List.of(Path.of(given))
                : List.of(Path.of("src/test/resources/conformance"), Path.of("ci/src/test/resources/conformance"));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                try {
                    // expect.py resolves symbolic links too (Path.resolve()), so prefixes agree.
                    return candidate.toRealPath();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("conformance corpus not found (tried " + candidates
                + " from " + Path.of("").toAbsolutePath() + "); set -Dconformance.root");
    }

    /**
     * Every program, relative to the root with '/' separators, sorted: each {@code *.py}, and for
     * each {@code *.nofile} marker the {@code .py} of the same name (which must not exist). Files
     * and folders whose names start with '_' are helpers and data, not programs.
     */
    static List<String> programs() {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                Path rel = ROOT.relativize(file);
                for (Path part : rel) {
                    if (part.toString().startsWith("_")) return;
                }
                String name = rel.toString().replace('\\', '/');
                if (name.endsWith(".py")) found.add(name);
                else if (name.endsWith(".nofile")) found.add(name.substring(0, name.length() - ".nofile".length()) + ".py");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    /** The absolute path the program is run by, as CPython was given it. */
    static Path path(String program) {
        return ROOT.resolve(program);
    }

    private static Path sibling(String program, String suffix) {
        return path(program.substring(0, program.length() - ".py".length()) + suffix);
    }

    static Expected expected(String program) throws IOException {
        Path file = sibling(program, ".expected");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(program + " has no .expected file: run python3 ci/conformance/expect.py");
        }
        return Expected.parse(Files.readAllBytes(file));
    }

    /** Arguments after the program path: one per line of {@code <name>.args}, {@code {tmpdir}} replaced. */
    static List<String> arguments(String program, Path tmpdir) throws IOException {
        Path file = sibling(program, ".args");
        if (!Files.isRegularFile(file)) return List.of();
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isEmpty())
                .map(line -> line.replace("{tmpdir}", tmpdir.toString()))
                .toList();
    }

    /** What stdin holds: {@code <name>.stdin}, else nothing. */
    static byte[] stdin(String program) throws IOException {
        Path file = sibling(program, ".stdin");
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
    }

    /**
     * The corpus prefix goes (paths read relative to the root), the scratch folder reads
     * {@code {tmpdir}}, and the interpreter's name before "can't open file" goes (CPython prints
     * its own path there, weft its name).
     */
    static String normaliseStderr(String text, Path tmpdir) {
        String out = text.replace(ROOT + "/", "").replace(tmpdir.toString(), "{tmpdir}");
        return CANT_OPEN.matcher(out).replaceAll("$1");
    }

    /** The last line of a text, ignoring trailing newlines; "" for an empty text. */
    static String lastLine(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') end--;
        return text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
    }
}

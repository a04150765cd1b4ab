package dev.weft.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed list of programs weft does not pass yet, one {@code mode path} per line
 * ({@code gil errors/syntax/tab_error.py}). The list is enforced both ways, so it always says
 * exactly where weft stands: a listed program that passes fails its test until its line is
 * removed, and an unlisted program that fails fails. {@link #rewrite} regenerates the file from
 * the results of a run ({@code -Dconformance.updateKnownFailures=true}).
 */
final class KnownFailures {
    static final Path FILE = Corpus.ROOT.resolve("KNOWN_FAILURES");

    static final String HEADER = """
            # Programs of the conformance corpus that weft does not pass yet: one "mode path" per line,
            # mode being gil or stm (weft run --tm=MODE), path relative to this folder.
            # ConformanceTest enforces this list both ways: a listed program that passes fails the
            # test until its line is deleted, and a program missing from the list must pass.
            # Rewrite it from the current results (only the programs and modes that ran change):
            #   mvn -pl ci -am test -Dtest=ConformanceTest -Dconformance.updateKnownFailures=true
            """;

    private KnownFailures() {}

    /** The entries, as "mode path" strings; blank lines and '#' comments are skipped. */
    static Set<String> read() throws IOException {
        var entries = new TreeSet<String>();
        if (!Files.exists(FILE)) return entries;
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) continue;
            String[] parts = entry.split("\\s+");
            if (parts.length != 2) throw new IllegalArgumentException("KNOWN_FAILURES: not 'mode path': " + line);
            entries.add(parts[0] + " " + parts[1]);
        }
        return entries;
    }

    /**
     * Writes the list again: entries for the runs in {@code passed} (key "mode path", value
     * whether it passed) follow those results; other entries stay, unless their program has left
     * the corpus. Sorted by path, then mode, so the two modes of a program sit together.
     */
    static void rewrite(Set<String> old, Map<String, Boolean> passed, List<String> programs) throws IOException {
        var entries = new TreeSet<String>(Comparator.comparing((String e) -> e.substring(e.indexOf(' ') + 1))
                .thenComparing(e -> e.substring(0, e.indexOf(' '))));
        for (String entry : old) {
            if (!passed.containsKey(entry) && programs.contains(entry.substring(entry.indexOf(' ') + 1))) entries.add(entry);
        }
        passed.forEach((entry, ok) -> {
            if (!ok) entries.add(entry);
        });
        var text = new StringBuilder(HEADER);
        for (String entry : entries) text.append(entry).append('\n');
        Files.writeString(FILE, text, StandardCharsets.UTF_8);
    }
}

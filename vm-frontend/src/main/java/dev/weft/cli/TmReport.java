package dev.weft.cli;

import dev.weft.cli.TmLog.Conflict;
import dev.weft.cli.TmLog.Frame;
import dev.weft.cli.TmLog.Summary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code weft tm-report}: which conflicts cost a run its time, read from the log that
 * {@code WEFT_TM_LOG} / {@code --tm-log} writes ({@link TmLog}).
 *
 * <p>Records are grouped by what a programmer would fix: the kind of record (abort or wait),
 * the kind of conflict, the type of the object, and the innermost frame on each side. The
 * outer frames are left out of the key on purpose: the same {@code d[k] += 1} reached from
 * two callers is one fix, not two. Groups are ranked by time lost, not by count, because
 * a thousand aborts of a tiny transaction cost less than one abort of a long one. Each group
 * prints both tracebacks of its first record, in Python's format with the source lines, so
 * that the reader sees the two lines that fought without opening an editor.
 *
 * <p>The same numbers feed the text, {@code --stats} and the {@code --html} page: the header
 * ({@link #header}), the stats rows ({@link #stats}) and the groups ({@link #groups}) are
 * computed once and only printed differently.
 */
public final class TmReport {
    private TmReport() {}

    static final String USAGE = "usage: weft tm-report [--html OUT.html] [--stats] [--top N] LOG";
    /** The cause of a wait at a begin for a transaction that ran alone (not a conflict over an object). */
    private static final String ALONE = "alone";

    /** A row of the stats table; {@code share} is "" or a percentage of the wall time. */
    record Stat(String name, String value, String share, boolean sub) {}

    /** What records of one group share. {@code here} and {@code there} are innermost frames, or null. */
    record Key(boolean waited, String cause, String conflict, String type, Frame here, Frame there) {}

    /**
     * Records with the same key: how many, the time they lost, the most aborts in a row of one
     * transaction among them, and the first (whose tracebacks are shown).
     */
    static final class Group {
        final Key key;
        final Conflict first;
        int count;
        long nanos;
        long mostInARow;

        Group(Key key, Conflict first) {
            this.key = key;
            this.first = first;
        }
    }

    /**
     * Runs {@code weft tm-report} with the arguments after the command name. Answers 0, 1 when
     * the log cannot be read or the page cannot be written, 2 when the arguments are wrong.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String html = null;
        String log = null;
        boolean stats = false;
        int top = 10;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else if (a.equals("--stats")) {
                stats = true;
            } else if (a.equals("--html") || a.equals("--top") || a.startsWith("--html=") || a.startsWith("--top=")) {
                String value;
                if (a.contains("=")) {
                    value = a.substring(a.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    return usage(err, a + " needs a value");
                }
                if (a.startsWith("--html")) {
                    if (value.isEmpty()) return usage(err, "--html needs a file name");
                    html = value;
                } else {
                    try {
                        top = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        top = -1;
                    }
                    if (top < 0) return usage(err, "--top takes a count of groups, 0 or more (not '" + value + "')");
                }
            } else if (a.startsWith("-") && a.length() > 1) {
                return usage(err, "unknown option '" + a + "'");
            } else if (log != null) {
                return usage(err, "one log at a time ('" + log + "' and '" + a + "')");
            } else {
                log = a;
            }
        }
        if (log == null) return usage(err, "which log? (the file WEFT_TM_LOG or --tm-log named)");

        TmLog tm;
        try {
            Path path = Path.of(log);
            if (Files.isDirectory(path)) throw new IOException("is a directory");
            tm = TmLog.read(path);
        } catch (IOException | InvalidPathException e) {
            err.println("weft tm-report: cannot read '" + log + "': " + reason(e));
            return 1;
        }
        if (tm.skipped > 0) {
            err.println("weft tm-report: warning: skipped " + plural(tm.skipped, "line") + " that " + (tm.skipped == 1 ? "is" : "are")
                    + " not a record (the first is line " + tm.firstSkippedLine + "; a run that crashed leaves a cut last line)");
        }

        List<String> header = header(log, tm);
        List<Stat> rows = stats(tm);
        List<Group> groups = groups(tm.conflicts);
        Sources sources = new Sources();
        header.forEach(out::println);
        if (stats) {
            out.println();
            for (Stat s : rows) {
                out.println((s.sub ? "  " : "") + s.name + ": " + s.value + (s.share.isEmpty() ? "" : " (" + s.share + " of wall time)"));
            }
        } else {
            printGroups(out, groups, top, totalNanos(tm), sources);
        }
        if (html != null) {
            try {
                Files.writeString(Path.of(html), html(log, header, rows, groups, top, totalNanos(tm), sources), StandardCharsets.UTF_8);
            } catch (IOException | InvalidPathException e) {
                err.println("weft tm-report: cannot write '" + html + "': " + reason(e));
                return 1;
            }
            out.println();
            out.println("wrote " + html);
        }
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("weft tm-report: " + problem);
        err.println(USAGE);
        return 2;
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    // ---- what the records say ----

    /** The first lines of every report: what was read, what was skipped, and the time lost in all. */
    static List<String> header(String log, TmLog tm) {
        long aborts = tm.conflicts.stream().filter(c -> !c.waited()).count();
        long waits = tm.conflicts.size() - aborts;
        List<String> lines = new ArrayList<>();
        lines.add("tm-report of " + log + ": " + plural(tm.conflicts.size(), "record") + " read (" + plural(aborts, "abort") + ", "
                + plural(waits, "wait") + ") and " + (tm.summary != null ? "a summary" : "no summary") + ", "
                + plural(tm.skipped, "line") + " skipped");
        long lost = lostNanos(tm.conflicts, false), waited = lostNanos(tm.conflicts, true);
        long wall = tm.summary != null ? tm.summary.wallNs() : -1;
        lines.add("time lost: " + ms(lost + waited) + " (" + ms(lost) + " to aborts, " + ms(waited) + " waiting)"
                + (wall > 0 ? ", " + share(lost + waited, wall) + " of the wall time (" + ms(wall) + ")" : ""));
        if (tm.summary == null) lines.add("summary: missing (the run ended before writing one: did it crash or get killed?);"
                    + " the numbers come from the records alone");
        return lines;
    }

    /**
     * The stats table: the summary's counts and times, and the time lost to aborts summed from
     * the records (the summary does not carry it). Without a summary, what the records alone
     * say; the header has already said that the summary is missing.
     */
    static List<Stat> stats(TmLog tm) {
        List<Stat> rows = new ArrayList<>();
        Summary s = tm.summary;
        long wall = s != null ? s.wallNs() : -1;
        Map<String, Long> causes = new LinkedHashMap<>();
        if (s != null) {
            rows.add(new Stat("mode", s.mode() != null ? s.mode() : "?", "", false));
            if (s.threads() >= 0) rows.add(new Stat("threads", Long.toString(s.threads()), "", false));
            if (s.commits() >= 0) rows.add(new Stat("commits", Long.toString(s.commits()), "", false));
            if (s.inevitableCommits() >= 0) rows.add(new Stat("inevitable commits", Long.toString(s.inevitableCommits()), "", true));
            if (s.readOnlyCommits() >= 0) rows.add(new Stat("read-only commits", Long.toString(s.readOnlyCommits()), "", true));
            if (s.aloneCommits() >= 0) rows.add(new Stat("commits that ran alone", Long.toString(s.aloneCommits()), "", true));
            causes.putAll(s.aborts());
        } else {
            Set<Long> threads = new TreeSet<>();
            for (Conflict c : tm.conflicts) {
                threads.add(c.thread());
                if (c.other() != 0) threads.add(c.other());
            }
            threads.remove(0L);
            rows.add(new Stat("threads seen in records", Long.toString(threads.size()), "", false));
            for (Conflict c : tm.conflicts) {
                if (!c.waited()) causes.merge(c.cause() != null ? c.cause() : "unknown", 1L, Long::sum);
            }
        }
        long aborts = causes.values().stream().mapToLong(Long::longValue).sum();
        rows.add(new Stat("aborts", Long.toString(aborts), "", false));
        causes.entrySet().stream().filter(e -> e.getValue() != 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> rows.add(new Stat(e.getKey(), Long.toString(e.getValue()), "", true)));
        if (s != null && s.commits() >= 0) {
            rows.add(new Stat("aborts per commit", s.commits() > 0 ? String.format(Locale.ROOT, "%.3f", aborts / (double) s.commits()) : "n/a (no commits)", "", false));
        }
        if (s != null && s.inevitableNs() >= 0) rows.add(time("inevitable time", s.inevitableNs(), wall));
        if (s != null && s.waitNs() >= 0) {
            rows.add(time("waiting on conflicts", s.waitNs(), wall));
        } else {
            rows.add(new Stat("waiting on conflicts (from the records)", ms(lostNanos(tm.conflicts, true)), "", false));
        }
        if (s != null && s.abortWaitNs() >= 0) rows.add(time("waiting after aborts for the winner", s.abortWaitNs(), wall));
        if (s != null && s.aloneWaitNs() >= 0) rows.add(time("waiting to begin while one ran alone", s.aloneWaitNs(), wall));
        if (s != null && s.aloneBreaks() >= 0) rows.add(new Stat("lone transactions cut short for a waiter", Long.toString(s.aloneBreaks()), "", true));
        if (s != null && s.exitWaitNs() >= 0) rows.add(time("waiting at exit", s.exitWaitNs(), wall));
        rows.add(time("lost to aborts (from the records)", lostNanos(tm.conflicts, false), wall));
        if (wall > 0) rows.add(new Stat("wall time", ms(wall), "", false));
        return rows;
    }

    private static Stat time(String name, long nanos, long wall) {
        return new Stat(name, ms(nanos), wall > 0 ? share(nanos, wall) : "", false);
    }

    /** The groups, most time lost first; ties keep the order of first appearance. */
    static List<Group> groups(List<Conflict> conflicts) {
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (Conflict c : conflicts) {
            Key k = new Key(c.waited(), c.cause(), conflict(c), c.type(), innermost(c.here()), innermost(c.there()));
            Group g = groups.computeIfAbsent(k, key -> new Group(key, c));
            g.count++;
            g.nanos += c.nanos();
            if (!c.waited()) g.mostInARow = Math.max(g.mostInARow, c.attempt());
        }
        List<Group> ranked = new ArrayList<>(groups.values());
        ranked.sort(Comparator.comparingLong((Group g) -> g.nanos).reversed().thenComparing(Comparator.comparingInt((Group g) -> g.count).reversed()));
        return ranked;
    }

    private static Frame innermost(List<Frame> frames) {
        return frames.isEmpty() ? null : frames.get(frames.size() - 1);
    }

    /** This side's access; when the VM did not record it, what the cause implies. */
    static String access(Conflict c) {
        if (c.access() != null) return c.access();
        return switch (c.cause() == null ? "" : c.cause()) {
            case "read_write", "validation" -> "read";
            case "write_write" -> "write";
            default -> null;
        };
    }

    /** The other side's access, likewise. */
    static String otherAccess(Conflict c) {
        if (c.otherAccess() != null) return c.otherAccess();
        return switch (c.cause() == null ? "" : c.cause()) {
            case "read_write", "write_write", "validation" -> "write";
            default -> null;
        };
    }

    /**
     * The kind of conflict: "inevitable" when this side lost to the inevitable transaction,
     * else "this access/other access" ("read/write": this side read, the other wrote). A
     * cause that the accesses do not already say (killed, validation, ...) follows in
     * parentheses; a record without accesses is known by its cause alone.
     */
    static String conflict(Conflict c) {
        String cause = c.cause();
        if ("inevitable".equals(cause)) return "inevitable";
        if (ALONE.equals(cause)) return "waited to begin while another ran alone";
        String a = access(c), o = otherAccess(c);
        if (a == null || o == null) return cause != null ? cause : c.waited() ? "wait" : "unknown";
        String kind = a + "/" + o;
        boolean implied = cause == null || cause.equals("read_write") || cause.equals("write_write");
        return implied ? kind : kind + " (" + cause + ")";
    }

    private static long lostNanos(List<Conflict> conflicts, boolean wait) {
        return conflicts.stream().filter(c -> c.waited() == wait).mapToLong(Conflict::nanos).sum();
    }

    private static long totalNanos(TmLog tm) {
        return lostNanos(tm.conflicts, false) + lostNanos(tm.conflicts, true);
    }

    /**
     * The title line of a group: rank, conflict, type, count and time; for aborts, when one
     * transaction aborted here more than once in a row, how many times at most (a transaction
     * that keeps losing the same conflict).
     */
    static String title(int rank, Group g, long total) {
        String what = g.key.waited() ? plural(g.count, "wait") + ", " + ms(g.nanos) + " waited"
                : plural(g.count, "abort") + (g.mostInARow > 1 ? " (up to " + g.mostInARow + " in a row)" : "") + ", " + ms(g.nanos) + " lost";
        String on = ALONE.equals(g.key.cause()) ? "" // no object: a wait at a begin
                : " on " + (g.key.type() != null ? g.key.type() : "an object of unknown type");
        return "#" + rank + "  " + g.key.conflict() + on + ": "
                + what + (total > 0 ? " (" + share(g.nanos, total) + " of all)" : "");
    }

    /** The label over this side's traceback, e.g. "thread 3 (aborted) read here:". */
    static String hereLabel(Conflict c) {
        if (ALONE.equals(c.cause())) return "thread " + c.thread() + " waited to begin here:" + (c.here().isEmpty() ? " (no traceback recorded)" : "");
        return "thread " + c.thread() + (c.waited() ? " (waited)" : " (aborted)") + " " + verb(access(c)) + " here:"
                + (c.here().isEmpty() ? " (no traceback recorded)" : "");
    }

    /** The label over the other side's traceback, e.g. "thread 4 wrote here:". */
    static String thereLabel(Conflict c) {
        String who = c.other() != 0 ? "thread " + c.other() : "another thread";
        if ("inevitable".equals(c.cause())) who += " (inevitable)";
        if (ALONE.equals(c.cause())) {
            return c.there().isEmpty() ? who + " ran alone (where it ended was not recorded)" : who + " ran alone, and ended here:";
        }
        if (c.there().isEmpty()) return c.other() != 0 ? who + ": other side unknown (no traceback recorded)" : "other side unknown";
        return who + " " + verb(otherAccess(c)) + " here:";
    }

    private static String verb(String access) {
        if (access == null) return "was";
        return switch (access) {
            case "read" -> "read";
            case "write" -> "wrote";
            default -> "did " + access;
        };
    }

    // ---- text ----

    private static void printGroups(PrintStream out, List<Group> groups, int top, long total, Sources sources) {
        if (groups.isEmpty()) {
            out.println();
            out.println("no conflicts recorded");
            return;
        }
        out.println();
        int shown = Math.min(top, groups.size());
        out.println("conflicts by time lost (" + (shown == groups.size() ? "all " + plural(shown, "group") : "top " + shown + " of " + groups.size() + " groups") + "):");
        for (int i = 0; i < shown; i++) {
            Group g = groups.get(i);
            out.println();
            out.println(title(i + 1, g, total));
            out.println(hereLabel(g.first));
            traceback(g.first.here(), sources).forEach(out::println);
            out.println(thereLabel(g.first));
            traceback(g.first.there(), sources).forEach(out::println);
        }
    }

    /** A traceback as Python prints it: frame lines, each followed by its stripped source line when the file is here. */
    static List<String> traceback(List<Frame> frames, Sources sources) {
        List<String> lines = new ArrayList<>();
        for (Frame f : frames) {
            lines.add("  File \"" + f.file() + "\", line " + f.line() + ", in " + f.function());
            String src = sources.line(f);
            if (src != null) lines.add("    " + src);
        }
        return lines;
    }

    /** Source lines of the guest's files, read once each; a file that is not there gives none. */
    static final class Sources {
        /** Files bigger than this are not source worth showing (and not worth reading). */
        private static final long MAX_BYTES = 16L << 20;
        private final Map<String, List<String>> files = new HashMap<>();

        /** The stripped line of a frame, or null. Relative names resolve against the current directory. */
        String line(Frame f) {
            List<String> lines = files.computeIfAbsent(f.file(), Sources::load);
            if (f.line() < 1 || f.line() > lines.size()) return null;
            String s = lines.get((int) f.line() - 1).strip();
            return s.isEmpty() ? null : s;
        }

        private static List<String> load(String file) {
            try {
                Path p = Path.of(file);
                if (!Files.isRegularFile(p) || Files.size(p) > MAX_BYTES) return List.of();
                // decoding with replacement: a source line shown with a stray U+FFFD beats none
                return new String(Files.readAllBytes(p), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException | InvalidPathException | SecurityException e) {
                return List.of();
            }
        }
    }

    // ---- html ----

    private static final String CSS = """
            body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
            h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.5em; }
            table.stats { border-collapse: collapse; }
            table.stats td, table.stats th { padding: 2px 12px 2px 0; text-align: left; vertical-align: top; }
            table.stats th { font-weight: normal; color: #555; }
            table.stats tr.sub th { padding-left: 1.5em; }
            td.share { color: #555; }
            details { border: 1px solid #ccc; border-radius: 4px; margin: 0.6em 0; padding: 0.3em 0.6em; }
            summary { cursor: pointer; font-weight: 600; }
            .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; margin-top: 0.5em; }
            .side h3 { font-size: 1em; font-weight: normal; margin: 0.2em 0; }
            pre { background: #f6f6f6; padding: 0.5em; overflow-x: auto; margin: 0; }
            pre .src { color: #064; }
            .none { color: #888; font-style: italic; }
            """;

    /** The page: header, stats table, and every group (the top N open, the rest folded). */
    static String html(String log, List<String> header, List<Stat> rows, List<Group> groups, int top, long total, Sources sources) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>weft tm-report: ").append(esc(log))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>Transaction conflicts in ").append(esc(log)).append("</h1>\n");
        for (String line : header) h.append("<p>").append(esc(line)).append("</p>\n");
        h.append("<h2>Stats</h2>\n<table class=\"stats\">\n");
        for (Stat s : rows) {
            h.append(s.sub ? "<tr class=\"sub\">" : "<tr>").append("<th>").append(esc(s.name)).append("</th><td>").append(esc(s.value))
                    .append("</td><td class=\"share\">").append(s.share.isEmpty() ? "" : esc(s.share) + " of wall time").append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Conflicts by time lost</h2>\n");
        if (groups.isEmpty()) h.append("<p class=\"none\">no conflicts recorded</p>\n");
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            h.append(i < top ? "<details open>" : "<details>").append("<summary>").append(esc(title(i + 1, g, total))).append("</summary>\n");
            h.append("<div class=\"sides\">\n");
            side(h, hereLabel(g.first), g.first.here(), sources);
            side(h, thereLabel(g.first), g.first.there(), sources);
            h.append("</div>\n</details>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void side(StringBuilder h, String label, List<Frame> frames, Sources sources) {
        h.append("<div class=\"side\"><h3>").append(esc(label)).append("</h3>");
        if (frames.isEmpty()) {
            h.append("<p class=\"none\">no traceback</p>");
        } else {
            h.append("<pre>");
            for (Frame f : frames) {
                h.append(esc("  File \"" + f.file() + "\", line " + f.line() + ", in " + f.function())).append('\n');
                String src = sources.line(f);
                if (src != null) h.append("    <span class=\"src\">").append(esc(src)).append("</span>\n");
            }
            h.append("</pre>");
        }
        h.append("</div>\n");
    }

    /** Text made safe in HTML content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    // ---- numbers ----

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    private static String share(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

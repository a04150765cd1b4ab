package dev.weft.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A conflict log as {@code WEFT_TM_LOG} / {@code --tm-log} writes it (stm's {@code ConflictLog}):
 * UTF-8, one JSON object per line, {@code "kind"} one of {@code abort}, {@code wait} or
 * {@code summary}. For example:
 *
 * <pre>
 * {"kind":"abort","cause":"read_write","type":"dict","thread":3,"other":4,"lost_ns":120000,"attempt":1,
 *  "access":"read","other_access":"write","here":[["prog.py",5,"worker"]],"there":null}
 * </pre>
 *
 * The reader is lenient because the log is often read after a crash: a line that is not JSON
 * (the half-written last line) or not a record is counted and skipped, never fatal; a field of
 * the wrong type reads as missing. The JSON parser is our own, and small, so that the front end
 * depends on nothing beyond the JDK; it knows objects, arrays, strings, numbers, true, false and
 * null, which is all the VM writes.
 */
public final class TmLog {
    /** One frame of a guest traceback. */
    public record Frame(String file, long line, String function) {}

    /**
     * An abort ({@code waited == false}, {@code nanos} is the work lost) or a wait ({@code nanos}
     * is the time waited). {@code here} and {@code there} run outermost call first; they are
     * empty when that side is unknown. {@code other} is 0 when the other thread is unknown.
     * {@code attempt}: which attempt of its transaction this side was in (1 for the first;
     * 0 when the log does not say, as logs of older builds do not).
     */
    public record Conflict(boolean waited, String cause, String type, long thread, long other, long nanos,
            String access, String otherAccess, List<Frame> here, List<Frame> there, long attempt) {}

    /**
     * The summary the VM writes at exit. A count the line lacks reads as -1, so that "not
     * written" never looks like "zero".
     */
    public record Summary(String mode, long threads, long commits, long inevitableCommits, long readOnlyCommits,
            Map<String, Long> aborts, long inevitableNs, long waitNs, long exitWaitNs, long wallNs, long aloneCommits, long aloneWaitNs,
            long aloneBreaks, long abortWaitNs) {}

    /** The conflict records, in file order. */
    public final List<Conflict> conflicts;
    /** The last summary record, or null when the run ended without writing one. */
    public final Summary summary;
    /** Lines that were not a record (not JSON, or JSON of no known kind); blank lines do not count. */
    public final int skipped;
    /** The line number of the first skipped line (1-based), 0 when none was skipped. */
    public final int firstSkippedLine;

    private TmLog(List<Conflict> conflicts, Summary summary, int skipped, int firstSkippedLine) {
        this.conflicts = Collections.unmodifiableList(conflicts);
        this.summary = summary;
        this.skipped = skipped;
        this.firstSkippedLine = firstSkippedLine;
    }

    /** Reads a log; only I/O errors (a missing or unreadable file) are thrown. */
    public static TmLog read(Path path) throws IOException {
        // InputStreamReader replaces malformed UTF-8 instead of throwing: a crash can cut a
        // multi-byte character in half, and that line is then skipped as bad JSON.
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8))) {
            List<Conflict> conflicts = new ArrayList<>();
            Summary summary = null;
            int skipped = 0, first = 0, n = 0;
            for (String line; (line = in.readLine()) != null;) {
                n++;
                if (line.isBlank()) continue;
                Object record;
                try {
                    record = parse(line);
                } catch (IllegalArgumentException e) {
                    record = null;
                }
                Map<?, ?> m = record instanceof Map<?, ?> map ? map : Map.of();
                Object kind = m.get("kind");
                if ("abort".equals(kind) || "wait".equals(kind)) {
                    conflicts.add(conflict(m));
                } else if ("summary".equals(kind)) {
                    summary = summary(m);
                } else {
                    if (skipped++ == 0) first = n;
                }
            }
            return new TmLog(conflicts, summary, skipped, first);
        }
    }

    private static Conflict conflict(Map<?, ?> m) {
        boolean wait = "wait".equals(m.get("kind"));
        return new Conflict(wait, string(m, "cause"), string(m, "type"), number(m, "thread", 0), number(m, "other", 0),
                Math.max(0, number(m, wait ? "waited_ns" : "lost_ns", 0)), string(m, "access"), string(m, "other_access"),
                frames(m.get("here")), frames(m.get("there")), Math.max(0, number(m, "attempt", 0)));
    }

    private static Summary summary(Map<?, ?> m) {
        Map<String, Long> aborts = new LinkedHashMap<>();
        if (m.get("aborts") instanceof Map<?, ?> a) {
            for (Map.Entry<?, ?> e : a.entrySet()) {
                if (e.getValue() instanceof Long count) aborts.put((String) e.getKey(), count);
            }
        }
        return new Summary(string(m, "mode"), number(m, "threads", -1), number(m, "commits", -1),
                number(m, "inevitable_commits", -1), number(m, "read_only_commits", -1), aborts,
                number(m, "inevitable_ns", -1), number(m, "wait_ns", -1), number(m, "exit_wait_ns", -1),
                number(m, "wall_ns", -1), number(m, "alone_commits", -1), number(m, "alone_wait_ns", -1), number(m, "alone_breaks", -1),
                number(m, "abort_wait_ns", -1));
    }

    /** A traceback: a list of [file, line, function]; anything else in it is left out. */
    private static List<Frame> frames(Object v) {
        if (!(v instanceof List<?> list)) return List.of();
        List<Frame> frames = new ArrayList<>();
        for (Object f : list) {
            if (f instanceof List<?> t && t.size() >= 3) {
                frames.add(new Frame(t.get(0) instanceof String s ? s : "?", t.get(1) instanceof Long l ? l : 0,
                        t.get(2) instanceof String s ? s : "?"));
            }
        }
        return List.copyOf(frames);
    }

    private static String string(Map<?, ?> m, String key) {
        return m.get(key) instanceof String s ? s : null;
    }

    private static long number(Map<?, ?> m, String key, long missing) {
        return m.get(key) instanceof Long l ? l : missing;
    }

    /**
     * Parses one JSON value: objects become LinkedHashMaps, arrays Lists, integers Longs, other
     * numbers Doubles, and null Java null. Throws IllegalArgumentException on anything else,
     * including text after the value.
     */
    static Object parse(String text) {
        Parser p = new Parser(text);
        Object v = p.value(0);
        p.skipSpace();
        if (p.pos != text.length()) throw p.error("text after the value");
        return v;
    }

    private static final class Parser {
        /** Deeper nesting than any log holds: a corrupt line must not overflow the Java stack. */
        private static final int MAX_DEPTH = 200;
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at column " + (pos + 1));
        }

        void skipSpace() {
            while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) pos++;
        }

        char peek() {
            if (pos >= s.length()) throw error("unexpected end");
            return s.charAt(pos);
        }

        void expect(char c) {
            if (peek() != c) throw error("expected '" + c + "'");
            pos++;
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) throw error("nested too deep");
            skipSpace();
            char c = peek();
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> string();
                case 't' -> word("true", Boolean.TRUE);
                case 'f' -> word("false", Boolean.FALSE);
                case 'n' -> word("null", null);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) yield number();
                    throw error("unexpected '" + c + "'");
                }
            };
        }

        Object word(String w, Object v) {
            if (!s.startsWith(w, pos)) throw error("expected " + w);
            pos += w.length();
            return v;
        }

        Map<String, Object> object(int depth) {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (peek() == '}') {
                pos++;
                return m;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') throw error("expected a key");
                String key = string();
                skipSpace();
                expect(':');
                m.put(key, value(depth + 1));
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    return m;
                }
                expect(',');
            }
        }

        List<Object> array(int depth) {
            List<Object> list = new ArrayList<>();
            pos++;
            skipSpace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value(depth + 1));
                skipSpace();
                if (peek() == ']') {
                    pos++;
                    return list;
                }
                expect(',');
            }
        }

        String string() {
            pos++; // the opening quote
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = peek();
                pos++;
                if (c == '"') return sb.toString();
                if (c < 0x20) throw error("control character in a string");
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = peek();
                pos++;
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        // a surrogate pair arrives as two escapes; appending both halves rejoins it
                        if (pos + 4 > s.length()) throw error("short \\u escape");
                        try {
                            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException x) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw error("bad escape '\\" + e + "'");
                }
            }
        }

        Object number() {
            int start = pos;
            if (s.charAt(pos) == '-') pos++;
            boolean integral = true;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c >= '0' && c <= '9') {
                    pos++;
                } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && !integral)) {
                    integral = false;
                    pos++;
                } else {
                    break;
                }
            }
            String t = s.substring(start, pos);
            try {
                if (integral) return Long.parseLong(t);
            } catch (NumberFormatException e) {
                // too big for a long: read it as a double below
            }
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw error("bad number '" + t + "'");
            }
        }
    }
}

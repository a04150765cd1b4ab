package dev.weft.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.bigint.BigInts;
import dev.weft.runtime.text.StrRepr;
import dev.weft.stm.Heap;
import dev.weft.stm.Params;
import dev.weft.stm.TxContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;

/**
 * The differential tables that CPython generated (see gen_*_tables.py beside them): reading
 * them (JSON Lines, decoded by the small reader below), encoding values as the generator
 * does, running each row in a transaction of a test heap, and the check that the committed
 * tables are what the generator makes today.
 *
 * <p>Value encoding (the generator's docstring has it too): "i:123", "b:True", "f:1.5"
 * ("f:nan", "f:inf"), "s:text", "n:", "E:TypeName:message", "NI" (NotImplemented), "t:a;b".
 * Floats are compared by their bits, so "f:0.1" and the double 0.1 agree however either
 * side would print it.
 */
public final class Tables {
    private Tables() {}

    // ---------------------------------------------------------------------------------------
    // The heap

    /** A heap and one attached thread for a test class; close it in @AfterAll. */
    public static final class TestHeap implements AutoCloseable {
        public final Heap heap = new Heap(Params.defaults().withHeapLimit(64 << 20));
        public final TxContext tx = heap.attach();

        /** Runs {@code body} in one transaction and answers its text; a guest error as "E:...". */
        public String run(Function<Mem, String> body) {
            try {
                return tx.atomically(t -> body.apply(new Mem(t, true)));
            } catch (PyException e) {
                return error(e);
            }
        }

        @Override
        public void close() {
            tx.close();
            heap.close();
        }
    }

    /** A raised PyException as the tables write it: KeyError shows its key's repr, as str(e) does. */
    public static String error(PyException e) {
        if (e.getMessage() == null && BigInts.isInt(e.arg)) return "E:" + e.kind.pyName + ":" + BigInts.toBig(e.arg);
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e.kind == ExcKind.KEY_ERROR) message = StrRepr.repr(message);
        return "E:" + e.kind.pyName + ":" + message;
    }

    // ---------------------------------------------------------------------------------------
    // Values

    /** The word of an encoded number or bool (ints boxed in {@code m}), or None. */
    public static long number(Mem m, String enc) {
        String body = enc.substring(2);
        return switch (enc.charAt(0)) {
            case 'i' -> BigInts.box(m, new BigInteger(body));
            case 'b' -> Words.fromBool(body.equals("True"));
            case 'f' -> Words.fromDouble(parseDouble(body));
            case 'n' -> Words.NONE;
            default -> throw new IllegalArgumentException("not a number: " + enc);
        };
    }

    public static double parseDouble(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    /** The encoding of a number word; floats as their bits (see {@link #canonical}). */
    public static String render(long w) {
        if (w == Words.NOT_IMPLEMENTED) return "NI";
        if (w == Words.NONE) return "n:";
        if (Words.isBool(w)) return w == Words.TRUE ? "b:True" : "b:False";
        if (Words.isFloat(w)) return floatBits(Words.toDouble(w));
        if (BigInts.isInt(w)) return "i:" + BigInts.toBig(w);
        throw new IllegalArgumentException("not a number word: " + Long.toHexString(w));
    }

    public static String floatBits(double d) {
        return "f#" + Long.toHexString(Double.doubleToLongBits(d));
    }

    /** An expected cell made comparable with {@link #render}: floats to bits, tuples part by part. */
    public static String canonical(String expected) {
        if (expected.startsWith("C:")) return "E:ValueError:complex numbers are not supported yet";
        if (expected.startsWith("f:")) return floatBits(parseDouble(expected.substring(2)));
        if (expected.startsWith("t:")) {
            StringBuilder sb = new StringBuilder("t:");
            String[] parts = expected.substring(2).split(";(?=[ifbnEN])");
            for (int i = 0; i < parts.length; i++) sb.append(i > 0 ? ";" : "").append(canonical(parts[i]));
            return sb.toString();
        }
        return expected;
    }

    // ---------------------------------------------------------------------------------------
    // Tables

    /** The rows of a table on the class path, e.g. "/runtime/num/arith.jsonl". */
    public static List<List<Object>> read(String resource) {
        try (InputStream in = Tables.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test table " + resource);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<List<Object>> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isEmpty()) continue;
                @SuppressWarnings("unchecked")
                List<Object> row = (List<Object>) new Json(line).value();
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Collects row mismatches and fails once with the first few. */
    public static final class Mismatches {
        private final List<String> lines = new ArrayList<>();
        private int rows;

        public void check(List<Object> row, String expected, String actual) {
            rows++;
            if (!expected.equals(actual)) {
                lines.add(cut(row.toString()) + "\n      expected " + cut(expected) + "\n      actual   " + cut(actual));
            }
        }

        private static String cut(String s) {
            return s.length() > 300 ? s.substring(0, 300) + "..." : s;
        }

        public void assertNone(String table) {
            if (lines.isEmpty()) return;
            StringBuilder sb = new StringBuilder(lines.size() + " of " + rows + " rows of " + table + " differ from CPython:\n");
            for (int i = 0; i < Math.min(lines.size(), 40); i++) sb.append("  ").append(lines.get(i)).append('\n');
            fail(sb.toString());
        }
    }

    /**
     * Re-runs a generator with python3 into a temporary folder and checks that it writes the
     * committed tables byte for byte. Skipped without a CPython 3.11 on PATH (another version
     * may differ in messages, which is no fault of the tables).
     */
    public static void assertRegenerates(String folder, String script, String... tables) throws Exception {
        Assumptions.assumeTrue(python311(), "python3 3.11 not on PATH");
        Path dir = Path.of("src/test/resources", folder);
        Path out = Files.createTempDirectory("weft-tables");
        try {
            Process p = new ProcessBuilder("python3", dir.resolve(script).toString(), out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(script + " did not finish");
            }
            assertEquals(0, p.exitValue(), script + " failed:\n" + log);
            for (String table : tables) {
                assertEquals(Files.readString(dir.resolve(table)), Files.readString(out.resolve(table)),
                        table + " is not what " + script + " generates now: rerun it and commit the result");
            }
        } finally {
            try (var files = Files.list(out)) {
                for (Path f : (Iterable<Path>) files::iterator) Files.delete(f);
            }
            Files.delete(out);
        }
    }

    private static boolean python311() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(30, TimeUnit.SECONDS) && out.equals("True");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------
    // JSON

    /** Just enough JSON for the tables: arrays, objects (kept in order), strings, true/false/null, numbers as text. */
    public static final class Json {
        private final String s;
        private int i;

        public Json(String s) {
            this.s = s;
        }

        public Object value() {
            skip();
            char c = s.charAt(i);
            switch (c) {
                case '[' -> {
                    i++;
                    List<Object> list = new ArrayList<>();
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return list;
                    }
                    for (;;) {
                        list.add(value());
                        skip();
                        if (s.charAt(i++) == ']') return list;
                    }
                }
                case '{' -> {
                    i++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return map;
                    }
                    for (;;) {
                        skip();
                        String key = (String) value();
                        skip();
                        i++; // ':'
                        map.put(key, value());
                        skip();
                        if (s.charAt(i++) == '}') return map;
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    int start = i;
                    while (i < s.length() && ",]} ".indexOf(s.charAt(i)) < 0) i++;
                    String word = s.substring(start, i);
                    return switch (word) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> word;
                    };
                }
            }
        }

        private String string() {
            StringBuilder sb = new StringBuilder();
            i++;
            for (;;) {
                char c = s.charAt(i++);
                if (c == '"') return sb.toString();
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }

        private void skip() {
            while (i < s.length() && s.charAt(i) == ' ') i++;
        }
    }
}

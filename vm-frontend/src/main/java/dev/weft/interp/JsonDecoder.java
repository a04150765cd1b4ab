package dev.weft.interp;

import static dev.weft.runtime.Words.FALSE;
import static dev.weft.runtime.Words.NONE;
import static dev.weft.runtime.Words.TRUE;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.bigint.BigInts;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.str.Str;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code _json.decode(s, object_hook, object_pairs_hook, parse_float, parse_int,
 * parse_constant, strict, raw_idx)}: JSON text to Python values, step for step as CPython 3.11's C
 * scanner, so that a bad document fails with the same message at the same place.
 *
 * <p>It answers {@code (True, value)} ({@code (True, value, end)} for raw_decode), or {@code (False, msg, pos)} for json.py to raise as
 * JSONDecodeError (a Python class); pos counts code points, as Python does. The hooks and
 * parse functions are None for the defaults.
 */
final class JsonDecoder {
    private final Interp in;
    private final Ctx c;
    private final String s;
    private final long objectHook, pairsHook, parseFloat, parseInt, parseConstant;
    private final boolean strict;
    private final Map<String, Long> keys = new HashMap<>();
    private int next, depth;

    /** A decoding error: CPython's message and the char index it names. */
    private static final class Fail extends RuntimeException {
        final String msg;
        final int pos;

        Fail(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    JsonDecoder(Ctx c, long[] a) {
        this.c = c;
        this.in = (Interp) c.guest;
        long doc = in.baseValue(a[0]);
        if (!Str.isStr(doc)) throw PyException.typeError("the JSON object must be str, not " + in.typeName(a[0]));
        this.s = Str.value(doc);
        this.objectHook = a[1];
        this.pairsHook = a[2];
        this.parseFloat = a[3];
        this.parseInt = a[4];
        this.parseConstant = a[5];
        this.strict = in.truthy(a[6]);
    }

    /**
     * Decodes the whole document, or with {@code raw} (a code-point index, raw_decode's idx)
     * the one value that starts there, answering also where it ends.
     */
    long run(long raw) {
        try {
            if (raw != NONE) {
                long idx = Words.toInt(raw);
                if (idx < 0 || idx > s.codePointCount(0, s.length())) throw new Fail("Expecting value", s.length());
                long v = value(s.offsetByCodePoints(0, (int) idx));
                return H.tuple(c.mem, TRUE, v, Words.fromInt(s.codePointCount(0, next)));
            }
            int i = skip(0);
            long v = value(i);
            int end = skip(next);
            if (end != s.length()) throw new Fail("Extra data", end);
            return H.tuple(c.mem, TRUE, v);
        } catch (Fail f) {
            return H.tuple(c.mem, FALSE, Str.of(c.mem, f.msg), Words.fromInt(s.codePointCount(0, f.pos)));
        } catch (StackOverflowError e) {
            throw PyException.of(ExcKind.RECURSION_ERROR, "maximum recursion depth exceeded while decoding a JSON document");
        }
    }

    private int skip(int i) {
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') break;
            i++;
        }
        return i;
    }

    private boolean at(int i, String word) {
        return s.startsWith(word, i);
    }

    /** The value at i ("Expecting value" when there is none); sets next past it. */
    private long value(int i) {
        if (i >= s.length()) throw new Fail("Expecting value", i);
        switch (s.charAt(i)) {
            case '"' -> {
                String v = string(i + 1);
                return Str.of(c.mem, v);
            }
            case '{' -> {
                return object(i + 1);
            }
            case '[' -> {
                return array(i + 1);
            }
            case 'n' -> {
                if (at(i, "null")) {
                    next = i + 4;
                    return NONE;
                }
            }
            case 't' -> {
                if (at(i, "true")) {
                    next = i + 4;
                    return TRUE;
                }
            }
            case 'f' -> {
                if (at(i, "false")) {
                    next = i + 5;
                    return FALSE;
                }
            }
            case 'N' -> {
                if (at(i, "NaN")) return constant("NaN", i);
            }
            case 'I' -> {
                if (at(i, "Infinity")) return constant("Infinity", i);
            }
            case '-' -> {
                if (at(i, "-Infinity")) return constant("-Infinity", i);
            }
            default -> { }
        }
        return number(i);
    }

    private long constant(String name, int i) {
        next = i + name.length();
        if (parseConstant != NONE) return in.calls.call1(parseConstant, Str.of(c.mem, name));
        return Words.fromDouble(name.equals("NaN") ? Double.NaN : name.equals("Infinity")
                ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
    }

    private boolean digit(int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private long number(int start) {
        int i = start, n = s.length();
        if (i < n && s.charAt(i) == '-') i++;
        if (i >= n) throw new Fail("Expecting value", start);
        char first = s.charAt(i);
        if (first >= '1' && first <= '9') {
            while (digit(i)) i++;
        } else if (first == '0') {
            i++;
        } else {
            throw new Fail("Expecting value", start);
        }
        boolean isFloat = false;
        if (i < n - 1 && s.charAt(i) == '.' && digit(i + 1)) {
            isFloat = true;
            i += 2;
            while (digit(i)) i++;
        }
        if (i < n - 1 && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i++;
            if (i < n - 1 && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
            while (digit(i)) i++;
            if (digit(i - 1)) isFloat = true;
            else i = e;
        }
        next = i;
        String text = s.substring(start, i);
        if (isFloat) {
            if (parseFloat != NONE) return in.calls.call1(parseFloat, Str.of(c.mem, text));
            return Words.fromDouble(Double.parseDouble(text));
        }
        if (parseInt != NONE) return in.calls.call1(parseInt, Str.of(c.mem, text));
        return text.length() < 18 ? BigInts.box(c.mem, Long.parseLong(text)) : BigInts.box(c.mem, new BigInteger(text));
    }

    /** The string whose body starts at i (after the quote); sets next past the closing quote. */
    private String string(int i) {
        int begin = i - 1, n = s.length();
        StringBuilder sb = new StringBuilder();
        while (true) {
            int j = i;
            char ch = 0;
            for (; j < n; j++) {
                ch = s.charAt(j);
                if (ch == '"' || ch == '\\') break;
                if (ch <= 0x1f && strict) throw new Fail("Invalid control character at", j);
            }
            if (j >= n) throw new Fail("Unterminated string starting at", begin);
            sb.append(s, i, j);
            j++;
            if (ch == '"') {
                next = j;
                return sb.toString();
            }
            if (j == n) throw new Fail("Unterminated string starting at", begin);
            ch = s.charAt(j);
            if (ch != 'u') {
                int k = "\"\\/bfnrt".indexOf(ch);
                if (k < 0) throw new Fail("Invalid \\escape", j - 1);
                sb.append("\"\\/\b\f\n\r\t".charAt(k));
                i = j + 1;
                continue;
            }
            j++;
            int end = j + 4;
            if (end >= n) throw new Fail("Invalid \\uXXXX escape", j - 1);
            int u = hex4(j);
            if (Character.isHighSurrogate((char) u) && end + 6 < n && s.charAt(end) == '\\' && s.charAt(end + 1) == 'u') {
                int u2 = hex4(end + 2);
                if (Character.isLowSurrogate((char) u2)) {
                    sb.append((char) u).append((char) u2);
                    i = end + 6;
                    continue;
                }
            }
            sb.append((char) u);
            i = end;
        }
    }

    private int hex4(int j) {
        int v = 0;
        for (int k = j; k < j + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0 || s.charAt(k) > 'f') throw new Fail("Invalid \\uXXXX escape", j - 1);
            v = v * 16 + d;
        }
        return v;
    }

    /** Counts one more level of nesting; CPython's C scanner stops at the recursion limit. */
    private void enter(String what) {
        if (++depth > in.vm.recursionLimit) {
            throw PyException.of(ExcKind.RECURSION_ERROR,
                    "maximum recursion depth exceeded while decoding a JSON " + what + " from a unicode string");
        }
    }

    private long object(int i) {
        enter("object");
        long pairs = PyList.make(c.mem);
        long dict = pairsHook == NONE ? H.dict(c) : NONE;
        i = skip(i);
        if (i >= s.length() || s.charAt(i) != '}') {
            while (true) {
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw new Fail("Expecting property name enclosed in double quotes", i);
                }
                String k = string(i + 1);
                long key = keys.computeIfAbsent(k, t -> Str.of(c.mem, t));
                i = skip(next);
                if (i >= s.length() || s.charAt(i) != ':') throw new Fail("Expecting ':' delimiter", i);
                i = skip(i + 1);
                long v = value(i);
                if (dict != NONE) H.dictPut(c, dict, key, v);
                else PyList.append(c.mem, pairs, H.tuple(c.mem, key, v));
                i = skip(next);
                if (i < s.length() && s.charAt(i) == '}') break;
                if (i >= s.length() || s.charAt(i) != ',') throw new Fail("Expecting ',' delimiter", i);
                i = skip(i + 1);
            }
        }
        next = i + 1;
        depth--;
        if (pairsHook != NONE) return in.calls.call1(pairsHook, pairs);
        if (objectHook != NONE) return in.calls.call1(objectHook, dict);
        return dict;
    }

    private long array(int i) {
        enter("array");
        long list = PyList.make(c.mem);
        i = skip(i);
        if (i >= s.length() || s.charAt(i) != ']') {
            while (true) {
                PyList.append(c.mem, list, value(i));
                i = skip(next);
                if (i < s.length() && s.charAt(i) == ']') break;
                if (i >= s.length() || s.charAt(i) != ',') throw new Fail("Expecting ',' delimiter", i);
                i = skip(i + 1);
            }
        }
        next = i + 1;
        depth--;
        return list;
    }
}

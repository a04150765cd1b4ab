package dev.weft.runtime.objects;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.dict.DictBuiltins;
import dev.weft.runtime.objects.list.ListBuiltins;
import dev.weft.runtime.objects.dict.DictView;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.range.RangeBuiltins;
import dev.weft.runtime.objects.set.PySet;
import dev.weft.runtime.objects.slice.Slice;
import dev.weft.runtime.objects.str.Str;
import dev.weft.runtime.objects.tuple.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds heap values from the literal subset of Python that the test data is written in
 * (see gen_cases.py): numbers, strs with Python's escapes, None/True/False, nan/inf, tuples,
 * lists, dicts, {@code set([...])}, {@code frozenset([...])}, {@code range(...)},
 * {@code slice(...)}, a dict's {@code .keys()/.values()/.items()}, and the key functions.
 * Sets are built by adding in source order, as CPython's {@code set(list)} does.
 */
final class Lit {
    private final Ctx ctx;
    private final String s;
    private int i;

    private Lit(Ctx ctx, String s) {
        this.ctx = ctx;
        this.s = s;
    }

    static long parse(Ctx ctx, String s) {
        Lit p = new Lit(ctx, s);
        long v = p.expr();
        p.ws();
        if (p.i != s.length()) throw p.error("trailing text");
        return v;
    }

    /** An argument list: positional words, then keyword names and values. */
    record Arguments(List<Long> positional, List<String> names, List<Long> values) {}

    static Arguments parseArgs(Ctx ctx, String s) {
        Lit p = new Lit(ctx, s);
        List<Long> pos = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Long> vals = new ArrayList<>();
        p.ws();
        while (p.i < s.length()) {
            int save = p.i;
            String name = p.ident();
            p.ws();
            if (name != null && p.peek() == '=' && p.peekAt(1) != '=') {
                p.i++;
                names.add(name);
                vals.add(p.expr());
            } else {
                p.i = save;
                pos.add(p.expr());
            }
            p.ws();
            if (p.i < s.length()) p.expect(',');
            p.ws();
        }
        return new Arguments(pos, names, vals);
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + i + " in: " + s);
    }

    private void ws() {
        while (i < s.length() && s.charAt(i) == ' ') i++;
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private char peekAt(int k) {
        return i + k < s.length() ? s.charAt(i + k) : '\0';
    }

    private void expect(char c) {
        ws();
        if (peek() != c) throw error("expected " + c);
        i++;
    }

    private String ident() {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) i++;
        if (i == start || Character.isDigit(s.charAt(start))) {
            i = start;
            return null;
        }
        return s.substring(start, i);
    }

    private List<Long> items(char close) {
        List<Long> out = new ArrayList<>();
        ws();
        while (peek() != close) {
            out.add(expr());
            ws();
            if (peek() == ',') {
                i++;
                ws();
            }
        }
        i++;
        return out;
    }

    private static long[] arr(List<Long> l) {
        long[] a = new long[l.size()];
        for (int k = 0; k < a.length; k++) a[k] = l.get(k);
        return a;
    }

    private long expr() {
        long v = atom();
        while (s.startsWith(".keys()", i) || s.startsWith(".values()", i) || s.startsWith(".items()", i)) {
            int kind = s.startsWith(".keys()", i) ? DictView.KEYS : s.startsWith(".values()", i) ? DictView.VALUES : DictView.ITEMS;
            i = s.indexOf(')', i) + 1;
            v = DictView.make(ctx.mem, kind, v);
        }
        return v;
    }

    private long atom() {
        ws();
        char c = peek();
        if (c == '\'' || c == '"') return Str.of(ctx.mem, string());
        if (c == '-' || Character.isDigit(c)) return number();
        if (c == '(') {
            i++;
            ws();
            List<Long> out = new ArrayList<>();
            boolean comma = false;
            while (peek() != ')') {
                out.add(expr());
                ws();
                if (peek() == ',') {
                    comma = true;
                    i++;
                    ws();
                }
            }
            i++;
            if (out.size() == 1 && !comma) return out.get(0);
            return Tuple.of(ctx.mem, arr(out));
        }
        if (c == '[') {
            i++;
            long[] a = arr(items(']'));
            return PyList.of(ctx.mem, a, a.length);
        }
        if (c == '{') {
            i++;
            ws();
            long d = Dict.make(ctx.mem);
            if (peek() == '}') {
                i++;
                return d;
            }
            long first = expr();
            ws();
            if (peek() != ':') {
                long set = PySet.make(ctx.mem, false);
                PySet.add(ctx, set, first);
                if (peek() == ',') i++;
                for (long v : items('}')) PySet.add(ctx, set, v);
                return set;
            }
            for (;;) {
                expect(':');
                long v = expr();
                Dict.put(ctx, d, first, v);
                ws();
                if (peek() == ',') {
                    i++;
                    ws();
                }
                if (peek() == '}') {
                    i++;
                    return d;
                }
                first = expr();
            }
        }
        String name = ident();
        if (name == null) throw error("unexpected");
        switch (name) {
            case "None":
                return Words.NONE;
            case "True":
                return Words.TRUE;
            case "False":
                return Words.FALSE;
            case "nan":
                return Words.fromDouble(Double.NaN);
            case "inf":
                return Words.fromDouble(Double.POSITIVE_INFINITY);
            case "neg":
            case "nan7":
            case "len":
            case "abs":
            case "str.lower":
                return Str.of(ctx.mem, TestGuest.FN + name);
            default:
                break;
        }
        expect('(');
        List<Long> args = items(')');
        switch (name) {
            case "set":
            case "frozenset": {
                long set = PySet.make(ctx.mem, name.equals("frozenset"));
                if (!args.isEmpty()) PySet.update(ctx, set, args.get(0));
                return set;
            }
            case "range": {
                long[] a = arr(args);
                return RangeBuiltins.construct(ctx, a, a.length, new String[0]);
            }
            case "slice":
                return Slice.make(ctx.mem, args.get(0), args.get(1), args.get(2));
            case "list":
                return ListBuiltins.fromIterable(ctx, args.get(0));
            case "dict.fromkeys":
                return DictBuiltins.fromkeys(ctx, args.get(0), args.size() > 1 ? args.get(1) : Words.NONE);
            default:
                throw error("unknown name " + name);
        }
    }

    private long number() {
        int start = i;
        if (peek() == '-') i++;
        if (s.startsWith("inf", i)) {
            i += 3;
            return Words.fromDouble(Double.NEGATIVE_INFINITY);
        }
        while (i < s.length() && "0123456789.e+-".indexOf(s.charAt(i)) >= 0) {
            if ((s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i - 1) != 'e') break;
            i++;
        }
        String t = s.substring(start, i);
        if (t.contains(".") || t.contains("e")) return Words.fromDouble(Double.parseDouble(t));
        return Words.fromInt(Long.parseLong(t));
    }

    private String string() {
        char q = s.charAt(i++);
        StringBuilder sb = new StringBuilder();
        while (s.charAt(i) != q) {
            char c = s.charAt(i++);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'x' -> {
                    sb.appendCodePoint(Integer.parseInt(s.substring(i, i + 2), 16));
                    i += 2;
                }
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                case 'U' -> {
                    sb.appendCodePoint(Integer.parseInt(s.substring(i, i + 8), 16));
                    i += 8;
                }
                default -> throw error("escape \\" + e);
            }
        }
        i++;
        return sb.toString();
    }
}

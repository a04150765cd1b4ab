package dev.weft.interp;

import static dev.weft.runtime.Words.NONE;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.str.Str;
import dev.weft.runtime.objects.tuple.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The {@code _re} operations that walk every match of a pattern ({@code scan} for finditer,
 * {@code findall}, {@code split}, {@code subn}) and the replacement templates of {@code sub}
 * and {@code Match.expand} ({@code \1}, {@code \g<name>}, escapes), read with CPython 3.11's
 * rules and errors. The walk is {@link ReModule#each}: after an empty match the next one may
 * start at the same place only if it is not empty, as CPython 3.7 and later do.
 */
final class ReLoops {
    private ReLoops() {}

    /** scan(id, string, pos, endpos): the spans tuple of every match, for finditer. */
    static long scan(Ctx c, long[] a) {
        ReModule.Compiled p = ReModule.byId(a[0]);
        ReModule.Text t = new ReModule.Text(c, a[1]);
        long out = PyList.make(c.mem);
        ReModule.each(p, t, ReModule.clamp(c, a[2], t.length()), ReModule.clamp(c, a[3], t.length()), 0,
                m -> PyList.append(c.mem, out, ReModule.spans(c, p, t, m)));
        return out;
    }

    /** findall(id, string, pos, endpos): the matches, group 1, or tuples of the groups. */
    static long findall(Ctx c, long[] a) {
        ReModule.Compiled p = ReModule.byId(a[0]);
        ReModule.Text t = new ReModule.Text(c, a[1]);
        long out = PyList.make(c.mem);
        ReModule.each(p, t, ReModule.clamp(c, a[2], t.length()), ReModule.clamp(c, a[3], t.length()), 0, m -> {
            long item;
            if (p.groups() == 0) {
                item = group(c, p, t, m, 0, false);
            } else if (p.groups() == 1) {
                item = group(c, p, t, m, 1, false);
            } else {
                long[] g = new long[p.groups()];
                for (int i = 0; i < g.length; i++) g[i] = group(c, p, t, m, i + 1, false);
                item = H.tuple(c.mem, g);
            }
            PyList.append(c.mem, out, item);
        });
        return out;
    }

    /** Group g of the match as a str; '' or None (noneIfUnset) when it did not take part. */
    private static long group(Ctx c, ReModule.Compiled p, ReModule.Text t, Matcher m, int g, boolean noneIfUnset) {
        int jg = g == 0 ? 0 : p.javaGroup()[g];
        int s = m.start(jg);
        if (s < 0) return noneIfUnset ? NONE : Str.of(c.mem, "");
        return Str.of(c.mem, t.java.substring(s, m.end(jg)));
    }

    /** split(id, string, maxsplit). */
    static long split(Ctx c, long[] a) {
        ReModule.Compiled p = ReModule.byId(a[0]);
        ReModule.Text t = new ReModule.Text(c, a[1]);
        int limit = limit(c, a[2]);
        long out = PyList.make(c.mem);
        int[] last = {0};
        ReModule.each(p, t, 0, t.length(), limit, m -> {
            PyList.append(c.mem, out, Str.of(c.mem, t.java.substring(last[0], m.start())));
            for (int g = 1; g <= p.groups(); g++) PyList.append(c.mem, out, group(c, p, t, m, g, true));
            last[0] = m.end();
        });
        PyList.append(c.mem, out, Str.of(c.mem, t.java.substring(last[0])));
        return out;
    }

    /** A count or maxsplit: 0 for all, negative for none. */
    private static int limit(Ctx c, long w) {
        long v = c.guest.baseValue(Numbers.index((Interp) c.guest, w));
        if (!Words.isSmallInt(v)) return dev.weft.runtime.objects.bigint.BigInts.toBig(v).signum() < 0 ? -1 : 0;
        long n = Words.toInt(v);
        return n > Integer.MAX_VALUE ? 0 : (int) Math.max(-1, n);
    }

    /** subn(id, repl, string, count): (new string, n), or (None, msg, pos) for a bad template. */
    static long subn(Ctx c, long[] a) {
        ReModule.Compiled p = ReModule.byId(a[0]);
        List<Object> template;
        try {
            template = template(p, Str.value(c.guest.baseValue(a[1])));
        } catch (ReSyntax.Error e) {
            return templateError(c, e);
        }
        ReModule.Text t = new ReModule.Text(c, a[2]);
        StringBuilder sb = new StringBuilder();
        int[] last = {0}, n = {0};
        ReModule.each(p, t, 0, t.length(), limit(c, a[3]), m -> {
            sb.append(t.java, last[0], m.start());
            for (Object piece : template) {
                if (piece instanceof String s) {
                    sb.append(s);
                } else {
                    int jg = (Integer) piece == 0 ? 0 : p.javaGroup()[(Integer) piece];
                    if (m.start(jg) >= 0) sb.append(t.java, m.start(jg), m.end(jg));
                }
            }
            last[0] = m.end();
            n[0]++;
        });
        if (n[0] == 0) return H.tuple(c.mem, t.str, Words.fromInt(0));
        sb.append(t.java, last[0], t.java.length());
        return H.tuple(c.mem, Str.of(c.mem, sb.toString()), Words.fromInt(n[0]));
    }

    /** expand(id, repl, string, spans): the template filled from a Match's spans. */
    static long expand(Ctx c, long[] a) {
        ReModule.Compiled p = ReModule.byId(a[0]);
        List<Object> template;
        try {
            template = template(p, Str.value(c.guest.baseValue(a[1])));
        } catch (ReSyntax.Error e) {
            return templateError(c, e);
        }
        long str = c.guest.baseValue(a[2]), spans = a[3];
        StringBuilder sb = new StringBuilder();
        for (Object piece : template) {
            if (piece instanceof String s) {
                sb.append(s);
            } else {
                int g = (Integer) piece;
                long s = Words.toInt(Tuple.get(spans, 2 * g)), e = Words.toInt(Tuple.get(spans, 2 * g + 1));
                if (s >= 0) sb.append(Str.value(Str.substring(c.mem, str, s, e)));
            }
        }
        return Str.of(c.mem, sb.toString());
    }

    private static long templateError(Ctx c, ReSyntax.Error e) {
        return H.tuple(c.mem, NONE, Str.of(c.mem, e.msg), e.pos < 0 ? NONE : Words.fromInt(e.pos));
    }

    /** A replacement template: literal Strings and Integer group numbers, in order. */
    static List<Object> template(ReModule.Compiled p, String repl) {
        List<Object> out = new ArrayList<>();
        if (repl.indexOf('\\') < 0) {
            out.add(repl);
            return out;
        }
        ReSyntax s = new ReSyntax(repl, 0);
        StringBuilder lit = new StringBuilder();
        while (true) {
            String t = s.get();
            if (t == null) break;
            if (t.charAt(0) != '\\' || t.length() == 1) {
                lit.append(t);
                continue;
            }
            char c = t.charAt(1);
            if (c == 'g') {
                if (!s.match("<")) throw s.error("missing <", 0);
                String name = s.getUntil(">", "group name");
                int index;
                if (ReSyntax.isIdentifier(name)) {
                    Integer g = p.groupIndex().get(name);
                    if (g == null) throw PyException.indexError("unknown group name '" + name + "'");
                    index = g;
                } else {
                    if (name.isEmpty() || !name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                        throw s.error("bad character in group name '" + name + "'", ReSyntax.len(name) + 1);
                    }
                    index = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
                }
                addGroup(p, s, out, lit, index, ReSyntax.len(name) + 1);
            } else if (c == '0') {
                String v = t;
                if (ReSyntax.in(s.peek(), "01234567")) {
                    v += s.get();
                    if (ReSyntax.in(s.peek(), "01234567")) v += s.get();
                }
                lit.append((char) (Integer.parseInt(v.substring(1), 8) & 0xff));
            } else if (c >= '1' && c <= '9') {
                String v = t;
                boolean octal = false;
                if (ReSyntax.in(s.peek(), "0123456789")) {
                    v += s.get();
                    if (c <= '7' && v.charAt(2) <= '7' && ReSyntax.in(s.peek(), "01234567")) {
                        v += s.get();
                        octal = true;
                        int code = Integer.parseInt(v.substring(1), 8);
                        if (code > 0377) {
                            throw s.error("octal escape value " + v + " outside of range 0-0o377", ReSyntax.len(v));
                        }
                        lit.append((char) code);
                    }
                }
                if (!octal) addGroup(p, s, out, lit, Integer.parseInt(v.substring(1)), ReSyntax.len(v) - 1);
            } else {
                int e = "abfnrtv\\".indexOf(c);
                if (e >= 0) {
                    lit.append("\u0007\b\f\n\r\t\u000b\\".charAt(e));
                } else {
                    if (c < 128 && Character.isLetter(c)) throw s.error("bad escape " + t, ReSyntax.len(t));
                    lit.append(t);
                }
            }
        }
        out.add(lit.toString());
        return out;
    }

    private static void addGroup(ReModule.Compiled p, ReSyntax s, List<Object> out, StringBuilder lit, int index, int pos) {
        if (index > p.groups()) throw s.error("invalid group reference " + index, pos);
        out.add(lit.toString());
        lit.setLength(0);
        out.add(index);
    }
}

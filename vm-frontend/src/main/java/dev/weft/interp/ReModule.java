package dev.weft.interp;

import static dev.weft.runtime.Words.NONE;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.str.Str;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code _re} module: the matching engine under {@code re.py}, on {@code java.util.regex}
 * with patterns translated by {@link ReSyntax}.
 *
 * <p>A compiled pattern is a pure function of its text and flags, so it is kept once per JVM
 * and named by a small int ({@code compile} answers it); a transaction that aborts after
 * compiling leaves only a cache entry behind. The operations take that id and a str and
 * answer guest values: a match is a flat tuple of code-point spans
 * {@code (start0, end0, start1, end1, ..., lastindex)} with -1 for a group that did not take
 * part. Whole loops (findall, finditer's spans, split, sub with a template) run here, so that
 * the text is converted to a Java string once per call.
 *
 * <p>Errors in the pattern or a replacement template come back as {@code (None, msg, pos)}
 * for re.py to raise as {@code re.error}, which is a Python class.
 */
final class ReModule {
    private ReModule() {}

    /**
     * One compiled pattern: the Java regex and its must-advance twin (see {@link #each}), and
     * what re.py shows. Java compiles lookbehinds that step back one char, not one code point,
     * unless the pattern text itself holds an astral character; for a subject that holds
     * some, {@link #engines} gives a second pair, made on first need, whose pattern carries one
     * in a branch that cannot match.
     */
    record Compiled(String source, Pattern java, Pattern advancing, AtomicReference<Pattern[]> astral, int flags,
            int groups, int[] javaGroup, int[] closeRank, Map<String, Integer> groupIndex) {

        /** {plain, must-advance} for searching t. */
        Pattern[] engines(Text t) {
            if (!t.astral()) return new Pattern[] {java, advancing};
            Pattern[] pair = astral.get();
            if (pair == null) {
                String marker = "|(?!)" + Character.toString(0x1F600);
                pair = new Pattern[] {Pattern.compile("(?:" + source + ")" + marker),
                        Pattern.compile("(?:(?:" + source + ")(?!\\G))" + marker)};
                astral.set(pair);
            }
            return pair;
        }
    }

    private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final List<Compiled> BY_ID = new CopyOnWriteArrayList<>();

    static long make(Vm vm) {
        return StdModules.make(vm, "_re", b -> {
            b.fn("compile", 2, 2, false, (ctx, a, n, kw) -> compile(ctx, a[0], a[1]));
            b.fn("match", 5, 5, false, (ctx, a, n, kw) -> match(ctx, a));
            b.fn("scan", 4, 4, false, (ctx, a, n, kw) -> ReLoops.scan(ctx, a));
            b.fn("findall", 4, 4, false, (ctx, a, n, kw) -> ReLoops.findall(ctx, a));
            b.fn("split", 3, 3, false, (ctx, a, n, kw) -> ReLoops.split(ctx, a));
            b.fn("subn", 4, 4, false, (ctx, a, n, kw) -> ReLoops.subn(ctx, a));
            b.fn("expand", 4, 4, false, (ctx, a, n, kw) -> ReLoops.expand(ctx, a));
        });
    }

    static Compiled byId(long w) {
        return BY_ID.get((int) Words.toInt(w));
    }

    /** compile(pattern, flags): (id, flags, groups, groupindex) or (None, msg, pos). */
    private static long compile(Ctx c, long pattern, long flagsWord) {
        String text = Str.value(c.guest.baseValue(pattern));
        int flags = (int) Words.toInt(c.guest.baseValue(flagsWord));
        String key = flags + ":" + text;
        Integer id = IDS.get(key);
        if (id == null) {
            Compiled made;
            try {
                made = translate(text, flags);
            } catch (ReSyntax.Error e) {
                return H.tuple(c.mem, NONE, Str.of(c.mem, e.msg), e.pos < 0 ? NONE : Words.fromInt(e.pos));
            } catch (ReSyntax.ReOverflow e) {
                throw PyException.of(ExcKind.OVERFLOW_ERROR, e.getMessage());
            }
            synchronized (BY_ID) {
                id = IDS.get(key);
                if (id == null) {
                    BY_ID.add(made);
                    id = BY_ID.size() - 1;
                    IDS.put(key, id);
                }
            }
        }
        Compiled p = BY_ID.get(id);
        long index = H.dict(c);
        for (Map.Entry<String, Integer> e : p.groupIndex.entrySet()) {
            H.dictPut(c, index, Str.of(c.mem, e.getKey()), Words.fromInt(e.getValue()));
        }
        return H.tuple(c.mem, Words.fromInt(id), Words.fromInt(p.flags), Words.fromInt(p.groups), index);
    }

    private static Compiled translate(String text, int flags) {
        ReSyntax.Result r = ReSyntax.translate(text, flags);
        ReSyntax s = r.state();
        int fl = s.flags;
        if ((fl & ReSyntax.LOCALE) != 0) throw PyException.valueError("cannot use LOCALE flag with a str pattern");
        if ((fl & ReSyntax.ASCII) == 0) fl |= ReSyntax.UNICODE;
        else if ((fl & ReSyntax.UNICODE) != 0) throw PyException.valueError("ASCII and UNICODE flags are incompatible");
        int groups = s.groups - 1;
        int[] javaGroup = new int[groups + 1];
        for (int g = 1; g <= groups; g++) javaGroup[g] = s.javaGroup.get(g);
        int[] closeRank = new int[groups + 1];
        for (int i = 0; i < s.closeOrder.size(); i++) closeRank[s.closeOrder.get(i)] = i;
        try {
            Pattern java = Pattern.compile(r.java());
            Pattern advancing = Pattern.compile("(?:" + r.java() + ")(?!\\G)");
            return new Compiled(r.java(), java, advancing, new AtomicReference<>(), fl, groups, javaGroup, closeRank,
                    Map.copyOf(s.groupIndex));
        } catch (PatternSyntaxException e) {
            throw new ReSyntax.Error(e.getDescription(), -1);
        }
    }

    // ---------------------------------------------------------------------------------------
    // A subject string and its matcher

    /**
     * The str being searched, as a Java string, with the maps between code-point indices (what
     * Python counts) and char indices (what Java counts) when it holds astral characters.
     */
    static final class Text {
        final long str;
        final String java;
        private final int[] charOfCp, cpOfChar;

        Text(Ctx c, long s) {
            long v = c.guest.baseValue(s);
            if (H.isType(v, dev.weft.runtime.TypeIds.BYTES)) {
                throw PyException.typeError("cannot use a string pattern on a bytes-like object");
            }
            if (!Str.isStr(v)) {
                throw PyException.typeError("expected string or bytes-like object, got '" + ((Interp) c.guest).typeName(s) + "'");
            }
            str = v;
            java = Str.value(v);
            if (Str.width(v) == 4) {
                int n = (int) Str.length(v);
                charOfCp = new int[n + 1];
                cpOfChar = new int[java.length() + 1];
                int ch = 0;
                for (int cp = 0; cp < n && ch < java.length(); cp++) {
                    charOfCp[cp] = ch;
                    int w = Character.charCount(java.codePointAt(ch));
                    for (int k = 0; k < w; k++) cpOfChar[ch + k] = cp;
                    ch += w;
                }
                charOfCp[n] = ch;
                cpOfChar[ch] = n;
            } else {
                charOfCp = cpOfChar = null;
            }
        }

        int length() {
            return (int) Str.length(str);
        }

        /** Whether the text holds characters beyond the BMP (surrogate pairs in Java). */
        boolean astral() {
            return charOfCp != null;
        }

        int toChar(int cp) {
            return charOfCp == null ? cp : charOfCp[cp];
        }

        int toCp(int ch) {
            return cpOfChar == null ? ch : cpOfChar[ch];
        }
    }

    /** Clamps pos or endpos to 0..len, as CPython does. */
    static int clamp(Ctx c, long w, int len) {
        long v = c.guest.baseValue(Numbers.index((Interp) c.guest, w));
        if (!Words.isSmallInt(v)) {
            return dev.weft.runtime.objects.bigint.BigInts.toBig(v).signum() < 0 ? 0 : len;
        }
        return (int) Math.max(0, Math.min(len, Words.toInt(v)));
    }

    /** A matcher over text[:endpos] with Python's view of the bounds; null when pos &gt; endpos. */
    static Matcher matcher(Pattern p, Text t, int pos, int endpos) {
        if (pos > endpos) return null;
        int end = t.toChar(endpos);
        Matcher m = p.matcher(end < t.java.length() ? t.java.substring(0, end) : t.java);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        m.region(t.toChar(pos), end);
        return m;
    }

    /** match(id, string, pos, endpos, mode): mode 0 match, 1 search, 2 fullmatch. */
    private static long match(Ctx c, long[] a) {
        Compiled p = byId(a[0]);
        Text t = new Text(c, a[1]);
        int len = t.length();
        Matcher m = matcher(p.engines(t)[0], t, clamp(c, a[2], len), clamp(c, a[3], len));
        if (m == null) return NONE;
        int mode = (int) Words.toInt(a[4]);
        boolean found = run(() -> mode == 0 ? m.lookingAt() : mode == 1 ? m.find() : m.matches());
        return found ? spans(c, p, t, m) : NONE;
    }

    /** Runs one regex operation, turning a Java stack overflow into Python's RecursionError. */
    static boolean run(java.util.function.BooleanSupplier op) {
        try {
            return op.getAsBoolean();
        } catch (StackOverflowError e) {
            throw PyException.of(ExcKind.RECURSION_ERROR, "maximum recursion depth exceeded in regular expression");
        }
    }

    /** The spans tuple of the current match (see the class comment). */
    static long spans(Ctx c, Compiled p, Text t, Matcher m) {
        int n = p.groups;
        long[] out = new long[2 * n + 3];
        int last = -1, lastEnd = -1;
        for (int g = 0; g <= n; g++) {
            int jg = g == 0 ? 0 : p.javaGroup[g];
            int s = m.start(jg), e = m.end(jg);
            out[2 * g] = Words.fromInt(s < 0 ? -1 : t.toCp(s));
            out[2 * g + 1] = Words.fromInt(e < 0 ? -1 : t.toCp(e));
            if (g > 0 && e >= 0 && (e > lastEnd || (e == lastEnd && p.closeRank[g] > p.closeRank[last]))) {
                last = g;
                lastEnd = e;
            }
        }
        out[2 * n + 2] = Words.fromInt(last);
        return H.tuple(c.mem, out);
    }

    /** Each match of p in text[pos:endpos], as Python's finditer walks them (empty matches included). */
    static void each(Compiled p, Text t, int pos, int endpos, int limit, java.util.function.Consumer<Matcher> visit) {
        Pattern[] engines = p.engines(t);
        Matcher plain = matcher(engines[0], t, pos, endpos);
        if (plain == null) return;
        Matcher advancing = matcher(engines[1], t, pos, endpos);
        int start = t.toChar(pos), end = t.toChar(endpos), count = 0;
        boolean mustAdvance = false;
        while (start <= end && (limit == 0 || count < limit)) {
            Matcher m = mustAdvance ? advancing : plain;
            m.region(start, end);
            if (!run(m::find)) break;
            visit.accept(m);
            count++;
            mustAdvance = m.start() == m.end();
            start = m.end();
        }
    }
}

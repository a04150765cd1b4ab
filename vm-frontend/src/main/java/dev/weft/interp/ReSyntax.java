package dev.weft.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Python regular expression (CPython 3.11's syntax, errors and positions) and spells
 * it again for {@code java.util.regex}.
 *
 * <p>The two dialects share the backtracking model (leftmost match, greedy, lazy and
 * possessive repeats, atomic groups, lookarounds), so a faithful re-spelling gives Python's
 * matches. Rather than patching the few differences in the text, the whole pattern is parsed
 * (as {@code sre_parse} does, which also yields its errors) and every construct is written
 * out explicitly: literals as {@code \x{h}} (Java's {@code [} inside a class, {@code &&} and
 * {@code \Q} never arise), classes re-built ({@code []a]} is legal in Python), {@code \d \w
 * \s} as the Unicode categories that {@code str.isdecimal/isalnum/isspace} use (or their
 * ASCII forms under {@code re.ASCII}), {@code \b} as lookarounds on that word class, {@code ^}
 * and {@code $} as lookarounds on {@code \n} (Python's {@code ^} under MULTILINE also matches
 * after a final newline, Java's does not), {@code \Z} as {@code \z}, backreferences as
 * {@code (?:\n)} so that a following digit cannot extend them. The matcher runs with
 * transparent, non-anchoring bounds over the text cut at {@code endpos}, which is Python's
 * reading of {@code pos} and {@code endpos}.
 *
 * <p>Java has no conditional group {@code (?(1)yes|no)}; a pattern that uses one gets an
 * empty "marker" group after each capturing group, and the condition becomes
 * {@code (?:(?=\m)yes|(?!\m)no)} on the marker, which matches exactly when the group took
 * part. The Java group of each Python group is then kept in {@link #javaGroup}.
 */
final class ReSyntax {
    static final int IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32, VERBOSE = 64,
            DEBUG = 128, ASCII = 256;
    static final long MAXREPEAT = 4294967295L;
    private static final String DIGITS = "0123456789", OCT = "01234567", HEX = "0123456789abcdefABCDEF";
    private static final String WHITESPACE = " \t\n\r\u000b\f", SPECIAL = ".\\[{()*+?^$|", REPEAT = "*+?{";

    /** A bad pattern: CPython's message and position (-1 for none). */
    static final class Error extends RuntimeException {
        final String msg;
        final int pos;

        Error(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    /** One element of a sequence: its Java text, its kind, and its width range in characters. */
    private record Item(String java, int kind, long lo, long hi) {}

    private static final int OTHER = 0, AT = 1, REPEATED = 2;

    // the source, as sre's tokenizer sees it: a token is one character or a backslash and one
    private final int[] src;
    private int index;
    private String next;

    // the parse state
    int flags;
    int groups = 1;
    final Map<String, Integer> groupIndex = new LinkedHashMap<>();
    private final Set<Integer> open = new HashSet<>();
    private final Map<Integer, long[]> widths = new HashMap<>();
    private Integer lookbehindGroups;
    private final Map<Integer, Integer> condRefPos = new LinkedHashMap<>();
    private final boolean markers;
    private int javaGroups;
    /** Python group number to Java group number (index 0 unused). */
    final List<Integer> javaGroup = new ArrayList<>(List.of(0));
    private final List<Integer> javaMarker = new ArrayList<>(List.of(0));
    /** Python group numbers in the order their {@code )} appears (for Match.lastindex). */
    final List<Integer> closeOrder = new ArrayList<>();

    ReSyntax(String pattern, int flags) {
        this.src = pattern.codePoints().toArray();
        this.flags = flags;
        this.markers = pattern.contains("(?(");
        advance();
    }

    /** The translation: the Java regex, and the parser holding the groups and final flags. */
    record Result(String java, ReSyntax state) {}

    static Result translate(String pattern, int flags) {
        ReSyntax p = new ReSyntax(pattern, flags);
        String body = p.parseSub((flags & VERBOSE) != 0, 0, flags);
        if (p.next != null) throw p.error("unbalanced parenthesis", 0);
        for (Map.Entry<Integer, Integer> e : p.condRefPos.entrySet()) {
            if (e.getKey() >= p.groups) throw new Error("invalid group reference " + e.getKey(), e.getValue());
        }
        if (p.markers) body = p.patchConditions(body);
        return new Result(caseFlags(p.flags, true) + body, p);
    }

    /** Java's inline flags for Python's case handling: "(?iu)", "(?i)" or "" (or "(?-iu:" forms). */
    private static String caseFlags(int flags, boolean global) {
        boolean ic = (flags & IGNORECASE) != 0, unicode = (flags & ASCII) == 0;
        if (global) return ic ? (unicode ? "(?iu)" : "(?i)") : "";
        return ic ? (unicode ? "(?iu:" : "(?i-u:") : "(?-iu:";
    }

    // ---------------------------------------------------------------------------------------
    // The tokenizer

    private void advance() {
        if (index >= src.length) {
            next = null;
            return;
        }
        int c = src[index];
        if (c == '\\') {
            if (index + 1 >= src.length) throw new Error("bad escape (end of pattern)", src.length - 1);
            next = "\\" + Character.toString(src[index + 1]);
            index += 2;
        } else {
            next = Character.toString(c);
            index += 1;
        }
    }

    boolean match(String s) {
        if (s.equals(next)) {
            advance();
            return true;
        }
        return false;
    }

    /** The next token, not yet consumed (null at the end). */
    String peek() {
        return next;
    }

    String get() {
        String t = next;
        advance();
        return t;
    }

    static boolean in(String token, String set) {
        return token != null && token.length() == 1 && set.indexOf(token.charAt(0)) >= 0;
    }

    private String getWhile(int n, String set) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n && in(next, set); i++) sb.append(get());
        return sb.toString();
    }

    String getUntil(String terminator, String name) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            String c = next;
            advance();
            if (c == null) {
                if (sb.isEmpty()) throw error("missing " + name, 0);
                throw error("missing " + terminator + ", unterminated name", len(sb.toString()));
            }
            if (c.equals(terminator)) {
                if (sb.isEmpty()) throw error("missing " + name, 1);
                break;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private int tell() {
        return index - (next == null ? 0 : len(next));
    }

    private void seek(int i) {
        index = i;
        advance();
    }

    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    Error error(String msg, int offset) {
        return new Error(msg, tell() - offset);
    }

    // ---------------------------------------------------------------------------------------
    // The grammar

    /** Alternatives separated by '|'; {@code fl} are the flags in force. */
    private String parseSub(boolean verbose, int nested, int fl) {
        List<List<Item>> items = new ArrayList<>();
        while (true) {
            // at the top, global flags read by the first branch hold for the next ones
            items.add(parse(verbose, nested + 1, nested == 0 && items.isEmpty(), nested == 0 ? flags : fl));
            if (nested == 0) verbose = (flags & VERBOSE) != 0;
            if (!match("|")) break;
        }
        long lo = Long.MAX_VALUE, hi = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append('|');
            long[] w = width(items.get(i));
            lo = Math.min(lo, w[0]);
            hi = Math.max(hi, w[1]);
            for (Item it : items.get(i)) sb.append(it.java);
        }
        lastWidth = new long[] {lo, hi};
        return sb.toString();
    }

    /** The width of the last parseSub, for lookbehinds and groups. */
    private long[] lastWidth;

    private static long[] width(List<Item> seq) {
        long lo = 0, hi = 0;
        for (Item it : seq) {
            lo = Math.min(MAXREPEAT - 1, lo + it.lo);
            hi = Math.min(MAXREPEAT, hi + it.hi);
        }
        return new long[] {lo, hi};
    }

    private List<Item> parse(boolean verbose, int nested, boolean first, int fl) {
        List<Item> seq = new ArrayList<>();
        while (true) {
            String t = next;
            if (t == null || t.equals("|") || t.equals(")")) break;
            advance();
            if (verbose) {
                if (in(t, WHITESPACE)) continue;
                if (t.equals("#")) {
                    while (next != null && !next.equals("\n")) advance();
                    continue;
                }
            }
            if (t.charAt(0) == '\\' && t.length() > 1) {
                seq.add(escape(t, fl));
            } else if (!in(t, SPECIAL)) {
                seq.add(literal(t.codePointAt(0)));
            } else if (t.equals("[")) {
                seq.add(charClass(fl));
            } else if (in(t, REPEAT)) {
                if (!repeat(t, seq)) seq.add(literal('{'));
            } else if (t.equals(".")) {
                seq.add(new Item((fl & DOTALL) != 0 ? "(?s:.)" : "[^\\n]", OTHER, 1, 1));
            } else if (t.equals("(")) {
                Item g = group(verbose, nested, first && seq.isEmpty(), fl);
                if (g == null) { // global flags
                    verbose = (flags & VERBOSE) != 0;
                    fl = flags;
                    continue;
                }
                if (g.kind >= 0) seq.add(g);
            } else if (t.equals("^")) {
                seq.add(new Item((fl & MULTILINE) != 0 ? "(?<![^\\n])" : "\\A", AT, 0, 0));
            } else if (t.equals("$")) {
                seq.add(new Item((fl & MULTILINE) != 0 ? "(?=\\n|\\z)" : "(?=\\n?\\z)", AT, 0, 0));
            }
        }
        return seq;
    }

    private static Item literal(int c) {
        return new Item(lit(c), OTHER, 1, 1);
    }

    static String lit(int c) {
        if (c < 128 && Character.isLetterOrDigit(c)) return Character.toString(c);
        return "\\x{" + Integer.toHexString(c) + "}";
    }

    /** A repeat after the last item; false when '{' turns out to be a literal. */
    private boolean repeat(String t, List<Item> seq) {
        int here = tell();
        long min, max;
        switch (t) {
            case "?" -> { min = 0; max = 1; }
            case "*" -> { min = 0; max = MAXREPEAT; }
            case "+" -> { min = 1; max = MAXREPEAT; }
            default -> {
                if ("}".equals(next)) return false;
                min = 0;
                max = MAXREPEAT;
                String lo = getWhile(Integer.MAX_VALUE, DIGITS), hi;
                if (match(",")) hi = getWhile(Integer.MAX_VALUE, DIGITS);
                else hi = lo;
                if (!match("}")) {
                    seek(here);
                    return false;
                }
                if (!lo.isEmpty()) min = bound(lo);
                if (!hi.isEmpty()) {
                    max = bound(hi);
                    if (max < min) throw error("min repeat greater than max repeat", tell() - here);
                }
            }
        }
        if (seq.isEmpty() || seq.get(seq.size() - 1).kind == AT) {
            throw error("nothing to repeat", tell() - here + len(t));
        }
        Item item = seq.get(seq.size() - 1);
        if (item.kind == REPEATED) throw error("multiple repeat", tell() - here + len(t));
        String q = min == 0 && max == 1 ? "?" : min == 0 && max == MAXREPEAT ? "*"
                : min == 1 && max == MAXREPEAT ? "+" : max == MAXREPEAT ? "{" + min + ",}"
                : min == max ? "{" + min + "}" : "{" + min + "," + max + "}";
        if (match("?")) q += "?";
        else if (match("+")) q += "+";
        long lo = Math.min(MAXREPEAT - 1, times(item.lo, min));
        long hi = item.hi == 0 ? 0 : max == MAXREPEAT ? MAXREPEAT : times(item.hi, max);
        seq.set(seq.size() - 1, new Item("(?:" + item.java + ")" + q, REPEATED, lo, hi));
        return true;
    }

    /** a * b, at most MAXREPEAT (both are at most MAXREPEAT). */
    private static long times(long a, long b) {
        return a != 0 && b > MAXREPEAT / a ? MAXREPEAT : Math.min(MAXREPEAT, a * b);
    }

    private static long bound(String digits) {
        if (digits.length() > 10 || Long.parseLong(digits) >= MAXREPEAT) {
            throw new ReOverflow();
        }
        return Long.parseLong(digits);
    }

    /** A repeat count too large: CPython raises OverflowError. */
    static final class ReOverflow extends RuntimeException {
        ReOverflow() {
            super("the repetition number is too large", null, false, false);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Groups

    /**
     * What follows '(': a group, an assertion, a reference, a comment (kind -1) or global flags
     * (null).
     */
    private Item group(boolean verbose, int nested, boolean first, int fl) {
        int start = tell() - 1;
        boolean capture = true, atomic = false;
        String name = null;
        int add = 0, del = 0;
        if (match("?")) {
            String c = get();
            if (c == null) throw error("unexpected end of pattern", 0);
            switch (c) {
                case "P" -> {
                    if (match("<")) {
                        name = getUntil(">", "group name");
                        checkName(name);
                    } else if (match("=")) {
                        String ref = getUntil(")", "group name");
                        checkName(ref);
                        Integer gid = groupIndex.get(ref);
                        if (gid == null) throw error("unknown group name '" + ref + "'", len(ref) + 1);
                        if (!checkGroup(gid)) throw error("cannot refer to an open group", len(ref) + 1);
                        checkLookbehindGroup(gid);
                        return backref(gid);
                    } else {
                        String d = get();
                        if (d == null) throw error("unexpected end of pattern", 0);
                        throw error("unknown extension ?P" + d, len(d) + 2);
                    }
                }
                case ":" -> capture = false;
                case "#" -> {
                    while (true) {
                        if (next == null) throw error("missing ), unterminated comment", tell() - start);
                        if (get().equals(")")) break;
                    }
                    return new Item("", -1, 0, 0);
                }
                case "=", "!", "<" -> {
                    return lookaround(c, verbose, nested, fl, start);
                }
                case "(" -> {
                    return conditional(verbose, nested, fl, start);
                }
                case ">" -> {
                    capture = false;
                    atomic = true;
                }
                default -> {
                    if (!in(c, "aiLmsux-")) throw error("unknown extension ?" + c, len(c) + 1);
                    int[] ad = inlineFlags(c);
                    if (ad == null) {
                        if (!first) throw error("global flags not at the start of the expression", tell() - start);
                        return null;
                    }
                    add = ad[0];
                    del = ad[1];
                    capture = false;
                }
            }
        }
        int group = 0;
        if (capture) group = openGroup(name);
        boolean subVerbose = (verbose || (add & VERBOSE) != 0) && (del & VERBOSE) == 0;
        int inner = (fl | add) & ~del;
        String body = parseSub(subVerbose, nested + 1, inner);
        long[] w = lastWidth;
        if (!match(")")) throw error("missing ), unterminated subpattern", tell() - start);
        String java;
        if (group != 0) {
            widths.put(group, w);
            open.remove(group);
            closeOrder.add(group);
            java = "(" + body + ")";
            if (markers) {
                javaMarker.set(group, ++javaGroups);
                java += "()";
            }
        } else if (atomic) {
            java = "(?>" + body + ")";
        } else if (add != 0 || del != 0) {
            java = caseFlags(inner, false) + body + ")";
        } else {
            java = "(?:" + body + ")";
        }
        return new Item(java, OTHER, w[0], w[1]);
    }

    private void checkName(String name) {
        if (!isIdentifier(name)) throw error("bad character in group name '" + name + "'", len(name) + 1);
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int[] cps = s.codePoints().toArray();
        if (!(Character.isUnicodeIdentifierStart(cps[0]) || cps[0] == '_')) return false;
        for (int i = 1; i < cps.length; i++) {
            if (!Character.isUnicodeIdentifierPart(cps[i]) || Character.isIdentifierIgnorable(cps[i])) return false;
        }
        return true;
    }

    private int openGroup(String name) {
        int gid = groups++;
        if (name != null) {
            Integer old = groupIndex.get(name);
            if (old != null) {
                throw error("redefinition of group name '" + name + "' as group " + gid + "; was group " + old,
                        len(name) + 1);
            }
            groupIndex.put(name, gid);
        }
        open.add(gid);
        javaGroup.add(++javaGroups);
        javaMarker.add(0);
        return gid;
    }

    private boolean checkGroup(int gid) {
        return gid < groups && !open.contains(gid);
    }

    private void checkLookbehindGroup(int gid) {
        if (lookbehindGroups != null) {
            if (!checkGroup(gid)) throw error("cannot refer to an open group", 0);
            if (gid >= lookbehindGroups) throw error("cannot refer to group defined in the same lookbehind subpattern", 0);
        }
    }

    private Item backref(int gid) {
        long[] w = widths.get(gid);
        return new Item("(?:\\" + javaGroup.get(gid) + ")", OTHER, w[0], w[1]);
    }

    private Item lookaround(String c, boolean verbose, int nested, int fl, int start) {
        boolean behind = false;
        Integer savedLookbehind = lookbehindGroups;
        if (c.equals("<")) {
            c = get();
            if (c == null) throw error("unexpected end of pattern", 0);
            if (!c.equals("=") && !c.equals("!")) throw error("unknown extension ?<" + c, len(c) + 2);
            behind = true;
            if (lookbehindGroups == null) lookbehindGroups = groups;
        }
        String body = parseSub(verbose, nested + 1, fl);
        long[] w = lastWidth;
        if (behind && savedLookbehind == null) lookbehindGroups = null;
        if (!match(")")) throw error("missing ), unterminated subpattern", tell() - start);
        if (behind && w[0] != w[1]) throw new Error("look-behind requires fixed-width pattern", -1);
        String op = (behind ? "(?<" : "(?") + c;
        return new Item(op + body + ")", OTHER, 0, 0);
    }

    private Item conditional(boolean verbose, int nested, int fl, int start) {
        String cond = getUntil(")", "group name");
        int gid;
        if (isIdentifier(cond)) {
            Integer g = groupIndex.get(cond);
            if (g == null) throw error("unknown group name '" + cond + "'", len(cond) + 1);
            gid = g;
        } else {
            if (!cond.chars().allMatch(ch -> ch >= '0' && ch <= '9') || cond.length() > 9) {
                throw error("bad character in group name '" + cond + "'", len(cond) + 1);
            }
            gid = Integer.parseInt(cond);
            if (gid == 0) throw error("bad group number", len(cond) + 1);
            condRefPos.putIfAbsent(gid, tell() - len(cond) - 1);
        }
        checkLookbehindGroup(gid);
        List<Item> yes = parse(verbose, nested + 1, false, fl);
        List<Item> no = List.of();
        if (match("|")) {
            no = parse(verbose, nested + 1, false, fl);
            if ("|".equals(next)) throw error("conditional backref with more than two branches", 0);
        }
        if (!match(")")) throw error("missing ), unterminated subpattern", tell() - start);
        long[] wy = width(yes), wn = width(no);
        StringBuilder sb = new StringBuilder("(?:(?=\0" + gid + "\0)");
        for (Item it : yes) sb.append(it.java);
        sb.append("|(?!\0").append(gid).append("\0)");
        for (Item it : no) sb.append(it.java);
        sb.append(')');
        return new Item(sb.toString(), OTHER, Math.min(wy[0], wn[0]), Math.max(wy[1], wn[1]));
    }

    /** Replaces each "\0n\0" left by a condition with a reference to group n's marker. */
    private String patchConditions(String body) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (true) {
            int a = body.indexOf('\0', i);
            if (a < 0) break;
            int b = body.indexOf('\0', a + 1);
            int gid = Integer.parseInt(body.substring(a + 1, b));
            sb.append(body, i, a).append('\\').append(javaMarker.get(gid));
            i = b + 1;
        }
        return sb.append(body.substring(i)).toString();
    }

    /** Inline flags after "(?": {add, del} for a scoped group, or null for global flags. */
    private int[] inlineFlags(String c) {
        int add = 0, del = 0;
        if (!c.equals("-")) {
            while (true) {
                if (c.equals("L")) throw error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                int f = flag(c);
                add |= f;
                int type = add & (ASCII | UNICODE | LOCALE);
                if ((f & (ASCII | UNICODE | LOCALE)) != 0 && type != f) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                c = get();
                if (c == null) throw error("missing -, : or )", 0);
                if (in(c, ")-:")) break;
                if (!in(c, "aiLmsux")) {
                    throw error(Character.isLetter(c.codePointAt(0)) ? "unknown flag" : "missing -, : or )", len(c));
                }
            }
        }
        if (c.equals(")")) {
            flags |= add;
            return null;
        }
        if (c.equals("-")) {
            c = get();
            if (c == null) throw error("missing flag", 0);
            if (!in(c, "aiLmsux")) throw error(Character.isLetter(c.codePointAt(0)) ? "unknown flag" : "missing flag", len(c));
            while (true) {
                int f = flag(c);
                if ((f & (ASCII | UNICODE | LOCALE)) != 0) {
                    throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                }
                del |= f;
                c = get();
                if (c == null) throw error("missing :", 0);
                if (c.equals(":")) break;
                if (!in(c, "aiLmsux")) throw error(Character.isLetter(c.codePointAt(0)) ? "unknown flag" : "missing :", len(c));
            }
        }
        if ((add & del) != 0) throw error("bad inline flags: flag turned on and off", 1);
        return new int[] {add, del};
    }

    private static int flag(String c) {
        return switch (c) {
            case "a" -> ASCII;
            case "i" -> IGNORECASE;
            case "L" -> LOCALE;
            case "m" -> MULTILINE;
            case "s" -> DOTALL;
            case "u" -> UNICODE;
            default -> VERBOSE;
        };
    }

    // ---------------------------------------------------------------------------------------
    // Escapes and classes

    private static final String U_DIGIT = "\\p{Nd}", U_WORD = "\\p{L}\\p{N}_",
            U_SPACE = "\\t\\n\\x0B\\f\\r\\x1C-\\x20\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}"
                    + "\\x{202f}\\x{205f}\\x{3000}",
            A_DIGIT = "0-9", A_WORD = "a-zA-Z0-9_", A_SPACE = "\\t\\n\\x0B\\f\\r\\x20";

    /** The inside of a class for \d \w \s (lower case) or their complements (upper case). */
    private static String category(char c, int fl) {
        boolean ascii = (fl & ASCII) != 0;
        String body = switch (Character.toLowerCase(c)) {
            case 'd' -> ascii ? A_DIGIT : U_DIGIT;
            case 'w' -> ascii ? A_WORD : U_WORD;
            default -> ascii ? A_SPACE : U_SPACE;
        };
        return Character.isUpperCase(c) ? "[^" + body + "]" : body;
    }

    private static final Map<Character, Integer> ESCAPES = Map.of('a', 7, 'b', 8, 'f', 12, 'n', 10, 'r', 13, 't', 9,
            'v', 11, '\\', 92);

    private Item escape(String t, int fl) {
        char c = t.charAt(1);
        switch (c) {
            case 'd', 'D', 'w', 'W', 's', 'S' -> {
                return new Item("[" + category(c, fl) + "]", OTHER, 1, 1);
            }
            case 'A' -> {
                return new Item("\\A", AT, 0, 0);
            }
            case 'Z' -> {
                return new Item("\\z", AT, 0, 0);
            }
            case 'b', 'B' -> {
                String w = "[" + category('w', fl) + "]";
                String java = c == 'b' ? "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))"
                        : "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + ")(?:(?<=(?s:.))|(?=(?s:.))))";
                return new Item(java, AT, 0, 0);
            }
            default -> { }
        }
        Integer e = ESCAPES.get(c);
        if (e != null && t.length() == 2) return literal(e);
        if (c == '0') {
            String s = t + getWhile(2, OCT);
            return literal(Integer.parseInt(s.substring(1), 8));
        }
        if (c >= '1' && c <= '9') {
            String s = t;
            if (in(next, DIGITS)) {
                s += get();
                if (OCT.indexOf(s.charAt(1)) >= 0 && OCT.indexOf(s.charAt(2)) >= 0 && in(next, OCT)) {
                    s += get();
                    int v = Integer.parseInt(s.substring(1), 8);
                    if (v > 0377) throw error("octal escape value " + s + " outside of range 0-0o377", len(s));
                    return literal(v);
                }
            }
            int gid = Integer.parseInt(s.substring(1));
            if (gid < groups) {
                if (!checkGroup(gid)) throw error("cannot refer to an open group", len(s));
                checkLookbehindGroup(gid);
                return backref(gid);
            }
            throw error("invalid group reference " + gid, len(s) - 1);
        }
        return literal(commonEscape(t));
    }

    /** The escapes that mean one character in and out of classes: x, u, U and N escapes and others. */
    private int commonEscape(String t) {
        int c = t.codePointAt(1);
        switch (c) {
            case 'x', 'u', 'U' -> {
                int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                String s = t + getWhile(n, HEX);
                if (len(s) != n + 2) throw error("incomplete escape " + s, len(s));
                long v = Long.parseLong(s.substring(2), 16);
                if (v > Character.MAX_CODE_POINT) throw error("bad escape " + s, len(s));
                return (int) v;
            }
            case 'N' -> {
                if (!match("{")) throw error("missing {", 0);
                String name = getUntil("}", "character name");
                int v;
                try {
                    v = Character.codePointOf(name);
                } catch (IllegalArgumentException ex) {
                    throw error("undefined character name '" + name + "'", len(name) + 4);
                }
                return v;
            }
            default -> {
                if (c < 128 && Character.isLetterOrDigit(c)) throw error("bad escape " + t, len(t));
                return c;
            }
        }
    }

    /** A class item: {kind, a, b}: kind 0 a literal a, 1 a range a-b, 2 a category (a = letter). */
    private int[] classEscape(String t) {
        char c = t.charAt(1);
        Integer e = ESCAPES.get(c);
        if (e != null) return new int[] {0, e, e};
        if ("dDwWsS".indexOf(c) >= 0) return new int[] {2, c, c};
        if (OCT.indexOf(c) >= 0) {
            String s = t + getWhile(2, OCT);
            int v = Integer.parseInt(s.substring(1), 8);
            if (v > 0377) throw error("octal escape value " + s + " outside of range 0-0o377", len(s));
            return new int[] {0, v, v};
        }
        if (c == '8' || c == '9') throw error("bad escape " + t, len(t));
        int v = commonEscape(t);
        return new int[] {0, v, v};
    }

    private Item charClass(int fl) {
        int here = tell() - 1;
        StringBuilder sb = new StringBuilder("[");
        if (match("^")) sb.append('^');
        boolean empty = true;
        while (true) {
            String t = get();
            if (t == null) throw new Error("unterminated character set", here);
            if (t.equals("]") && !empty) break;
            int[] a = t.length() > 1 && t.charAt(0) == '\\' ? classEscape(t) : new int[] {0, t.codePointAt(0), 0};
            if (a[0] == 0) a[2] = a[1];
            empty = false;
            if (match("-")) {
                String u = get();
                if (u == null) throw new Error("unterminated character set", here);
                if (u.equals("]")) {
                    classItem(sb, a, fl);
                    sb.append("\\x{2d}");
                    break;
                }
                int[] b = u.length() > 1 && u.charAt(0) == '\\' ? classEscape(u) : new int[] {0, u.codePointAt(0), 0};
                if (b[0] == 0) b[2] = b[1];
                if (a[0] != 0 || b[0] != 0 || b[1] < a[1]) {
                    throw error("bad character range " + t + "-" + u, len(t) + 1 + len(u));
                }
                sb.append(lit(a[1])).append('-').append(lit(b[1]));
            } else {
                classItem(sb, a, fl);
            }
        }
        return new Item(sb.append(']').toString(), OTHER, 1, 1);
    }

    private static void classItem(StringBuilder sb, int[] a, int fl) {
        if (a[0] == 2) sb.append(category((char) a[1], fl));
        else sb.append(lit(a[1]));
    }
}

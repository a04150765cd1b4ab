package dev.weft.runtime.num;

import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.objects.bigint.BigInts;
import dev.weft.runtime.text.IntText;
import dev.weft.runtime.text.StrRepr;
import java.math.BigInteger;

/**
 * {@code int(s, base)} and {@code float(s)} of a str, with CPython 3.11's grammar and errors:
 * surrounding whitespace, a sign, single underscores between digits (and after a base
 * prefix), base 0 guessing the base from the prefix, decimal digits of any script, and
 * {@code inf}/{@code infinity}/{@code nan} for floats.
 *
 * <p>Validation is done here, by hand, before any Java parser sees the text: Java's own
 * parsers accept forms Python rejects ({@code "1d"}, {@code "0x1p3"}, {@code "Infinity"}
 * only in one case) and reject some it accepts. What reaches {@link Double#parseDouble} and
 * {@link BigInteger#BigInteger(String, int)} is plain ASCII digits, which both convert
 * exactly (parseDouble rounds correctly, as CPython's dtoa does).
 *
 * <p>The limit CPython 3.11 puts on decimal strings ({@link IntText#maxStrDigits}, 4300
 * digits) applies here as there: to bases that are not powers of two.
 */
public final class Parse {
    private Parse() {}

    /** {@code int(s, base)} as a word. */
    public static long parseInt(Mem m, String s, long base) {
        return BigInts.box(m, parseIntValue(s, base));
    }

    /** {@code int(s, base)}: base 0 or 2..36. */
    public static BigInteger parseIntValue(String s, long base) {
        if ((base != 0 && base < 2) || base > 36) throw PyException.valueError("int() base must be >= 2 and <= 36, or 0");
        String a = toAscii(s);
        int b = (int) base;
        int pos = 0, end = a == null ? 0 : a.length();
        if (a == null) throw invalidInt(s, b);
        while (pos < end && isSpace(a.charAt(pos))) pos++;
        while (end > pos && isSpace(a.charAt(end - 1))) end--;
        boolean negative = false;
        if (pos < end && (a.charAt(pos) == '+' || a.charAt(pos) == '-')) negative = a.charAt(pos++) == '-';
        if (pos >= end) throw invalidInt(s, b);
        boolean underscoreAllowed = false; // a single '_' right after a prefix
        if (a.charAt(pos) == '0' && pos + 1 < end) {
            char p = Character.toLowerCase(a.charAt(pos + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (b == 0 || b == prefixBase)) {
                b = prefixBase;
                pos += 2;
                underscoreAllowed = true;
            }
        }
        boolean octalLike = false; // base 0 and a leading 0 without prefix: only zeros allowed
        if (b == 0) {
            if (a.charAt(pos) == '0') octalLike = true;
            b = 10;
        }
        StringBuilder digits = new StringBuilder(end - pos);
        boolean lastUnderscore = false;
        if (underscoreAllowed && pos < end && a.charAt(pos) == '_') {
            pos++;
            lastUnderscore = true;
        }
        // the run of digits and single underscores; what follows it is checked after the
        // digit limit, as CPython does
        boolean garbage = false;
        for (; pos < end; pos++) {
            char c = a.charAt(pos);
            if (c == '_') {
                if (lastUnderscore || digits.length() == 0) throw invalidInt(s, (int) base);
                lastUnderscore = true;
                continue;
            }
            if (Character.digit(c, b) < 0 || c > 0x7F) {
                garbage = true;
                break;
            }
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) throw invalidInt(s, (int) base);
        int limit = IntText.maxStrDigits;
        if (limit > 0 && (b & (b - 1)) != 0 && digits.length() > limit) {
            throw PyException.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (garbage) throw invalidInt(s, (int) base);
        if (octalLike && digits.chars().anyMatch(ch -> ch != '0')) throw invalidInt(s, (int) base);
        BigInteger v = new BigInteger(digits.toString(), b);
        return negative ? v.negate() : v;
    }

    private static PyException invalidInt(String s, int base) {
        String repr = StrRepr.repr(s);
        if (repr.length() > 200) repr = repr.substring(0, repr.offsetByCodePoints(0, Math.min(200, repr.codePointCount(0, repr.length()))));
        return PyException.valueError("invalid literal for int() with base " + base + ": " + repr);
    }

    /** {@code float(s)}. */
    public static double parseFloat(String s) {
        String a = toAscii(s);
        if (a == null) throw invalidFloat(s);
        int pos = 0, end = a.length();
        while (pos < end && isSpace(a.charAt(pos))) pos++;
        while (end > pos && isSpace(a.charAt(end - 1))) end--;
        String t = a.substring(pos, end);
        if (t.indexOf('_') >= 0) t = dropUnderscores(t, s);
        int i = 0, n = t.length();
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) negative = t.charAt(i++) == '-';
        String word = t.substring(i).toLowerCase();
        if (word.equals("inf") || word.equals("infinity")) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (word.equals("nan")) return Double.NaN;
        int intDigits = 0, fracDigits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            intDigits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) throw invalidFloat(s);
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
            int expDigits = 0;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) throw invalidFloat(s);
        }
        if (i != n) throw invalidFloat(s);
        return Double.parseDouble(t);
    }

    /** The text without its underscores, each of which must stand between two digits. */
    private static String dropUnderscores(String t, String original) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (i == 0 || i == t.length() - 1 || !isDigit(t.charAt(i - 1)) || !isDigit(t.charAt(i + 1))) {
                    throw invalidFloat(original);
                }
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static PyException invalidFloat(String s) {
        return PyException.valueError("could not convert string to float: " + StrRepr.repr(s));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Python's ASCII whitespace test (after the Unicode spaces were made ' '). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C;
    }

    /**
     * CPython's first step: Unicode decimal digits become ASCII digits and Unicode
     * whitespace a space; null if any other non-ASCII character remains (always invalid).
     */
    private static String toAscii(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int len = Character.charCount(c);
            if (c >= 0x80) {
                if (sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
                if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                    sb.append((char) ('0' + Character.digit(c, 10)));
                } else if (isUnicodeSpace(c)) {
                    sb.append(' ');
                } else {
                    return null;
                }
            } else if (sb != null) {
                sb.append((char) c);
            }
            i += len;
        }
        return sb == null ? s : sb.toString();
    }

    /** Python's {@code str.isspace} of one non-ASCII character (bidirectional class WS, B or S, or Zs). */
    private static boolean isUnicodeSpace(int c) {
        if (Character.getType(c) == Character.SPACE_SEPARATOR) return true;
        return switch (Character.getDirectionality(c)) {
            case Character.DIRECTIONALITY_WHITESPACE, Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR,
                    Character.DIRECTIONALITY_SEGMENT_SEPARATOR -> true;
            default -> false;
        };
    }
}

package dev.weft.runtime.objects.str;

import java.util.Locale;

/**
 * Python's character classes and case mappings, from Java's Unicode tables. Python 3.11 reads
 * Unicode 14 and Java 25 Unicode 16, so characters assigned between the two differ; the
 * classes are otherwise CPython's definitions, written in terms of the general category:
 * <ul>
 * <li>printable: not Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs, except the space itself;
 * <li>space: the fixed list CPython's {@code _PyUnicode_IsWhitespace} answers (Zs plus the
 *     B, S and WS bidirectional controls);
 * <li>decimal: Nd; digit: Nd, or No with a digit value 0..9; numeric: Nd, Nl, No, plus the
 *     CJK ideographs Unihan gives a numeric value (a table, as Java has no Unihan);
 * <li>alpha: L*; cased: upper, lower or title case.
 * </ul>
 */
public final class Chars {
    private Chars() {}

    public static boolean isPrintable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    public static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
                || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** A line boundary for {@code splitlines}. */
    public static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    public static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isDigit(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER) return true;
        if (t != Character.OTHER_NUMBER) return false;
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9 && !isFractionLike(c);
    }

    /** No-category characters Java gives a small value that Unicode does not call a digit. */
    private static boolean isFractionLike(int c) {
        return (c >= 0x2469 && c <= 0x2473) || (c >= 0x247D && c <= 0x2487) || (c >= 0x2491 && c <= 0x249B);
    }

    private static final String CJK_NUMERIC =
            "\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf\u4ec0\u4edf\u4ee8"
            + "\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343\u5344\u5345\u534c\u53c1\u53c2\u53c3\u53c4"
            + "\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c\u5f0d\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e"
            + "\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3"
            + "\uf9fd";

    public static boolean isNumeric(int c) {
        int t = Character.getType(c);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) return true;
        if (c < 0x3400) return false;
        if (c < 0x10000) return CJK_NUMERIC.indexOf(c) >= 0;
        return c == 0x20001 || c == 0x20064 || c == 0x200e2 || c == 0x20121 || c == 0x2092a || c == 0x20983
                || c == 0x2098c || c == 0x2099c || c == 0x20aea || c == 0x20afd || c == 0x20b19 || c == 0x22390
                || c == 0x22998 || c == 0x23b1b || c == 0x2626d;
    }

    public static boolean isAlpha(int c) {
        return Character.isLetter(c);
    }

    public static boolean isAlnum(int c) {
        return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
    }

    public static boolean isUpper(int c) {
        return Character.isUpperCase(c);
    }

    public static boolean isLower(int c) {
        return Character.isLowerCase(c);
    }

    public static boolean isTitle(int c) {
        return Character.isTitleCase(c);
    }

    public static boolean isCased(int c) {
        return isUpper(c) || isLower(c) || isTitle(c);
    }

    /** Python's case-ignorable: Mn, Me, Cf, Lm, Sk, or a word-break MidLetter/MidNumLet/Single_Quote. */
    public static boolean isCaseIgnorable(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL
                || c == '\'' || c == '.' || c == ':' || c == 0xB7 || c == 0x2018 || c == 0x2019 || c == 0x2024
                || c == 0xFE52 || c == 0xFF07 || c == 0xFF0E || c == 0x387 || c == 0x5F4 || c == 0x2027
                || c == 0xFE13 || c == 0xFE55 || c == 0xFF1A;
    }

    public static boolean isIdentifierStart(int c) {
        return c == '_' || (Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c));
    }

    public static boolean isIdentifierPart(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    // case mappings (full: one character may map to several) ---------------------------------

    public static String upper(int c) {
        if (c < 128) return String.valueOf((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
        return new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
    }

    public static String lower(int c) {
        if (c < 128) return String.valueOf((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        if (c == 0x130) return "i\u0307";
        return new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
    }

    /** The full title-case mapping ("ß" is "Ss", "ǆ" is "ǅ"). */
    public static String title(int c) {
        if (c < 128) return upper(c);
        if (Character.isTitleCase(c)) return new String(Character.toChars(c));
        int t = Character.toTitleCase(c);
        if (t != c) return new String(Character.toChars(t));
        // a full mapping ("ß" to "SS", "ŉ" to "ʼN"): upper case, then lower case after the first
        // cased letter, which is what SpecialCasing's title column says for these
        String u = upper(c);
        StringBuilder sb = new StringBuilder();
        boolean seenCased = false;
        for (int k = 0; k < u.length(); ) {
            int x = u.codePointAt(k);
            k += Character.charCount(x);
            sb.append(seenCased ? lower(x) : new String(Character.toChars(x)));
            seenCased |= isCased(x);
        }
        return sb.toString();
    }

    /** Python's casefold of one character (full case folding, approximated by upper then lower). */
    public static String fold(int c) {
        if (c < 128) return lower(c);
        if (c == 0x130) return "i\u0307";
        String u = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        return u.toLowerCase(Locale.ROOT);
    }
}

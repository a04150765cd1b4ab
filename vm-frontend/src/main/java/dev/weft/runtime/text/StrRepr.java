package dev.weft.runtime.text;

/**
 * {@code repr()} and {@code ascii()} of str values held as Java strings: what error messages
 * quote ({@code invalid literal for int() with base 10: 'abc'}) and what {@code %r}/{@code !a}
 * need. CPython's rules: single quotes unless the text has a single quote and no double one;
 * backslash escapes for the quote, the backslash, \t \n \r; \xhh for other controls; and for
 * the characters Unicode says are not printable \xhh, \\uhhhh or \Uhhhhhhhh by size.
 */
public final class StrRepr {
    private StrRepr() {}

    /** Python's {@code repr(s)}. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7F) {
                escape(sb, c);
            } else if (c < 0x7F || isPrintable(c)) {
                sb.appendCodePoint(c);
            } else {
                escape(sb, c);
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's {@code ascii(s)} of a str. */
    public static String ascii(String s) {
        return asciiOf(repr(s));
    }

    /**
     * The text of a repr made ASCII as {@code ascii()} does: every non-ASCII character
     * escaped. Applies to the repr of any object ({@code %a}, {@code !a}).
     */
    public static String asciiOf(String repr) {
        StringBuilder sb = null;
        for (int i = 0; i < repr.length(); ) {
            int c = repr.codePointAt(i);
            int n = Character.charCount(c);
            if (c >= 0x80) {
                if (sb == null) sb = new StringBuilder(repr.length() + 16).append(repr, 0, i);
                escape(sb, c);
            } else if (sb != null) {
                sb.append((char) c);
            }
            i += n;
        }
        return sb == null ? repr : sb.toString();
    }

    private static void escape(StringBuilder sb, int c) {
        if (c <= 0xFF) {
            sb.append("\\x").append(hex(c, 2));
        } else if (c <= 0xFFFF) {
            sb.append("\\u").append(hex(c, 4));
        } else {
            sb.append("\\U").append(hex(c, 8));
        }
    }

    private static String hex(int c, int width) {
        String h = Integer.toHexString(c);
        return "0".repeat(width - h.length()) + h;
    }

    /** Python's {@code str.isprintable} of one character: not Cc Cf Cs Co Cn Zl Zp Zs, but space. */
    public static boolean isPrintable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}

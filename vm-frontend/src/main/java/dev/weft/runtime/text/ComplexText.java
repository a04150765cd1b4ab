package dev.weft.runtime.text;

import dev.weft.runtime.PyException;
import dev.weft.runtime.num.ComplexMath.ComplexValue;

/**
 * Complex numbers as text, both ways, as CPython 3.11 writes and reads them: {@code repr}
 * ({@code 1j}, {@code (1+2j)}, {@code (-0-1j)}, {@code (nan+infj)}), {@code format(z, spec)}
 * with the float presentation types, and {@code complex('1+2j')}.
 *
 * <p>Each part is written by the float machinery ({@link FloatRepr}, {@link FormatSpec}); this
 * class only decides the frame: a real part of +0.0 is left out when no type is given (and then
 * so are the parentheses), the imaginary part always carries its sign when the real part is
 * shown, and the width and fill apply to the whole, never to a part.
 */
public final class ComplexText {
    private ComplexText() {}

    /** {@code repr(z)} and {@code str(z)}. */
    public static String repr(double re, double im) {
        if (re == 0.0 && isPositive(re)) return FloatRepr.format(im, 'r', 0, 0) + "j";
        return "(" + FloatRepr.format(re, 'r', 0, 0) + FloatRepr.format(im, 'r', 0, FloatRepr.SIGN) + "j)";
    }

    private static boolean isPositive(double x) {
        return Double.doubleToRawLongBits(x) >= 0;
    }

    // ---------------------------------------------------------------------------------------
    // format()

    /** {@code format(z, spec)}. */
    public static String format(double re, double im, String spec) {
        if (spec.isEmpty()) return repr(re, im);
        FormatSpec.Spec s = FormatSpec.parse(spec, 0, '>', "complex");
        int type = s.type();
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> {}
            default -> throw PyException.valueError("Unknown format code '" + (char) type + "' for object of type 'complex'");
        }
        if (s.fill() == '0') throw PyException.valueError("Zero padding is not allowed in complex format specifier");
        if (s.align() == '=') throw PyException.valueError("'=' alignment flag is not allowed in complex format specifier");
        boolean noType = type == 0;
        boolean skipReal = noType && re == 0.0 && isPositive(re);
        if (noType) type = s.precision() < 0 ? 'r' : 'g';
        if (type == 'n') type = 'g';
        StringBuilder sb = new StringBuilder();
        if (!skipReal) {
            if (noType) sb.append('(');
            sb.append(part(re, s, s.sign(), type));
        }
        sb.append(part(im, s, skipReal ? s.sign() : '+', type)).append('j');
        if (!skipReal && noType) sb.append(')');
        String text = sb.toString();
        return FormatSpec.pad(text, text.codePointCount(0, text.length()), s.width(), s.align(), s.fill());
    }

    private static String part(double x, FormatSpec.Spec s, char sign, int type) {
        var partSpec = new FormatSpec.Spec(' ', '>', sign, s.noNegZero(), s.alt(), -1, s.grouping(), s.precision(), type);
        return FormatSpec.formatFloat(x, partSpec);
    }

    // ---------------------------------------------------------------------------------------
    // complex(str)

    /**
     * {@code complex(text)}: {@code [ws][(][ws] x | xj | x±yj | x±j | ±j | j [ws][)][ws]} where x and
     * y are float literals (digits may be separated by single underscores). ValueError
     * "complex() arg is a malformed string" otherwise.
     */
    public static ComplexValue parse(String text) {
        String s = asciiDigits(text);
        if (s.indexOf('_') >= 0) s = withoutUnderscores(s, text);
        int end = s.length(), pos = 0;
        while (pos < end && isSpace(s.charAt(pos))) pos++;
        boolean paren = pos < end && s.charAt(pos) == '(';
        if (paren) {
            pos++;
            while (pos < end && isSpace(s.charAt(pos))) pos++;
        }
        double re = 0.0, im;
        int after = scanFloat(s, pos);
        if (after > pos) {
            double x = toDouble(s.substring(pos, after));
            pos = after;
            char c = pos < end ? s.charAt(pos) : 0;
            if (c == '+' || c == '-') {
                re = x;
                after = scanFloat(s, pos);
                if (after > pos) {
                    im = toDouble(s.substring(pos, after));
                    pos = after;
                } else {
                    im = c == '+' ? 1.0 : -1.0;
                    pos++;
                }
                pos = expectJ(s, pos);
            } else if (c == 'j' || c == 'J') {
                im = x;
                pos++;
            } else {
                re = x;
                im = 0.0;
            }
        } else {
            im = 1.0;
            char c = pos < end ? s.charAt(pos) : 0;
            if (c == '+' || c == '-') {
                im = c == '+' ? 1.0 : -1.0;
                pos++;
            }
            pos = expectJ(s, pos);
        }
        while (pos < end && isSpace(s.charAt(pos))) pos++;
        if (paren) {
            if (pos >= end || s.charAt(pos) != ')') throw malformed();
            pos++;
            while (pos < end && isSpace(s.charAt(pos))) pos++;
        }
        if (pos != end) throw malformed();
        return new ComplexValue(re, im);
    }

    private static int expectJ(String s, int pos) {
        if (pos >= s.length() || (s.charAt(pos) != 'j' && s.charAt(pos) != 'J')) throw malformed();
        return pos + 1;
    }

    private static PyException malformed() {
        return PyException.valueError("complex() arg is a malformed string");
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Decimal digits of any script as ASCII, as CPython reads numbers. */
    private static String asciiDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) sb.append((char) ('0' + Character.digit(c, 10)));
            else sb.appendCodePoint(c);
        });
        return sb.toString();
    }

    /** The text without its underscores, each of which must stand between two digits. */
    private static String withoutUnderscores(String s, String original) {
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!isDigit(prev)) throw cannotConvert(original);
            } else {
                if (prev == '_' && !isDigit(c)) throw cannotConvert(original);
                sb.append(c);
            }
            prev = c;
        }
        if (prev == '_') throw cannotConvert(original);
        return sb.toString();
    }

    private static PyException cannotConvert(String original) {
        return PyException.valueError("could not convert string to complex: " + StrRepr.repr(original));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The end of the float literal at {@code pos} (a sign, then digits or inf/infinity/nan), or pos if none. */
    private static int scanFloat(String s, int pos) {
        int i = pos, end = s.length();
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, i, word, 0, word.length())) return i + word.length();
        }
        int digits = 0;
        while (i < end && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < end && s.charAt(i) == '.') {
            i++;
            while (i < end && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) return pos;
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < end && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            int k = j;
            while (k < end && isDigit(s.charAt(k))) k++;
            if (k > j) i = k;
        }
        return i;
    }

    private static double toDouble(String literal) {
        String t = literal.toLowerCase();
        boolean negative = t.startsWith("-");
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (body.startsWith("inf")) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return negative ? -Double.NaN : Double.NaN;
        return Double.parseDouble(literal);
    }
}

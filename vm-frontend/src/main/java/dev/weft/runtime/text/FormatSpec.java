package dev.weft.runtime.text;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.num.Num;
import dev.weft.runtime.objects.bigint.BigInts;
import java.math.BigInteger;

/**
 * The format-spec mini-language, {@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]},
 * for int (and bool), float and str: what {@code format(v, spec)}, f-strings and
 * {@code str.format} do with the part after the colon, with CPython 3.11's results and errors.
 *
 * <p>Built as CPython's {@code formatter_unicode.c} is, in three steps: {@link #parse} reads
 * the spec into a {@link Spec} and does the checks that need no value (so its errors come
 * first, and in CPython's order); the type's formatter turns the value into a sign, a prefix
 * ("0x"), digits to group, and a remainder (".5e+10", or the character for 'c'); then one
 * layout, {@link #layoutNumber}, places padding, sign, prefix, grouped digits and remainder.
 * Zero padding ({@code 0} or fill '0' with '=') is done by the grouping step itself, which is
 * why {@code format(1234, '08,')} is {@code '0,001,234'}: the zeros are grouped like digits.
 *
 * <p>Locale: Weft runs in the C locale, as CPython does until a program calls
 * {@code locale.setlocale}, so 'n' is 'd' for ints and 'g' for floats, without grouping.
 * Widths and precisions are counted in code points, as Python counts str lengths.
 */
public final class FormatSpec {
    private FormatSpec() {}

    /**
     * A parsed spec. {@code fill} and {@code type} are code points (type 0: none given and no
     * default); {@code align} is one of {@code < > = ^}; {@code sign} is {@code + - space} or 0;
     * {@code width} and {@code precision} are -1 when not given; {@code grouping} is ',' or
     * '_' or 0.
     */
    public record Spec(int fill, char align, char sign, boolean noNegZero, boolean alt, long width, char grouping,
            long precision, int type) {}

    /** Beyond this many characters a formatted result is MemoryError rather than a Java heap. */
    private static final long MAX_RESULT = 1L << 28;

    // ---------------------------------------------------------------------------------------
    // Entry points

    /** {@code format(w, spec)} for a number word (int, bool, bigint, float). */
    public static String format(long w, String spec) {
        return format(w, spec, Num.typeName(w));
    }

    /**
     * {@code format(w, spec)} for a number word, naming the type {@code typeName} in errors (a
     * subclass of int or float formats as its base does).
     */
    public static String format(long w, String spec, String typeName) {
        if (Words.isFloat(w)) return formatFloat(Words.toDouble(w), spec, typeName);
        if (!BigInts.isInt(w)) throw new IllegalArgumentException("not a number: " + Long.toHexString(w));
        if (spec.isEmpty()) return IntText.repr(w); // str(v): "True" for a bool
        Spec s = parse(spec, 'd', '>', typeName);
        return switch (s.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> formatInt(BigInts.toBig(w), s);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> formatFloat(Num.toDouble(w), s);
            default -> throw unknownCode(s.type, typeName);
        };
    }

    /** {@code format(x, spec)} for a float. */
    public static String formatFloat(double x, String spec, String typeName) {
        if (spec.isEmpty()) return FloatRepr.repr(x);
        Spec s = parse(spec, 0, '>', typeName);
        return switch (s.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> formatFloat(x, s);
            default -> throw unknownCode(s.type, typeName);
        };
    }

    /** {@code format(s, spec)} for a str. */
    public static String formatStr(String str, String spec) {
        if (spec.isEmpty()) return str;
        Spec s = parse(spec, 's', '<', "str");
        if (s.type != 's') throw unknownCode(s.type, "str");
        if (s.sign == ' ') throw PyException.valueError("Space not allowed in string format specifier");
        if (s.sign != 0) throw PyException.valueError("Sign not allowed in string format specifier");
        if (s.noNegZero) throw PyException.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (s.alt) throw PyException.valueError("Alternate form (#) not allowed in string format specifier");
        if (s.align == '=') throw PyException.valueError("'=' alignment not allowed in string format specifier");
        int len = str.codePointCount(0, str.length());
        if (s.precision >= 0 && len > s.precision) {
            str = str.substring(0, str.offsetByCodePoints(0, (int) s.precision));
            len = (int) s.precision;
        }
        return pad(str, len, s.width, s.align, s.fill);
    }

    // ---------------------------------------------------------------------------------------
    // Parsing

    /**
     * Reads {@code spec}; {@code defaultType} and {@code defaultAlign} are the value type's
     * ('d' and '>' for int, 0 and '>' for float, 's' and '<' for str).
     */
    public static Spec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int[] cp = spec.codePoints().toArray();
        int pos = 0, end = cp.length;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillGiven = false, alignGiven = false;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            fill = cp[pos];
            align = (char) cp[pos + 1];
            fillGiven = alignGiven = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignGiven = true;
            pos++;
        }
        char sign = 0;
        if (pos < end && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) sign = (char) cp[pos++];
        boolean noNegZero = false;
        if (pos < end && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alt = false;
        if (pos < end && cp[pos] == '#') {
            alt = true;
            pos++;
        }
        if (!fillGiven && pos < end && cp[pos] == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') align = '=';
            pos++;
        }
        int start = pos;
        long width = -1;
        long value = 0;
        while (pos < end && decimal(cp[pos]) >= 0) value = accumulate(value, decimal(cp[pos++]));
        if (pos > start) width = value;
        char grouping = 0;
        if (pos < end && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && cp[pos] == '_') {
            if (grouping != 0) throw PyException.valueError("Cannot specify both ',' and '_'.");
            grouping = '_';
            pos++;
        }
        if (pos < end && cp[pos] == ',' && grouping == '_') throw PyException.valueError("Cannot specify both ',' and '_'.");
        long precision = -1;
        if (pos < end && cp[pos] == '.') {
            pos++;
            start = pos;
            value = 0;
            while (pos < end && decimal(cp[pos]) >= 0) value = accumulate(value, decimal(cp[pos++]));
            if (pos == start) throw PyException.valueError("Format specifier missing precision");
            precision = value;
        }
        if (end - pos > 1) {
            throw PyException.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = end - pos == 1 ? cp[pos] : defaultType;
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> {}
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') throw cannotGroup(grouping, type);
                }
                default -> throw cannotGroup(grouping, type);
            }
        }
        return new Spec(fill, align, sign, noNegZero, alt, width, grouping, precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** The value of a decimal digit in any script (as CPython's Py_UNICODE_TODECIMAL), else -1. */
    private static int decimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
    }

    private static long accumulate(long value, int digit) {
        if (value > (Long.MAX_VALUE - digit) / 10) throw PyException.valueError("Too many decimal digits in format string");
        return value * 10 + digit;
    }

    /** A type code as CPython's messages show it: the character, or \x.. outside 33..127. */
    private static String showCode(int type) {
        return type > 32 && type < 128 ? String.valueOf((char) type) : "\\x" + Integer.toHexString(type);
    }

    private static PyException cannotGroup(char grouping, int type) {
        return PyException.valueError("Cannot specify '" + grouping + "' with '" + showCode(type) + "'.");
    }

    private static PyException unknownCode(int type, String typeName) {
        return PyException.valueError("Unknown format code '" + showCode(type) + "' for object of type '" + typeName + "'");
    }

    // ---------------------------------------------------------------------------------------
    // The value types

    /** An int with a parsed spec whose type is one of b c d o x X n. */
    static String formatInt(BigInteger v, Spec s) {
        if (s.precision != -1) throw PyException.valueError("Precision not allowed in integer format specifier");
        if (s.noNegZero) throw PyException.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (s.type == 'c') {
            if (s.sign != 0) throw PyException.valueError("Sign not allowed with integer format specifier 'c'");
            if (s.alt) throw PyException.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!BigInts.fitsLong(v)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "Python int too large to convert to C long");
            long c = v.longValue();
            if (c < 0 || c > 0x10FFFF) throw PyException.of(ExcKind.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
            return layoutNumber(s, false, "", "", false, new String(Character.toChars((int) c)), 3);
        }
        String digits, prefix;
        switch (s.type) {
            case 'b' -> { digits = v.abs().toString(2); prefix = "0b"; }
            case 'o' -> { digits = v.abs().toString(8); prefix = "0o"; }
            case 'x' -> { digits = v.abs().toString(16); prefix = "0x"; }
            case 'X' -> { digits = v.abs().toString(16).toUpperCase(); prefix = "0X"; }
            default -> { digits = IntText.decimal(v.abs()); prefix = ""; }
        }
        int groupSize = s.grouping == '_' && !prefix.isEmpty() ? 4 : 3;
        return layoutNumber(s, v.signum() < 0, s.alt ? prefix : "", digits, false, "", groupSize);
    }

    /** A float (or an int taken as one) with a parsed spec whose type is a float type or 0. */
    static String formatFloat(double x, Spec s) {
        if (s.precision > Integer.MAX_VALUE) throw PyException.valueError("precision too big");
        if (s.precision > MAX_RESULT || s.width > MAX_RESULT) throw PyException.of(ExcKind.MEMORY_ERROR, "");
        int type = s.type;
        int flags = 0;
        if (s.alt) flags |= FloatRepr.ALT;
        if (s.noNegZero) flags |= FloatRepr.NO_NEG_ZERO;
        int defaultPrecision = 6;
        if (type == 0) {
            flags |= FloatRepr.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            x *= 100;
            percent = true;
        }
        int precision = (int) s.precision;
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = FloatRepr.format(x, (char) type, precision, flags);
        if (percent) text += "%";
        boolean negative = text.charAt(0) == '-';
        int i = negative ? 1 : 0;
        int digitsEnd = i;
        while (digitsEnd < text.length() && text.charAt(digitsEnd) >= '0' && text.charAt(digitsEnd) <= '9') digitsEnd++;
        boolean point = digitsEnd < text.length() && text.charAt(digitsEnd) == '.';
        String remainder = text.substring(point ? digitsEnd + 1 : digitsEnd);
        return layoutNumber(s, negative, "", text.substring(i, digitsEnd), point, remainder, 3);
    }

    // ---------------------------------------------------------------------------------------
    // Layout

    /**
     * CPython's number layout: {@code [lpad][sign][prefix][spad][grouped digits][.remainder][rpad]},
     * where only one of the three paddings is not empty (by alignment), and with fill '0'
     * and '=' the digits themselves are zero-extended to fill the width, grouped.
     */
    static String layoutNumber(Spec s, boolean negative, String prefix, String digits, boolean point,
            String remainder, int groupSize) {
        char sign = switch (s.sign) {
            case '+' -> negative ? '-' : '+';
            case ' ' -> negative ? '-' : ' ';
            default -> negative ? '-' : 0;
        };
        int nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + (point ? 1 : 0)
                + remainder.codePointCount(0, remainder.length());
        if (s.width > MAX_RESULT) throw PyException.of(ExcKind.MEMORY_ERROR, "");
        long minWidth = s.fill == '0' && s.align == '=' ? s.width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, s.grouping, groupSize);
        long padding = s.width - (nonDigits + grouped.length());
        long left = 0, inside = 0, right = 0;
        if (padding > 0) {
            switch (s.align) {
                case '<' -> right = padding;
                case '^' -> {
                    left = padding / 2;
                    right = padding - left;
                }
                case '=' -> inside = padding;
                default -> left = padding;
            }
        }
        StringBuilder sb = new StringBuilder((int) Math.max(s.width, 0) + grouped.length() + nonDigits);
        fill(sb, s.fill, left);
        if (sign != 0) sb.append(sign);
        sb.append(prefix);
        fill(sb, s.fill, inside);
        sb.append(grouped);
        if (point) sb.append('.');
        sb.append(remainder);
        fill(sb, s.fill, right);
        return sb.toString();
    }

    /**
     * The digits with a separator every {@code size} digits from the right, zero-extended on
     * the left until they take {@code minWidth} characters separators included (never
     * starting with a separator: one more zero goes before it). With no separator only the
     * zero extension is done.
     */
    private static String group(String digits, long minWidth, char separator, int size) {
        StringBuilder rev = new StringBuilder(digits.length() + digits.length() / size + 4);
        int remaining = digits.length();
        long min = minWidth;
        if (separator == 0) {
            long len = Math.max(Math.max(remaining, min), 1);
            emit(rev, digits, remaining, (int) Math.min(remaining, len), len - remaining, (char) 0);
            return rev.reverse().toString();
        }
        boolean useSeparator = false;
        for (;;) {
            long len = Math.min(size, Math.max(Math.max(remaining, min), 1));
            long zeros = Math.max(0, len - remaining);
            int chars = (int) Math.max(0, Math.min(remaining, len));
            emit(rev, digits, remaining, chars, zeros, useSeparator ? separator : 0);
            useSeparator = true;
            remaining -= chars;
            min -= len;
            if (remaining <= 0 && min <= 0) break;
            min -= 1;
        }
        return rev.reverse().toString();
    }

    /** Appends, reversed: the separator, the {@code chars} digits before {@code end}, the zeros. */
    private static void emit(StringBuilder rev, String digits, int end, int chars, long zeros, char separator) {
        if (separator != 0) rev.append(separator);
        for (int i = end - 1; i >= end - chars; i--) rev.append(digits.charAt(i));
        for (long i = 0; i < zeros; i++) rev.append('0');
    }

    /** {@code text} (of {@code len} code points) padded to {@code width} by alignment. */
    static String pad(String text, int len, long width, char align, int fill) {
        if (width <= len) return text;
        if (width > MAX_RESULT) throw PyException.of(ExcKind.MEMORY_ERROR, "");
        long total = width - len;
        long left = switch (align) {
            case '>' -> total;
            case '^' -> total / 2;
            default -> 0;
        };
        StringBuilder sb = new StringBuilder((int) width + 2);
        fill(sb, fill, left);
        sb.append(text);
        fill(sb, fill, total - left);
        return sb.toString();
    }

    private static void fill(StringBuilder sb, int fill, long n) {
        for (long i = 0; i < n; i++) sb.appendCodePoint(fill);
    }
}

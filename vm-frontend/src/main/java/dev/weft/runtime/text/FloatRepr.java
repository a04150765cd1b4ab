package dev.weft.runtime.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats as text, as CPython writes them: {@code repr(x)} (the shortest digits that read back
 * as x) and the e/f/g/r conversions that {@code format()}, {@code %} and {@code str.format}
 * use, each with CPython's layout ({@code 1e+16}, {@code 1.5e-07}, {@code 0.0001}).
 *
 * <p>Built as CPython is: first the decimal digits, then one layout routine. The digits come
 * in three modes, those of CPython's dtoa: the shortest round-tripping digits ('r'), n
 * significant digits ('e', 'g') and n digits after the point ('f'). The shortest are Java's
 * own ({@link Double#toString}, shortest since JDK 19) with one correction: where a single
 * digit round-trips, Java may still give two (it picks the closest of the 1- and 2-digit
 * candidates: 4.9E-324 for Python's 5e-324). The fixed-precision modes round the double's
 * exact value ({@link BigDecimal#BigDecimal(double)}) half to even, as dtoa does; Java's
 * {@code String.format} would round the shortest digits instead, which is wrong for 0.125.
 *
 * <p>The layout places a string of digits with a decimal exponent on a run of "virtual
 * digits" padded with zeros on both sides: CPython's own picture in {@code pystrtod.c}.
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** Always write a sign ({@code +} for non-negative). */
    public static final int SIGN = 1;
    /** Add ".0" to a result that would read as an integer (repr, and format with no type). */
    public static final int ADD_DOT_0 = 2;
    /** Alternate form '#': keep the point and, for 'g', the trailing zeros. */
    public static final int ALT = 4;
    /** The 'z' option: a zero after rounding loses its minus sign. */
    public static final int NO_NEG_ZERO = 8;

    /** {@code repr(x)} and {@code str(x)}. */
    public static String repr(double x) {
        return format(x, 'r', 0, ADD_DOT_0);
    }

    /**
     * {@code x} written with one of CPython's float conversions: 'e', 'f', 'g' (and 'E', 'F',
     * 'G' upper case) with {@code precision} as in a format spec, or 'r' for the shortest
     * digits (precision ignored). {@code flags} combines {@link #SIGN}, {@link #ADD_DOT_0},
     * {@link #ALT} and {@link #NO_NEG_ZERO}.
     */
    public static String format(double x, char type, int precision, int flags) {
        boolean upper = Character.isUpperCase(type);
        char lower = Character.toLowerCase(type);
        boolean negative = (Double.doubleToRawLongBits(x) < 0);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            StringBuilder sb = new StringBuilder(4);
            if (Double.isInfinite(x) && negative) sb.append('-');
            else if ((flags & SIGN) != 0) sb.append('+');
            sb.append(Double.isNaN(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.toString();
        }
        double a = Math.abs(x);
        Digits d;
        int sigDigits = precision;
        switch (lower) {
            case 'r' -> d = shortest(a);
            case 'e' -> {
                sigDigits = precision + 1;
                d = significant(a, sigDigits);
            }
            case 'g' -> {
                if (sigDigits == 0) sigDigits = 1;
                d = significant(a, sigDigits);
            }
            case 'f' -> d = fixed(a, precision);
            default -> throw new IllegalArgumentException("float conversion " + type);
        }
        if ((flags & NO_NEG_ZERO) != 0 && (d.digits.isEmpty() || d.digits.equals("0"))) negative = false;
        return layout(negative, d.digits, d.decpt, lower, sigDigits, flags, upper);
    }

    /** Decimal digits (no leading or trailing zeros; "0" for zero) and the point's place:
     *  the value is 0.DIGITS times 10^decpt. */
    private record Digits(String digits, int decpt) {}

    /** The shortest digits that read back as {@code a} (finite, not negative). */
    private static Digits shortest(double a) {
        if (a == 0.0) return new Digits("0", 1);
        String s = Double.toString(a); // "123.456", "1.0E-5", "4.9E-324"
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mantissa = e < 0 ? s : s.substring(0, e);
        int point = mantissa.indexOf('.');
        String all = mantissa.substring(0, point) + mantissa.substring(point + 1);
        int decpt = point + exp;
        int start = 0;
        while (start < all.length() - 1 && all.charAt(start) == '0') {
            start++;
            decpt--;
        }
        int end = all.length();
        while (end > start + 1 && all.charAt(end - 1) == '0') end--;
        String digits = all.substring(start, end);
        if (digits.length() == 2) {
            Digits one = oneDigit(a, digits, decpt);
            if (one != null) return one;
        }
        return new Digits(digits, decpt);
    }

    /** A single digit that reads back as {@code a}, the closer if two do; null if none does. */
    private static Digits oneDigit(double a, String two, int decpt) {
        int d = two.charAt(0) - '0';
        Digits down = new Digits(String.valueOf(d), decpt);
        Digits up = d == 9 ? new Digits("1", decpt + 1) : new Digits(String.valueOf(d + 1), decpt);
        boolean downOk = readsBack(down, a), upOk = readsBack(up, a);
        if (downOk && upOk) {
            BigDecimal exact = new BigDecimal(a);
            int c = exact.subtract(value(down)).compareTo(value(up).subtract(exact));
            return c <= 0 ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    private static BigDecimal value(Digits d) {
        return new BigDecimal(new BigInteger(d.digits), d.digits.length() - d.decpt);
    }

    private static boolean readsBack(Digits d, double a) {
        return Double.parseDouble(d.digits + "E" + (d.decpt - d.digits.length())) == a;
    }

    /** {@code a} (finite, not negative) rounded to n >= 1 significant digits. */
    private static Digits significant(double a, int n) {
        if (a == 0.0) return new Digits("0", 1);
        return digitsOf(new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** {@code a} (finite, not negative) rounded to n digits after the point. */
    private static Digits fixed(double a, int n) {
        if (a == 0.0) return new Digits("0", 1);
        BigDecimal r = new BigDecimal(a).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) return new Digits("", -n); // rounds to zero: no digits, as dtoa
        return digitsOf(r);
    }

    private static Digits digitsOf(BigDecimal r) {
        BigDecimal t = r.stripTrailingZeros();
        String digits = t.unscaledValue().toString();
        return new Digits(digits, digits.length() - t.scale());
    }

    /**
     * Lays out digits as CPython's {@code format_float_short}: the digits sit among virtual
     * digits from {@code start} (before the point, zeros) to {@code end} (zeros after the
     * last digit), where the conversion decides the end: 'f' at precision places after the
     * point, 'e' (and 'g' in alternate form) after precision significant digits.
     */
    private static String layout(boolean negative, String digits, int decpt, char type, int precision, int flags,
            boolean upper) {
        boolean alt = (flags & ALT) != 0, addDot0 = (flags & ADD_DOT_0) != 0;
        int len = digits.length();
        int end = len;
        boolean useExp = false;
        switch (type) {
            case 'e' -> {
                useExp = true;
                end = precision;
            }
            case 'f' -> end = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) end = precision;
            }
            default -> { // 'r': exponent from 1e16 on
                if (decpt <= -4 || decpt > 16) useExp = true;
            }
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int start = decpt <= 0 ? decpt - 1 : 0;
        end = Math.max(end, !useExp && addDot0 ? decpt + 1 : decpt);

        StringBuilder sb = new StringBuilder(Math.max(end - start, 0) + 8);
        if (negative) sb.append('-');
        else if ((flags & SIGN) != 0) sb.append('+');
        if (decpt <= 0) {
            zeros(sb, decpt - start);
            sb.append('.');
            zeros(sb, -decpt);
        }
        if (0 < decpt && decpt <= len) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, len);
        } else {
            sb.append(digits);
        }
        if (len < decpt) {
            zeros(sb, decpt - len);
            sb.append('.');
            zeros(sb, end - decpt);
        } else {
            zeros(sb, end - len);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) sb.setLength(sb.length() - 1);
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) sb.append('0');
            sb.append(ae);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) sb.append('0');
    }
}

package dev.weft.runtime.num;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python's float semantics where they differ from Java's: floor division and modulo (the sign
 * of the divisor, signed zeros as CPython's {@code float_divmod} leaves them), {@code **} with
 * C99's special cases and Python's errors, {@code round}, conversion to int, the numeric hash,
 * and exact comparison with ints of any size.
 *
 * <p>Java's {@code %} on doubles is C's {@code fmod} (exact, the dividend's sign), which is
 * what CPython builds on; the rest is the adjustment CPython makes after it. Decimal rounding
 * ({@code round(x, n)}) goes through {@link BigDecimal}, which holds a double's exact value, so
 * it rounds that value half to even as CPython's dtoa does, and its conversion back is
 * correctly rounded as dtoa's {@code strtod} is.
 */
public final class FloatMath {
    private FloatMath() {}

    /** {@code x // y}. */
    public static double floorDiv(double x, double y) {
        if (y == 0.0) throw IntMath.zeroDivision("float floor division by zero");
        return divmodUnchecked(x, y)[0];
    }

    /** {@code x % y}: the sign of y, and a zero result is y's zero. */
    public static double mod(double x, double y) {
        if (y == 0.0) throw IntMath.zeroDivision("float modulo");
        double mod = x % y;
        if (mod != 0.0) {
            if ((y < 0) != (mod < 0)) mod += y;
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    /** {@code divmod(x, y)}. */
    public static double[] divmod(double x, double y) {
        if (y == 0.0) throw IntMath.zeroDivision("float divmod()");
        return divmodUnchecked(x, y);
    }

    private static double[] divmodUnchecked(double x, double y) {
        double mod = x % y;
        // x - mod is an exact multiple of y, so this division is exact up to rounding of div
        double div = (x - mod) / y;
        if (mod != 0.0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floorDiv;
        if (div != 0.0) {
            floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) floorDiv += 1.0; // div was just below an integer
        } else {
            floorDiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floorDiv, mod};
    }

    /** Whether x is an odd integer. */
    private static boolean isOddInteger(double x) {
        return Math.abs(x) % 2.0 == 1.0;
    }

    /**
     * {@code x ** y} for floats: C99's special values (1 ** nan is 1, (-1) ** inf is 1...),
     * ZeroDivisionError for 0 to a negative power, OverflowError for a finite overflow. A
     * negative base to a non-integer power is a complex number in CPython, which Weft does not
     * have: ValueError "complex numbers are not supported yet".
     */
    public static double pow(double x, double y) {
        if (y == 0.0) return 1.0;
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) return 1.0;
            return (y > 0.0) == (ax > 1.0) ? Math.abs(y) : 0.0;
        }
        if (Double.isInfinite(x)) {
            boolean odd = isOddInteger(y);
            if (y > 0.0) return odd ? x : Math.abs(x);
            return odd ? Math.copySign(0.0, x) : 0.0;
        }
        if (x == 0.0) {
            if (y < 0.0) throw IntMath.zeroDivision("0.0 cannot be raised to a negative power");
            return isOddInteger(y) ? x : 0.0;
        }
        boolean negate = false;
        if (x < 0.0) {
            if (y != Math.floor(y)) throw complexUnsupported();
            x = -x;
            negate = isOddInteger(y);
        }
        if (x == 1.0) return negate ? -1.0 : 1.0;
        // one correctly rounded operation where there is one; Pow for the rest
        double r = y == 2.0 ? x * x : y == 0.5 ? Math.sqrt(x) : y == 1.0 ? x : y == -1.0 ? 1.0 / x : Pow.positive(x, y);
        if (Double.isInfinite(r)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
        return negate ? -r : r;
    }

    static PyException complexUnsupported() {
        return PyException.valueError("complex numbers are not supported yet");
    }

    /** {@code int(x)}: truncation toward zero. */
    public static BigInteger toBigInteger(double x) {
        if (Double.isNaN(x)) throw PyException.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(x)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        if (Math.abs(x) < 0x1p62) return BigInteger.valueOf((long) x);
        return new BigDecimal(x).toBigInteger(); // |x| >= 2^62 is an integer: exact
    }

    /** {@code round(x)}: the nearest int, ties to even. */
    public static BigInteger roundToInt(double x) {
        return toBigInteger(Math.rint(x));
    }

    // CPython's bounds beyond which round(x, n) needs no rounding (n large) or gives a zero
    private static final int NDIGITS_MAX = (int) ((53 - (-1021)) * 0.30103);
    private static final int NDIGITS_MIN = -(int) ((1024 + 1) * 0.30103);

    /** {@code round(x, n)}: x's exact value rounded to n decimal places, ties to even. */
    public static double round(double x, long n) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) return x;
        if (n > NDIGITS_MAX) return x;
        if (n < NDIGITS_MIN) return 0.0 * x;
        double r = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "rounded value too large to represent");
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }

    /** {@code float.is_integer()}. */
    public static boolean isInteger(double x) {
        return !Double.isInfinite(x) && Math.floor(x) == x;
    }

    /** {@code float.as_integer_ratio()}: numerator and positive denominator in lowest terms. */
    public static BigInteger[] asIntegerRatio(double x) {
        if (Double.isNaN(x)) throw PyException.valueError("cannot convert NaN to integer ratio");
        if (Double.isInfinite(x)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
        if (x == 0.0) return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long mantissa = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mantissa |= 1L << 52;
            exp = biased - 1075;
        }
        int zeros = Math.min(Long.numberOfTrailingZeros(mantissa), exp < 0 ? -exp : 0);
        mantissa >>>= zeros;
        exp += zeros;
        BigInteger num = BigInteger.valueOf(x < 0 ? -mantissa : mantissa);
        if (exp >= 0) return new BigInteger[] {num.shiftLeft(exp), BigInteger.ONE};
        return new BigInteger[] {num, BigInteger.ONE.shiftLeft(-exp)};
    }

    /**
     * Python's {@code hash(x)}: the hash of the exact rational value, so an integral float
     * hashes as the equal int. inf and -inf are 314159 and -314159. NaN is 0: CPython 3.10+
     * hashes a NaN by its object identity, which Weft's unboxed floats do not have.
     */
    public static long hash(double x) {
        if (Double.isNaN(x)) return 0;
        if (Double.isInfinite(x)) return x > 0 ? 314159 : -314159;
        if (x == 0.0) return 0;
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long mantissa = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mantissa |= 1L << 52;
            exp = biased - 1075;
        }
        // |x| = mantissa * 2^exp, and 2^61 = 1 mod 2^61-1, so multiplying by 2^exp rotates
        // the 61-bit residue left by exp mod 61
        int k = Math.floorMod(exp, 61);
        long h = mantissa; // < 2^53 < the modulus
        if (k != 0) h = ((h << k) & IntMath.HASH_MODULUS) | (h >>> (61 - k));
        if (h == IntMath.HASH_MODULUS) h = 0;
        if (x < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /** The sign of {@code i - x} for an int and a float that is not NaN, compared exactly. */
    public static int compare(BigInteger i, double x) {
        if (Double.isInfinite(x)) return x > 0 ? -1 : 1;
        if (i.bitLength() <= 53) return Double.compare(i.doubleValue() + 0.0, x + 0.0);
        double floor = Math.floor(x);
        int c = i.compareTo(toBigInteger(floor));
        if (c != 0) return c;
        return floor == x ? 0 : -1;
    }

    /** The sign of {@code i - x} for a long and a float that is not NaN, compared exactly. */
    public static int compare(long i, double x) {
        if (i >= -(1L << 53) && i <= (1L << 53)) return Double.compare((double) i + 0.0, x + 0.0);
        return compare(BigInteger.valueOf(i), x);
    }
}

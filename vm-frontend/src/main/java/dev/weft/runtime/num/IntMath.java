package dev.weft.runtime.num;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import java.math.BigInteger;

/**
 * Python's int semantics on {@link BigInteger}: floor division, true division correctly
 * rounded for any size, modular pow with negative exponents, shifts, the numeric hash and
 * conversion to float. {@link Num} calls these on its slow path, after the small-int fast paths
 * have declined; they never see words.
 *
 * <p>BigInteger already agrees with Python where it matters most: its bit operations and
 * {@code shiftRight} act on the infinite two's complement form, as Python's do. What differs
 * is division (BigInteger truncates, Python floors) and the errors, both handled here. A
 * result beyond what BigInteger can hold (2^Integer.MAX_VALUE bits) is MemoryError, which is
 * what CPython says when it cannot allocate one.
 */
public final class IntMath {
    private IntMath() {}

    /** The modulus of Python's numeric hash: the Mersenne prime 2^61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger HASH_MODULUS_BIG = BigInteger.valueOf(HASH_MODULUS);

    static PyException zeroDivision(String message) {
        return PyException.of(ExcKind.ZERO_DIVISION_ERROR, message);
    }

    static PyException memoryError() {
        return PyException.of(ExcKind.MEMORY_ERROR, "");
    }

    /** {@code a // b}. */
    public static BigInteger floorDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw zeroDivision("integer division or modulo by zero");
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    /** {@code a % b}: the sign of b. */
    public static BigInteger mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw zeroDivision("integer modulo by zero");
        BigInteger r = a.remainder(b);
        return r.signum() != 0 && r.signum() != b.signum() ? r.add(b) : r;
    }

    /** {@code divmod(a, b)}. */
    public static BigInteger[] divmod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw zeroDivision("integer division or modulo by zero");
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /**
     * {@code a / b} correctly rounded (half to even), however large a and b are: a plain
     * {@code a.doubleValue() / b.doubleValue()} rounds twice and overflows early.
     */
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw zeroDivision("division by zero");
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        BigInteger x = a.abs(), y = b.abs();
        double result;
        if (x.signum() == 0) {
            result = 0.0;
        } else if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            result = x.doubleValue() / y.doubleValue(); // both exact: one rounding
        } else {
            result = ratio(x, y, 0);
            if (Double.isInfinite(result)) {
                throw PyException.of(ExcKind.OVERFLOW_ERROR, "integer division result too large for a float");
            }
        }
        return negative ? -result : result;
    }

    /**
     * {@code x / y * 2^scale} for positive x and y, correctly rounded: infinity when it
     * overflows, 0 below half the smallest subnormal. The quotient is taken to 57 bits plus
     * a sticky bit for the remainder, then rounded once to the precision of its double (53
     * bits, fewer when subnormal).
     */
    static double ratio(BigInteger x, BigInteger y, long scale) {
        long diff = (long) x.bitLength() - y.bitLength(); // x / y lies in (2^(diff-1), 2^(diff+1))
        if (diff + scale > 1025) return Double.POSITIVE_INFINITY;
        if (diff + scale < -1080) return 0.0;
        int shift = (int) diff - 55;
        BigInteger num = shift >= 0 ? x : x.shiftLeft(-shift);
        BigInteger den = shift >= 0 ? y.shiftLeft(shift) : y;
        BigInteger[] qr = num.divideAndRemainder(den);
        return roundScaled(qr[0].longValueExact(), shift + (int) scale, qr[1].signum() != 0);
    }

    /** {@code x * 2^scale} for a positive x, correctly rounded (infinity when it overflows). */
    static double scaled(BigInteger x, long scale) {
        long bits = x.bitLength();
        if (bits + scale > 1025) return Double.POSITIVE_INFINITY;
        if (bits + scale < -1080) return 0.0;
        int shift = (int) bits - 57;
        if (shift <= 0) return roundScaled(x.longValueExact() << -shift, shift + (int) scale, false);
        boolean sticky = x.getLowestSetBit() < shift;
        return roundScaled(x.shiftRight(shift).longValueExact(), shift + (int) scale, sticky);
    }

    /**
     * {@code (q + f) * 2^e} rounded half to even, where q has at least 55 bits and f in [0, 1)
     * is known only as zero or not ({@code sticky}). Infinity when it overflows.
     */
    static double roundScaled(long q, int e, boolean sticky) {
        q = q << 1 | (sticky ? 1 : 0); // the sticky bit below every bit that can round
        e -= 1;
        int bits = 64 - Long.numberOfLeadingZeros(q);
        int top = e + bits - 1; // the value lies in [2^top, 2^(top+1))
        if (top > 1024) return Double.POSITIVE_INFINITY;
        int ulp = Math.max(top - 52, -1074);
        int drop = ulp - e;
        if (drop >= 63) return 0.0;
        long kept = q >>> drop;
        long rest = q & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rest > half || (rest == half && (kept & 1) != 0)) kept++;
        return Math.scalb((double) kept, ulp); // exact: kept <= 2^53
    }

    /** {@code float(v)}: correctly rounded; OverflowError beyond the largest double. */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "int too large to convert to float");
        return d;
    }

    /** {@code a ** b} for b >= 0. */
    public static BigInteger pow(BigInteger a, BigInteger b) {
        if (b.signum() == 0) return BigInteger.ONE;
        if (a.signum() == 0 || a.equals(BigInteger.ONE)) return a;
        if (a.equals(BigInteger.ONE.negate())) return b.testBit(0) ? a : BigInteger.ONE;
        if (b.bitLength() > 31) throw memoryError();
        try {
            return a.pow(b.intValue());
        } catch (ArithmeticException e) {
            throw memoryError();
        }
    }

    /** Three-argument {@code pow(a, b, m)}, as Python 3.8+: a negative b inverts a mod m. */
    public static BigInteger powMod(BigInteger a, BigInteger b, BigInteger m) {
        if (m.signum() == 0) throw PyException.valueError("pow() 3rd argument cannot be 0");
        BigInteger modulus = m.abs();
        if (modulus.equals(BigInteger.ONE)) return BigInteger.ZERO;
        BigInteger r;
        try {
            r = a.modPow(b, modulus);
        } catch (ArithmeticException e) {
            throw PyException.valueError("base is not invertible for the given modulus");
        }
        return m.signum() < 0 && r.signum() != 0 ? r.subtract(modulus) : r;
    }

    /** {@code a << n}. */
    public static BigInteger shiftLeft(BigInteger a, BigInteger n) {
        if (n.signum() < 0) throw PyException.valueError("negative shift count");
        if (a.signum() == 0) return a;
        // CPython splits the count into 30-bit digits first: a count whose digit count overflows
        // a C ssize_t is OverflowError, any other too large a count fails to allocate
        if (n.divide(BigInteger.valueOf(30)).bitLength() > 63) {
            throw PyException.of(ExcKind.OVERFLOW_ERROR, "too many digits in integer");
        }
        if (n.bitLength() > 31) throw memoryError();
        try {
            return a.shiftLeft(n.intValue());
        } catch (ArithmeticException e) {
            throw memoryError();
        }
    }

    /** {@code a >> n}. */
    public static BigInteger shiftRight(BigInteger a, BigInteger n) {
        if (n.signum() < 0) throw PyException.valueError("negative shift count");
        if (n.bitLength() > 31) return a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        return a.shiftRight(n.intValue());
    }

    /** {@code round(a, n)} for n < 0: to the nearest multiple of 10^-n, ties to even. */
    public static BigInteger roundToDigits(BigInteger a, BigInteger n) {
        if (n.signum() >= 0) return a;
        BigInteger places = n.negate();
        // |a| < 10^places / 2 gives 0 at once, and saves computing a huge power of ten
        if (places.bitLength() > 31 || places.intValue() > a.bitLength() * 0.30103 + 2) return BigInteger.ZERO;
        BigInteger unit = BigInteger.TEN.pow(places.intValue());
        BigInteger[] qr = divmod(a, unit);
        BigInteger q = qr[0];
        int c = qr[1].shiftLeft(1).compareTo(unit);
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return q.multiply(unit);
    }

    /** Python's {@code hash(n)}: n mod 2^61-1 with n's sign, and -2 for -1. */
    public static long hash(BigInteger n) {
        long h = n.abs().mod(HASH_MODULUS_BIG).longValue();
        if (n.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /** Python's {@code hash(n)} for a long. */
    public static long hash(long n) {
        if (n == Long.MIN_VALUE) return hash(BigInteger.valueOf(n));
        long h = Math.abs(n) % HASH_MODULUS;
        if (n < 0) h = -h;
        return h == -1 ? -2 : h;
    }
}

package dev.weft.runtime.num;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.objects.iter.Values;

/**
 * Complex arithmetic on pairs of doubles, by CPython 3.11's algorithms: the textbook product
 * and sum, Smith's quotient, exponentiation by squaring for integer powers up to 100 and the
 * polar formula otherwise, and CPython's errors ("complex division by zero", "complex
 * exponentiation"). All but the polar power give CPython's results to the last bit; that one
 * goes through Java's pow, exp, log, sin and cos, which differ from glibc's in the last place
 * for a few arguments in a thousand. An int or float operand is first made a complex with a zero
 * imaginary part, as CPython 3.11 does (so {@code 1 + (-0j)} has imaginary part {@code +0.0}).
 *
 * <p>The results are {@link ComplexValue} records: small and short-lived, so the JIT keeps them
 * in registers; the interpreter boxes only the final value.
 */
public final class ComplexMath {
    private ComplexMath() {}

    /** One complex value on the Java side. */
    public record ComplexValue(double real, double imag) {}

    private static final ComplexValue ONE = new ComplexValue(1.0, 0.0);
    /** Integer exponents up to this size are done by repeated squaring, as CPython does. */
    private static final int MAX_SQUARING_EXPONENT = 100;
    /** CPython's multiplier of the imaginary part's hash ({@code _PyHASH_IMAG}). */
    private static final long HASH_IMAG = 1000003;

    public static ComplexValue add(double ar, double ai, double br, double bi) {
        return new ComplexValue(ar + br, ai + bi);
    }

    public static ComplexValue sub(double ar, double ai, double br, double bi) {
        return new ComplexValue(ar - br, ai - bi);
    }

    public static ComplexValue mul(double ar, double ai, double br, double bi) {
        return new ComplexValue(ar * br - ai * bi, ar * bi + ai * br);
    }

    /** {@code a / b} by Smith's method; ZeroDivisionError when b is zero. */
    public static ComplexValue div(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br), absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) throw PyException.of(ExcKind.ZERO_DIVISION_ERROR, "complex division by zero");
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new ComplexValue((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new ComplexValue((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new ComplexValue(Double.NaN, Double.NaN); // a part of b is a NaN
    }

    /**
     * {@code a ** b}: ZeroDivisionError for zero to a negative or complex power, OverflowError
     * when a part of the result is infinite.
     */
    public static ComplexValue pow(double ar, double ai, double br, double bi) {
        ComplexValue r;
        long n = (long) br;
        if (bi == 0.0 && br == n && Math.abs(n) <= MAX_SQUARING_EXPONENT) {
            r = powSquaring(ar, ai, Math.abs(n));
            if (n <= 0) {
                if (r.real == 0.0 && r.imag == 0.0) throw zeroToNegativePower();
                r = div(1.0, 0.0, r.real, r.imag);
            }
        } else {
            r = powPolar(ar, ai, br, bi);
        }
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw PyException.of(ExcKind.OVERFLOW_ERROR, "complex exponentiation");
        }
        return r;
    }

    private static PyException zeroToNegativePower() {
        return PyException.of(ExcKind.ZERO_DIVISION_ERROR, "0.0 to a negative or complex power");
    }

    private static ComplexValue powSquaring(double xr, double xi, long n) {
        double rr = 1.0, ri = 0.0, pr = xr, pi = xi;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new ComplexValue(rr, ri);
    }

    private static ComplexValue powPolar(double ar, double ai, double br, double bi) {
        if (br == 0.0 && bi == 0.0) return ONE;
        if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) throw zeroToNegativePower();
            return new ComplexValue(0.0, 0.0);
        }
        double vabs = hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        return new ComplexValue(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** {@code abs(z)}; OverflowError "absolute value too large" when it overflows. */
    public static double abs(double re, double im) {
        if (Double.isInfinite(re)) return Math.abs(re);
        if (Double.isInfinite(im)) return Math.abs(im);
        if (Double.isNaN(re) || Double.isNaN(im)) return Double.NaN;
        double r = hypot(re, im);
        if (Double.isInfinite(r)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "absolute value too large");
        return r;
    }

    /**
     * sqrt(x*x + y*y) without undue overflow or underflow, as glibc's hypot computes it (CPython
     * calls it for abs() and cmath): the square root of the sum of squares, then one
     * correction step whose error terms are arranged to be exact, with scaling by 2**600 for
     * huge or tiny arguments. Java's {@link Math#hypot} is fdlibm's and differs in the last
     * place for about one argument in twenty; this one rounds as glibc 2.35+ does.
     */
    public static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        x = Math.abs(x);
        y = Math.abs(y);
        double ax = Math.max(x, y), ay = Math.min(x, y);
        if (ax > 0x1p511) {
            if (ay <= ax * 0x1p-54) return ax + ay;
            return hypotKernel(ax * 0x1p-600, ay * 0x1p-600) / 0x1p-600;
        }
        if (ay < 0x1p-511) {
            if (ax >= ay / 0x1p-54) return ax + ay;
            return hypotKernel(ax / 0x1p-600, ay / 0x1p-600) * 0x1p-600;
        }
        if (ay <= ax * 0x1p-54) return ax + ay;
        return hypotKernel(ax, ay);
    }

    private static double hypotKernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay), t1, t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
    }

    /**
     * {@code hash(z)} given the hashes of its parts (a part's hash is that of the float, so
     * {@code hash(complex(x, 0)) == hash(x)}), combined as CPython does in unsigned arithmetic.
     */
    public static long hash(long realHash, long imagHash) {
        long h = realHash + HASH_IMAG * imagHash;
        return h == -1 ? -2 : h;
    }

    /** The hash of one non-NaN part. */
    public static long partHash(double x) {
        return Values.floatHash(x);
    }
}

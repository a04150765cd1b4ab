package dev.weft.interp;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.num.FloatMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The special functions of {@code math} that Java lacks or computes otherwise than glibc: the
 * hyperbolic ones glibc takes from fdlibm (asinh, acosh, atanh, cosh: fdlibm's formulas on the
 * platform's exp and log), log10 (fdlibm's reduction), log2 (correctly rounded, in decimal),
 * erf and erfc (summed in decimal with enough digits to round correctly), gamma and lgamma
 * (Lanczos' approximation with the g = 6.0247 coefficients of Boost's 13-term table, with
 * CPython's special cases and its exact small factorials), and fsum (Shewchuk's exact
 * summation of partials, rounded half to even at the end).
 */
final class MathSpecial {
    private MathSpecial() {}

    private static final double LN2 = 0.6931471805599453;

    static double asinh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || ax < 0x1p-28) return x;
        double r;
        if (ax > 0x1p28) {
            r = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            r = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            r = StrictMath.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) return x;
        if (x < 1.0) return Double.NaN;
        if (x >= 0x1p28) return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        if (x == 1.0) return 0.0;
        if (x > 2.0) return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x)) return x;
        if (ax > 1.0) return Double.NaN;
        if (ax == 1.0) return x / 0.0;
        if (ax < 0x1p-28) return x;
        double r;
        if (ax < 0.5) {
            double t = ax + ax;
            r = 0.5 * StrictMath.log1p(t + t * ax / (1.0 - ax));
        } else {
            r = 0.5 * StrictMath.log1p((ax + ax) / (1.0 - ax));
        }
        return Math.copySign(r, x);
    }

    /** cosh as fdlibm computes it, on the platform's exp. */
    static double cosh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x)) return x;
        if (ax < 0.5 * LN2) {
            double t = StrictMath.expm1(ax);
            double w = 1.0 + t;
            if (ax < 0x1p-55) return w;
            return 1.0 + (t * t) / (w + w);
        }
        if (ax < 22.0) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < 709.782712893384) return 0.5 * Math.exp(ax);
        if (ax <= 710.4758600739439) {
            double w = Math.exp(0.5 * ax);
            return 0.5 * w * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    private static final BigDecimal LN2_DEC = new BigDecimal("0.69314718055994530941723212145817656807550013436026");
    private static final MathContext LOG_MC = new MathContext(32, RoundingMode.HALF_EVEN);

    /** log2 of a positive x, correctly rounded (exact for powers of two). */
    static double log2(double x) {
        return logBase(x, LN2_DEC);
    }

    /** log10 as fdlibm computes it (the binary exponent exactly, then the fraction's log). */
    static double log10(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (x < 0) return Double.NaN;
        int k = Math.getExponent(x);
        if (k == Double.MIN_EXPONENT - 1) k = Math.getExponent(x * 0x1p54) - 54;
        int i = k < 0 ? 1 : 0;
        double y = k + i;
        double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * Math.log(Math.scalb(x, -(k + i)));
        return z + y * 3.01029995663611771306e-01;
    }

    /**
     * log(x) / log(base), correctly rounded: x = m * 2^e with m in [sqrt(1/2), sqrt(2)], in decimal as
     * (e ln 2 + 2 atanh((m - 1) / (m + 1))) / ln(base), the atanh by its series.
     */
    private static double logBase(double x, BigDecimal lnBase) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (x < 0) return Double.NaN;
        if (x == 1.0) return 0.0;
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(x * 0x1p54) - 54;
        double m = Math.scalb(x, -e); // in [1, 2)
        if (m > Math.sqrt(2.0)) {
            m /= 2;
            e++;
        }
        if (m == 1.0 && lnBase == LN2_DEC) return e;
        BigDecimal bm = new BigDecimal(m);
        BigDecimal s = bm.subtract(BigDecimal.ONE).divide(bm.add(BigDecimal.ONE), LOG_MC);
        BigDecimal s2 = s.multiply(s, LOG_MC), power = s, sum = s;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(36);
        for (int k = 3; power.abs().compareTo(eps) > 0; k += 2) {
            power = power.multiply(s2, LOG_MC);
            sum = sum.add(power.divide(BigDecimal.valueOf(k), LOG_MC), LOG_MC);
        }
        BigDecimal ln = sum.multiply(TWO).add(LN2_DEC.multiply(BigDecimal.valueOf(e)), LOG_MC);
        return ln.divide(lnBase, LOG_MC).doubleValue();
    }

    // ------------------------------------------------------------------------------------
    // erf, erfc

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /**
     * erf of |x| in decimal with about {@code digits} significant digits: the series
     * 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (1 * 3 * ... * (2n+1)), all of whose terms are
     * positive, so no digit is lost to cancellation.
     */
    private static BigDecimal erfAbs(double x, int digits) {
        MathContext mc = new MathContext(digits + 10, RoundingMode.HALF_EVEN);
        BigDecimal ax = new BigDecimal(Math.abs(x));
        BigDecimal x2 = ax.multiply(ax, mc);
        BigDecimal term = ax, sum = ax;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(digits + 5);
        for (int n = 0; ; n++) {
            term = term.multiply(x2.multiply(TWO), mc).divide(BigDecimal.valueOf(2L * n + 3), mc);
            sum = sum.add(term, mc);
            if (2.0 * x * x < 2 * n + 3 && term.compareTo(sum.multiply(eps)) <= 0) break;
        }
        return TwoOverSqrtPi.VALUE.round(mc).multiply(exp(x2.negate(), mc), mc).multiply(sum, mc);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        if (Math.abs(x) >= 6.0) return Math.copySign(1.0, x);
        if (x == 0) return x;
        double r = erfAbs(x, 22).doubleValue();
        return Math.copySign(r, x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        if (x >= 27.3) return 0.0;
        if (x <= -6.0) return 2.0;
        if (x == 0) return 1.0;
        if (x < 0) return BigDecimal.ONE.add(erfAbs(x, 22)).doubleValue();
        int digits = 22 + (int) (x * x / 2.3);
        return BigDecimal.ONE.subtract(erfAbs(x, digits)).doubleValue();
    }

    /** 2 / sqrt(pi) to 420 digits (enough for erfc's widest), made on first use. */
    private static final class TwoOverSqrtPi {
        static final BigDecimal VALUE = twoOverSqrtPi(new MathContext(420, RoundingMode.HALF_EVEN));
    }

    /** 2 / sqrt(pi) to the precision of mc, from pi by Machin's formula. */
    private static BigDecimal twoOverSqrtPi(MathContext mc) {
        BigDecimal pi = arctanInv(5, mc).multiply(BigDecimal.valueOf(16)).subtract(arctanInv(239, mc).multiply(BigDecimal.valueOf(4)), mc);
        return TWO.divide(pi.sqrt(mc), mc);
    }

    /** arctan(1/k) by its series. */
    private static BigDecimal arctanInv(int k, MathContext mc) {
        BigDecimal k2 = BigDecimal.valueOf((long) k * k);
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(k), mc), sum = power;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int n = 1; power.compareTo(eps) > 0; n++) {
            power = power.divide(k2, mc);
            BigDecimal t = power.divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = n % 2 == 1 ? sum.subtract(t, mc) : sum.add(t, mc);
        }
        return sum;
    }

    /** e^a for a <= 0: the Taylor series of a / 2^k, squared k times. */
    private static BigDecimal exp(BigDecimal a, MathContext mc) {
        int k = Math.max(0, (int) Math.ceil(Math.log(Math.abs(a.doubleValue()) + 1) / Math.log(2)) + 8);
        MathContext wide = new MathContext(mc.getPrecision() + k / 3 + 5, RoundingMode.HALF_EVEN);
        BigDecimal r = a.divide(TWO.pow(k), wide);
        BigDecimal term = BigDecimal.ONE, sum = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(wide.getPrecision() + 2);
        for (int n = 1; term.abs().compareTo(eps) > 0; n++) {
            term = term.multiply(r, wide).divide(BigDecimal.valueOf(n), wide);
            sum = sum.add(term, wide);
        }
        for (int i = 0; i < k; i++) sum = sum.multiply(sum, wide);
        return sum.round(mc);
    }

    // ------------------------------------------------------------------------------------
    // gamma, lgamma

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
        2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double[] FACTORIALS = new double[23];

    static {
        double f = 1;
        for (int i = 0; i < FACTORIALS.length; i++) {
            FACTORIALS[i] = f; // (i)! = gamma(i + 1)
            f *= i + 1;
        }
    }

    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi x) for a finite x, exact at the integers and half-integers. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y));
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            default -> Math.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    private static double pow(double x, double y) {
        return FloatMath.pow(x, y);
    }

    static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (Double.isInfinite(x)) throw MathModule.domain();
        if (x == 0) throw MathModule.domain();
        if (x == Math.floor(x)) {
            if (x < 0) throw MathModule.domain();
            if (x <= FACTORIALS.length) return FACTORIALS[(int) x - 1];
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) throw MathModule.range();
            return r;
        }
        if (ax > 200.0) {
            if (x < 0) return 0.0 / sinpi(x);
            throw MathModule.range();
        }
        double y = ax + LANCZOS_G_MINUS_HALF;
        double z;
        if (ax > LANCZOS_G_MINUS_HALF) {
            double q = y - ax;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - ax;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0) {
            r = -Math.PI / sinpi(ax) / ax * Math.exp(y) / lanczosSum(ax);
            r -= z * r;
            if (ax < 140.0) {
                r /= pow(y, ax - 0.5);
            } else {
                double sqrtpow = pow(y, ax / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(ax) / Math.exp(y);
            r += z * r;
            if (ax < 140.0) {
                r *= pow(y, ax - 0.5);
            } else {
                double sqrtpow = pow(y, ax / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) throw MathModule.range();
        return r;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) throw MathModule.domain();
            return 0.0;
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) return -Math.log(ax);
        double r = Math.log(lanczosSum(ax)) - LANCZOS_G;
        r += (ax - 0.5) * (Math.log(ax + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = LOG_PI - Math.log(Math.abs(sinpi(ax))) - Math.log(ax) - r;
        if (Double.isInfinite(r)) throw MathModule.range();
        return r;
    }

    // ------------------------------------------------------------------------------------
    // fsum

    /** The exactly rounded sum: inf and nan as IEEE adds them, ValueError for inf + -inf. */
    static double fsum(double[] xs) {
        double[] partials = new double[32];
        int count = 0;
        double special = 0.0, infSum = 0.0;
        for (double x : xs) {
            if (!Double.isFinite(x)) {
                if (Double.isInfinite(x)) infSum += x;
                special += x;
                continue;
            }
            int i = 0;
            for (int j = 0; j < count; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            if (x != 0.0 && !Double.isFinite(x)) {
                throw PyException.of(ExcKind.OVERFLOW_ERROR, "intermediate overflow in fsum");
            }
            if (x != 0.0) {
                if (i == partials.length) partials = java.util.Arrays.copyOf(partials, 2 * i);
                partials[i++] = x;
            }
            count = i;
        }
        if (special != 0.0) {
            if (Double.isNaN(infSum)) throw PyException.valueError("-inf + inf in fsum");
            return special;
        }
        if (count == 0) return 0.0;
        int n = count - 1;
        double hi = partials[n], lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // half-even rounding across partials: make it right when lo lands on a tie
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
        return hi;
    }
}

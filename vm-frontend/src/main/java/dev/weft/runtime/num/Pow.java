package dev.weft.runtime.num;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code x ** y} for floats, correctly rounded. CPython's results are those of the C library's
 * {@code pow}; glibc's is correctly rounded in all but about 0.05% of cases (results within a
 * hair of a tie, which it may round either way: it rounds the exact tie {@code 9.0 ** 17} up).
 * Java's {@code StrictMath.pow} (fdlibm) is off by one unit in the last place for about 8% of
 * ordinary arguments ({@code 7.0 ** -2}), {@code Math.pow} for about 0.1%. Correct rounding
 * is the one target that does not depend on a platform, so it is Weft's.
 *
 * <p>Ziv's strategy, in three tiers. The fast tier computes {@code exp(y * log(x))} with
 * about 70 good bits, glibc's way: log and exp each reduced by a 128-entry table to a short
 * polynomial, in double-double where it matters, with a bound on its error. When the result
 * rounded to a double cannot be on the other side of a tie within that bound (all but about
 * one call in 10^4), that is the answer. Otherwise an integer exponent whose exact power has
 * at most a few thousand bits is computed exactly with BigInteger (exact ties such as
 * {@code 9.0 ** 17} land here), and anything else in double-double throughout (about 100
 * bits: wrong only for a result within 2^-100 of a tie).
 *
 * <p>x is positive, finite and not 1, y finite and not 0: {@link FloatMath#pow} has dealt with
 * the special values and the signs. The tables are computed at class load by the slow tier.
 */
final class Pow {
    private Pow() {}

    /** ln 2 as a double-double. */
    private static final double LN2_HI = 0x1.62e42fefa39efp-1, LN2_LO = 0x1.abc9e3b39803fp-56;
    /** ln 2 / 128, the step of the exp table, as a double-double. */
    private static final double STEP_HI = LN2_HI / 128, STEP_LO = LN2_LO / 128;

    private static final int TABLE = 128;
    /** For z in [1, 2) with top mantissa bits i: 1 / c_i rounded, c_i the middle of its interval. */
    private static final double[] INV_C = new double[TABLE];
    /** -log(INV_C[i]) as a double-double. */
    private static final double[] LOG_C_HI = new double[TABLE], LOG_C_LO = new double[TABLE];
    /** 2^(j / 128) as a double-double. */
    private static final double[] EXP2_HI = new double[TABLE], EXP2_LO = new double[TABLE];

    static {
        for (int i = 0; i < TABLE; i++) {
            double c = 1.0 + (i + 0.5) / TABLE;
            INV_C[i] = 1.0 / c;
            DD log = logNear1(INV_C[i]);
            LOG_C_HI[i] = -log.hi;
            LOG_C_LO[i] = -log.lo;
            double h = i * STEP_HI, l = Math.fma(i, STEP_HI, -h) + i * STEP_LO;
            DD e = expSmall(h, l);
            EXP2_HI[i] = e.hi;
            EXP2_LO[i] = e.lo;
        }
    }

    /** x ** y for x > 0 finite, x != 1, y finite and not 0; infinity when it overflows. */
    static double positive(double x, double y) {
        double fast = fast(x, y);
        return fast == fast ? fast : exact(x, y);
    }

    /** x ** y by the two slow tiers only (PowTest checks the fast tier against them). */
    static double exact(double x, double y) {
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
        int zeros = Long.numberOfTrailingZeros(mantissa);
        mantissa >>>= zeros;
        exp += zeros; // x = mantissa * 2^exp, mantissa odd
        if (y == Math.rint(y) && Math.abs(y) <= 1 << 20) {
            int n = (int) Math.abs(y);
            int mbits = 64 - Long.numberOfLeadingZeros(mantissa);
            if ((long) mbits * n <= 8192) {
                BigInteger power = BigInteger.valueOf(mantissa).pow(n);
                long scale = (long) exp * n;
                return y > 0 ? IntMath.scaled(power, scale) : IntMath.ratio(BigInteger.ONE, power, -scale);
            }
        }
        return slow(mantissa, exp, y);
    }

    // ---------------------------------------------------------------------------------------
    // The fast tier

    /** x ** y when its rounding is certain, else NaN. */
    static double fast(double x, double y) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7FF;
        if (biased == 0) return Double.NaN; // subnormal x: the slow tiers
        int k = biased - 1023;
        double z = Double.longBitsToDouble((bits & ((1L << 52) - 1)) | 0x3FF0_0000_0000_0000L); // [1, 2)
        int i = (int) ((bits >>> 45) & (TABLE - 1));
        // r = z / c - 1 exactly, as a double-double: z * invc - 1
        double invc = INV_C[i];
        double p = z * invc, pe = Math.fma(z, invc, -p);
        double ph = p - 1.0; // exact: p is within 1% of 1
        double rh = ph + pe, rl = pe - (rh - ph);
        // log(1 + r) = r - r^2/2 + r^3 (1/3 - r/4 + ...), |r| < 2^-8
        double sq = rh * rh, sqe = Math.fma(rh, rh, -sq);
        double tail = rh * sq * (1.0 / 3 + rh * (-0.25 + rh * (0.2 + rh * (-1.0 / 6 + rh * (1.0 / 7 + rh * (-0.125 + rh / 9))))));
        // log(x) = k ln 2 + log(c) + log(1 + r), summed in double-double
        double kh = k * LN2_HI, kl = Math.fma(k, LN2_HI, -kh) + k * LN2_LO;
        double s = kh + LOG_C_HI[i], v = s - kh;
        double e = (kh - (s - v)) + (LOG_C_HI[i] - v) + kl + LOG_C_LO[i];
        double s2 = s + rh;
        v = s2 - s;
        e += (s - (s2 - v)) + (rh - v) + rl;
        double half = -0.5 * sq;
        double s3 = s2 + half;
        v = s3 - s2;
        e += (s2 - (s3 - v)) + (half - v) - 0.5 * sqe - rh * rl + tail;
        double lh = s3 + e, ll = e - (lh - s3);
        // t = y log(x)
        double th = lh * y, tl = Math.fma(lh, y, -th) + ll * y;
        double t = th + tl;
        tl = tl - (t - th);
        th = t;
        if (!(th < 709 && th > -708)) return Double.NaN; // overflow and subnormals: the slow tiers
        // exp(t) = 2^(n / 128) exp(r2), r2 = t - n ln2 / 128, |r2| <= ln2 / 256
        long n = (long) Math.rint(th * (TABLE / LN2_HI));
        double nh = n * STEP_HI, nl = Math.fma(n, STEP_HI, -nh) + n * STEP_LO;
        double ah = th - nh; // exact (Sterbenz)
        double al = tl - nl;
        double a = ah + al, b = al - (a - ah);
        double asq = a * a, asqe = Math.fma(a, a, -asq);
        double poly = a * asq * (1.0 / 6 + a * (1.0 / 24 + a * (1.0 / 120 + a * (1.0 / 720 + a / 5040))));
        double u = 1.0 + a, ue = (1.0 - u) + a; // |a| < 1: two-sum with 1 first
        double hs = 0.5 * asq;
        double u2 = u + hs;
        v = u2 - u;
        double ul = ue + (u - (u2 - v)) + (hs - v) + b + 0.5 * asqe + a * b + poly;
        double eh = u2 + ul, el = ul - (eh - u2);
        // times 2^(j / 128)
        int j = (int) (n & (TABLE - 1));
        double rH = EXP2_HI[j] * eh;
        double rL = Math.fma(EXP2_HI[j], eh, -rH) + (EXP2_HI[j] * el + EXP2_LO[j] * eh);
        double hi = rH + rL, lo = rL - (hi - rH);
        // Ziv's test: is the double nearest hi + lo farther from a tie than the error bound?
        double bound = (Math.abs(y) * 0x1p-72 + Math.abs(th) * 0x1p-100 + 0x1p-69) * Math.abs(hi);
        long hb = Double.doubleToRawLongBits(hi);
        if ((hb & ((1L << 52) - 1)) == 0) return Double.NaN; // a power of two: ulps differ on each side
        if (Math.abs(Math.abs(lo) - Math.ulp(hi) / 2) <= bound) return Double.NaN;
        return Math.scalb(hi, (int) (n >> 7)); // exact: the result is a normal double
    }

    // ---------------------------------------------------------------------------------------
    // The double-double tier: a value is hi + lo with |lo| <= ulp(hi) / 2, kept in a small
    // mutable accumulator that each operation updates in place.

    /** A double-double accumulator. */
    private static final class DD {
        double hi, lo;

        DD set(double h, double l) {
            double s = h + l; // quick two-sum: |h| >= |l|
            lo = l - (s - h);
            hi = s;
            return this;
        }

        DD add(double bh, double bl) {
            double s = hi + bh, v = s - hi;
            double e = (hi - (s - v)) + (bh - v); // two-sum of the high parts
            double t = lo + bl, w = t - lo;
            double f = (lo - (t - w)) + (bl - w); // two-sum of the low parts
            e += t;
            double s2 = s + e;
            e = e - (s2 - s);
            e += f;
            return set(s2, e);
        }

        DD mul(double bh, double bl) {
            double p = hi * bh;
            double e = Math.fma(hi, bh, -p) + (hi * bl + lo * bh);
            return set(p, e);
        }

        DD div(double bh, double bl) {
            double q1 = hi / bh;
            DD p = new DD().set(bh, bl).mul(q1, 0);
            DD r = new DD().set(hi, lo).add(-p.hi, -p.lo); // this - q1 * b
            double q2 = r.hi / bh;
            p.set(bh, bl).mul(q2, 0);
            r.add(-p.hi, -p.lo);
            double q3 = r.hi / bh;
            set(q1, q2);
            return add(q3, 0);
        }
    }

    /** log(m) for m in [1/2, 2], as 2 atanh((m - 1) / (m + 1)). */
    private static DD logNear1(double m) {
        double num = m - 1.0; // exact (Sterbenz)
        double den = m + 1.0, v = den - m;
        double denLo = (m - (den - v)) + (1.0 - v); // two-sum of m and 1
        DD s = new DD().set(num, 0).div(den, denLo);
        DD s2 = new DD().set(s.hi, s.lo).mul(s.hi, s.lo);
        DD term = new DD().set(s.hi, s.lo);
        DD sum = new DD().set(s.hi, s.lo);
        for (int i = 3; i < 120; i += 2) {
            term.mul(s2.hi, s2.lo);
            DD part = new DD().set(term.hi, term.lo).div(i, 0);
            sum.add(part.hi, part.lo);
            if (Math.abs(part.hi) <= Math.abs(sum.hi) * 0x1p-110) break;
        }
        return sum.mul(2.0, 0);
    }

    /** exp(r) for |r| < 1, r = rh + rl, by its Taylor series. */
    private static DD expSmall(double rh, double rl) {
        DD e = new DD().set(1.0, 0);
        DD term = new DD().set(1.0, 0);
        for (int i = 1; i < 60; i++) {
            term.mul(rh, rl).div(i, 0);
            e.add(term.hi, term.lo);
            if (Math.abs(term.hi) < 0x1p-110) break;
        }
        return e;
    }

    /** mantissa * 2^exp raised to y, through log and exp in double-double throughout. */
    private static double slow(long mantissa, int exp, double y) {
        int k = exp + 63 - Long.numberOfLeadingZeros(mantissa); // x = f * 2^k, f in [1, 2)
        double m = Math.scalb((double) mantissa, exp - k); // exact: mantissa has at most 53 bits
        if (m > Math.sqrt(2.0)) {
            m /= 2; // exact
            k++;
        }
        DD sum = logNear1(m);
        double kh = k * LN2_HI, kl = Math.fma(k, LN2_HI, -kh) + k * LN2_LO;
        DD log = new DD().set(kh, kl).add(sum.hi, sum.lo);
        double estimate = y * log.hi; // decides far overflow and underflow before the product can
        if (estimate > 710) return Double.POSITIVE_INFINITY;
        if (estimate < -746) return 0.0;
        DD t = log.mul(y, 0); // y log(x)
        // exp(t) = 2^n exp(r), r = t - n ln 2, |r| <= ln 2 / 2
        double n = Math.rint(t.hi / LN2_HI);
        double nh = n * LN2_HI, nl = Math.fma(n, LN2_HI, -nh) + n * LN2_LO;
        DD r = new DD().set(t.hi, t.lo).add(-nh, -nl);
        DD e = expSmall(r.hi, r.lo);
        int p = (int) n;
        double result = Math.scalb(e.hi, p);
        if (result != 0 && Math.abs(result) >= Double.MIN_NORMAL) return result; // hi is hi + lo rounded
        // subnormal: round hi + lo (scaled) once, exactly
        BigDecimal exact = new BigDecimal(e.hi).add(new BigDecimal(e.lo));
        exact = p >= 0 ? exact.multiply(new BigDecimal(BigInteger.TWO.pow(p))) : exact.divide(new BigDecimal(BigInteger.TWO.pow(-p)));
        return exact.doubleValue();
    }
}

package dev.weft.interp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The inverse trigonometric functions of {@code math} (atan, atan2, asin, acos), correctly
 * rounded as glibc's nearly always are (Java's fdlibm ones are a unit off in the last place for
 * a few percent of arguments): the arctangent in decimal, its argument halved until its series
 * converges fast. The special values (zeros, infinities, NaN, |x| = 1) are fdlibm's, which are
 * exact.
 */
final class MathTrig {
    private MathTrig() {}

    private static final MathContext MC = new MathContext(32, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510582");
    private static final BigDecimal HALF_PI = PI.divide(BigDecimal.valueOf(2), MC);
    private static final BigDecimal SMALL = new BigDecimal("0.05");
    private static final BigDecimal SIXTEEN = BigDecimal.valueOf(16);
    /** atan(k / 16) for k in 0..16, by the slow path, for the fast reduction. */
    private static final BigDecimal[] TABLE = new BigDecimal[17];

    static {
        for (int k = 0; k <= 16; k++) TABLE[k] = atanSlow(BigDecimal.valueOf(k).divide(SIXTEEN, MC));
    }

    /**
     * arctan of t in decimal: atan(t) = atan(c) + atan((t - c) / (1 + t c)) with c the nearest
     * k / 16, so that the series has at most 1/32 to converge on.
     */
    private static BigDecimal atan(BigDecimal t) {
        if (t.signum() < 0) return atan(t.negate()).negate();
        if (t.compareTo(BigDecimal.ONE) > 0) return HALF_PI.subtract(atan(BigDecimal.ONE.divide(t, MC)), MC);
        int k = t.multiply(SIXTEEN).setScale(0, RoundingMode.HALF_EVEN).intValue();
        BigDecimal c = BigDecimal.valueOf(k).divide(SIXTEEN, MC);
        BigDecimal r = t.subtract(c).divide(BigDecimal.ONE.add(t.multiply(c, MC)), MC);
        return TABLE[k].add(atanSlow(r), MC);
    }

    /** arctan of t in [-1, 1]: halved until small, then its series. */
    private static BigDecimal atanSlow(BigDecimal t) {
        if (t.signum() < 0) return atanSlow(t.negate()).negate();
        int halvings = 0;
        while (t.compareTo(SMALL) > 0) { // atan(t) = 2 atan(t / (1 + sqrt(1 + t^2)))
            t = t.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(t.multiply(t, MC)).sqrt(MC)), MC);
            halvings++;
        }
        BigDecimal t2 = t.multiply(t, MC), power = t, sum = t;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(36);
        for (int k = 3; power.compareTo(eps) > 0; k += 2) {
            power = power.multiply(t2, MC);
            BigDecimal term = power.divide(BigDecimal.valueOf(k), MC);
            sum = (k & 2) != 0 ? sum.subtract(term, MC) : sum.add(term, MC);
        }
        return sum.multiply(BigDecimal.valueOf(1L << halvings), MC);
    }

    static double atan(double x) {
        if (x == 0 || !Double.isFinite(x) || Math.abs(x) > 0x1p60) return StrictMath.atan(x);
        return atan(new BigDecimal(x)).doubleValue();
    }

    static double atan2(double y, double x) {
        if (y == 0 || x == 0 || !Double.isFinite(x) || !Double.isFinite(y)) return StrictMath.atan2(y, x);
        BigDecimal r = atan(new BigDecimal(Math.abs(y)).divide(new BigDecimal(Math.abs(x)), MC));
        if (x < 0) r = PI.subtract(r, MC);
        double d = r.doubleValue();
        return y < 0 ? -d : d;
    }

    /** asin of x in (-1, 1), nonzero: atan(x / sqrt(1 - x^2)). */
    private static BigDecimal asinDecimal(double x) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal c = BigDecimal.ONE.subtract(bx.multiply(bx)).sqrt(MC);
        return atan(bx.divide(c, MC));
    }

    static double asin(double x) {
        if (x == 0 || Double.isNaN(x) || Math.abs(x) >= 1.0) return StrictMath.asin(x);
        return asinDecimal(x).doubleValue();
    }

    static double acos(double x) {
        if (x == 0 || Double.isNaN(x) || Math.abs(x) >= 1.0) return StrictMath.acos(x);
        return HALF_PI.subtract(asinDecimal(x), MC).doubleValue();
    }
}

package dev.weft.interp;

import static dev.weft.interp.CmathSpecials.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.num.ComplexMath;
import dev.weft.runtime.num.ComplexMath.ComplexValue;

/**
 * The functions of {@code cmath} on pairs of doubles, by CPython 3.11's algorithms: Kahan's
 * formulas for the inverse functions (built on the square root and the real asinh, atan2 and
 * log1p), hyperbolic functions that do not overflow before their result does, and the
 * trigonometric ones as rotations of the hyperbolic ones ({@code sin z = -i sinh(iz)}). An
 * infinite or NaN part is answered from {@link CmathSpecials}, except where the answer depends
 * on the finite part's value.
 *
 * <p>The real primitives are those of the {@code math} module ({@link MathTrig#atan2},
 * {@link MathSpecial#asinh}, {@link MathSpecial#cosh}, Java's exp, log, sin and cos), so both
 * modules agree with each other, and with glibc wherever those do.
 */
final class CmathFunctions {
    private CmathFunctions() {}

    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453;
    private static final double LN10 = 2.302585092994046;
    private static final int MANT_DIG = 53;
    private static final int SCALE_UP = 2 * (MANT_DIG / 2) + 1;
    private static final int SCALE_DOWN = -(SCALE_UP + 1) / 2;

    static PyException domain() {
        return PyException.valueError("math domain error");
    }

    static PyException range() {
        return PyException.of(ExcKind.OVERFLOW_ERROR, "math range error");
    }

    private static boolean finite(double re, double im) {
        return Double.isFinite(re) && Double.isFinite(im);
    }

    /** The table's answer for a non-finite argument; null where the function must compute it. */
    private static ComplexValue special(double[] table, double re, double im) {
        int i = index(re, im);
        double kind = table[i + 2];
        if (kind == E) throw domain();
        if (kind == O) throw range();
        if (kind == C || kind == F) return null;
        return new ComplexValue(table[i], table[i + 1]);
    }

    private static ComplexValue overflowChecked(double re, double im) {
        if (Double.isInfinite(re) || Double.isInfinite(im)) throw range();
        return new ComplexValue(re, im);
    }

    // ------------------------------------------------------------------------------------
    // sqrt, exp, log

    static ComplexValue sqrt(double re, double im) {
        if (!finite(re, im)) return special(SQRT, re, im);
        if (re == 0.0 && im == 0.0) return new ComplexValue(0.0, im);
        double ax = Math.abs(re), ay = Math.abs(im), s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + ComplexMath.hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + ComplexMath.hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return re >= 0.0 ? new ComplexValue(s, Math.copySign(d, im)) : new ComplexValue(d, Math.copySign(s, im));
    }

    static ComplexValue exp(double re, double im) {
        if (!finite(re, im)) {
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                if (re > 0) return new ComplexValue(Math.copySign(Double.POSITIVE_INFINITY, Math.cos(im)), Math.copySign(Double.POSITIVE_INFINITY, Math.sin(im)));
                return new ComplexValue(Math.copySign(0.0, Math.cos(im)), Math.copySign(0.0, Math.sin(im)));
            }
            return special(EXP, re, im);
        }
        if (re > LOG_LARGE) {
            double l = Math.exp(re - 1.0);
            return overflowChecked(l * Math.cos(im) * Math.E, l * Math.sin(im) * Math.E);
        }
        double l = Math.exp(re);
        return overflowChecked(l * Math.cos(im), l * Math.sin(im));
    }

    static ComplexValue log(double re, double im) {
        if (!finite(re, im)) return special(LOG, re, im);
        double ax = Math.abs(re), ay = Math.abs(im), real;
        if (ax > LARGE || ay > LARGE) {
            real = Math.log(ComplexMath.hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0.0 && ay == 0.0) throw domain();
            real = Math.log(ComplexMath.hypot(Math.scalb(ax, MANT_DIG), Math.scalb(ay, MANT_DIG))) - MANT_DIG * LN2;
        } else {
            double h = ComplexMath.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                real = StrictMath.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                real = Math.log(h);
            }
        }
        return new ComplexValue(real, MathTrig.atan2(im, re));
    }

    /** log(z) without the domain error at zero (-inf + phase j), as {@code cmath.log(z, base)} needs. */
    static ComplexValue logOrMinusInfinity(double re, double im) {
        if (re == 0.0 && im == 0.0) return new ComplexValue(Double.NEGATIVE_INFINITY, MathTrig.atan2(im, re));
        return log(re, im);
    }

    static ComplexValue log10(double re, double im) {
        ComplexValue r = log(re, im);
        return new ComplexValue(r.real() / LN10, r.imag() / LN10);
    }

    // ------------------------------------------------------------------------------------
    // Hyperbolic and trigonometric functions

    static ComplexValue cosh(double re, double im) {
        if (!finite(re, im)) {
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                double c = Math.copySign(Double.POSITIVE_INFINITY, Math.cos(im));
                double s = Math.copySign(Double.POSITIVE_INFINITY, Math.sin(im));
                return new ComplexValue(c, re > 0 ? s : -s);
            }
            return special(COSH, re, im);
        }
        if (Math.abs(re) > LOG_LARGE) {
            double x1 = re - Math.copySign(1.0, re);
            return overflowChecked(Math.cos(im) * MathSpecial.cosh(x1) * Math.E, Math.sin(im) * StrictMath.sinh(x1) * Math.E);
        }
        return overflowChecked(Math.cos(im) * MathSpecial.cosh(re), Math.sin(im) * StrictMath.sinh(re));
    }

    static ComplexValue sinh(double re, double im) {
        if (!finite(re, im)) {
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                double c = Math.copySign(Double.POSITIVE_INFINITY, Math.cos(im));
                double s = Math.copySign(Double.POSITIVE_INFINITY, Math.sin(im));
                return new ComplexValue(re > 0 ? c : -c, s);
            }
            return special(SINH, re, im);
        }
        if (Math.abs(re) > LOG_LARGE) {
            double x1 = re - Math.copySign(1.0, re);
            return overflowChecked(Math.cos(im) * StrictMath.sinh(x1) * Math.E, Math.sin(im) * MathSpecial.cosh(x1) * Math.E);
        }
        return overflowChecked(Math.cos(im) * StrictMath.sinh(re), Math.sin(im) * MathSpecial.cosh(re));
    }

    static ComplexValue tanh(double re, double im) {
        if (!finite(re, im)) {
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                return new ComplexValue(re > 0 ? 1.0 : -1.0, Math.copySign(0.0, 2.0 * Math.sin(im) * Math.cos(im)));
            }
            return special(TANH, re, im);
        }
        if (Math.abs(re) > LOG_LARGE) {
            return new ComplexValue(Math.copySign(1.0, re), 4.0 * Math.sin(im) * Math.cos(im) * Math.exp(-2.0 * Math.abs(re)));
        }
        double tx = StrictMath.tanh(re), ty = Math.tan(im), cx = 1.0 / MathSpecial.cosh(re);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new ComplexValue(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static ComplexValue cos(double re, double im) {
        return cosh(-im, re);
    }

    static ComplexValue sin(double re, double im) {
        ComplexValue s = sinh(-im, re);
        return new ComplexValue(s.imag(), -s.real());
    }

    static ComplexValue tan(double re, double im) {
        ComplexValue s = tanh(-im, re);
        return new ComplexValue(s.imag(), -s.real());
    }

    // ------------------------------------------------------------------------------------
    // Inverse functions

    static ComplexValue acos(double re, double im) {
        if (!finite(re, im)) return special(ACOS, re, im);
        if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
            double real = MathTrig.atan2(Math.abs(im), re);
            double l = Math.log(ComplexMath.hypot(re / 2.0, im / 2.0)) + LN2 * 2.0;
            return new ComplexValue(real, re < 0.0 ? -Math.copySign(l, im) : Math.copySign(l, -im));
        }
        ComplexValue s1 = sqrt(1.0 - re, -im), s2 = sqrt(1.0 + re, im);
        return new ComplexValue(2.0 * MathTrig.atan2(s1.real(), s2.real()),
                MathSpecial.asinh(s2.real() * s1.imag() - s2.imag() * s1.real()));
    }

    static ComplexValue acosh(double re, double im) {
        if (!finite(re, im)) return special(ACOSH, re, im);
        if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
            return new ComplexValue(Math.log(ComplexMath.hypot(re / 2.0, im / 2.0)) + LN2 * 2.0, MathTrig.atan2(im, re));
        }
        ComplexValue s1 = sqrt(re - 1.0, im), s2 = sqrt(re + 1.0, im);
        return new ComplexValue(MathSpecial.asinh(s1.real() * s2.real() + s1.imag() * s2.imag()),
                2.0 * MathTrig.atan2(s1.imag(), s2.real()));
    }

    static ComplexValue asinh(double re, double im) {
        if (!finite(re, im)) return special(ASINH, re, im);
        if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
            double l = Math.log(ComplexMath.hypot(re / 2.0, im / 2.0)) + LN2 * 2.0;
            double real = im >= 0.0 ? Math.copySign(l, re) : -Math.copySign(l, -re);
            return new ComplexValue(real, MathTrig.atan2(im, Math.abs(re)));
        }
        ComplexValue s1 = sqrt(1.0 + im, -re), s2 = sqrt(1.0 - im, re);
        return new ComplexValue(MathSpecial.asinh(s1.real() * s2.imag() - s2.real() * s1.imag()),
                MathTrig.atan2(im, s1.real() * s2.real() - s1.imag() * s2.imag()));
    }

    static ComplexValue asin(double re, double im) {
        ComplexValue s = asinh(-im, re);
        return new ComplexValue(s.imag(), -s.real());
    }

    static ComplexValue atanh(double re, double im) {
        if (!finite(re, im)) return special(ATANH, re, im);
        if (re < 0.0) {
            ComplexValue r = atanh(-re, -im);
            return new ComplexValue(-r.real(), -r.imag());
        }
        double ay = Math.abs(im);
        if (re > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = ComplexMath.hypot(re / 2.0, im / 2.0);
            return new ComplexValue(re / 4.0 / h / h, -Math.copySign(Math.PI / 2.0, -im));
        }
        if (re == 1.0 && ay < SQRT_DBL_MIN) {
            if (ay == 0.0) throw domain();
            return new ComplexValue(-Math.log(Math.sqrt(ay) / Math.sqrt(ComplexMath.hypot(ay, 2.0))),
                    Math.copySign(MathTrig.atan2(2.0, -ay) / 2, im));
        }
        return new ComplexValue(StrictMath.log1p(4.0 * re / ((1 - re) * (1 - re) + ay * ay)) / 4.0,
                -MathTrig.atan2(-2.0 * im, (1 - re) * (1 + re) - ay * ay) / 2.0);
    }

    static ComplexValue atan(double re, double im) {
        ComplexValue s = atanh(-im, re);
        return new ComplexValue(s.imag(), -s.real());
    }

    // ------------------------------------------------------------------------------------
    // Polar coordinates

    /** The argument of z, with the C99 answers for infinite parts. */
    static double phase(double re, double im) {
        return MathTrig.atan2(im, re);
    }

    /** abs(z) for polar(): OverflowError "math range error" when it overflows. */
    static double modulus(double re, double im) {
        try {
            return ComplexMath.abs(re, im);
        } catch (PyException e) {
            throw range();
        }
    }

    static ComplexValue rect(double r, double phi) {
        if (!finite(r, phi)) {
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.0) {
                double c = Math.copySign(Double.POSITIVE_INFINITY, Math.cos(phi));
                double s = Math.copySign(Double.POSITIVE_INFINITY, Math.sin(phi));
                return r > 0 ? new ComplexValue(c, s) : new ComplexValue(-c, -s);
            }
            return special(RECT, r, phi);
        }
        if (phi == 0.0) return new ComplexValue(r, r * phi);
        return new ComplexValue(r * Math.cos(phi), r * Math.sin(phi));
    }
}

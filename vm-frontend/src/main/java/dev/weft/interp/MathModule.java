package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.compile.BinOp;
import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.num.FloatMath;
import dev.weft.runtime.num.Num;
import dev.weft.runtime.objects.bigint.BigInts;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module: CPython 3.11's functions and constants, with its special values
 * and its errors ("math domain error", "math range error"). A real argument is a float, an int
 * or any object with {@code __float__} (or {@code __index__}); an integer argument anything with
 * {@code __index__}. The special functions (gamma, erf, fsum...) are in {@link MathSpecial},
 * the inverse trigonometric ones in {@link MathTrig}, the exact integer ones (factorial, comb,
 * isqrt...) in {@link MathIntegers}.
 */
final class MathModule {
    private MathModule() {}

    static long make(Vm vm) {
        return StdModules.make(vm, "math", b -> {
            b.put("pi", fromDouble(Math.PI));
            b.put("e", fromDouble(Math.E));
            b.put("tau", fromDouble(2 * Math.PI));
            b.put("inf", fromDouble(Double.POSITIVE_INFINITY));
            b.put("nan", fromDouble(Double.NaN));
            rounding(b);
            unary(b);
            logs(b);
            binary(b);
            vectors(b);
            MathIntegers.install(b);
            b.fn("fsum", 1, 1, false, (ctx, a, n, kw) -> fromDouble(MathSpecial.fsum(reals(ctx, a[0]))));
            b.fn("prod", 1, 1, true, (ctx, a, n, kw) -> prod(ctx, a, n, kw));
            b.fn("isclose", 2, 2, true, (ctx, a, n, kw) -> isclose(ctx, a, n, kw));
        });
    }

    // ------------------------------------------------------------------------------------
    // Arguments

    static Interp in(Ctx c) {
        return (Interp) c.guest;
    }

    /** A real argument as a double, as CPython's PyFloat_AsDouble takes it. */
    static double real(Ctx c, long w) {
        if (isFloat(w)) return toDouble(w);
        if (Num.isNumber(w)) return Num.toDouble(w);
        Interp in = in(c);
        long base = in.baseValue(w);
        if (isFloat(base)) return toDouble(base);
        long meth = in.attrs.lookupUserSpecial(w, "__float__");
        if (meth != NULL) {
            long r = in.calls.call0(meth);
            if (!isFloat(r)) {
                throw PyException.typeError(in.typeName(w) + ".__float__ returned non-float (type " + in.typeName(r) + ")");
            }
            return toDouble(r);
        }
        if (in.attrs.lookupUserSpecial(w, "__index__") != NULL) return Num.toDouble(Numbers.index(in, w));
        throw PyException.typeError("must be real number, not " + in.typeName(w));
    }

    /** An integer argument (through {@code __index__}). */
    static BigInteger integer(Ctx c, long w) {
        return BigInts.toBig(Numbers.index(in(c), w));
    }

    /** The items of an iterable, each a real. */
    private static double[] reals(Ctx c, long iterable) {
        Interp in = in(c);
        long it = in.ops.iter(iterable);
        double[] out = new double[8];
        int n = 0;
        for (long v = in.ops.next(it); v != NULL; v = in.ops.next(it)) {
            if (n == out.length) out = java.util.Arrays.copyOf(out, 2 * n);
            out[n++] = real(c, v);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    static PyException domain() {
        return PyException.valueError("math domain error");
    }

    static PyException range() {
        return PyException.of(ExcKind.OVERFLOW_ERROR, "math range error");
    }

    // ------------------------------------------------------------------------------------
    // ceil, floor, trunc

    private static void rounding(StdModules.Builder b) {
        b.fn("ceil", 1, 1, false, (ctx, a, n, kw) -> toInteger(ctx, a[0], "__ceil__", Math::ceil));
        b.fn("floor", 1, 1, false, (ctx, a, n, kw) -> toInteger(ctx, a[0], "__floor__", Math::floor));
        b.fn("trunc", 1, 1, false, (ctx, a, n, kw) -> {
            long x = a[0];
            if (Num.isNumber(x)) return Num.toInt(ctx.mem, x);
            Interp in = in(ctx);
            long meth = in.attrs.lookupUserSpecial(x, "__trunc__");
            if (meth != NULL) return in.calls.call0(meth);
            long base = in.baseValue(x);
            if (Num.isNumber(base)) return Num.toInt(ctx.mem, base);
            throw PyException.typeError("type " + in.typeName(x) + " doesn't define __trunc__ method");
        });
    }

    private static long toInteger(Ctx c, long x, String special, DoubleUnaryOperator f) {
        if (!isFloat(x)) {
            if (Num.isNumber(x)) return Num.toInt(c.mem, x);
            Interp in = in(c);
            long meth = in.attrs.lookupUserSpecial(x, special);
            if (meth != NULL) return in.calls.call0(meth);
            long base = in.baseValue(x);
            if (BigInts.isInt(base)) return Num.toInt(c.mem, base);
        }
        return Num.toInt(c.mem, fromDouble(f.applyAsDouble(real(c, x))));
    }

    // ------------------------------------------------------------------------------------
    // Functions of one real

    /**
     * A function of one real with CPython's checks: a NaN from a non-NaN is a domain error, an
     * infinity from a finite value a range error when the function can overflow (exp, cosh...),
     * else a domain error (atanh(1), log1p(-1)).
     */
    private static void real1(StdModules.Builder b, String name, boolean canOverflow, DoubleUnaryOperator f) {
        b.fn(name, 1, 1, false, (ctx, a, n, kw) -> fromDouble(checked(f, real(ctx, a[0]), canOverflow)));
    }

    static double checked(DoubleUnaryOperator f, double x, boolean canOverflow) {
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domain();
        if (Double.isInfinite(r) && Double.isFinite(x)) throw canOverflow ? range() : domain();
        return r;
    }

    private static void unary(StdModules.Builder b) {
        real1(b, "fabs", false, Math::abs);
        real1(b, "sqrt", false, Math::sqrt);
        real1(b, "exp", true, Math::exp);
        real1(b, "expm1", true, StrictMath::expm1);
        real1(b, "sin", false, Math::sin);
        real1(b, "cos", false, Math::cos);
        real1(b, "tan", false, Math::tan);
        real1(b, "asin", false, MathTrig::asin);
        real1(b, "acos", false, MathTrig::acos);
        real1(b, "atan", false, MathTrig::atan);
        real1(b, "sinh", true, StrictMath::sinh);
        real1(b, "cosh", true, MathSpecial::cosh);
        real1(b, "tanh", false, StrictMath::tanh);
        real1(b, "asinh", false, MathSpecial::asinh);
        real1(b, "acosh", false, MathSpecial::acosh);
        real1(b, "atanh", false, MathSpecial::atanh);
        real1(b, "erf", false, MathSpecial::erf);
        real1(b, "erfc", false, MathSpecial::erfc);
        real1(b, "degrees", true, x -> x * (180.0 / Math.PI));
        real1(b, "radians", false, x -> x * (Math.PI / 180.0));
        b.fn("gamma", 1, 1, false, (ctx, a, n, kw) -> fromDouble(MathSpecial.gamma(real(ctx, a[0]))));
        b.fn("lgamma", 1, 1, false, (ctx, a, n, kw) -> fromDouble(MathSpecial.lgamma(real(ctx, a[0]))));
        b.fn("isfinite", 1, 1, false, (ctx, a, n, kw) -> fromBool(Double.isFinite(real(ctx, a[0]))));
        b.fn("isinf", 1, 1, false, (ctx, a, n, kw) -> fromBool(Double.isInfinite(real(ctx, a[0]))));
        b.fn("isnan", 1, 1, false, (ctx, a, n, kw) -> fromBool(Double.isNaN(real(ctx, a[0]))));
        b.fn("ulp", 1, 1, false, (ctx, a, n, kw) -> fromDouble(Math.ulp(real(ctx, a[0]))));
        b.fn("frexp", 1, 1, false, (ctx, a, n, kw) -> {
            double x = real(ctx, a[0]);
            if (x == 0 || !Double.isFinite(x)) return H.tuple(ctx.mem, fromDouble(x), fromInt(0));
            int e = Math.getExponent(x);
            if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(x * 0x1p54) - 54; // subnormal
            return H.tuple(ctx.mem, fromDouble(Math.scalb(x, -e - 1)), fromInt(e + 1));
        });
        b.fn("modf", 1, 1, false, (ctx, a, n, kw) -> {
            double x = real(ctx, a[0]);
            if (Double.isInfinite(x)) return H.tuple(ctx.mem, fromDouble(Math.copySign(0.0, x)), fromDouble(x));
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return H.tuple(ctx.mem, fromDouble(Math.copySign(x - whole, x)), fromDouble(whole));
        });
    }

    // ------------------------------------------------------------------------------------
    // Logarithms: an int too large for a float is taken as m * 2**e

    private static void logs(StdModules.Builder b) {
        b.fn("log", 1, 2, false, (ctx, a, n, kw) -> {
            double num = logOf(ctx, a[0], Math::log);
            if (n == 1) return fromDouble(num);
            double den = logOf(ctx, a[1], Math::log);
            if (den == 0.0) throw PyException.of(ExcKind.ZERO_DIVISION_ERROR, "float division by zero");
            return fromDouble(num / den);
        });
        b.fn("log2", 1, 1, false, (ctx, a, n, kw) -> fromDouble(logOf(ctx, a[0], MathSpecial::log2)));
        b.fn("log10", 1, 1, false, (ctx, a, n, kw) -> fromDouble(logOf(ctx, a[0], MathSpecial::log10)));
        real1(b, "log1p", false, StrictMath::log1p);
    }

    private static double logOf(Ctx c, long w, DoubleUnaryOperator log) {
        long v = isFloat(w) ? w : BigInts.isInt(w) ? w : in(c).baseValue(w);
        if (BigInts.isInt(v)) {
            BigInteger i = BigInts.toBig(v);
            if (i.signum() <= 0) throw domain();
            if (i.bitLength() <= 1000) return log.applyAsDouble(i.doubleValue());
            int bits = i.bitLength();
            BigInteger top = i.shiftRight(bits - 64);
            if (i.getLowestSetBit() < bits - 64) top = top.setBit(0); // sticky: rounds as the whole
            double m = Math.scalb(top.doubleValue(), -64);
            return log.applyAsDouble(m) + log.applyAsDouble(2.0) * bits;
        }
        double x = real(c, w);
        if (Double.isNaN(x)) return x;
        if (x <= 0) throw domain();
        return log.applyAsDouble(x);
    }

    // ------------------------------------------------------------------------------------
    // Functions of two reals

    private interface Real2 {
        double apply(double x, double y);
    }

    private static void real2(StdModules.Builder b, String name, Real2 f) {
        b.fn(name, 2, 2, false, (ctx, a, n, kw) -> fromDouble(f.apply(real(ctx, a[0]), real(ctx, a[1]))));
    }

    private static void binary(StdModules.Builder b) {
        real2(b, "atan2", MathTrig::atan2);
        real2(b, "copysign", Math::copySign);
        real2(b, "nextafter", Math::nextAfter);
        real2(b, "fmod", (x, y) -> {
            if (Double.isInfinite(y) && Double.isFinite(x)) return x;
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domain();
            return r;
        });
        real2(b, "remainder", (x, y) -> {
            if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
            if (Double.isInfinite(x) || y == 0) throw domain();
            if (Double.isInfinite(y)) return x;
            return Math.IEEEremainder(x, y);
        });
        real2(b, "pow", MathModule::pow);
        b.fn("ldexp", 2, 2, false, (ctx, a, n, kw) -> {
            double x = real(ctx, a[0]);
            long e = in(ctx).baseValue(a[1]);
            if (!BigInts.isInt(e)) throw PyException.typeError("Expected an int as second argument to ldexp.");
            if (x == 0 || !Double.isFinite(x)) return fromDouble(x);
            BigInteger big = BigInts.toBig(e);
            int exp = big.bitLength() > 20 ? (big.signum() > 0 ? 1 << 20 : -(1 << 20)) : big.intValue();
            double r = Math.scalb(x, exp);
            if (Double.isInfinite(r)) throw range();
            return fromDouble(r);
        });
    }

    private static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) return y == 0 ? 1.0 : x;
            if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
            if (Double.isInfinite(x)) {
                boolean odd = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) return odd ? x : Math.abs(x);
                if (y == 0) return 1.0;
                return odd ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) return 1.0;
            if (y > 0 && Math.abs(x) > 1.0) return y;
            if (y < 0 && Math.abs(x) < 1.0) return -y;
            return 0.0;
        }
        if (x == 0 && y < 0) throw domain();
        if (x < 0 && y != Math.floor(y)) throw domain();
        try {
            return FloatMath.pow(x, y);
        } catch (PyException e) {
            if (e.kind == ExcKind.OVERFLOW_ERROR) throw range();
            throw e;
        }
    }

    // ------------------------------------------------------------------------------------
    // hypot, dist

    private static void vectors(StdModules.Builder b) {
        b.fn("hypot", 0, Integer.MAX_VALUE, false, (ctx, a, n, kw) -> {
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) xs[i] = real(ctx, a[i]);
            return fromDouble(norm(xs));
        });
        b.fn("dist", 2, 2, false, (ctx, a, n, kw) -> {
            double[] p = reals(ctx, a[0]), q = reals(ctx, a[1]);
            if (p.length != q.length) throw PyException.valueError("both points must have the same number of dimensions");
            double[] d = new double[p.length];
            for (int i = 0; i < p.length; i++) d[i] = Math.abs(p[i] - q[i]);
            return fromDouble(norm(d));
        });
    }

    /** The Euclidean norm, correctly rounded: inf if any is infinite, else nan if any is nan. */
    private static double norm(double[] xs) {
        boolean nan = false;
        for (double x : xs) {
            if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
            if (Double.isNaN(x)) nan = true;
        }
        if (nan) return Double.NaN;
        if (xs.length == 1) return Math.abs(xs[0]);
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : xs) {
            BigDecimal d = new BigDecimal(x);
            sum = sum.add(d.multiply(d));
        }
        if (sum.signum() == 0) return 0.0;
        return sum.sqrt(new MathContext(40)).doubleValue();
    }

    // ------------------------------------------------------------------------------------
    // prod, isclose

    private static long prod(Ctx c, long[] a, int n, String[] kw) {
        long start = fromInt(1);
        for (int k = 0; k < kw.length; k++) {
            if (!kw[k].equals("start")) throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for prod()");
            start = a[n + k];
        }
        if (n != 1) throw PyException.typeError("prod() missing required argument 'iterable' (pos 1)");
        Interp in = in(c);
        long it = in.ops.iter(a[0]);
        long acc = start;
        for (long v = in.ops.next(it); v != NULL; v = in.ops.next(it)) acc = in.ops.binary(BinOp.MUL, false, acc, v);
        return acc;
    }

    private static long isclose(Ctx c, long[] a, int n, String[] kw) {
        double rel = 1e-9, abs = 0.0;
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "rel_tol" -> rel = real(c, a[n + k]);
                case "abs_tol" -> abs = real(c, a[n + k]);
                default -> throw PyException.typeError("isclose() got an unexpected keyword argument '" + kw[k] + "'");
            }
        }
        double x = real(c, a[0]), y = real(c, a[1]);
        if (rel < 0.0 || abs < 0.0) throw PyException.valueError("tolerances must be non-negative");
        if (x == y) return TRUE;
        if (Double.isInfinite(x) || Double.isInfinite(y)) return FALSE;
        double diff = Math.abs(y - x);
        return fromBool(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }
}

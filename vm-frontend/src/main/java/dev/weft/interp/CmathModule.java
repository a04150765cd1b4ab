package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.PyException;
import dev.weft.runtime.num.ComplexMath;
import dev.weft.runtime.num.ComplexMath.ComplexValue;
import dev.weft.runtime.num.Num;
import dev.weft.runtime.objects.complex.Complexes;

/**
 * The {@code cmath} module: its constants and its functions' Python side, taking an argument as
 * CPython's "D" conversion does (a complex, an object with {@code __complex__}, or a real
 * number). The mathematics is in {@link CmathFunctions}.
 */
final class CmathModule {
    private CmathModule() {}

    /** One function of a complex argument. */
    private interface ComplexFunction {
        ComplexValue apply(double re, double im);
    }

    static long make(Vm vm) {
        return StdModules.make(vm, "cmath", b -> {
            b.put("pi", fromDouble(Math.PI));
            b.put("e", fromDouble(Math.E));
            b.put("tau", fromDouble(2 * Math.PI));
            b.put("inf", fromDouble(Double.POSITIVE_INFINITY));
            b.put("nan", fromDouble(Double.NaN));
            b.put("infj", Complexes.box(b.m, 0.0, Double.POSITIVE_INFINITY));
            b.put("nanj", Complexes.box(b.m, 0.0, Double.NaN));
            unary(b, "sqrt", CmathFunctions::sqrt);
            unary(b, "exp", CmathFunctions::exp);
            unary(b, "log10", CmathFunctions::log10);
            unary(b, "sin", CmathFunctions::sin);
            unary(b, "cos", CmathFunctions::cos);
            unary(b, "tan", CmathFunctions::tan);
            unary(b, "sinh", CmathFunctions::sinh);
            unary(b, "cosh", CmathFunctions::cosh);
            unary(b, "tanh", CmathFunctions::tanh);
            unary(b, "asin", CmathFunctions::asin);
            unary(b, "acos", CmathFunctions::acos);
            unary(b, "atan", CmathFunctions::atan);
            unary(b, "asinh", CmathFunctions::asinh);
            unary(b, "acosh", CmathFunctions::acosh);
            unary(b, "atanh", CmathFunctions::atanh);
            b.fn("log", 1, 2, false, (ctx, a, n, kw) -> box(ctx, log(ctx, a, n)));
            b.fn("phase", 1, 1, false, (ctx, a, n, kw) -> {
                ComplexValue z = arg(ctx, a[0]);
                double phi = CmathFunctions.phase(z.real(), z.imag());
                // glibc's atan2 reports an underflow to zero as a range error, and CPython passes it on
                if (phi == 0.0 && z.imag() != 0.0 && Double.isFinite(z.real())) throw CmathFunctions.range();
                return fromDouble(phi);
            });
            b.fn("polar", 1, 1, false, (ctx, a, n, kw) -> {
                ComplexValue z = arg(ctx, a[0]);
                double r = CmathFunctions.modulus(z.real(), z.imag());
                return H.tuple(ctx.mem, fromDouble(r), fromDouble(CmathFunctions.phase(z.real(), z.imag())));
            });
            b.fn("rect", 2, 2, false, (ctx, a, n, kw) -> box(ctx,
                    CmathFunctions.rect(MathModule.real(ctx, a[0]), MathModule.real(ctx, a[1]))));
            predicate(b, "isfinite", (re, im) -> Double.isFinite(re) && Double.isFinite(im));
            predicate(b, "isinf", (re, im) -> Double.isInfinite(re) || Double.isInfinite(im));
            predicate(b, "isnan", (re, im) -> Double.isNaN(re) || Double.isNaN(im));
            b.fn("isclose", 2, 2, true, CmathModule::isclose);
        });
    }

    /** A complex argument: a complex, {@code __complex__}, or a real number (TypeError otherwise). */
    static ComplexValue arg(Ctx ctx, long w) {
        if (Complexes.isComplex(w)) return new ComplexValue(Complexes.real(w), Complexes.imag(w));
        if (Num.isNumber(w)) return new ComplexValue(Num.toDouble(w), 0.0);
        Interp in = (Interp) ctx.guest;
        long meth = in.attrs.lookupUserSpecial(w, "__complex__");
        if (meth != NULL) {
            long z = in.calls.call0(meth);
            if (!Complexes.isComplex(z)) {
                throw PyException.typeError("__complex__ returned non-complex (type " + in.typeName(z) + ")");
            }
            return new ComplexValue(Complexes.real(z), Complexes.imag(z));
        }
        return new ComplexValue(MathModule.real(ctx, w), 0.0);
    }

    private static long box(Ctx ctx, ComplexValue z) {
        return Complexes.box(ctx.mem, z.real(), z.imag());
    }

    private static void unary(StdModules.Builder b, String name, ComplexFunction f) {
        b.fn(name, 1, 1, false, (ctx, a, n, kw) -> {
            ComplexValue z = arg(ctx, a[0]);
            return box(ctx, f.apply(z.real(), z.imag()));
        });
    }

    private interface PartsPredicate {
        boolean test(double re, double im);
    }

    private static void predicate(StdModules.Builder b, String name, PartsPredicate p) {
        b.fn(name, 1, 1, false, (ctx, a, n, kw) -> {
            ComplexValue z = arg(ctx, a[0]);
            return fromBool(p.test(z.real(), z.imag()));
        });
    }

    /**
     * log(z[, base]): log(z) / log(base). As in CPython, a zero z gives -inf (not an error)
     * when a base is given; a base of zero or one is a domain error.
     */
    private static ComplexValue log(Ctx ctx, long[] a, int n) {
        ComplexValue z = arg(ctx, a[0]);
        if (n == 1 || a[1] == NONE) return CmathFunctions.log(z.real(), z.imag());
        ComplexValue base = arg(ctx, a[1]);
        ComplexValue num = CmathFunctions.logOrMinusInfinity(z.real(), z.imag());
        ComplexValue den = CmathFunctions.log(base.real(), base.imag());
        if (den.real() == 0.0 && den.imag() == 0.0) throw CmathFunctions.domain();
        return ComplexMath.div(num.real(), num.imag(), den.real(), den.imag());
    }

    /** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0). */
    private static long isclose(Ctx ctx, long[] a, int n, String[] kw) {
        double rel = 1e-09, abs = 0.0;
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "rel_tol" -> rel = MathModule.real(ctx, a[n + k]);
                case "abs_tol" -> abs = MathModule.real(ctx, a[n + k]);
                default -> throw PyException.typeError("isclose() got an unexpected keyword argument '" + kw[k] + "'");
            }
        }
        ComplexValue x = arg(ctx, a[0]), y = arg(ctx, a[1]);
        if (rel < 0.0 || abs < 0.0) throw PyException.valueError("tolerances must be non-negative");
        if (x.real() == y.real() && x.imag() == y.imag()) return TRUE;
        if (Double.isInfinite(x.real()) || Double.isInfinite(x.imag()) || Double.isInfinite(y.real()) || Double.isInfinite(y.imag())) {
            return FALSE;
        }
        double diff = ComplexMath.hypot(x.real() - y.real(), x.imag() - y.imag());
        return fromBool(diff <= rel * ComplexMath.hypot(y.real(), y.imag()) || diff <= rel * ComplexMath.hypot(x.real(), x.imag())
                || diff <= abs);
    }
}

package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.compile.BinOp;
import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.num.ComplexMath;
import dev.weft.runtime.num.ComplexMath.ComplexValue;
import dev.weft.runtime.num.Num;
import dev.weft.runtime.objects.complex.Complexes;
import dev.weft.runtime.objects.str.Str;
import dev.weft.runtime.text.ComplexText;

/**
 * The {@code complex} type: its constructor, its methods, and the entry points the operators
 * and protocols call for it ({@link #binary}, {@link #compare}, {@link #hash}, {@link #truthy},
 * {@link #repr}), so that {@code z*z + c} never goes through a method call. The arithmetic is
 * {@link ComplexMath}'s, the text {@link ComplexText}'s.
 *
 * <p>An int, bool or float meeting a complex takes part as a complex with a zero imaginary
 * part (OverflowError for an int too large for a float), in either operand position; any other
 * operand answers NotImplemented, so Python's reflection rules decide.
 */
final class ComplexBuiltins {
    private ComplexBuiltins() {}

    /** The operators complex has; the others (//, %, shifts, bit operators) are TypeErrors. */
    private static final BinOp[] OPERATORS = {BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.TRUEDIV, BinOp.POW};

    /** Registers the type, its methods and its constructor (at bootstrap). */
    static void define(Vm vm, TypeInfo object) {
        MethodTable t = new MethodTable("complex");
        install(t);
        TypeInfo type = vm.defineBuiltinType(TypeIds.COMPLEX, "complex", object, TypeInfo.Layout.BUILTIN, t);
        type.constructor = ComplexBuiltins::construct;
    }

    // ------------------------------------------------------------------------------------
    // Operands

    /** Whether {@code w} takes part in complex arithmetic: a complex, an int, a bool or a float. */
    private static boolean isOperand(long w) {
        return Complexes.isComplex(w) || Num.isNumber(w);
    }

    /** An operand as a complex value (float(w) for an int or float). */
    private static ComplexValue value(long w) {
        if (Complexes.isComplex(w)) return new ComplexValue(Complexes.real(w), Complexes.imag(w));
        return new ComplexValue(Num.toDouble(w), 0.0);
    }

    private static long box(Mem m, ComplexValue z) {
        return Complexes.box(m, z.real(), z.imag());
    }

    // ------------------------------------------------------------------------------------
    // Operators, as the interpreter calls them

    /**
     * {@code a op b} when one operand is a complex and the other a complex or a real number;
     * NOT_IMPLEMENTED otherwise (and for the operators complex lacks).
     */
    static long binary(Mem m, BinOp op, long a, long b) {
        if (!(Complexes.isComplex(a) || Complexes.isComplex(b)) || !isOperand(a) || !isOperand(b)) return NOT_IMPLEMENTED;
        return arithmetic(m, op, a, b);
    }

    private static long arithmetic(Mem m, BinOp op, long a, long b) {
        ComplexValue x = value(a), y = value(b);
        double ar = x.real(), ai = x.imag(), br = y.real(), bi = y.imag();
        return switch (op) {
            case ADD -> box(m, ComplexMath.add(ar, ai, br, bi));
            case SUB -> box(m, ComplexMath.sub(ar, ai, br, bi));
            case MUL -> box(m, ComplexMath.mul(ar, ai, br, bi));
            case TRUEDIV -> box(m, ComplexMath.div(ar, ai, br, bi));
            case POW -> box(m, ComplexMath.pow(ar, ai, br, bi));
            default -> NOT_IMPLEMENTED;
        };
    }

    /** Whether {@link #compare} decides {@code a op b}: a complex against a complex or a real number. */
    static boolean compares(long a, long b) {
        return (Complexes.isComplex(a) || Complexes.isComplex(b)) && isOperand(a) && isOperand(b);
    }

    /** {@code a op b} (op as in {@code Operators.compare}: 2 is ==, 3 is !=); the orderings are TypeErrors. */
    static long compare(Interp in, int op, long a, long b) {
        if (op != 2 && op != 3) {
            throw PyException.typeError("'" + dev.weft.runtime.objects.iter.Values.opSymbol(op) + "' not supported between instances of '"
                    + in.typeName(a) + "' and '" + in.typeName(b) + "'");
        }
        boolean eq = equal(a, b);
        return fromBool(op == 2 ? eq : !eq);
    }

    private static boolean equal(long a, long b) {
        if (!Complexes.isComplex(a)) return equal(b, a);
        double re = Complexes.real(a), im = Complexes.imag(a);
        if (Complexes.isComplex(b)) return re == Complexes.real(b) && im == Complexes.imag(b);
        if (im != 0.0) return false;
        if (isFloat(b)) return re == toDouble(b);
        return Num.eq(fromDouble(re), b) == TRUE; // exact against an int of any size
    }

    /** {@code hash(z)}: that of the real part when the imaginary part is zero. */
    static long hash(long z) {
        double re = Complexes.real(z), im = Complexes.imag(z);
        long identity = Operators.identityHash(z); // CPython hashes a NaN part by the object's address
        return ComplexMath.hash(re != re ? identity : ComplexMath.partHash(re), im != im ? identity : ComplexMath.partHash(im));
    }

    static boolean truthy(long z) {
        return Complexes.real(z) != 0.0 || Complexes.imag(z) != 0.0;
    }

    static String repr(long z) {
        return ComplexText.repr(Complexes.real(z), Complexes.imag(z));
    }

    static String format(long z, String spec) {
        return ComplexText.format(Complexes.real(z), Complexes.imag(z), spec);
    }

    // ------------------------------------------------------------------------------------
    // Methods

    private static void install(MethodTable t) {
        t.add("conjugate", 1, 1, (ctx, a, n, kw) -> Complexes.box(ctx.mem, Complexes.real(a[0]), -Complexes.imag(a[0])));
        t.add("__complex__", 1, 1, (ctx, a, n, kw) -> a[0]);
        t.add("__getnewargs__", 1, 1, (ctx, a, n, kw) -> H.tuple(ctx.mem, fromDouble(Complexes.real(a[0])), fromDouble(Complexes.imag(a[0]))));
        t.add("__abs__", 1, 1, (ctx, a, n, kw) -> fromDouble(ComplexMath.abs(Complexes.real(a[0]), Complexes.imag(a[0]))));
        t.add("__neg__", 1, 1, (ctx, a, n, kw) -> Complexes.box(ctx.mem, -Complexes.real(a[0]), -Complexes.imag(a[0])));
        t.add("__pos__", 1, 1, (ctx, a, n, kw) -> Complexes.box(ctx.mem, Complexes.real(a[0]), Complexes.imag(a[0])));
        t.add("__bool__", 1, 1, (ctx, a, n, kw) -> fromBool(truthy(a[0])));
        t.add("__hash__", 1, 1, (ctx, a, n, kw) -> dev.weft.runtime.objects.bigint.BigInts.box(ctx.mem, hash(a[0])));
        t.add("__repr__", 1, 1, (ctx, a, n, kw) -> in(ctx).str(repr(a[0])));
        t.add("__str__", 1, 1, (ctx, a, n, kw) -> in(ctx).str(repr(a[0])));
        t.add("__format__", 2, 2, (ctx, a, n, kw) -> {
            if (!H.isStr(a[1])) throw PyException.typeError("format() argument must be str, not " + in(ctx).typeName(a[1]));
            return in(ctx).str(format(a[0], H.jstr(a[1])));
        });
        for (BinOp op : OPERATORS) {
            int max = op == BinOp.POW ? 3 : 2;
            t.add(op.method, 2, max, (ctx, a, n, kw) -> {
                noModulo(a, n);
                return isOperand(a[1]) ? arithmetic(ctx.mem, op, a[0], a[1]) : NOT_IMPLEMENTED;
            });
            t.add(op.reflected, 2, max, (ctx, a, n, kw) -> {
                noModulo(a, n);
                return isOperand(a[1]) ? arithmetic(ctx.mem, op, a[1], a[0]) : NOT_IMPLEMENTED;
            });
        }
        String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < names.length; i++) {
            int op = i;
            t.add(names[i], 2, 2, (ctx, a, n, kw) -> {
                if (op != 2 && op != 3 || !isOperand(a[1])) return NOT_IMPLEMENTED;
                return compare(in(ctx), op, a[0], a[1]);
            });
        }
    }

    /** {@code pow(z, w, mod)}: complex has no modular power. */
    private static void noModulo(long[] a, int n) {
        if (n == 3 && a[2] != NONE) throw PyException.valueError("complex modulo");
    }

    private static Interp in(Ctx ctx) {
        return (Interp) ctx.guest;
    }

    /** The data attributes {@code z.real} and {@code z.imag}; NULL for other names. */
    static long attribute(long z, String name) {
        return switch (name) {
            case "real" -> fromDouble(Complexes.real(z));
            case "imag" -> fromDouble(Complexes.imag(z));
            default -> NULL;
        };
    }

    /**
     * {@link #attribute} for a name given as a str word, read in place: the fast path of
     * {@code z.real * z.real}, which would otherwise decode the name on every access.
     */
    static long attribute(long z, long name) {
        if (Str.length(name) != 4 || Str.charAt(name, 2) != 'a') return NULL;
        int c0 = Str.charAt(name, 0), c1 = Str.charAt(name, 1), c3 = Str.charAt(name, 3);
        if (c0 == 'r' && c1 == 'e' && c3 == 'l') return fromDouble(Complexes.real(z));
        if (c0 == 'i' && c1 == 'm' && c3 == 'g') return fromDouble(Complexes.imag(z));
        return NULL;
    }

    // ------------------------------------------------------------------------------------
    // complex(real=0, imag=0)

    private static long construct(Ctx ctx, long[] a, int n, String[] kw) {
        Interp in = in(ctx);
        if (n > 2) throw PyException.typeError("complex() takes at most 2 arguments (" + n + " given)");
        long r = n > 0 ? a[0] : NULL, i = n > 1 ? a[1] : NULL;
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "real" -> {
                    if (r != NULL) throw PyException.typeError("argument for complex() given by name ('real') and position (1)");
                    r = a[n + k];
                }
                case "imag" -> {
                    if (i != NULL) throw PyException.typeError("argument for complex() given by name ('imag') and position (2)");
                    i = a[n + k];
                }
                default -> throw PyException.typeError("complex() got an unexpected keyword argument '" + kw[k] + "'");
            }
        }
        if (r == NULL) r = fromInt(0);
        if (H.isStr(r)) {
            if (i != NULL) throw PyException.typeError("complex() can't take second arg if first is a string");
            return box(ctx.mem, ComplexText.parse(H.jstr(r)));
        }
        if (i != NULL && H.isStr(i)) throw PyException.typeError("complex() second arg can't be a string");
        r = special(in, r);
        if (!Complexes.isComplex(r) && !isReal(in, r)) {
            throw PyException.typeError("complex() first argument must be a string or a number, not '" + in.typeName(r) + "'");
        }
        if (i != NULL && !Complexes.isComplex(i) && !isReal(in, i)) {
            throw PyException.typeError("complex() second argument must be a number, not '" + in.typeName(i) + "'");
        }
        if (i == NULL && Complexes.isComplex(r)) return r;
        boolean rComplex = Complexes.isComplex(r);
        double crReal = rComplex ? Complexes.real(r) : MathModule.real(ctx, r);
        double crImag = rComplex ? Complexes.imag(r) : 0.0;
        double ciReal, ciImag = 0.0;
        if (i == NULL) {
            ciReal = crImag;
        } else if (Complexes.isComplex(i)) {
            ciReal = Complexes.real(i);
            ciImag = Complexes.imag(i);
        } else {
            ciReal = MathModule.real(ctx, i);
        }
        if (i != NULL && Complexes.isComplex(i)) crReal -= ciImag;
        if (rComplex && i != NULL) ciReal += crImag;
        return Complexes.box(ctx.mem, crReal, ciReal);
    }

    /** {@code r.__complex__()} when r's class defines it, else r. */
    private static long special(Interp in, long r) {
        long meth = in.attrs.lookupUserSpecial(r, "__complex__");
        if (meth == NULL) return r;
        long z = in.calls.call0(meth);
        if (!Complexes.isComplex(z)) throw PyException.typeError("__complex__ returned non-complex (type " + in.typeName(z) + ")");
        return z;
    }

    /** Whether w converts to float: a number, or an object with {@code __float__} or {@code __index__}. */
    private static boolean isReal(Interp in, long w) {
        if (Num.isNumber(w)) return true;
        return in.attrs.lookupUserSpecial(w, "__float__") != NULL || in.attrs.lookupUserSpecial(w, "__index__") != NULL;
    }
}

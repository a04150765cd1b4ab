package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.compile.BinOp;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.num.Num;
import dev.weft.runtime.objects.bigint.BigInts;
import java.math.BigInteger;

/**
 * The interpreter's side of numbers: the operators dispatched to {@link Num} (which owns their
 * semantics), the built-in functions on numbers (abs, divmod, pow, round, hex...), the int and
 * float constructors with the special methods a user class may offer ({@code __int__},
 * {@code __index__}, {@code __float__}), and the methods of int and float.
 */
final class Numbers {
    private Numbers() {}

    static boolean isNumber(long w) {
        return Num.isNumber(w);
    }

    /** An int that is not a bool: a small int or a big one. */
    static boolean isInt(long w) {
        return isSmallInt(w) || BigInts.isBig(w);
    }

    static boolean isIntLike(long w) {
        return isSmallInt(w) || isBool(w) || BigInts.isBig(w);
    }

    static long binary(Mem m, BinOp op, long a, long b) {
        return switch (op) {
            case ADD -> Num.add(m, a, b);
            case SUB -> Num.sub(m, a, b);
            case MUL -> Num.mul(m, a, b);
            case TRUEDIV -> Num.truediv(m, a, b);
            case FLOORDIV -> Num.floordiv(m, a, b);
            case MOD -> Num.mod(m, a, b);
            case POW -> Num.pow(m, a, b);
            case LSHIFT -> Num.lshift(m, a, b);
            case RSHIFT -> Num.rshift(m, a, b);
            case AND -> Num.and(m, a, b);
            case OR -> Num.or(m, a, b);
            case XOR -> Num.xor(m, a, b);
            case MATMUL -> NOT_IMPLEMENTED;
        };
    }

    /**
     * For each COMPARE_OP (0 &lt;, 1 &lt;=, 2 ==, 3 !=, 4 &gt;, 5 &gt;=), three bits: whether it
     * holds when the first operand is less than, equal to, greater than the second.
     */
    private static final long COMPARISONS = 0b001 | 0b011 << 3 | 0b010 << 6 | 0b101 << 9 | 0b100 << 12 | 0b110 << 15;

    /**
     * COMPARE_OP {@code op} on two small ints' values, with no branch: C2 turns a branch that
     * its profile never saw taken into a trap that throws the whole compiled dispatch loop away
     * when it is first taken, so the loop's fast paths compute rather than branch on the
     * operator or the outcome.
     */
    static long compareSmall(int op, long x, long y) {
        long d = x - y; // small ints have 48 bits: no overflow
        long sign = (d >> 63) | (-d >>> 63); // -1, 0 or 1
        return FALSE | ((COMPARISONS >>> (op * 3 + sign + 1)) & 1) << 3;
    }

    /** IS_OP ({@code not}: 1 for "is not") with no branch, for the reason {@link #compareSmall} gives. */
    static long identical(long a, long b, int not) {
        long differ = ((a ^ b) | -(a ^ b)) >>> 63;
        return FALSE | (differ ^ 1 ^ not) << 3;
    }

    /**
     * The interpreter's fast path for a BINARY_OP on two small ints (op: a BinOp ordinal):
     * the result word, or NULL when the general path must decide (overflow, zero divisor, other ops).
     */
    static long smallIntOp(int op, long x, long y) {
        long r;
        switch (op) {
            case 0 /* ADD */ -> r = x + y;
            case 1 /* SUB */ -> r = x - y;
            case 2 /* MUL */ -> {
                if (Math.abs(x) >= (1L << 23) || Math.abs(y) >= (1L << 23)) return NULL;
                r = x * y;
            }
            case 5 /* FLOORDIV */, 6 /* MOD */ -> {
                return smallDivMod(op, x, y);
            }
            case 10 /* AND */ -> r = x & y;
            case 11 /* OR */ -> r = x | y;
            case 12 /* XOR */ -> r = x ^ y;
            default -> {
                return NULL;
            }
        }
        return fitsSmall(r) ? fromInt(r) : NULL;
    }

    /**
     * {@link #smallIntOp}'s // and %, out of line: C2 inlines the loop's copies of the fast
     * paths into one compilation of at most 8,000 bytecodes, and Math's floorDiv and floorMod
     * were about 60 of them in each copy (docs/benchmarks.md, "The loop's inlining budget").
     */
    private static long smallDivMod(int op, long x, long y) {
        if (y == 0) return NULL;
        long r = op == 5 ? Math.floorDiv(x, y) : Math.floorMod(x, y);
        return fitsSmall(r) ? fromInt(r) : NULL; // -2**47 // -1 does not fit
    }

    /**
     * BINARY_OP {@code op} (a {@link dev.weft.compile.BinOp} ordinal) when it is +, -, * or /
     * on two numbers of which each is a float or a small int (not two small ints, except for
     * /); NULL otherwise, and for a division by zero, so that the general path raises. A small
     * int has 48 bits, so it converts to a double exactly, and a true division of two of them
     * rounds once, as CPython's does.
     */
    static long floatOp(int op, long a, long b) {
        // a word's top 16 bits: 0 for no number (a pointer, a constant), 0xFFFF for a small
        // int, anything between for a float; each tested once, and one fromDouble, to keep
        // the copies C2 inlines into the loop small (see smallDivMod)
        long ta = a >>> 48, tb = b >>> 48;
        if (op > 4 || op == 3 || ta == 0 || tb == 0) return NULL;
        boolean ia = ta == 0xFFFF, ib = tb == 0xFFFF;
        if (op != 4 && ia && ib) return NULL; // int arithmetic, not float
        double x = ia ? (double) toInt(a) : toDouble(a);
        double y = ib ? (double) toInt(b) : toDouble(b);
        double r;
        switch (op) {
            case 0 -> r = x + y;
            case 1 -> r = x - y;
            case 2 -> r = x * y;
            default -> {
                if (y == 0) return NULL;
                r = x / y;
            }
        }
        return fromDouble(r);
    }

    /** COMPARE_OP {@code op} on two floats, neither a NaN; NULL when that is not the case. */
    static long compareFloats(int op, long a, long b) {
        if (!isFloat(a) || !isFloat(b)) return NULL;
        double x = toDouble(a), y = toDouble(b);
        if (x != x || y != y) return NULL;
        long sign = (x < y ? -1 : 0) + (x > y ? 1 : 0);
        return FALSE | ((COMPARISONS >>> (op * 3 + sign + 1)) & 1) << 3;
    }

    /** which: 0 negative, 1 positive, 2 invert. */
    static long unary(Mem m, int which, long v) {
        if (which == 2 && isFloat(v)) throw PyException.typeError("bad operand type for unary ~: 'float'");
        return switch (which) {
            case 0 -> Num.neg(m, v);
            case 1 -> Num.pos(m, v);
            default -> Num.invert(m, v);
        };
    }

    /** What hash() answers for the int r that a __hash__ method returned: r itself when it fits a long (-1 becomes -2), else hash(r). */
    static long hash(Mem m, long r) {
        if (isBool(r)) return r == TRUE ? 1 : 0;
        if (!dev.weft.runtime.objects.bigint.BigInts.fitsLong(r)) return Num.hash(r);
        long v = dev.weft.runtime.objects.bigint.BigInts.toLong(r);
        return v == -1 ? -2 : v;
    }

    static long abs(Interp in, long v) {
        if (isNumber(v)) return Num.abs(in.mem, v);
        long meth = in.attrs.lookupSpecial(v, "__abs__");
        if (meth != NULL) return in.calls.call0(meth);
        throw PyException.typeError("bad operand type for abs(): '" + in.typeName(v) + "'");
    }

    static long divmod(Interp in, long a, long b) {
        long[] qr = Num.divmod(in.mem, a, b);
        if (qr != null) return H.tuple(in.mem, qr[0], qr[1]);
        long r = in.ops.binaryReflected(a, b, "__divmod__", "__rdivmod__");
        if (r != NOT_IMPLEMENTED) return r;
        throw PyException.typeError("unsupported operand type(s) for divmod(): '" + in.typeName(a) + "' and '" + in.typeName(b) + "'");
    }

    static long pow(Interp in, long[] a, int n, String[] kw) {
        long base = NULL, exp = NULL, mod = NONE;
        if (n > 0) base = a[0];
        if (n > 1) exp = a[1];
        if (n > 2) mod = a[2];
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "base" -> base = a[n + k];
                case "exp" -> exp = a[n + k];
                case "mod" -> mod = a[n + k];
                default -> throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for pow()");
            }
        }
        if (base == NULL || exp == NULL) throw PyException.typeError("pow() missing required argument 'exp' (pos 2)");
        if (mod == NONE) return in.ops.binary(BinOp.POW, false, base, exp);
        long r = Num.pow(in.mem, base, exp, mod);
        if (r != NOT_IMPLEMENTED) return r;
        if (H.isType(base, dev.weft.runtime.TypeIds.COMPLEX) || H.isType(exp, dev.weft.runtime.TypeIds.COMPLEX)) {
            throw PyException.valueError("complex modulo");
        }
        throw PyException.typeError("unsupported operand type(s) for ** or pow(): '" + in.typeName(base) + "', '"
                + in.typeName(exp) + "', '" + in.typeName(mod) + "'");
    }

    static long round(Interp in, long[] a, int n, String[] kw) {
        long x = n > 0 ? a[0] : NULL, nd = n > 1 ? a[1] : NULL;
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "number" -> x = a[n + k];
                case "ndigits" -> nd = a[n + k];
                default -> throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for round()");
            }
        }
        if (x == NULL) throw PyException.typeError("round() missing required argument 'number' (pos 1)");
        if (isNumber(x)) return Num.round(in.mem, x, nd);
        long meth = in.attrs.lookupSpecial(x, "__round__");
        if (meth != NULL) return nd == NULL ? in.calls.call0(meth) : in.calls.call1(meth, nd);
        throw PyException.typeError("type " + in.typeName(x) + " doesn't define __round__ method");
    }

    /** hex(), oct(), bin(). */
    static long radix(Interp in, long v, int radix) {
        long i = index(in, v);
        BigInteger b = BigInts.toBig(i);
        String prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : "0b";
        String digits = b.abs().toString(radix);
        return in.str((b.signum() < 0 ? "-" : "") + prefix + digits);
    }

    /** operator.index(v): an int, through __index__ for user objects. */
    static long index(Interp in, long v) {
        if (isBool(v)) return fromInt(v == TRUE ? 1 : 0);
        if (isIntLike(v)) return v;
        long meth = in.attrs.lookupUserSpecial(v, "__index__");
        if (meth != NULL) {
            long r = in.calls.call0(meth);
            if (!isIntLike(r)) throw PyException.typeError("__index__ returned non-int (type " + in.typeName(r) + ")");
            return r;
        }
        throw PyException.typeError("'" + in.typeName(v) + "' object cannot be interpreted as an integer");
    }

    // ------------------------------------------------------------------------------------
    // Constructors

    static long intConstructor(Interp in, long[] a, int n, String[] kw) {
        long x = n > 0 ? a[0] : NULL, base = n > 1 ? a[1] : NULL;
        for (int k = 0; k < kw.length; k++) {
            if (kw[k].equals("base")) base = a[n + k];
            else throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for int()");
        }
        if (n > 2) throw PyException.typeError("int() takes at most 2 arguments (" + n + " given)");
        if (x == NULL) {
            if (base != NULL) throw PyException.typeError("int() missing string argument");
            return fromInt(0);
        }
        if (base != NULL) {
            if (!H.isStr(x)) throw PyException.typeError("int() can't convert non-string with explicit base");
            long b = index(in, base);
            return dev.weft.runtime.num.Parse.parseInt(in.mem, H.jstr(x), BigInts.fitsLong(b) ? BigInts.toLong(b) : Long.MAX_VALUE);
        }
        if (H.isStr(x)) return dev.weft.runtime.num.Parse.parseInt(in.mem, H.jstr(x), 10);
        if (isNumber(x)) return Num.toInt(in.mem, x);
        for (String name : new String[] {"__int__", "__index__", "__trunc__"}) {
            long meth = in.attrs.lookupUserSpecial(x, name);
            if (meth != NULL) {
                long r = in.calls.call0(meth);
                if (!isIntLike(r)) throw PyException.typeError(name + " returned non-int (type " + in.typeName(r) + ")");
                return isBool(r) ? fromInt(r == TRUE ? 1 : 0) : r;
            }
        }
        throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + in.typeName(x) + "'");
    }

    static long floatConstructor(Interp in, long[] a, int n, String[] kw) {
        if (kw.length > 0) throw PyException.typeError("float() takes no keyword arguments");
        if (n > 1) throw PyException.typeError("float expected at most 1 argument, got " + n);
        if (n == 0) return fromDouble(0.0);
        long x = a[0];
        if (H.isStr(x)) return fromDouble(dev.weft.runtime.num.Parse.parseFloat(H.jstr(x)));
        if (isNumber(x)) return Num.toFloat(x);
        long meth = in.attrs.lookupUserSpecial(x, "__float__");
        if (meth != NULL) {
            long r = in.calls.call0(meth);
            if (!isFloat(r)) throw PyException.typeError(in.typeName(x) + ".__float__ returned non-float (type " + in.typeName(r) + ")");
            return r;
        }
        meth = in.attrs.lookupUserSpecial(x, "__index__");
        if (meth != NULL) return Num.toFloat(in.calls.call0(meth));
        throw PyException.typeError("float() argument must be a string or a real number, not '" + in.typeName(x) + "'");
    }

    // ------------------------------------------------------------------------------------
    // Methods of int and float

    static void installInt(Vm vm, MethodTable t) {
        t.add("bit_length", 1, 1, (ctx, a, n, kw) -> fromInt(Num.bitLength(a[0])));
        t.add("bit_count", 1, 1, (ctx, a, n, kw) -> fromInt(BigInts.toBig(a[0]).abs().bitCount()));
        t.add("conjugate", 1, 1, (ctx, a, n, kw) -> Num.pos(ctx.mem, a[0]));
        t.add("as_integer_ratio", 1, 1, (ctx, a, n, kw) -> {
            long[] r = Num.asIntegerRatio(ctx.mem, a[0]);
            return H.tuple(ctx.mem, r[0], r[1]);
        });
        t.add("__index__", 1, 1, (ctx, a, n, kw) -> isBool(a[0]) ? fromInt(a[0] == TRUE ? 1 : 0) : a[0]);
        t.add("__int__", 1, 1, (ctx, a, n, kw) -> isBool(a[0]) ? fromInt(a[0] == TRUE ? 1 : 0) : a[0]);
        t.add("__float__", 1, 1, (ctx, a, n, kw) -> Num.toFloat(a[0]));
        t.add("__abs__", 1, 1, (ctx, a, n, kw) -> Num.abs(ctx.mem, a[0]));
        t.add("__hash__", 1, 1, (ctx, a, n, kw) -> BigInts.box(ctx.mem, Num.hash(a[0])));
        t.add("__round__", 1, 2, (ctx, a, n, kw) -> Num.round(ctx.mem, a[0], n > 1 ? a[1] : NULL));
        t.add("__format__", 2, 2, (ctx, a, n, kw) -> Formatting.format((Interp) ctx.guest, a[0], H.jstr(a[1])));
        for (BinOp op : BinOp.values()) {
            if (op == BinOp.MATMUL) continue;
            t.add(op.method, 2, 2, (ctx, a, n, kw) -> isIntLike(a[1]) ? binary(ctx.mem, op, a[0], a[1]) : NOT_IMPLEMENTED);
            t.add(op.reflected, 2, 2, (ctx, a, n, kw) -> isIntLike(a[1]) ? binary(ctx.mem, op, a[1], a[0]) : NOT_IMPLEMENTED);
        }
        t.add("__neg__", 1, 1, (ctx, a, n, kw) -> Num.neg(ctx.mem, a[0]));
        t.add("__pos__", 1, 1, (ctx, a, n, kw) -> Num.pos(ctx.mem, a[0]));
        t.add("__invert__", 1, 1, (ctx, a, n, kw) -> Num.invert(ctx.mem, a[0]));
        comparisons(t, true);
    }

    /** __eq__, __lt__ ... of int and float: NotImplemented for a non-number, as in CPython. */
    private static void comparisons(MethodTable t, boolean intOnly) {
        java.util.function.LongPredicate ok = intOnly ? Numbers::isIntLike : Numbers::isNumber;
        t.add("__eq__", 2, 2, (ctx, a, n, kw) -> ok.test(a[1]) ? Num.eq(a[0], a[1]) : NOT_IMPLEMENTED);
        t.add("__ne__", 2, 2, (ctx, a, n, kw) -> ok.test(a[1]) ? Num.ne(a[0], a[1]) : NOT_IMPLEMENTED);
        t.add("__lt__", 2, 2, (ctx, a, n, kw) -> ok.test(a[1]) ? Num.lt(a[0], a[1]) : NOT_IMPLEMENTED);
        t.add("__le__", 2, 2, (ctx, a, n, kw) -> ok.test(a[1]) ? Num.le(a[0], a[1]) : NOT_IMPLEMENTED);
        t.add("__gt__", 2, 2, (ctx, a, n, kw) -> ok.test(a[1]) ? Num.gt(a[0], a[1]) : NOT_IMPLEMENTED);
        t.add("__ge__", 2, 2, (ctx, a, n, kw) -> ok.test(a[1]) ? Num.ge(a[0], a[1]) : NOT_IMPLEMENTED);
    }

    static void installFloat(Vm vm, MethodTable t) {
        t.add("is_integer", 1, 1, (ctx, a, n, kw) -> fromBool(Num.isInteger(a[0])));
        t.add("as_integer_ratio", 1, 1, (ctx, a, n, kw) -> {
            double d = toDouble(a[0]);
            if (Double.isInfinite(d)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
            if (Double.isNaN(d)) throw PyException.valueError("cannot convert NaN to integer ratio");
            long[] r = Num.asIntegerRatio(ctx.mem, a[0]);
            return H.tuple(ctx.mem, r[0], r[1]);
        });
        t.add("conjugate", 1, 1, (ctx, a, n, kw) -> a[0]);
        t.add("__int__", 1, 1, (ctx, a, n, kw) -> Num.toInt(ctx.mem, a[0]));
        t.add("__float__", 1, 1, (ctx, a, n, kw) -> a[0]);
        t.add("__abs__", 1, 1, (ctx, a, n, kw) -> Num.abs(ctx.mem, a[0]));
        t.add("__hash__", 1, 1, (ctx, a, n, kw) -> BigInts.box(ctx.mem, Num.hash(a[0])));
        t.add("__round__", 1, 2, (ctx, a, n, kw) -> Num.round(ctx.mem, a[0], n > 1 ? a[1] : NULL));
        t.add("__trunc__", 1, 1, (ctx, a, n, kw) -> Num.toInt(ctx.mem, a[0]));
        t.add("__format__", 2, 2, (ctx, a, n, kw) -> Formatting.format((Interp) ctx.guest, a[0], H.jstr(a[1])));
        for (BinOp op : BinOp.values()) {
            if (op == BinOp.MATMUL || op.ordinal() >= BinOp.LSHIFT.ordinal()) continue;
            t.add(op.method, 2, 2, (ctx, a, n, kw) -> isNumber(a[1]) ? binary(ctx.mem, op, a[0], a[1]) : NOT_IMPLEMENTED);
            t.add(op.reflected, 2, 2, (ctx, a, n, kw) -> isNumber(a[1]) ? binary(ctx.mem, op, a[1], a[0]) : NOT_IMPLEMENTED);
        }
        t.add("__neg__", 1, 1, (ctx, a, n, kw) -> Num.neg(ctx.mem, a[0]));
        t.add("__pos__", 1, 1, (ctx, a, n, kw) -> a[0]);
        comparisons(t, false);
        t.add("fromhex", 1, 1, (ctx, a, n, kw) -> {
            throw PyException.of(ExcKind.NOT_IMPLEMENTED_ERROR, "float.fromhex is not supported by weft yet");
        });
    }
}

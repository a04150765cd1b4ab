package dev.weft.runtime.objects.iter;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.bytes.Bytes;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.dict.DictView;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.range.Range;
import dev.weft.runtime.objects.set.PySet;
import dev.weft.runtime.objects.slice.Slice;
import dev.weft.runtime.objects.str.Str;
import dev.weft.runtime.objects.tuple.Tuple;
import java.util.function.LongConsumer;

/**
 * The generic value operations the containers apply to their elements: hash, ==, ordering,
 * repr, truth, type name and iteration. Each answers the built-in types itself (small ints,
 * bools, floats, None, and the container and text types of this package family) and hands
 * anything else to the interpreter through {@link dev.weft.runtime.Guest}: so a dict of
 * strs never leaves Java, while a dict keyed by user objects calls their {@code __hash__}.
 *
 * <p>Hashes follow CPython's numeric hash so that sets of numbers iterate in CPython's order:
 * {@code hash(n) = n mod (2**61 - 1)} with n's sign, {@code hash(-1) == -2}, and a float
 * equal to an int hashes like it. A small int is below 2**47, so its hash is itself.
 */
public final class Values {
    private Values() {}

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    private static final String[] OP_SYMBOL = {"<", "<=", "==", "!=", ">", ">="};

    public static String opSymbol(int op) {
        return OP_SYMBOL[op];
    }

    /** The op with its operands swapped: {@code a < b} is {@code b > a}. */
    public static int swapped(int op) {
        return switch (op) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            default -> op;
        };
    }

    // type names ---------------------------------------------------------------------------

    /** {@code type(w).__name__} for the built-in types; the guest names the rest. */
    public static String typeName(long w) {
        String s = builtinTypeName(w);
        return s != null ? s : "object";
    }

    /** Like {@link #typeName(long)}, asking the interpreter for types not known here. */
    public static String typeName(Ctx ctx, long w) {
        String s = builtinTypeName(w);
        if (s != null) return s;
        if (ctx.guest instanceof GuestSupport g) return g.typeName(w);
        return "object";
    }

    private static String builtinTypeName(long w) {
        if (Words.isSmallInt(w)) return "int";
        if (Words.isFloat(w)) return "float";
        if (w == Words.NONE) return "NoneType";
        if (Words.isBool(w)) return "bool";
        if (w == Words.NOT_IMPLEMENTED) return "NotImplementedType";
        if (w == Words.ELLIPSIS) return "ellipsis";
        if (!Words.isPointer(w)) return "NULL";
        return switch (Mem.typeId(w)) {
            case TypeIds.BIGINT -> "int";
            case TypeIds.STR -> "str";
            case TypeIds.TUPLE -> "tuple";
            case TypeIds.LIST -> "list";
            case TypeIds.DICT -> "dict";
            case TypeIds.SET -> "set";
            case TypeIds.FROZENSET -> "frozenset";
            case TypeIds.RANGE -> "range";
            case TypeIds.SLICE -> "slice";
            case TypeIds.BYTES -> "bytes";
            case TypeIds.BYTEARRAY -> "bytearray";
            case TypeIds.DICT_VIEW -> DictView.typeName(w);
            case TypeIds.ITERATOR -> Iter.typeName(w);
            default -> null;
        };
    }

    /**
     * A value's type as Argument Clinic names it in "argument must be str, not X": like
     * {@link #typeName(Ctx, long)}, but None is "None".
     */
    public static String argTypeName(Ctx ctx, long w) {
        return w == Words.NONE ? "None" : typeName(ctx, w);
    }

    /**
     * Whether this package family knows everything about {@code w}'s equality and order:
     * immediates and the built-in containers and text (a user subclass has a user type id).
     */
    public static boolean isKnown(long w) {
        if (!Words.isPointer(w)) return true;
        return switch (Mem.typeId(w)) {
            case TypeIds.STR, TypeIds.TUPLE, TypeIds.LIST, TypeIds.DICT, TypeIds.SET, TypeIds.FROZENSET,
                    TypeIds.RANGE, TypeIds.DICT_VIEW, TypeIds.ITERATOR, TypeIds.BYTES, TypeIds.BYTEARRAY -> true;
            default -> false;
        };
    }

    static boolean isNumber(long w) {
        return Words.isSmallInt(w) || Words.isFloat(w) || Words.isBool(w);
    }

    private static boolean isIntLike(long w) {
        return Words.isSmallInt(w) || Words.isBool(w);
    }

    private static long intOf(long w) {
        return Words.isBool(w) ? (w == Words.TRUE ? 1 : 0) : Words.toInt(w);
    }

    private static double doubleOf(long w) {
        return Words.isFloat(w) ? Words.toDouble(w) : intOf(w);
    }

    private static int typeOf(long w) {
        return Words.isPointer(w) ? Mem.typeId(w) : -1;
    }

    // hashing ------------------------------------------------------------------------------

    /** Python's {@code hash(w)}. */
    public static long hash(Ctx ctx, long w) {
        if (Words.isSmallInt(w)) {
            long v = Words.toInt(w);
            return v == -1 ? -2 : v;
        }
        if (Words.isBool(w)) return w == Words.TRUE ? 1 : 0;
        if (Words.isFloat(w)) {
            double d = Words.toDouble(w);
            if (d != d) return ctx.guest.hash(w);
            return floatHash(d);
        }
        if (Words.isPointer(w)) {
            switch (Mem.typeId(w)) {
                case TypeIds.STR:
                    return Str.hash(w);
                case TypeIds.BYTES:
                    return Bytes.hash(w);
                case TypeIds.TUPLE:
                    return Tuple.hash(ctx, w);
                case TypeIds.FROZENSET:
                    return PySet.hash(ctx, w);
                case TypeIds.RANGE:
                    return Range.hash(ctx, w);
                case TypeIds.LIST:
                case TypeIds.DICT:
                case TypeIds.SET:
                case TypeIds.SLICE:
                case TypeIds.DICT_VIEW:
                case TypeIds.BYTEARRAY:
                    throw PyException.typeError("unhashable type: '" + typeName(w) + "'");
                default:
                    break;
            }
        }
        return ctx.guest.hash(w);
    }

    static final long HASH_MODULUS = (1L << 61) - 1;
    private static final int HASH_BITS = 61;

    /** CPython's {@code _Py_HashDouble} for a non-NaN double. */
    public static long floatHash(double v) {
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (v == Math.rint(v) && Math.abs(v) < 0x1p62) {
            long n = (long) v;
            long h = Math.floorMod(Math.abs(n), HASH_MODULUS);
            h = n < 0 ? -h : h;
            return h == -1 ? -2 : h;
        }
        int sign = 1;
        if (v < 0) {
            sign = -1;
            v = -v;
        }
        int e = Math.getExponent(v) + 1; // frexp: v = m * 2**e with 0.5 <= m < 1
        double m = v / Math.scalb(1.0, e);
        if (Math.getExponent(v) == Double.MIN_EXPONENT - 1) { // subnormal
            m = v * 0x1p1022 * 0x1p52;
            int ee = Math.getExponent(m) + 1;
            m = m / Math.scalb(1.0, ee);
            e = ee - 1022 - 52;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | x >>> (HASH_BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, HASH_MODULUS) >= 0) x -= HASH_MODULUS;
        }
        e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
        x = ((x << e) & HASH_MODULUS) | x >>> (HASH_BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    // equality and order -------------------------------------------------------------------

    /** Python's {@code a == b} as a truth value, identity first (as containers do). */
    public static boolean eq(Ctx ctx, long a, long b) {
        if (a == b) return true;
        if (isNumber(a) && isNumber(b)) {
            if (isIntLike(a) && isIntLike(b)) return intOf(a) == intOf(b);
            return doubleOf(a) == doubleOf(b);
        }
        int ta = typeOf(a), tb = typeOf(b);
        if (ta == TypeIds.STR && tb == TypeIds.STR) return Str.equals(a, b);
        if (!isKnown(a) || !isKnown(b)) return ctx.guest.eq(a, b);
        if (Bytes.isBytesLike(a) && Bytes.isBytesLike(b)) return Bytes.compare(Bytes.data(ctx.mem, a), Bytes.data(ctx.mem, b)) == 0;
        if (ta != tb) {
            if (isSetType(ta) && isSetType(tb)) return PySet.compare(ctx, a, b, EQ);
            if (ta == TypeIds.DICT_VIEW || tb == TypeIds.DICT_VIEW) return DictView.compare(ctx, a, b, EQ) == Words.TRUE;
            return false;
        }
        return switch (ta) {
            case TypeIds.TUPLE -> Tuple.compare(ctx, a, b, EQ);
            case TypeIds.LIST -> PyList.compare(ctx, a, b, EQ);
            case TypeIds.DICT -> Dict.equal(ctx, a, b);
            case TypeIds.SET, TypeIds.FROZENSET -> PySet.compare(ctx, a, b, EQ);
            case TypeIds.RANGE -> Range.equal(ctx, a, b);
            case TypeIds.DICT_VIEW -> DictView.compare(ctx, a, b, EQ) == Words.TRUE;
            default -> false;
        };
    }

    static boolean isSetType(int t) {
        return t == TypeIds.SET || t == TypeIds.FROZENSET;
    }

    /** Python's {@code a < b} as a truth value (what sort uses). */
    public static boolean lt(Ctx ctx, long a, long b) {
        return compare(ctx, a, b, LT);
    }

    /**
     * Python's {@code a OP b} as a truth value for op in {@link #LT}..{@link #GE}. Types that do
     * not order raise CPython's "'<' not supported between instances of 'dict' and 'dict'".
     */
    public static boolean compare(Ctx ctx, long a, long b, int op) {
        if (isNumber(a) && isNumber(b)) {
            if (isIntLike(a) && isIntLike(b)) return cmpResult(Long.compare(intOf(a), intOf(b)), op);
            double x = doubleOf(a), y = doubleOf(b);
            if (x != x || y != y) return op == NE;
            return cmpResult(Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y), op);
        }
        if (op == EQ) return eq(ctx, a, b);
        if (op == NE) return !eq(ctx, a, b);
        if (!isKnown(a) || !isKnown(b)) {
            return switch (op) {
                case LT -> ctx.guest.lt(a, b);
                case GT -> ctx.guest.lt(b, a);
                case LE -> ctx.guest.lt(a, b) || ctx.guest.eq(a, b);
                default -> ctx.guest.lt(b, a) || ctx.guest.eq(a, b);
            };
        }
        int ta = typeOf(a), tb = typeOf(b);
        if (ta == tb) {
            switch (ta) {
                case TypeIds.STR:
                    return cmpResult(Str.compare(a, b), op);
                case TypeIds.TUPLE:
                    return Tuple.compare(ctx, a, b, op);
                case TypeIds.LIST:
                    return PyList.compare(ctx, a, b, op);
                default:
                    break;
            }
        }
        if (isSetType(ta) && isSetType(tb)) return PySet.compare(ctx, a, b, op);
        if (Bytes.isBytesLike(a) && Bytes.isBytesLike(b)) return cmpResult(Bytes.compare(Bytes.data(ctx.mem, a), Bytes.data(ctx.mem, b)), op);
        if (ta == TypeIds.DICT_VIEW || tb == TypeIds.DICT_VIEW) {
            long r = DictView.compare(ctx, a, b, op);
            if (r != Words.NOT_IMPLEMENTED) return r == Words.TRUE;
        }
        throw notSupported(ctx, a, b, op);
    }

    public static PyException notSupported(Ctx ctx, long a, long b, int op) {
        return PyException.typeError("'" + opSymbol(op) + "' not supported between instances of '"
                + typeName(ctx, a) + "' and '" + typeName(ctx, b) + "'");
    }

    /** Whether {@code c} (a three-way comparison result) satisfies {@code op}. */
    public static boolean cmpResult(int c, int op) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    // repr, str, truth ---------------------------------------------------------------------

    /** Python's {@code repr(w)}. */
    public static String repr(Ctx ctx, long w) {
        if (Words.isSmallInt(w)) return Long.toString(Words.toInt(w));
        if (w == Words.NONE) return "None";
        if (w == Words.TRUE) return "True";
        if (w == Words.FALSE) return "False";
        if (w == Words.ELLIPSIS) return "Ellipsis";
        if (w == Words.NOT_IMPLEMENTED) return "NotImplemented";
        if (Words.isPointer(w)) {
            switch (Mem.typeId(w)) {
                case TypeIds.STR:
                    return Str.repr(w);
                case TypeIds.TUPLE:
                    return Tuple.repr(ctx, w);
                case TypeIds.LIST:
                    return PyList.repr(ctx, w);
                case TypeIds.DICT:
                    return Dict.repr(ctx, w);
                case TypeIds.SET:
                case TypeIds.FROZENSET:
                    return PySet.repr(ctx, w);
                case TypeIds.RANGE:
                    return Range.repr(ctx, w);
                case TypeIds.SLICE:
                    return Slice.repr(ctx, w);
                case TypeIds.DICT_VIEW:
                    return DictView.repr(ctx, w);
                case TypeIds.BYTES:
                case TypeIds.BYTEARRAY:
                    return Bytes.repr(ctx.mem, w);
                default:
                    break;
            }
        }
        return ctx.guest.repr(w);
    }

    /** Python's {@code str(w)}: a str is itself, the rest as repr for the built-in types. */
    public static String str(Ctx ctx, long w) {
        if (Words.isPointer(w) && Mem.typeId(w) == TypeIds.STR) return Str.value(w);
        if (isKnown(w) && !Words.isFloat(w)) return repr(ctx, w);
        return ctx.guest.str(w);
    }

    /** Python's {@code bool(w)}. */
    public static boolean truthy(Ctx ctx, long w) {
        if (w == Words.TRUE) return true;
        if (w == Words.FALSE || w == Words.NONE) return false;
        if (Words.isSmallInt(w)) return Words.toInt(w) != 0;
        if (Words.isFloat(w)) return Words.toDouble(w) != 0;
        if (Words.isPointer(w)) {
            switch (Mem.typeId(w)) {
                case TypeIds.STR:
                    return Str.length(w) != 0;
                case TypeIds.TUPLE:
                    return Tuple.size(w) != 0;
                case TypeIds.LIST:
                    return PyList.size(ctx.mem, w) != 0;
                case TypeIds.DICT:
                    return Dict.size(ctx.mem, w) != 0;
                case TypeIds.SET:
                case TypeIds.FROZENSET:
                    return PySet.size(ctx.mem, w) != 0;
                case TypeIds.RANGE:
                    return Range.length(w) != 0;
                case TypeIds.BYTES:
                case TypeIds.BYTEARRAY:
                    return Bytes.size(ctx.mem, w) != 0;
                default:
                    break;
            }
        }
        return ctx.guest.truthy(w);
    }

    // iteration ----------------------------------------------------------------------------

    /** Calls {@code each} with every item of {@code iterable}, in order. */
    public static void iterate(Ctx ctx, long iterable, LongConsumer each) {
        long it = Iter.of(ctx, iterable);
        if (it != Words.NULL) {
            for (long v; (v = Iter.next(ctx, it)) != Words.NULL; ) each.accept(v);
            return;
        }
        if (ctx.guest instanceof GuestSupport g) {
            long git = g.iter(iterable);
            if (Words.isPointer(git) && Mem.typeId(git) == TypeIds.ITERATOR) {
                for (long v; (v = Iter.next(ctx, git)) != Words.NULL; ) each.accept(v);
                return;
            }
            for (long v; (v = g.next(git)) != Words.NULL; ) each.accept(v);
            return;
        }
        throw notIterable(ctx, iterable);
    }

    public static PyException notIterable(Ctx ctx, long v) {
        return PyException.typeError("'" + typeName(ctx, v) + "' object is not iterable");
    }

    /** Whether {@code v} can be iterated (without trying it on guest objects). */
    public static boolean maybeIterable(Ctx ctx, long v) {
        return Iter.isIterable(v) || (!isKnown(v) && ctx.guest instanceof GuestSupport);
    }

    /** The items of {@code iterable} in a Java array (a snapshot, so a list may extend itself). */
    public static Items items(Ctx ctx, long iterable) {
        if (Words.isPointer(iterable)) {
            switch (Mem.typeId(iterable)) {
                case TypeIds.TUPLE: {
                    int n = Tuple.size(iterable);
                    long[] a = new long[n];
                    for (int i = 0; i < n; i++) a[i] = Tuple.get(iterable, i);
                    return new Items(a, n);
                }
                case TypeIds.LIST: {
                    long[] a = PyList.toArray(ctx.mem, iterable);
                    return new Items(a, a.length);
                }
                default:
                    break;
            }
        }
        Items out = new Items(new long[8], 0);
        iterate(ctx, iterable, out::add);
        return out;
    }

    /** A growable run of words on the Java heap. */
    public static final class Items {
        public long[] a;
        public int n;

        public Items(long[] a, int n) {
            this.a = a;
            this.n = n;
        }

        public void add(long v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, Math.max(8, n * 2));
            a[n++] = v;
        }

        public long get(int i) {
            return a[i];
        }
    }
}

package dev.weft.runtime.num;

import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.bigint.BigInts;
import java.math.BigInteger;

/**
 * The numeric operators on words, as the interpreter calls them for every {@code +}, {@code <},
 * {@code hash()} or {@code round()} whose operands may be numbers: int (small or big), bool
 * and float. An operand that is not a number answers {@link Words#NOT_IMPLEMENTED}, so that
 * the interpreter goes on to the reflected method, just as CPython's int and float slots do.
 *
 * <p>Each binary operator is one {@link Op}: what it does on two small ints (a long each, the
 * fast path, overflowing to BigInteger), on two ints of any size ({@link IntMath}) and on two
 * floats ({@link FloatMath}); an int meeting a float is converted to float first, with
 * CPython's OverflowError when it is too large. Comparisons are exact between ints and
 * floats of any size, as in CPython (never by converting the int to float).
 *
 * <p>bool is an int here ({@code True + True == 2}); only {@code &}, {@code |} and {@code ^}
 * of two bools keep the type, as bool's own methods do.
 */
public final class Num {
    private Num() {}

    // ---------------------------------------------------------------------------------------
    // Classification

    /** Whether {@code w} is a number: int, bool, bigint or float. */
    public static boolean isNumber(long w) {
        return Words.isSmallInt(w) || Words.isFloat(w) || Words.isBool(w) || BigInts.isBig(w);
    }

    /** A small int or a bool: an int whose value is a long at no cost. */
    private static boolean isSmall(long w) {
        return Words.isSmallInt(w) || Words.isBool(w);
    }

    private static long small(long w) {
        return Words.isSmallInt(w) ? Words.toInt(w) : (w == Words.TRUE ? 1 : 0);
    }

    private static boolean bothSmallInts(long a, long b) {
        return (a & b) >>> 48 == 0xFFFF;
    }

    /** The Python type name of a number word: "int", "bool" or "float"; null for others. */
    public static String typeName(long w) {
        if (Words.isFloat(w)) return "float";
        if (Words.isBool(w)) return "bool";
        if (Words.isSmallInt(w) || BigInts.isBig(w)) return "int";
        return null;
    }

    /** The value of a number word as a double (float(x)); OverflowError for a huge int. */
    public static double toDouble(long w) {
        if (Words.isFloat(w)) return Words.toDouble(w);
        if (isSmall(w)) return small(w);
        return IntMath.toDouble(BigInts.toBig(w));
    }

    // ---------------------------------------------------------------------------------------
    // Binary operators

    /**
     * One binary operator: its small fast path (operands of at most 48 bits, so sums cannot
     * overflow a long), its path for ints that fit a long (NULL when the result might not:
     * then the BigInteger path), its BigInteger path and its float path. A path answers a
     * word. The operators floats have come first, up to {@link #LSHIFT}.
     */
    private enum Op {
        ADD {
            long smalls(Mem m, long x, long y) { return BigInts.box(m, x + y); }
            long longs(Mem m, long x, long y) {
                long r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? Words.NULL : BigInts.box(m, r);
            }
            long bigs(Mem m, BigInteger x, BigInteger y) { return BigInts.box(m, x.add(y)); }
            long floats(double x, double y) { return Words.fromDouble(x + y); }
        },
        SUB {
            long smalls(Mem m, long x, long y) { return BigInts.box(m, x - y); }
            long longs(Mem m, long x, long y) {
                long r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? Words.NULL : BigInts.box(m, r);
            }
            long bigs(Mem m, BigInteger x, BigInteger y) { return BigInts.box(m, x.subtract(y)); }
            long floats(double x, double y) { return Words.fromDouble(x - y); }
        },
        MUL {
            long smalls(Mem m, long x, long y) {
                long r = longs(m, x, y);
                return r != Words.NULL ? r : BigInts.box(m, BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
            }
            long longs(Mem m, long x, long y) {
                long hi = Math.multiplyHigh(x, y), lo = x * y;
                return (lo >> 63) == hi ? BigInts.box(m, lo) : Words.NULL;
            }
            long bigs(Mem m, BigInteger x, BigInteger y) { return BigInts.box(m, big(() -> x.multiply(y))); }
            long floats(double x, double y) { return Words.fromDouble(x * y); }
        },
        TRUEDIV {
            long smalls(Mem m, long x, long y) {
                if (y == 0) throw IntMath.zeroDivision("division by zero");
                if (Math.abs(x) <= 1L << 53 && Math.abs(y) <= 1L << 53) return Words.fromDouble((double) x / (double) y);
                return Words.fromDouble(IntMath.trueDivide(BigInteger.valueOf(x), BigInteger.valueOf(y)));
            }
            long bigs(Mem m, BigInteger x, BigInteger y) { return Words.fromDouble(IntMath.trueDivide(x, y)); }
            long floats(double x, double y) {
                if (y == 0.0) throw IntMath.zeroDivision("float division by zero");
                return Words.fromDouble(x / y);
            }
        },
        FLOORDIV {
            long smalls(Mem m, long x, long y) {
                if (y == 0) throw IntMath.zeroDivision("integer division or modulo by zero");
                return BigInts.box(m, Math.floorDiv(x, y));
            }
            long longs(Mem m, long x, long y) {
                if (y == 0 || (x == Long.MIN_VALUE && y == -1)) return Words.NULL; // raises, or overflows
                return BigInts.box(m, Math.floorDiv(x, y));
            }
            long bigs(Mem m, BigInteger x, BigInteger y) { return BigInts.box(m, IntMath.floorDiv(x, y)); }
            long floats(double x, double y) { return Words.fromDouble(FloatMath.floorDiv(x, y)); }
        },
        MOD {
            long smalls(Mem m, long x, long y) {
                if (y == 0) throw IntMath.zeroDivision("integer modulo by zero");
                return Words.fromInt(Math.floorMod(x, y));
            }
            long longs(Mem m, long x, long y) {
                return y == 0 ? Words.NULL : BigInts.box(m, Math.floorMod(x, y));
            }
            long bigs(Mem m, BigInteger x, BigInteger y) { return BigInts.box(m, IntMath.mod(x, y)); }
            long floats(double x, double y) { return Words.fromDouble(FloatMath.mod(x, y)); }
        },
        POW {
            long smalls(Mem m, long x, long y) {
                if (y < 0) return floats(x, y);
                long r = 1, base = x;
                for (long e = y; ; ) { // square and multiply while the result fits a small int
                    if ((e & 1) != 0) {
                        long hi = Math.multiplyHigh(r, base);
                        r *= base;
                        if ((r >> 63) != hi || !Words.fitsSmall(r)) return bigs(m, BigInteger.valueOf(x), BigInteger.valueOf(y));
                    }
                    e >>>= 1;
                    if (e == 0) return Words.fromInt(r);
                    if (Math.abs(base) > 1L << 23) return bigs(m, BigInteger.valueOf(x), BigInteger.valueOf(y));
                    base *= base;
                }
            }
            long bigs(Mem m, BigInteger x, BigInteger y) {
                if (y.signum() < 0) return floats(IntMath.toDouble(x), IntMath.toDouble(y));
                return BigInts.box(m, IntMath.pow(x, y));
            }
            long floats(double x, double y) { return Words.fromDouble(FloatMath.pow(x, y)); }
        },
        LSHIFT {
            long smalls(Mem m, long x, long y) {
                if (y < 0) throw PyException.valueError("negative shift count");
                if (x == 0) return Words.fromInt(0);
                if (y < 16) return BigInts.box(m, x << y); // 48 + 15 bits fit a long
                return bigs(m, BigInteger.valueOf(x), BigInteger.valueOf(y));
            }
            long longs(Mem m, long x, long y) {
                if (y < 0 || y > 62) return Words.NULL;
                long r = x << y;
                return r >> y == x ? BigInts.box(m, r) : Words.NULL;
            }
            long bigs(Mem m, BigInteger x, BigInteger y) { return BigInts.box(m, IntMath.shiftLeft(x, y)); }
        },
        RSHIFT {
            long smalls(Mem m, long x, long y) {
                if (y < 0) throw PyException.valueError("negative shift count");
                return Words.fromInt(x >> Math.min(y, 63));
            }
            long longs(Mem m, long x, long y) {
                return y < 0 ? Words.NULL : BigInts.box(m, x >> Math.min(y, 63));
            }
            long bigs(Mem m, BigInteger x, BigInteger y) { return BigInts.box(m, IntMath.shiftRight(x, y)); }
        },
        AND {
            long smalls(Mem m, long x, long y) { return Words.fromInt(x & y); }
            long longs(Mem m, long x, long y) { return BigInts.box(m, x & y); }
            long bigs(Mem m, BigInteger x, BigInteger y) { return BigInts.box(m, x.and(y)); }
        },
        OR {
            long smalls(Mem m, long x, long y) { return Words.fromInt(x | y); }
            long longs(Mem m, long x, long y) { return BigInts.box(m, x | y); }
            long bigs(Mem m, BigInteger x, BigInteger y) { return BigInts.box(m, x.or(y)); }
        },
        XOR {
            long smalls(Mem m, long x, long y) { return Words.fromInt(x ^ y); }
            long longs(Mem m, long x, long y) { return BigInts.box(m, x ^ y); }
            long bigs(Mem m, BigInteger x, BigInteger y) { return BigInts.box(m, x.xor(y)); }
        };

        abstract long smalls(Mem m, long x, long y);

        abstract long bigs(Mem m, BigInteger x, BigInteger y);

        /**
         * The operator on two ints that fit a long, in long arithmetic, when its result fits
         * one too; else NULL (and for the errors, a zero divisor: the BigInteger path raises).
         * Without it, an int past 48 bits (a hash, a 64-bit LCG's state) went through two
         * BigInteger conversions at each operation.
         */
        long longs(Mem m, long x, long y) {
            return Words.NULL;
        }

        /** The float form, for the operators that have one ({@link #onFloats}). */
        long floats(double x, double y) {
            throw new UnsupportedOperationException(name());
        }

        /** Whether floats have this operator (the shifts and bit operators are ints' only). */
        boolean onFloats() {
            return ordinal() < LSHIFT.ordinal();
        }

        long apply(Mem m, long a, long b) {
            if (isSmall(a) && isSmall(b)) return smalls(m, small(a), small(b));
            boolean fa = Words.isFloat(a), fb = Words.isFloat(b);
            if (fa || fb) {
                if (!onFloats() || !isNumber(a) || !isNumber(b)) return Words.NOT_IMPLEMENTED;
                return floats(toDouble(a), toDouble(b));
            }
            if (!isNumber(a) || !isNumber(b)) return Words.NOT_IMPLEMENTED;
            if (BigInts.fitsLong(a) && BigInts.fitsLong(b)) {
                long r = longs(m, BigInts.toLong(a), BigInts.toLong(b));
                if (r != Words.NULL) return r;
            }
            return bigs(m, BigInts.toBig(a), BigInts.toBig(b));
        }
    }

    /** A BigInteger computation whose result may exceed what BigInteger holds: MemoryError. */
    private static BigInteger big(java.util.function.Supplier<BigInteger> f) {
        try {
            return f.get();
        } catch (ArithmeticException e) {
            throw IntMath.memoryError();
        }
    }

    /** {@code a + b}. */
    public static long add(Mem m, long a, long b) {
        if (bothSmallInts(a, b)) return BigInts.box(m, Words.toInt(a) + Words.toInt(b));
        return Op.ADD.apply(m, a, b);
    }

    /** {@code a - b}. */
    public static long sub(Mem m, long a, long b) {
        if (bothSmallInts(a, b)) return BigInts.box(m, Words.toInt(a) - Words.toInt(b));
        return Op.SUB.apply(m, a, b);
    }

    /** {@code a * b}. */
    public static long mul(Mem m, long a, long b) {
        return Op.MUL.apply(m, a, b);
    }

    /** {@code a / b}: always a float; int / int correctly rounded at any size. */
    public static long truediv(Mem m, long a, long b) {
        return Op.TRUEDIV.apply(m, a, b);
    }

    /** {@code a // b}. */
    public static long floordiv(Mem m, long a, long b) {
        return Op.FLOORDIV.apply(m, a, b);
    }

    /** {@code a % b}. */
    public static long mod(Mem m, long a, long b) {
        return Op.MOD.apply(m, a, b);
    }

    /** {@code a ** b}; an int to a negative int power is a float. */
    public static long pow(Mem m, long a, long b) {
        return Op.POW.apply(m, a, b);
    }

    /**
     * {@code pow(a, b, c)}; with {@code c} None (or NULL, not given) it is {@code a ** b}. All three must be ints
     * (TypeError if any is a float); a negative b needs a invertible modulo c.
     */
    public static long pow(Mem m, long a, long b, long c) {
        if (c == Words.NONE || c == Words.NULL) return pow(m, a, b);
        if (!isNumber(a) || !isNumber(b) || !isNumber(c)) return Words.NOT_IMPLEMENTED;
        if (Words.isFloat(a) || Words.isFloat(b) || Words.isFloat(c)) {
            throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return BigInts.box(m, IntMath.powMod(BigInts.toBig(a), BigInts.toBig(b), BigInts.toBig(c)));
    }

    /** {@code divmod(a, b)} as {quotient, remainder}; null when not both are numbers. */
    public static long[] divmod(Mem m, long a, long b) {
        if (!isNumber(a) || !isNumber(b)) return null;
        if (Words.isFloat(a) || Words.isFloat(b)) {
            double[] qr = FloatMath.divmod(toDouble(a), toDouble(b));
            return new long[] {Words.fromDouble(qr[0]), Words.fromDouble(qr[1])};
        }
        if (isSmall(a) && isSmall(b)) {
            long x = small(a), y = small(b);
            if (y == 0) throw IntMath.zeroDivision("integer division or modulo by zero");
            return new long[] {BigInts.box(m, Math.floorDiv(x, y)), Words.fromInt(Math.floorMod(x, y))};
        }
        BigInteger[] qr = IntMath.divmod(BigInts.toBig(a), BigInts.toBig(b));
        return new long[] {BigInts.box(m, qr[0]), BigInts.box(m, qr[1])};
    }

    /** {@code a << b}. */
    public static long lshift(Mem m, long a, long b) {
        return Op.LSHIFT.apply(m, a, b);
    }

    /** {@code a >> b}. */
    public static long rshift(Mem m, long a, long b) {
        return Op.RSHIFT.apply(m, a, b);
    }

    /** {@code a & b}; a bool when both are bools. */
    public static long and(Mem m, long a, long b) {
        if (Words.isBool(a) && Words.isBool(b)) return Words.fromBool(a == Words.TRUE && b == Words.TRUE);
        return Op.AND.apply(m, a, b);
    }

    /** {@code a | b}; a bool when both are bools. */
    public static long or(Mem m, long a, long b) {
        if (Words.isBool(a) && Words.isBool(b)) return Words.fromBool(a == Words.TRUE || b == Words.TRUE);
        return Op.OR.apply(m, a, b);
    }

    /** {@code a ^ b}; a bool when both are bools. */
    public static long xor(Mem m, long a, long b) {
        if (Words.isBool(a) && Words.isBool(b)) return Words.fromBool(a != b);
        return Op.XOR.apply(m, a, b);
    }

    // ---------------------------------------------------------------------------------------
    // Unary operators

    /** {@code -a}. */
    public static long neg(Mem m, long a) {
        if (isSmall(a)) return BigInts.box(m, -small(a));
        if (Words.isFloat(a)) return Words.fromDouble(-Words.toDouble(a));
        if (BigInts.isBig(a)) return BigInts.box(m, BigInts.toBig(a).negate());
        return Words.NOT_IMPLEMENTED;
    }

    /** {@code +a}: an int for a bool, else a itself. */
    public static long pos(Mem m, long a) {
        if (Words.isBool(a)) return Words.fromInt(small(a));
        return isNumber(a) ? a : Words.NOT_IMPLEMENTED;
    }

    /** {@code abs(a)}. */
    public static long abs(Mem m, long a) {
        if (isSmall(a)) return BigInts.box(m, Math.abs(small(a)));
        if (Words.isFloat(a)) return Words.fromDouble(Math.abs(Words.toDouble(a)));
        if (BigInts.isBig(a)) return BigInts.signum(a) < 0 ? BigInts.box(m, BigInts.toBig(a).negate()) : a;
        return Words.NOT_IMPLEMENTED;
    }

    /** {@code ~a}: ints only. */
    public static long invert(Mem m, long a) {
        if (isSmall(a)) return BigInts.box(m, ~small(a));
        if (BigInts.isBig(a)) return BigInts.box(m, BigInts.toBig(a).not());
        return Words.NOT_IMPLEMENTED;
    }

    // ---------------------------------------------------------------------------------------
    // Comparisons

    /** {@link #compare}'s answer when one side is NaN: every order test is false. */
    public static final int UNORDERED = 2;
    /** {@link #compare}'s answer when either side is not a number. */
    public static final int NOT_NUMBERS = 3;

    /**
     * The order of two numbers: -1, 0 or 1 for a below, equal to or above b, compared
     * exactly ({@code 2**53 + 1 > float(2**53)}); {@link #UNORDERED} when either is NaN;
     * {@link #NOT_NUMBERS} when either is not a number.
     */
    public static int compare(long a, long b) {
        if (bothSmallInts(a, b)) return Long.compare(Words.toInt(a), Words.toInt(b));
        boolean fa = Words.isFloat(a), fb = Words.isFloat(b);
        if (fa && fb) {
            double x = Words.toDouble(a), y = Words.toDouble(b);
            if (x != x || y != y) return UNORDERED;
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (!isNumber(a) || !isNumber(b)) return NOT_NUMBERS;
        if (fa || fb) {
            double x = Words.toDouble(fa ? a : b);
            if (x != x) return UNORDERED;
            long i = fa ? b : a;
            int c = isSmall(i) ? FloatMath.compare(small(i), x) : FloatMath.compare(BigInts.toBig(i), x);
            return fa ? -c : c;
        }
        if (isSmall(a) && isSmall(b)) return Long.compare(small(a), small(b));
        if (BigInts.fitsLong(a) && BigInts.fitsLong(b)) return Long.compare(BigInts.toLong(a), BigInts.toLong(b));
        return BigInts.toBig(a).compareTo(BigInts.toBig(b));
    }

    /** {@code a == b} as a word: TRUE, FALSE or NOT_IMPLEMENTED. */
    public static long eq(long a, long b) {
        int c = compare(a, b);
        return c == NOT_NUMBERS ? Words.NOT_IMPLEMENTED : Words.fromBool(c == 0);
    }

    /** {@code a != b} as a word. */
    public static long ne(long a, long b) {
        int c = compare(a, b);
        return c == NOT_NUMBERS ? Words.NOT_IMPLEMENTED : Words.fromBool(c != 0);
    }

    /** {@code a < b} as a word. */
    public static long lt(long a, long b) {
        int c = compare(a, b);
        return c == NOT_NUMBERS ? Words.NOT_IMPLEMENTED : Words.fromBool(c == -1);
    }

    /** {@code a <= b} as a word. */
    public static long le(long a, long b) {
        int c = compare(a, b);
        return c == NOT_NUMBERS ? Words.NOT_IMPLEMENTED : Words.fromBool(c == -1 || c == 0);
    }

    /** {@code a > b} as a word. */
    public static long gt(long a, long b) {
        int c = compare(a, b);
        return c == NOT_NUMBERS ? Words.NOT_IMPLEMENTED : Words.fromBool(c == 1);
    }

    /** {@code a >= b} as a word. */
    public static long ge(long a, long b) {
        int c = compare(a, b);
        return c == NOT_NUMBERS ? Words.NOT_IMPLEMENTED : Words.fromBool(c == 1 || c == 0);
    }

    // ---------------------------------------------------------------------------------------
    // hash, truth, conversions

    /**
     * Python's {@code hash(x)} of a number (IllegalArgumentException for others): equal
     * numbers hash equal across int, bool and float; see {@link FloatMath#hash} for NaN.
     */
    public static long hash(long w) {
        if (Words.isSmallInt(w)) return IntMath.hash(Words.toInt(w));
        if (Words.isFloat(w)) return FloatMath.hash(Words.toDouble(w));
        if (Words.isBool(w)) return small(w);
        if (BigInts.isBig(w)) return IntMath.hash(BigInts.toBig(w));
        throw new IllegalArgumentException("not a number: " + Long.toHexString(w));
    }

    /** {@code bool(x)} of a number (IllegalArgumentException for others). */
    public static boolean truthy(long w) {
        if (Words.isSmallInt(w)) return Words.toInt(w) != 0;
        if (Words.isFloat(w)) return Words.toDouble(w) != 0.0;
        if (Words.isBool(w)) return w == Words.TRUE;
        if (BigInts.isBig(w)) return true; // a bigint is never zero
        throw new IllegalArgumentException("not a number: " + Long.toHexString(w));
    }

    /** {@code float(x)} of a number; OverflowError for an int too large. */
    public static long toFloat(long w) {
        return Words.isFloat(w) ? w : Words.fromDouble(toDouble(w));
    }

    /** {@code int(x)} of a number: a float truncated toward zero, a bool as 0 or 1. */
    public static long toInt(Mem m, long w) {
        if (Words.isFloat(w)) {
            double d = Words.toDouble(w);
            if (Math.abs(d) < 0x1p47) return Words.fromInt((long) d);
            return BigInts.box(m, FloatMath.toBigInteger(d));
        }
        if (Words.isBool(w)) return Words.fromInt(small(w));
        if (isNumber(w)) return w;
        throw new IllegalArgumentException("not a number: " + Long.toHexString(w));
    }

    /**
     * {@code round(x)} when {@code ndigits} is None (or NULL for "not given"): an int, ties
     * to even. Otherwise {@code round(x, ndigits)}: a float for a float, an int for an int.
     * ndigits must be an int (TypeError as CPython says it otherwise). NOT_IMPLEMENTED when x
     * is not a number.
     */
    public static long round(Mem m, long x, long ndigits) {
        boolean given = ndigits != Words.NONE && ndigits != Words.NULL;
        if (given && !BigInts.isInt(ndigits)) {
            throw PyException.typeError("'" + typeNameForError(ndigits) + "' object cannot be interpreted as an integer");
        }
        if (Words.isFloat(x)) {
            double d = Words.toDouble(x);
            if (!given) return BigInts.box(m, FloatMath.roundToInt(d));
            BigInteger n = BigInts.toBig(ndigits); // clamped as CPython's PyNumber_AsSsize_t does
            long places = BigInts.fitsLong(n) ? n.longValue() : n.signum() * Long.MAX_VALUE;
            return Words.fromDouble(FloatMath.round(d, places));
        }
        if (!BigInts.isInt(x)) return Words.NOT_IMPLEMENTED;
        if (Words.isBool(x)) x = Words.fromInt(small(x));
        if (!given) return x;
        BigInteger n = BigInts.toBig(ndigits);
        if (n.signum() >= 0) return x;
        return BigInts.box(m, IntMath.roundToDigits(BigInts.toBig(x), n));
    }

    /** The type name of a non-int for a TypeError: the numbers', None's and the core types'. */
    private static String typeNameForError(long w) {
        String name = typeName(w);
        if (name != null) return name;
        if (w == Words.NONE) return "NoneType";
        if (Words.isPointer(w)) {
            switch (Mem.typeId(w)) {
                case TypeIds.STR: return "str";
                case TypeIds.TUPLE: return "tuple";
                case TypeIds.LIST: return "list";
                case TypeIds.DICT: return "dict";
                default: break;
            }
        }
        return "object";
    }

    /** {@code int.bit_length()}. */
    public static long bitLength(long w) {
        if (isSmall(w)) return 64 - Long.numberOfLeadingZeros(Math.abs(small(w)));
        return BigInts.toBig(w).abs().bitLength();
    }

    /** {@code float.is_integer()} of a float word. */
    public static boolean isInteger(long w) {
        return FloatMath.isInteger(Words.toDouble(w));
    }

    /** {@code float.as_integer_ratio()} (or an int's) as {numerator, denominator}. */
    public static long[] asIntegerRatio(Mem m, long w) {
        if (!Words.isFloat(w)) return new long[] {Words.isBool(w) ? Words.fromInt(small(w)) : w, Words.fromInt(1)};
        BigInteger[] r = FloatMath.asIntegerRatio(Words.toDouble(w));
        return new long[] {BigInts.box(m, r[0]), BigInts.box(m, r[1])};
    }
}

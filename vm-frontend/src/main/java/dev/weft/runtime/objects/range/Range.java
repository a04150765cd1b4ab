package dev.weft.runtime.objects.range;

import java.math.BigInteger;
import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.bigint.BigInts;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Raw;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.slice.Slice;
import dev.weft.runtime.objects.tuple.Tuple;

/**
 * Python's range: immutable start, stop and step, with its length worked out once.
 *
 * <p>Layout (immutable, {@link TypeIds#RANGE}). The common form, when start, stop, step and
 * the length are small ints (48 bits), holds raw longs, not tagged words:
 * <pre>
 *   field 0 start   field 1 stop   field 2 step   field 3 length
 * </pre>
 * {@code range(0, 10, 3)} is {@code 0, 10, 3, 4} (0, 3, 6, 9). The big form, for
 * {@code range(10 ** 20)} and the like, holds int words (small or big) and a length of -1:
 * <pre>
 *   field 0 start   field 1 stop   field 2 step   field 3 -1   field 4 the length (int word)
 * </pre>
 * Its arithmetic is BigInteger's; {@link #length} clamps its length to Long.MAX_VALUE, which
 * is all an iteration can walk.
 */
public final class Range {
    private Range() {}

    public static final int START = 0, STOP = 1, STEP = 2, LENGTH = 3;

    public static boolean isRange(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.RANGE;
    }

    private static final int BIG_LENGTH = 4;
    private static final BigInteger SMALL_LIMIT = BigInteger.ONE.shiftLeft(46);

    /** A range of any int words (small or big). */
    public static long make(Mem m, BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger len = lengthOf(start, stop, step);
        if (small(start) && small(stop) && small(step) && small(len)) return make(m, start.longValue(), stop.longValue(), step.longValue());
        long r = m.allocImmutable(TypeIds.RANGE, 5);
        m.init(r, START, BigInts.box(m, start));
        m.init(r, STOP, BigInts.box(m, stop));
        m.init(r, STEP, BigInts.box(m, step));
        m.init(r, LENGTH, -1);
        m.init(r, BIG_LENGTH, BigInts.box(m, len));
        return r;
    }

    private static boolean small(BigInteger v) {
        return v.abs().compareTo(SMALL_LIMIT) < 0;
    }

    static BigInteger lengthOf(BigInteger start, BigInteger stop, BigInteger step) {
        int sign = step.signum();
        BigInteger span = sign > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) return BigInteger.ZERO;
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    /** Whether r has the big form. */
    public static boolean isBig(long r) {
        return Raw.field(r, LENGTH) == -1;
    }

    public static BigInteger bigStart(long r) {
        return isBig(r) ? BigInts.toBig(Raw.field(r, START)) : BigInteger.valueOf(start(r));
    }

    public static BigInteger bigStop(long r) {
        return isBig(r) ? BigInts.toBig(Raw.field(r, STOP)) : BigInteger.valueOf(stop(r));
    }

    public static BigInteger bigStep(long r) {
        return isBig(r) ? BigInts.toBig(Raw.field(r, STEP)) : BigInteger.valueOf(step(r));
    }

    public static BigInteger bigLength(long r) {
        return isBig(r) ? BigInts.toBig(Raw.field(r, BIG_LENGTH)) : BigInteger.valueOf(length(r));
    }

    /** start, stop or step as an int word (what r.start and the like answer). */
    public static long fieldWord(Mem m, long r, int field) {
        return isBig(r) ? Raw.field(r, field) : Words.fromInt(Raw.field(r, field));
    }

    /** {@code len(r)}: OverflowError beyond 63 bits, as CPython's ssize_t. */
    public static long lengthWord(Mem m, long r) {
        if (!isBig(r)) return Words.fromInt(length(r));
        BigInteger len = bigLength(r);
        if (len.bitLength() > 63) throw PyException.of(ExcKind.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        return BigInts.box(m, len);
    }

    /** Item {@code i} as an int word, for either form. */
    public static long itemWord(Mem m, long r, long i) {
        if (!isBig(r)) return Words.fromInt(item(r, i));
        return BigInts.box(m, bigStart(r).add(BigInteger.valueOf(i).multiply(bigStep(r))));
    }

    /** The same items backwards. */
    public static long reversed(Mem m, long r) {
        BigInteger len = bigLength(r), step = bigStep(r);
        BigInteger last = bigStart(r).add(len.subtract(BigInteger.ONE).multiply(step));
        return make(m, last, last.subtract(len.multiply(step)), step.negate());
    }

    public static long make(Mem m, long start, long stop, long step) {
        long r = m.allocImmutable(TypeIds.RANGE, 4);
        m.init(r, START, start);
        m.init(r, STOP, stop);
        m.init(r, STEP, step);
        m.init(r, LENGTH, lengthOf(start, stop, step));
        return r;
    }

    static long lengthOf(long start, long stop, long step) {
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return stop < start ? (start - stop - 1) / -step + 1 : 0;
    }

    public static long start(long r) {
        return Raw.field(r, START);
    }

    public static long stop(long r) {
        return Raw.field(r, STOP);
    }

    public static long step(long r) {
        return Raw.field(r, STEP);
    }

    /** The length; for the big form, clamped to Long.MAX_VALUE. */
    public static long length(long r) {
        long len = Raw.field(r, LENGTH);
        if (len != -1) return len;
        BigInteger big = bigLength(r);
        return big.bitLength() > 63 ? Long.MAX_VALUE : big.longValue();
    }

    /** Item {@code i} (0 &lt;= i &lt; length). */
    public static long item(long r, long i) {
        return start(r) + i * step(r);
    }

    /** {@code r[key]}: an int or a slice (a new range). */
    public static long getItem(Ctx c, long r, long key) {
        if (isBig(r)) return bigGetItem(c, r, key);
        long len = length(r);
        if (Slice.isSlice(key)) {
            long[] ix = Slice.indices(c, key, Words.fromInt(len));
            long step = step(r);
            return make(c.mem, start(r) + ix[0] * step, start(r) + ix[1] * step, ix[2] * step);
        }
        if (!Args.isInt(key)) {
            throw PyException.typeError("range indices must be integers or slices, not " + Values.typeName(c, key));
        }
        long i = Args.indexClamped(c, key);
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw PyException.indexError("range object index out of range");
        return Words.fromInt(item(r, i));
    }

    private static long bigGetItem(Ctx c, long r, long key) {
        BigInteger len = bigLength(r), start = bigStart(r), step = bigStep(r);
        if (Slice.isSlice(key)) {
            BigInteger[] ix = bigIndices(c, key, len);
            return make(c.mem, start.add(ix[0].multiply(step)), start.add(ix[1].multiply(step)), ix[2].multiply(step));
        }
        if (!Args.isInt(key)) {
            throw PyException.typeError("range indices must be integers or slices, not " + Values.typeName(c, key));
        }
        BigInteger i = BigInts.toBig(key);
        if (i.signum() < 0) i = i.add(len);
        if (i.signum() < 0 || i.compareTo(len) >= 0) throw PyException.indexError("range object index out of range");
        return BigInts.box(c.mem, start.add(i.multiply(step)));
    }

    /** CPython's slice.indices(len) with ints of any size (start, stop, step). */
    private static BigInteger[] bigIndices(Ctx c, long slice, BigInteger len) {
        BigInteger step = bigSliceArg(Slice.step(slice), BigInteger.ONE);
        if (step.signum() == 0) throw PyException.valueError("slice step cannot be zero");
        BigInteger lower = step.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = step.signum() < 0 ? len.subtract(BigInteger.ONE) : len;
        BigInteger start = clamp(bigSliceArg(Slice.start(slice), null), step.signum() < 0 ? upper : lower, len, lower, upper);
        BigInteger stop = clamp(bigSliceArg(Slice.stop(slice), null), step.signum() < 0 ? lower : upper, len, lower, upper);
        return new BigInteger[] {start, stop, step};
    }

    private static BigInteger bigSliceArg(long w, BigInteger dflt) {
        if (w == Words.NONE || w == Words.NULL) return dflt;
        if (!Args.isInt(w)) throw PyException.typeError("slice indices must be integers or None or have an __index__ method");
        return BigInts.toBig(w);
    }

    private static BigInteger clamp(BigInteger v, BigInteger dflt, BigInteger len, BigInteger lower, BigInteger upper) {
        if (v == null) return dflt;
        if (v.signum() < 0) {
            v = v.add(len);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    /** The position of int {@code v} (any size) in the range, or -1 as a BigInteger. */
    private static BigInteger bigPositionOf(long r, long v) {
        BigInteger off = BigInts.toBig(v).subtract(bigStart(r));
        BigInteger[] qr = off.divideAndRemainder(bigStep(r));
        if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(bigLength(r)) >= 0) return BigInteger.ONE.negate();
        return qr[0];
    }

    /** The position of int {@code v} in the range, or -1. */
    static long positionOf(long r, long v) {
        long start = start(r), step = step(r);
        long off = v - start;
        if (off % step != 0) return -1;
        long i = off / step;
        return i >= 0 && i < length(r) ? i : -1;
    }

    private static boolean isIntLike(long w) {
        return Words.isSmallInt(w) || Words.isBool(w);
    }

    private static long intOf(long w) {
        return Words.isBool(w) ? (w == Words.TRUE ? 1 : 0) : Words.toInt(w);
    }

    public static boolean contains(Ctx c, long r, long v) {
        if (isBig(r) && Args.isInt(v)) return bigPositionOf(r, v).signum() >= 0;
        if (isIntLike(v)) return positionOf(r, intOf(v)) >= 0;
        if (Args.isBigInt(v)) return false;
        for (long i = 0; i < length(r); i++) {
            if (Values.eq(c, Words.fromInt(item(r, i)), v)) return true;
        }
        return false;
    }

    public static long index(Ctx c, long r, long v) {
        if (isBig(r) && Args.isInt(v)) {
            BigInteger i = bigPositionOf(r, v);
            if (i.signum() < 0) throw PyException.valueError(Values.repr(c, v) + " is not in range");
            return BigInts.box(c.mem, i);
        }
        if (isIntLike(v)) {
            long i = positionOf(r, intOf(v));
            if (i < 0) throw PyException.valueError(Values.repr(c, v) + " is not in range");
            return Words.fromInt(i);
        }
        for (long i = 0; i < length(r); i++) {
            if (Values.eq(c, Words.fromInt(item(r, i)), v)) return Words.fromInt(i);
        }
        throw PyException.valueError("sequence.index(x): x not in sequence");
    }

    public static long count(Ctx c, long r, long v) {
        if (isBig(r) && Args.isInt(v)) return bigPositionOf(r, v).signum() >= 0 ? 1 : 0;
        if (isIntLike(v)) return positionOf(r, intOf(v)) >= 0 ? 1 : 0;
        long k = 0;
        for (long i = 0; i < length(r); i++) {
            if (Values.eq(c, Words.fromInt(item(r, i)), v)) k++;
        }
        return k;
    }

    /** CPython's range equality: the same sequence of ints. */
    public static boolean equal(Ctx c, long a, long b) {
        if (a == b) return true;
        if (isBig(a) || isBig(b)) {
            BigInteger len = bigLength(a);
            if (!len.equals(bigLength(b))) return false;
            if (len.signum() == 0) return true;
            if (!bigStart(a).equals(bigStart(b))) return false;
            return len.equals(BigInteger.ONE) || bigStep(a).equals(bigStep(b));
        }
        long len = length(a);
        if (len != length(b)) return false;
        if (len == 0) return true;
        if (start(a) != start(b)) return false;
        if (len == 1) return true;
        return step(a) == step(b);
    }

    /** CPython's range hash: that of (len, start, step), with None for what does not matter. */
    public static long hash(Ctx c, long r) {
        BigInteger len = bigLength(r);
        Mem m = c.mem;
        long t;
        if (len.signum() == 0) {
            t = Tuple.of(m, Words.fromInt(0), Words.NONE, Words.NONE);
        } else if (len.equals(BigInteger.ONE)) {
            t = Tuple.of(m, Words.fromInt(1), fieldWord(m, r, START), Words.NONE);
        } else {
            t = Tuple.of(m, BigInts.box(m, len), fieldWord(m, r, START), fieldWord(m, r, STEP));
        }
        return Tuple.hash(c, t);
    }

    public static String repr(Ctx c, long r) {
        String s = "range(" + bigStart(r) + ", " + bigStop(r);
        return bigStep(r).equals(BigInteger.ONE) ? s + ")" : s + ", " + bigStep(r) + ")";
    }
}

package dev.weft.runtime.objects.range;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Raw;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.slice.Slice;
import dev.weft.runtime.objects.tuple.Tuple;

/**
 * Python's range: immutable start, stop and step, with its length worked out once. Bounds are
 * small ints (48 bits), which covers every range a loop can walk; a big-int bound is refused
 * with OverflowError (CPython accepts it and fails later, at len() or iteration).
 *
 * <p>Layout (immutable, {@link TypeIds#RANGE}): raw longs, not tagged words.
 * <pre>
 *   field 0 start   field 1 stop   field 2 step   field 3 length
 * </pre>
 * {@code range(0, 10, 3)} is {@code 0, 10, 3, 4} (0, 3, 6, 9).
 */
public final class Range {
    private Range() {}

    public static final int START = 0, STOP = 1, STEP = 2, LENGTH = 3;

    public static boolean isRange(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.RANGE;
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

    public static long length(long r) {
        return Raw.field(r, LENGTH);
    }

    /** Item {@code i} (0 &lt;= i &lt; length). */
    public static long item(long r, long i) {
        return start(r) + i * step(r);
    }

    /** {@code r[key]}: an int or a slice (a new range). */
    public static long getItem(Ctx c, long r, long key) {
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
        if (isIntLike(v)) return positionOf(r, intOf(v)) >= 0;
        if (Args.isBigInt(v)) return false;
        for (long i = 0; i < length(r); i++) {
            if (Values.eq(c, Words.fromInt(item(r, i)), v)) return true;
        }
        return false;
    }

    public static long index(Ctx c, long r, long v) {
        if (isIntLike(v)) {
            long i = positionOf(r, intOf(v));
            if (i < 0) throw PyException.valueError(Values.repr(c, v) + " is not in range");
            return i;
        }
        for (long i = 0; i < length(r); i++) {
            if (Values.eq(c, Words.fromInt(item(r, i)), v)) return i;
        }
        throw PyException.valueError("sequence.index(x): x not in sequence");
    }

    public static long count(Ctx c, long r, long v) {
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
        long len = length(a);
        if (len != length(b)) return false;
        if (len == 0) return true;
        if (start(a) != start(b)) return false;
        if (len == 1) return true;
        return step(a) == step(b);
    }

    /** CPython's range hash: that of (len, start, step), with None for what does not matter. */
    public static long hash(Ctx c, long r) {
        long len = length(r);
        long t;
        if (len == 0) {
            t = Tuple.of(c.mem, Words.fromInt(0), Words.NONE, Words.NONE);
        } else if (len == 1) {
            t = Tuple.of(c.mem, Words.fromInt(1), Words.fromInt(start(r)), Words.NONE);
        } else {
            t = Tuple.of(c.mem, Words.fromInt(len), Words.fromInt(start(r)), Words.fromInt(step(r)));
        }
        return Tuple.hash(c, t);
    }

    public static String repr(Ctx c, long r) {
        String s = "range(" + start(r) + ", " + stop(r);
        return step(r) == 1 ? s + ")" : s + ", " + step(r) + ")";
    }
}

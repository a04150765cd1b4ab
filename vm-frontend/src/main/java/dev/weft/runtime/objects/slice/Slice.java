package dev.weft.runtime.objects.slice;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Raw;
import dev.weft.runtime.objects.iter.Values;

/**
 * Python's slice object, and the one place that turns a slice into the indices it selects of
 * a sequence (CPython's PySlice_Unpack + PySlice_AdjustIndices), so that list, tuple, str and
 * range slice alike.
 *
 * <p>Layout (immutable, {@link TypeIds#SLICE}): three fields, the start, stop and step words
 * as given (None where omitted). {@code 1:10:None} is
 * <pre>
 *   field 0  0xFFFF_0000_0000_0001   start 1
 *   field 1  0xFFFF_0000_0000_000A   stop 10
 *   field 2  0x10                    step None
 * </pre>
 */
public final class Slice {
    private Slice() {}

    public static final int START = 0, STOP = 1, STEP = 2;
    /** What stands for "no bound" once unpacked: far beyond any length, with room to add. */
    static final long BIG = Long.MAX_VALUE / 4;

    public static long make(Mem m, long start, long stop, long step) {
        long s = m.allocImmutable(TypeIds.SLICE, 3);
        m.init(s, START, start);
        m.init(s, STOP, stop);
        m.init(s, STEP, step);
        return s;
    }

    public static boolean isSlice(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.SLICE;
    }

    public static long start(long s) {
        return field(s, START);
    }

    public static long stop(long s) {
        return field(s, STOP);
    }

    public static long step(long s) {
        return field(s, STEP);
    }

    private static long field(long s, int i) {
        return Raw.field(s, i);
    }

    /** The positions a slice picks from a sequence of {@code length}: start, step and count. */
    public record Bounds(long start, long stop, long step, long count) {
        /** The i-th position picked. */
        public long at(long i) {
            return start + i * step;
        }
    }

    /** What {@code seq[slice]} selects of a sequence of {@code length} items. */
    public static Bounds bounds(Ctx ctx, long slice, long length) {
        long stepW = step(slice);
        long step = stepW == Words.NONE ? 1 : Args.sliceIndex(ctx, stepW, 1);
        if (step == 0) throw PyException.valueError("slice step cannot be zero");
        long start = Args.sliceIndex(ctx, start(slice), step < 0 ? BIG : 0);
        long stop = Args.sliceIndex(ctx, stop(slice), step < 0 ? -BIG : BIG);
        return adjust(start, stop, step, length);
    }

    /** CPython's PySlice_AdjustIndices. */
    public static Bounds adjust(long start, long stop, long step, long length) {
        if (start < 0) {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long count = 0;
        if (step < 0) {
            if (stop < start) count = (start - stop - 1) / -step + 1;
        } else if (start < stop) {
            count = (stop - start - 1) / step + 1;
        }
        return new Bounds(start, stop, step, count);
    }

    /** {@code slice.indices(length)}: the (start, stop, step) triple as Java longs. */
    public static long[] indices(Ctx ctx, long slice, long lengthW) {
        long length = Args.index(lengthW);
        if (length < 0) throw PyException.valueError("length should not be negative");
        long stepW = step(slice);
        long step = stepW == Words.NONE ? 1 : sliceArg(ctx, stepW);
        if (step == 0) throw PyException.valueError("slice step cannot be zero");
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long start = clampIndex(ctx, start(slice), step < 0 ? upper : lower, length, lower, upper);
        long stop = clampIndex(ctx, stop(slice), step < 0 ? lower : upper, length, lower, upper);
        return new long[] {start, stop, step};
    }

    private static long sliceArg(Ctx ctx, long w) {
        if (!Args.isInt(w)) throw PyException.typeError("slice indices must be integers or None or have an __index__ method");
        return Args.indexClamped(ctx, w);
    }

    private static long clampIndex(Ctx ctx, long w, long dflt, long length, long lower, long upper) {
        if (w == Words.NONE) return dflt;
        long v = sliceArg(ctx, w);
        if (v < 0) {
            v += length;
            if (v < lower) v = lower;
        } else if (v > upper) {
            v = upper;
        }
        return v;
    }

    public static String repr(Ctx ctx, long s) {
        return "slice(" + Values.repr(ctx, start(s)) + ", " + Values.repr(ctx, stop(s)) + ", "
                + Values.repr(ctx, step(s)) + ")";
    }
}

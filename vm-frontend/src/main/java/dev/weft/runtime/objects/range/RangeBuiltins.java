package dev.weft.runtime.objects.range;

import static dev.weft.runtime.objects.iter.Args.Style.NOARGS;
import static dev.weft.runtime.objects.iter.Args.Style.O;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.objects.bigint.BigInts;
import java.math.BigInteger;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Iter;
import dev.weft.runtime.objects.str.Str;

/** The methods of range (count, index and the sequence protocol) and its constructor. */
public final class RangeBuiltins {
    private RangeBuiltins() {}

    /** {@code range(*args)}: the arguments are {@code a[0..n)}. */
    public static long construct(Ctx c, long[] a, int n, String[] kw) {
        if (kw.length > 0) throw PyException.typeError("range() takes no keyword arguments");
        if (n < 1) throw PyException.typeError("range expected at least 1 argument, got 0");
        if (n > 3) throw PyException.typeError("range expected at most 3 arguments, got " + n);
        BigInteger start = BigInteger.ZERO, stop, step = BigInteger.ONE;
        if (n == 1) {
            stop = bound(a[0]);
        } else {
            start = bound(a[0]);
            stop = bound(a[1]);
            if (n == 3) {
                step = bound(a[2]);
                if (step.signum() == 0) throw PyException.valueError("range() arg 3 must not be zero");
            }
        }
        return Range.make(c.mem, start, stop, step);
    }

    private static BigInteger bound(long w) {
        if (Args.isBigInt(w)) return BigInts.toBig(w);
        return BigInteger.valueOf(Args.index(w));
    }

    public static void install(MethodTable t) {
        Args.def(t, O, "count", 1, 1, (c, a, n, k) -> Words.fromInt(Range.count(c, a[0], a[1])));
        Args.def(t, O, "index", 1, 1, (c, a, n, k) -> Range.index(c, a[0], a[1]));
        Args.def(t, NOARGS, "__len__", 0, 0, (c, a, n, k) -> Range.lengthWord(c.mem, a[0]));
        Args.def(t, O, "__getitem__", 1, 1, (c, a, n, k) -> Range.getItem(c, a[0], a[1]));
        Args.def(t, O, "__contains__", 1, 1, (c, a, n, k) -> Words.fromBool(Range.contains(c, a[0], a[1])));
        Args.def(t, NOARGS, "__iter__", 0, 0, (c, a, n, k) -> Iter.of(c, a[0]));
        Args.def(t, NOARGS, "__reversed__", 0, 0, (c, a, n, k) -> Iter.reversed(c, a[0]));
        Args.def(t, NOARGS, "__repr__", 0, 0, (c, a, n, k) -> Str.of(c.mem, Range.repr(c, a[0])));
        Args.def(t, O, "__eq__", 1, 1, (c, a, n, k) ->
                Range.isRange(a[1]) ? Words.fromBool(Range.equal(c, a[0], a[1])) : Words.NOT_IMPLEMENTED);
        Args.def(t, O, "__ne__", 1, 1, (c, a, n, k) ->
                Range.isRange(a[1]) ? Words.fromBool(!Range.equal(c, a[0], a[1])) : Words.NOT_IMPLEMENTED);
    }
}

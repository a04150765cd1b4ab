package dev.weft.runtime.objects.slice;

import static dev.weft.runtime.objects.iter.Args.Style.NOARGS;
import static dev.weft.runtime.objects.iter.Args.Style.O;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.str.Str;
import dev.weft.runtime.objects.tuple.Tuple;

/** The methods of slice ({@code indices}) and its constructor. */
public final class SliceBuiltins {
    private SliceBuiltins() {}

    public static void install(MethodTable t) {
        Args.def(t, O, "indices", 1, 1, (c, a, n, k) -> {
            long[] r = Slice.indices(c, a[0], a[1]);
            return Tuple.of(c.mem, Words.fromInt(r[0]), Words.fromInt(r[1]), Words.fromInt(r[2]));
        });
        Args.def(t, NOARGS, "__repr__", 0, 0, (c, a, n, k) -> Str.of(c.mem, Slice.repr(c, a[0])));
    }

    /** {@code slice(*args)}: the arguments are {@code a[0..n)}. */
    public static long construct(Ctx c, long[] a, int n, String[] kw) {
        if (kw.length > 0) throw PyException.typeError("slice() takes no keyword arguments");
        if (n < 1) throw PyException.typeError("slice expected at least 1 argument, got 0");
        if (n > 3) throw PyException.typeError("slice expected at most 3 arguments, got " + n);
        if (n == 1) return Slice.make(c.mem, Words.NONE, a[0], Words.NONE);
        return Slice.make(c.mem, a[0], a[1], Args.opt(a, n, 2, Words.NONE));
    }
}

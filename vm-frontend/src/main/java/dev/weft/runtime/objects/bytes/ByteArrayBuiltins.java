package dev.weft.runtime.objects.bytes;

import static dev.weft.runtime.objects.iter.Args.Style.NOARGS;
import static dev.weft.runtime.objects.iter.Args.Style.O;
import static dev.weft.runtime.objects.iter.Args.Style.POS;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Seqs;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.slice.Slice;

/**
 * The methods only bytearray has: item and slice assignment and deletion, append, extend,
 * pop, insert, remove, clear, copy, reverse, {@code +=} and {@code *=}. A single-byte change
 * stores one byte in place ({@link Bytes#baSet}); anything that moves bytes rebuilds the
 * contents from a Java copy, which is what a list-like memmove costs anyway.
 */
public final class ByteArrayBuiltins {
    private ByteArrayBuiltins() {}

    public static void install(MethodTable t) {
        BytesBuiltins.install(t, true);
        Args.def(t, POS, "__setitem__", 2, 2, (c, a, n, k) -> setItem(c, a[0], a[1], a[2]));
        Args.def(t, O, "__delitem__", 1, 1, (c, a, n, k) -> delItem(c, a[0], a[1]));
        Args.def(t, O, "append", 1, 1, (c, a, n, k) -> {
            Bytes.baAppend(c.mem, a[0], BytesBuiltins.byteValue(a[1]));
            return Words.NONE;
        });
        Args.def(t, O, "extend", 1, 1, (c, a, n, k) -> {
            if (dev.weft.runtime.objects.str.Str.isStr(a[1])) throw PyException.typeError("expected iterable of integers; got: 'str'");
            if (Args.isInt(a[1])) {
                throw PyException.typeError("can't extend bytearray with " + Values.typeName(c, a[1]));
            }
            splice(c, a[0], Bytes.size(c.mem, a[0]), Bytes.size(c.mem, a[0]), BytesBuiltins.fromObject(c, a[1], "bytearray"));
            return Words.NONE;
        });
        Args.def(t, O, "__iadd__", 1, 1, (c, a, n, k) -> {
            if (!Bytes.isBytesLike(a[1])) {
                throw PyException.typeError("can't concat " + Values.typeName(c, a[1]) + " to bytearray");
            }
            long len = Bytes.size(c.mem, a[0]);
            splice(c, a[0], len, len, Bytes.data(c.mem, a[1]));
            return a[0];
        });
        Args.def(t, O, "__imul__", 1, 1, (c, a, n, k) -> {
            if (!Args.isInt(a[1])) return Words.NOT_IMPLEMENTED;
            byte[] r = BytesBuiltins.repeat(Bytes.data(c.mem, a[0]), Args.indexSized(a[1]));
            Bytes.setData(c.mem, a[0], r, r.length);
            return a[0];
        });
        Args.def(t, POS, "pop", 0, 1, (c, a, n, k) -> pop(c, a[0], n > 1 ? Args.index(a[1]) : -1));
        Args.def(t, POS, "insert", 2, 2, (c, a, n, k) -> {
            long len = Bytes.size(c.mem, a[0]);
            long i = Args.index(a[1]);
            int v = BytesBuiltins.byteValue(a[2]);
            if (i < 0) i = Math.max(0, i + len);
            i = Math.min(i, len);
            splice(c, a[0], i, i, new byte[] {(byte) v});
            return Words.NONE;
        });
        Args.def(t, O, "remove", 1, 1, (c, a, n, k) -> {
            int v = BytesBuiltins.byteValue(a[1]);
            byte[] s = Bytes.data(c.mem, a[0]);
            for (int i = 0; i < s.length; i++) {
                if ((s[i] & 0xFF) == v) {
                    splice(c, a[0], i, i + 1, new byte[0]);
                    return Words.NONE;
                }
            }
            throw PyException.valueError("value not found in bytearray");
        });
        Args.def(t, NOARGS, "clear", 0, 0, (c, a, n, k) -> {
            Bytes.setData(c.mem, a[0], new byte[0], 0);
            return Words.NONE;
        });
        Args.def(t, NOARGS, "copy", 0, 0, (c, a, n, k) -> {
            byte[] s = Bytes.data(c.mem, a[0]);
            return Bytes.newByteArray(c.mem, s, s.length);
        });
        Args.def(t, NOARGS, "reverse", 0, 0, (c, a, n, k) -> {
            byte[] s = Bytes.data(c.mem, a[0]);
            for (int i = 0, j = s.length - 1; i < j; i++, j--) {
                byte x = s[i];
                s[i] = s[j];
                s[j] = x;
            }
            Bytes.setData(c.mem, a[0], s, s.length);
            return Words.NONE;
        });
    }

    /** Replaces bytes {@code [from, to)} of {@code ba} by {@code with}. */
    static void splice(Ctx c, long ba, long from, long to, byte[] with) {
        Mem m = c.mem;
        byte[] s = Bytes.data(m, ba);
        if (from == s.length && to == s.length && with.length <= 8) {
            for (byte b : with) Bytes.baAppend(m, ba, b & 0xFF);
            return;
        }
        byte[] r = new byte[s.length - (int) (to - from) + with.length];
        System.arraycopy(s, 0, r, 0, (int) from);
        System.arraycopy(with, 0, r, (int) from, with.length);
        System.arraycopy(s, (int) to, r, (int) from + with.length, s.length - (int) to);
        Bytes.setData(m, ba, r, r.length);
    }

    static long pop(Ctx c, long ba, long i) {
        long n = Bytes.size(c.mem, ba);
        if (n == 0) throw PyException.indexError("pop from empty bytearray");
        long at = Seqs.normIndex(i, n);
        if (at < 0) throw PyException.indexError("pop index out of range");
        int v = Bytes.at(c.mem, ba, at);
        splice(c, ba, at, at + 1, new byte[0]);
        return Words.fromInt(v);
    }

    static long setItem(Ctx c, long ba, long key, long v) {
        Mem m = c.mem;
        long n = Bytes.size(m, ba);
        if (Slice.isSlice(key)) {
            byte[] with;
            if (v == ba) {
                with = Bytes.data(m, ba);
            } else if (Args.isInt(v) || !Values.maybeIterable(c, v) || dev.weft.runtime.objects.str.Str.isStr(v)) {
                throw PyException.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            } else {
                with = BytesBuiltins.fromObject(c, v, "bytearray");
            }
            Slice.Bounds b = Slice.bounds(c, key, n);
            if (b.step() == 1) {
                long stop = Math.max(b.start(), b.stop());
                splice(c, ba, b.start(), stop, with);
                return Words.NONE;
            }
            if (with.length != b.count()) {
                throw PyException.valueError("attempt to assign bytes of size " + with.length
                        + " to extended slice of size " + b.count());
            }
            for (int i = 0; i < with.length; i++) Bytes.baSet(m, ba, b.at(i), with[i] & 0xFF);
            return Words.NONE;
        }
        long i = Args.isInt(key) ? Args.indexClamped(c, key) : Seqs.indexArg(c, key, "bytearray");
        long at = Seqs.normIndex(i, n);
        if (at < 0) throw PyException.indexError("bytearray index out of range");
        Bytes.baSet(m, ba, at, BytesBuiltins.byteValue(v));
        return Words.NONE;
    }

    static long delItem(Ctx c, long ba, long key) {
        Mem m = c.mem;
        long n = Bytes.size(m, ba);
        if (Slice.isSlice(key)) {
            Slice.Bounds b = Slice.bounds(c, key, n);
            byte[] s = Bytes.data(m, ba);
            boolean[] gone = new boolean[s.length];
            for (long i = 0; i < b.count(); i++) gone[(int) b.at(i)] = true;
            byte[] r = new byte[s.length - (int) b.count()];
            int k = 0;
            for (int i = 0; i < s.length; i++) {
                if (!gone[i]) r[k++] = s[i];
            }
            Bytes.setData(m, ba, r, r.length);
            return Words.NONE;
        }
        long i = Args.isInt(key) ? Args.indexClamped(c, key) : Seqs.indexArg(c, key, "bytearray");
        long at = Seqs.normIndex(i, n);
        if (at < 0) throw PyException.indexError("bytearray index out of range");
        splice(c, ba, at, at + 1, new byte[0]);
        return Words.NONE;
    }
}

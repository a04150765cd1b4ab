package dev.weft.runtime.objects.bytes;

import static dev.weft.runtime.objects.iter.Args.Style.NOARGS;
import static dev.weft.runtime.objects.iter.Args.Style.O;
import static dev.weft.runtime.objects.iter.Args.Style.POS;
import static dev.weft.runtime.objects.iter.Args.Style.VARARGS;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Iter;
import dev.weft.runtime.objects.iter.Seqs;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.slice.Slice;
import dev.weft.runtime.objects.tuple.Tuple;

/**
 * The methods that bytes and bytearray share: operators, searching, hex, and the
 * constructors' argument handling ({@link #fromObject}). Both types install the same table;
 * a method answers the type of its receiver ({@code bytearray(b"a").upper()} is a bytearray),
 * as CPython does. The text-like methods (split, strip, case, padding) are in
 * {@link BytesText}; the mutators of bytearray in {@link ByteArrayBuiltins}.
 */
public final class BytesBuiltins {
    private BytesBuiltins() {}

    public static void install(MethodTable t, boolean mutable) {
        Args.def(t, NOARGS, "__len__", 0, 0, (c, a, n, k) -> Words.fromInt(Bytes.size(c.mem, a[0])));
        Args.def(t, O, "__getitem__", 1, 1, (c, a, n, k) -> getItem(c, a[0], a[1]));
        Args.def(t, O, "__contains__", 1, 1, (c, a, n, k) -> Words.fromBool(contains(c, a[0], a[1])));
        Args.def(t, O, "__add__", 1, 1, (c, a, n, k) -> add(c, a[0], a[1]));
        Args.def(t, O, "__mul__", 1, 1, (c, a, n, k) -> mul(c, a[0], a[1]));
        Args.def(t, O, "__rmul__", 1, 1, (c, a, n, k) -> mul(c, a[0], a[1]));
        Args.def(t, NOARGS, "__repr__", 0, 0, (c, a, n, k) -> dev.weft.runtime.objects.str.Str.of(c.mem, Bytes.repr(c.mem, a[0])));
        Args.def(t, NOARGS, "__iter__", 0, 0, (c, a, n, k) -> Iter.of(c, a[0]));
        if (!mutable) Args.def(t, NOARGS, "__hash__", 0, 0, (c, a, n, k) -> Words.fromInt(Bytes.hash(a[0])));
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmp.length; op++) {
            int o = op;
            Args.def(t, O, cmp[op], 1, 1, (c, a, n, k) -> richCompare(c, a[0], a[1], o));
        }
        // searching
        Args.def(t, VARARGS, "find", 1, 3, (c, a, n, k) -> Words.fromInt(find(c, a, n, false, false)));
        Args.def(t, VARARGS, "rfind", 1, 3, (c, a, n, k) -> Words.fromInt(find(c, a, n, true, false)));
        Args.def(t, VARARGS, "index", 1, 3, (c, a, n, k) -> Words.fromInt(find(c, a, n, false, true)));
        Args.def(t, VARARGS, "rindex", 1, 3, (c, a, n, k) -> Words.fromInt(find(c, a, n, true, true)));
        Args.def(t, VARARGS, "count", 1, 3, (c, a, n, k) -> Words.fromInt(count(c, a, n)));
        Args.def(t, VARARGS, "startswith", 1, 3, (c, a, n, k) -> Words.fromBool(tailMatch(c, a, n, "startswith", false)));
        Args.def(t, VARARGS, "endswith", 1, 3, (c, a, n, k) -> Words.fromBool(tailMatch(c, a, n, "endswith", true)));
        // hex
        Args.def(t, POS, "hex", 0, 2, (c, a, n, k) -> hex(c, a, n));
        Args.def(t, O, "fromhex", 1, 1, (c, a, n, k) -> Bytes.make(c.mem, fromhex(c, a[1]), mutable));
        Args.def(t, POS, "maketrans", 2, 2, (c, a, n, k) -> maketrans(c, a[1], a[2]));
        BytesText.install(t);
        Codecs.installDecode(t);
    }

    // arguments ------------------------------------------------------------------------------

    /** The bytes of a bytes-like argument, else TypeError "a bytes-like object is required, not 'str'". */
    public static byte[] buffer(Ctx c, long w) {
        if (!Bytes.isBytesLike(w)) {
            throw PyException.typeError("a bytes-like object is required, not '" + Values.typeName(c, w) + "'");
        }
        return Bytes.data(c.mem, w);
    }

    /** A byte value argument: an int in 0..255, else ValueError "byte must be in range(0, 256)". */
    public static int byteValue(long w) {
        long v = Args.index(w);
        if (v < 0 || v > 255) throw PyException.valueError("byte must be in range(0, 256)");
        return (int) v;
    }

    static long result(Ctx c, long self, byte[] a, int from, int to) {
        return Bytes.make(c.mem, a, from, to, Bytes.isByteArray(self));
    }

    static long result(Ctx c, long self, byte[] a) {
        return result(c, self, a, 0, a.length);
    }

    // operators ------------------------------------------------------------------------------

    static long getItem(Ctx c, long self, long key) {
        Mem m = c.mem;
        long n = Bytes.size(m, self);
        if (Slice.isSlice(key)) {
            Slice.Bounds b = Slice.bounds(c, key, n);
            byte[] src = Bytes.data(m, self);
            byte[] out = new byte[(int) b.count()];
            for (int i = 0; i < out.length; i++) out[i] = src[(int) b.at(i)];
            return result(c, self, out);
        }
        boolean ba = Bytes.isByteArray(self);
        long i = Args.isInt(key) ? Args.indexClamped(c, key) : Seqs.indexArg(c, key, ba ? "bytearray" : "byte");
        long at = Seqs.normIndex(i, n);
        if (at < 0) throw PyException.indexError(ba ? "bytearray index out of range" : "index out of range");
        return Words.fromInt(Bytes.at(m, self, at));
    }

    static boolean contains(Ctx c, long self, long v) {
        byte[] s = Bytes.data(c.mem, self);
        if (Args.isInt(v)) {
            int b = byteValue(v);
            for (byte x : s) {
                if ((x & 0xFF) == b) return true;
            }
            return false;
        }
        return indexOf(s, buffer(c, v), 0, s.length) >= 0;
    }

    static long add(Ctx c, long self, long other) {
        if (!Bytes.isBytesLike(other)) {
            throw PyException.typeError("can't concat " + Values.typeName(c, other) + " to " + Values.typeName(c, self));
        }
        byte[] a = Bytes.data(c.mem, self), b = Bytes.data(c.mem, other);
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return result(c, self, r);
    }

    static long mul(Ctx c, long self, long times) {
        if (!Args.isInt(times)) {
            if (!Values.isKnown(times) && !Words.isFloat(times)) return Words.NOT_IMPLEMENTED;
            throw PyException.typeError("can't multiply sequence by non-int of type '" + Values.typeName(c, times) + "'");
        }
        return result(c, self, repeat(Bytes.data(c.mem, self), Args.indexSized(times)));
    }

    static byte[] repeat(byte[] a, long times) {
        if (times <= 0 || a.length == 0) return new byte[0];
        if (a.length * times > Integer.MAX_VALUE - 16) throw PyException.of(dev.weft.runtime.ExcKind.MEMORY_ERROR, "");
        byte[] r = new byte[(int) (a.length * times)];
        for (int k = 0; k < times; k++) System.arraycopy(a, 0, r, k * a.length, a.length);
        return r;
    }

    static long richCompare(Ctx c, long self, long other, int op) {
        if (!Bytes.isBytesLike(other)) return Words.NOT_IMPLEMENTED;
        int r = Bytes.compare(Bytes.data(c.mem, self), Bytes.data(c.mem, other));
        return Words.fromBool(Values.cmpResult(r, op));
    }

    // searching ------------------------------------------------------------------------------

    static int indexOf(byte[] s, byte[] sub, int from, int to) {
        for (int i = from; i + sub.length <= to; i++) {
            if (matches(s, i, sub)) return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] s, byte[] sub, int from, int to) {
        for (int i = to - sub.length; i >= from; i--) {
            if (matches(s, i, sub)) return i;
        }
        return -1;
    }

    static boolean matches(byte[] s, int at, byte[] sub) {
        for (int k = 0; k < sub.length; k++) {
            if (s[at + k] != sub[k]) return false;
        }
        return true;
    }

    /** The needle of find and friends: a byte value or a bytes-like object. */
    private static byte[] needle(Ctx c, long w) {
        if (Args.isInt(w)) return new byte[] {(byte) byteValue(w)};
        if (!Bytes.isBytesLike(w)) {
            throw PyException.typeError("argument should be integer or bytes-like object, not '" + Values.typeName(c, w) + "'");
        }
        return Bytes.data(c.mem, w);
    }

    private static int[] range(Ctx c, long[] a, int argc, int len) {
        long start = Args.sliceIndex(c, Args.opt(a, argc, 2, Words.NONE), 0);
        long end = Args.sliceIndex(c, Args.opt(a, argc, 3, Words.NONE), len);
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end = Math.max(0, end + len);
        }
        if (start < 0) start = Math.max(0, start + len);
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    static long find(Ctx c, long[] a, int argc, boolean fromRight, boolean raise) {
        byte[] s = Bytes.data(c.mem, a[0]);
        byte[] sub = needle(c, a[1]);
        int[] r = range(c, a, argc, s.length);
        int i = -1;
        if (r[1] - r[0] >= sub.length) i = fromRight ? lastIndexOf(s, sub, r[0], r[1]) : indexOf(s, sub, r[0], r[1]);
        if (i < 0 && raise) throw PyException.valueError("subsection not found");
        return i;
    }

    static long count(Ctx c, long[] a, int argc) {
        byte[] s = Bytes.data(c.mem, a[0]);
        byte[] sub = needle(c, a[1]);
        int[] r = range(c, a, argc, s.length);
        if (r[1] - r[0] < sub.length) return 0;
        if (sub.length == 0) return r[1] - r[0] + 1;
        long n = 0;
        for (int i = r[0]; i + sub.length <= r[1]; ) {
            if (matches(s, i, sub)) {
                n++;
                i += sub.length;
            } else {
                i++;
            }
        }
        return n;
    }

    static boolean tailMatch(Ctx c, long[] a, int argc, String name, boolean atEnd) {
        byte[] s = Bytes.data(c.mem, a[0]);
        long what = a[1];
        int[] r = range(c, a, argc, s.length);
        if (Tuple.isTuple(what)) {
            for (int i = 0; i < Tuple.size(what); i++) {
                long p = Tuple.get(what, i);
                if (!Bytes.isBytesLike(p)) {
                    throw PyException.typeError("a bytes-like object is required, not '" + Values.typeName(c, p) + "'");
                }
                if (tailMatch(s, Bytes.data(c.mem, p), r, atEnd)) return true;
            }
            return false;
        }
        if (!Bytes.isBytesLike(what)) {
            throw PyException.typeError(name + " first arg must be bytes or a tuple of bytes, not " + Values.typeName(c, what));
        }
        return tailMatch(s, Bytes.data(c.mem, what), r, atEnd);
    }

    private static boolean tailMatch(byte[] s, byte[] p, int[] r, boolean atEnd) {
        if (r[0] > s.length || r[1] - r[0] < p.length) return false;
        return matches(s, atEnd ? r[1] - p.length : r[0], p);
    }

    // hex ------------------------------------------------------------------------------------

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code b.hex([sep[, bytes_per_sep]])}. */
    static long hex(Ctx c, long[] a, int argc) {
        byte[] s = Bytes.data(c.mem, a[0]);
        String sep = null;
        long per = 1;
        if (argc > 1) {
            long w = a[1];
            if (dev.weft.runtime.objects.str.Str.isStr(w)) {
                sep = dev.weft.runtime.objects.str.Str.value(w);
            } else if (Bytes.isBytesLike(w)) {
                sep = new String(Bytes.data(c.mem, w), java.nio.charset.StandardCharsets.ISO_8859_1);
            } else {
                throw PyException.typeError("sep must be str or bytes.");
            }
            if (sep.length() != 1) throw PyException.valueError("sep must be length 1.");
            if (sep.charAt(0) > 127) throw PyException.valueError("sep must be ASCII.");
        }
        if (argc > 2) per = Args.index(a[2]);
        StringBuilder sb = new StringBuilder(s.length * 3);
        long group = Math.abs(per);
        for (int i = 0; i < s.length; i++) {
            if (sep != null && per != 0 && i > 0) {
                // groups count from the right for a positive bytes_per_sep, from the left otherwise
                long pos = per > 0 ? s.length - i : i;
                if (pos % group == 0) sb.append(sep);
            }
            sb.append(HEX[(s[i] >> 4) & 15]).append(HEX[s[i] & 15]);
        }
        return dev.weft.runtime.objects.str.Str.of(c.mem, sb.toString());
    }

    /** {@code bytes.fromhex(s)}: pairs of hex digits, spaces between pairs allowed. */
    static byte[] fromhex(Ctx c, long w) {
        if (!dev.weft.runtime.objects.str.Str.isStr(w)) {
            throw PyException.typeError("fromhex() argument must be str, not " + Values.typeName(c, w));
        }
        String s = dev.weft.runtime.objects.str.Str.value(w);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0, n = s.length();
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == 0x0b) {
                i++;
                continue;
            }
            int hi = Character.digit(ch, 16);
            if (hi < 0 || ch > 127) throw nonHex(i);
            if (i + 1 >= n) throw nonHex(i + 1);
            int lo = Character.digit(s.charAt(i + 1), 16);
            if (lo < 0 || s.charAt(i + 1) > 127) throw nonHex(i + 1);
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static PyException nonHex(int at) {
        return PyException.valueError("non-hexadecimal number found in fromhex() arg at position " + at);
    }

    /** {@code bytes.maketrans(from, to)}: the 256-byte table mapping each byte of from to to's. */
    static long maketrans(Ctx c, long from, long to) {
        byte[] f = buffer(c, from), t = buffer(c, to);
        if (f.length != t.length) throw PyException.valueError("maketrans arguments must have same length");
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte) i;
        for (int i = 0; i < f.length; i++) table[f[i] & 0xFF] = t[i];
        return Bytes.of(c.mem, table);
    }

    // constructors ---------------------------------------------------------------------------

    /**
     * The bytes of {@code bytes(x)} / {@code bytearray(x)} for one non-str argument: a count
     * of zero bytes, a bytes-like object, or an iterable of ints. {@code type} names the type
     * in CPython's "cannot convert 'float' object to bytes".
     */
    public static byte[] fromObject(Ctx c, long x, String type) {
        if (Args.isInt(x)) {
            long n = Args.indexSized(x);
            if (n < 0) throw PyException.valueError("negative count");
            if (n > Integer.MAX_VALUE - 16) throw PyException.of(dev.weft.runtime.ExcKind.MEMORY_ERROR, "");
            return new byte[(int) n];
        }
        if (Bytes.isBytesLike(x)) return Bytes.data(c.mem, x);
        if (!Values.maybeIterable(c, x)) {
            throw PyException.typeError("cannot convert '" + Values.typeName(c, x) + "' object to " + type);
        }
        Values.Items items = Values.items(c, x);
        byte[] out = new byte[items.n];
        for (int i = 0; i < items.n; i++) {
            long v = items.a[i];
            if (!Args.isInt(v)) {
                throw PyException.typeError("'" + Values.typeName(c, v) + "' object cannot be interpreted as an integer");
            }
            long b = Args.indexClamped(c, v);
            if (b < 0 || b > 255) throw PyException.valueError("bytes must be in range(0, 256)");
            out[i] = (byte) b;
        }
        return out;
    }
}

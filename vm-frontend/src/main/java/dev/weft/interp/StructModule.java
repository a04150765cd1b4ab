package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.PyException;
import dev.weft.runtime.objects.bytes.Bytes;
import dev.weft.runtime.objects.bytes.BytesBuiltins;
import dev.weft.runtime.objects.bytes.StructFormat;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.tuple.Tuple;

/**
 * {@code _struct}, the Java half of the struct module: calcsize, pack, unpack, unpack_from and
 * pack_into over {@link StructFormat}. The Python half ({@code lib/struct.py}) defines
 * {@code struct.error}, the Struct class and iter_unpack, and passes its error class as
 * each function's first argument, so that a Java module needs no class of its own.
 */
final class StructModule {
    private StructModule() {}

    static long make(Vm vm) {
        return StdModules.make(vm, "_struct", b -> {
            b.fn("calcsize", 2, 2, false, (c, a, n, kw) -> fromInt(format(c, a[0], a[1]).size));
            b.fn("pack", 3, 3, false, (c, a, n, kw) -> {
                StructFormat f = format(c, a[0], a[1]);
                long[] v = Tuple.toArray(a[2]);
                counted(c, a[0], f, "pack", v.length);
                byte[] out = new byte[f.size];
                f.pack(c, v, 0, out, 0);
                return Bytes.of(c.mem, out);
            });
            b.fn("unpack", 3, 3, false, (c, a, n, kw) -> {
                StructFormat f = format(c, a[0], a[1]);
                byte[] in = BytesBuiltins.buffer(c, a[2]);
                if (in.length != f.size) throw error(c, a[0], "unpack requires a buffer of " + f.size + " bytes");
                long[] v = f.unpack(c, in, 0);
                return Tuple.of(c.mem, v, 0, v.length);
            });
            b.fn("unpack_from", 4, 4, false, (c, a, n, kw) -> {
                StructFormat f = format(c, a[0], a[1]);
                byte[] in = BytesBuiltins.buffer(c, a[2]);
                int at = offset(c, a[0], a[3], in.length, f.size, "not enough data to unpack");
                if (in.length - at < f.size) {
                    throw error(c, a[0], "unpack_from requires a buffer of at least " + ((long) f.size + at) + " bytes for unpacking "
                            + f.size + " bytes at offset " + at + " (actual buffer size is " + in.length + ")");
                }
                long[] v = f.unpack(c, in, at);
                return Tuple.of(c.mem, v, 0, v.length);
            });
            b.fn("pack_into", 5, 5, false, (c, a, n, kw) -> {
                StructFormat f = format(c, a[0], a[1]);
                long buf = a[2];
                if (!Bytes.isByteArray(buf)) {
                    throw PyException.typeError("argument must be read-write bytes-like object, not " + Values.typeName(c, buf));
                }
                long[] v = Tuple.toArray(a[4]);
                counted(c, a[0], f, "pack_into", v.length);
                byte[] data = Bytes.data(c.mem, buf);
                int at = offset(c, a[0], a[3], data.length, f.size, "no space to pack");
                if (data.length - at < f.size) {
                    throw error(c, a[0], "pack_into requires a buffer of at least " + ((long) f.size + at) + " bytes for packing "
                            + f.size + " bytes at offset " + at + " (actual buffer size is " + data.length + ")");
                }
                f.pack(c, v, 0, data, at);
                Bytes.setData(c.mem, buf, data, data.length);
                return NONE;
            });
        });
    }

    private static StructFormat format(Ctx c, long errorClass, long fmt) {
        String s;
        if (H.isStr(fmt)) {
            s = H.jstr(fmt);
        } else if (Bytes.isBytesLike(fmt)) {
            s = new String(Bytes.data(c.mem, fmt), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PyException.typeError("Struct() argument 1 must be a str or bytes object, not " + Values.typeName(c, fmt));
        }
        return StructFormat.compile(s, msg -> error(c, errorClass, msg));
    }

    private static void counted(Ctx c, long errorClass, StructFormat f, String fn, int got) {
        if (got != f.count()) throw error(c, errorClass, fn + " expected " + f.count() + " items for packing (got " + got + ")");
    }

    /**
     * An offset into a buffer of {@code len} bytes; a negative one counts from the end and must
     * leave room for {@code size} bytes ({@code short} words the complaint when it does not).
     */
    private static int offset(Ctx c, long errorClass, long w, int len, int size, String shortOf) {
        long at = Args.index(w);
        if (at >= 0) return (int) Math.min(at, Integer.MAX_VALUE / 2);
        if (at + len < 0) throw error(c, errorClass, "offset " + at + " out of range for " + len + "-byte buffer");
        if (-at < size) throw error(c, errorClass, shortOf + " " + size + " bytes at offset " + at);
        return (int) (at + len);
    }

    private static PyException error(Ctx c, long errorClass, String msg) {
        Interp in = (Interp) c.guest;
        return PyException.ofObject(in.calls.call1(errorClass, in.str(msg)));
    }
}

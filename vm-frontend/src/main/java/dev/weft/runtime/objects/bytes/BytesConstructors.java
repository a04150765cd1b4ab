package dev.weft.runtime.objects.bytes;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.str.Str;

/**
 * What {@code bytes(...)}, {@code bytearray(...)} and the decoding form of {@code str(...)}
 * do with their arguments ({@code source}, {@code encoding}, {@code errors}, by position or
 * by name), with CPython's complaints.
 */
public final class BytesConstructors {
    private BytesConstructors() {}

    private static final String[] PARAMS = {"source", "encoding", "errors"};
    private static final String[] STR_PARAMS = {"object", "encoding", "errors"};

    /** Binds up to three arguments by position or name; NULL where not given. */
    private static long[] bind(String fn, String[] params, long[] a, int n, String[] kw) {
        if (n > 3) throw PyException.typeError(fn + "() takes at most 3 arguments (" + (n + kw.length) + " given)");
        long[] p = new long[3];
        System.arraycopy(a, 0, p, 0, n);
        for (int k = 0; k < kw.length; k++) {
            int at = java.util.Arrays.asList(params).indexOf(kw[k]);
            if (at < 0) throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fn + "()");
            if (at < n) {
                throw PyException.typeError("argument for " + fn + "() given by name ('" + kw[k] + "') and position (" + (at + 1) + ")");
            }
            p[at] = a[n + k];
        }
        return p;
    }

    private static String text(Ctx c, long w, String fn, String what) {
        if (w == Words.NULL) return null;
        if (!Str.isStr(w)) throw PyException.typeError(fn + "() argument '" + what + "' must be str, not " + Values.argTypeName(c, w));
        return Str.value(w);
    }

    /** {@code bytes(...)} or ({@code mutable}) {@code bytearray(...)}. */
    public static long make(Ctx c, long[] a, int n, String[] kw, boolean mutable) {
        String fn = mutable ? "bytearray" : "bytes";
        long[] p = bind(fn, PARAMS, a, n, kw);
        String encoding = text(c, p[1], fn, "encoding"), errors = text(c, p[2], fn, "errors");
        long src = p[0];
        byte[] data;
        if (src == Words.NULL) {
            if (encoding != null || errors != null) throw PyException.typeError("encoding or errors without sequence argument");
            data = new byte[0];
        } else if (Str.isStr(src)) {
            if (encoding == null) throw PyException.typeError("string argument without an encoding");
            data = Codecs.encode(Str.codePoints(src), encoding, errors == null ? "strict" : errors);
        } else {
            if (encoding != null) throw PyException.typeError("encoding without a string argument");
            if (errors != null) throw PyException.typeError("errors without a string argument");
            if (!mutable && Bytes.isBytes(src)) return src;
            data = BytesBuiltins.fromObject(c, src, fn);
        }
        return mutable ? Bytes.newByteArray(c.mem, data, data.length) : Bytes.of(c.mem, data);
    }

    /** {@code str(object, encoding='utf-8', errors='strict')}: decoding a bytes-like object. */
    public static long str(Ctx c, long[] a, int n, String[] kw) {
        long[] p = bind("str", STR_PARAMS, a, n, kw);
        String encoding = text(c, p[1], "str", "encoding"), errors = text(c, p[2], "str", "errors");
        long obj = p[0];
        if (obj == Words.NULL) return Str.of(c.mem, "");
        if (encoding == null && errors == null) return Str.of(c.mem, Values.str(c, obj));
        if (Str.isStr(obj)) throw PyException.typeError("decoding str is not supported");
        if (!Bytes.isBytesLike(obj)) {
            throw PyException.typeError("decoding to str: need a bytes-like object, " + Values.typeName(c, obj) + " found");
        }
        return Codecs.decode(c, Bytes.data(c.mem, obj), encoding == null ? "utf-8" : encoding, errors == null ? "strict" : errors);
    }
}

package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.num.Num;
import dev.weft.runtime.text.FormatSpec;
import dev.weft.runtime.text.Percent;
import dev.weft.runtime.text.StrFormat;
import java.nio.charset.StandardCharsets;
import java.util.function.ToLongFunction;

/**
 * The interpreter's side of text formatting: {@code format(v, spec)}, {@code str % args} and
 * {@code str.format}, whose semantics live in {@code dev.weft.runtime.text}; the interpreter
 * is their {@link dev.weft.runtime.text.FormatHost} (attribute and item access in replacement
 * fields, {@code __format__} of other objects).
 */
final class Formatting {
    private Formatting() {}

    /** format(v, spec) for a value without a Python-level __format__, as a str word. */
    static long format(Interp in, long v, String spec) {
        return in.str(formatText(in, v, spec));
    }

    static String formatText(Interp in, long v, String spec) {
        if (Num.isNumber(v)) return FormatSpec.format(v, spec);
        if (H.isStr(v)) return FormatSpec.formatStr(H.jstr(v), spec);
        if (H.isType(v, dev.weft.runtime.TypeIds.COMPLEX)) return ComplexBuiltins.format(v, spec);
        if (!spec.isEmpty()) {
            throw PyException.typeError("unsupported format string passed to " + in.typeName(v) + ".__format__");
        }
        return in.str(v);
    }

    /** template % args. */
    static long percent(Interp in, long template, long args) {
        boolean tuple = H.isTuple(args);
        long[] items = tuple ? tupleItems(args) : new long[] {args};
        ToLongFunction<String> mapping = null;
        if (!tuple && !H.isStr(args) && (H.isDict(args) || in.attrs.lookupSpecial(args, "__getitem__") != NULL)) {
            mapping = key -> in.ops.getItem(args, in.str(key));
        }
        return in.str(Percent.format(in, H.jstr(template), items, tuple, mapping));
    }

    /** bytes % args and bytearray % args (PEP 461): the result has the template's type. */
    static long percentBytes(Interp in, long template, long args) {
        boolean tuple = H.isTuple(args);
        long[] items = tuple ? tupleItems(args) : new long[] {args};
        ToLongFunction<String> mapping = null;
        if (!tuple && !H.isStr(args) && !isBytesLike(args) && (H.isDict(args) || in.attrs.lookupSpecial(args, "__getitem__") != NULL)) {
            mapping = key -> in.ops.getItem(args, dev.weft.runtime.objects.bytes.Bytes.of(in.mem, key.getBytes(StandardCharsets.ISO_8859_1)));
        }
        String text = new String(dev.weft.runtime.objects.bytes.Bytes.data(in.mem, template), StandardCharsets.ISO_8859_1);
        String out = Percent.formatBytes(in, text, items, tuple, mapping, v -> bytesOf(in, v));
        boolean mutable = H.isType(template, dev.weft.runtime.TypeIds.BYTEARRAY);
        return dev.weft.runtime.objects.bytes.Bytes.make(in.mem, out.getBytes(StandardCharsets.ISO_8859_1), mutable);
    }

    private static boolean isBytesLike(long v) {
        return H.isType(v, dev.weft.runtime.TypeIds.BYTES) || H.isType(v, dev.weft.runtime.TypeIds.BYTEARRAY);
    }

    /** The bytes of a bytes-like object, or of what its __bytes__ answers; null for anything else. */
    private static byte[] bytesOf(Interp in, long v) {
        if (isBytesLike(v)) return dev.weft.runtime.objects.bytes.Bytes.data(in.mem, v);
        if (H.isStr(v) || dev.weft.runtime.num.Num.isNumber(v)) return null;
        long method = in.attrs.lookupSpecial(v, "__bytes__");
        if (method == NULL) return null;
        long b = in.calls.call0(method);
        if (!H.isType(b, dev.weft.runtime.TypeIds.BYTES)) {
            throw PyException.typeError("__bytes__ returned non-bytes (type " + in.typeName(b) + ")");
        }
        return dev.weft.runtime.objects.bytes.Bytes.data(in.mem, b);
    }

    private static long[] tupleItems(long t) {
        long[] a = new long[H.tupleSize(t)];
        for (int i = 0; i < a.length; i++) a[i] = H.tupleGet(t, i);
        return a;
    }

    static void installStr(Vm vm, MethodTable t) {
        t.addWithKeywords("format", 1, MethodTable.VARARGS, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long[] args = java.util.Arrays.copyOfRange(a, 1, n);
            java.util.Map<String, Long> kws = new java.util.HashMap<>();
            for (int k = 0; k < kw.length; k++) kws.put(kw[k], a[n + k]);
            return in.str(StrFormat.format(in, H.jstr(a[0]), args, StrFormat.keywords(kws)));
        });
        t.add("format_map", 2, 2, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long map = a[1];
            return in.str(StrFormat.formatMap(in, H.jstr(a[0]), key -> in.ops.getItem(map, in.str(key))));
        });
        t.add("__mod__", 2, 2, (ctx, a, n, kw) -> percent((Interp) ctx.guest, a[0], a[1]));
        t.add("__format__", 2, 2, (ctx, a, n, kw) -> in(ctx).str(FormatSpec.formatStr(H.jstr(a[0]), H.jstr(a[1]))));
    }

    private static Interp in(dev.weft.runtime.Ctx ctx) {
        return (Interp) ctx.guest;
    }
}

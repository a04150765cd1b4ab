package dev.weft.runtime.objects.bytes;

import static dev.weft.runtime.objects.iter.Args.Style.KW;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.bigint.BigInts;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.str.Str;
import java.math.BigInteger;

/**
 * {@code int.to_bytes} and {@code int.from_bytes}: an int as a run of bytes in either order,
 * two's complement when signed, through {@link BigInteger} (whose byte arrays are big-endian
 * two's complement already).
 */
public final class IntBytes {
    private IntBytes() {}

    public static void install(MethodTable t) {
        Args.def(t, KW, "to_bytes", 0, 2, (c, a, n, k) -> {
            long[] p = Args.bind("to_bytes", a, n, k, 2, "length", "byteorder", "signed");
            long length = p[0] == Words.NULL ? 1 : Args.index(p[0]);
            return toBytes(c, a[0], length, little(c, p[1]), p[2] != Words.NULL && Values.truthy(c, p[2]));
        });
        Args.def(t, KW, "from_bytes", 1, 2, (c, a, n, k) -> {
            long[] p = Args.bind("from_bytes", a, n, k, 2, "bytes", "byteorder", "signed");
            if (p[0] == Words.NULL) throw PyException.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
            byte[] data = BytesBuiltins.fromObject(c, p[0], "bytes");
            return fromBytes(c, data, little(c, p[1]), p[2] != Words.NULL && Values.truthy(c, p[2]));
        });
    }

    private static boolean little(Ctx c, long w) {
        if (w == Words.NULL) return false;
        if (!Str.isStr(w)) throw PyException.typeError("to_bytes() argument 'byteorder' must be str, not " + Values.typeName(c, w));
        return switch (Str.value(w)) {
            case "little" -> true;
            case "big" -> false;
            default -> throw PyException.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    static long toBytes(Ctx c, long v, long length, boolean little, boolean signed) {
        if (length < 0) throw PyException.valueError("length argument must be non-negative");
        BigInteger big = BigInts.toBig(v);
        if (!signed && big.signum() < 0) throw PyException.of(ExcKind.OVERFLOW_ERROR, "can't convert negative int to unsigned");
        int bits = signed ? big.bitLength() + 1 : big.bitLength();
        if (big.signum() != 0 && (bits + 7) / 8 > length || length > Integer.MAX_VALUE - 16) {
            throw PyException.of(ExcKind.OVERFLOW_ERROR, "int too big to convert");
        }
        byte[] two = big.toByteArray();
        byte[] out = new byte[(int) length];
        byte fill = (byte) (big.signum() < 0 ? 0xFF : 0);
        for (int i = 0; i < out.length; i++) {
            int from = two.length - 1 - i;
            byte b = from >= 0 ? two[from] : fill;
            out[little ? i : out.length - 1 - i] = b;
        }
        return Bytes.of(c.mem, out);
    }

    static long fromBytes(Ctx c, byte[] data, boolean little, boolean signed) {
        byte[] be = new byte[data.length + 1];
        for (int i = 0; i < data.length; i++) be[i + 1] = data[little ? data.length - 1 - i : i];
        BigInteger v = new BigInteger(be);
        if (signed && data.length > 0 && be[1] < 0) v = v.subtract(BigInteger.ONE.shiftLeft(8 * data.length));
        return BigInts.box(c.mem, v);
    }
}

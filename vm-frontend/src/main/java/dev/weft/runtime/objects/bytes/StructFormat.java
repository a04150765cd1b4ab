package dev.weft.runtime.objects.bytes;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.bigint.BigInts;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Values;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A compiled struct format ({@code "<2hxq"}) and the packing and unpacking it drives, as the
 * struct module does them on x86-64 Linux: the prefix picks the byte order and whether sizes
 * and alignment are native ({@code @}, the default) or standard ({@code = < > !}); each code
 * has one row in {@link Code}.
 *
 * <p>A format compiles to a list of {@link Item}s, one per value packed (a count before
 * {@code s} or {@code p} is a length, so one item; {@code 3h} is three), each with its byte
 * offset. Worked example: {@code "@bi"} is {@code b} at 0, then {@code i} aligned to 4, at 4:
 * size 8; {@code "<bi"} packs the same items at 0 and 1: size 5.
 *
 * <p>Errors of the format and of the values are struct.error, which the module defines in
 * Python: they are made through {@code error}, given the message.
 */
public final class StructFormat {
    /** One row per format code: native size and alignment, standard size (0: not standard), kind. */
    private enum Code {
        PAD('x', 1, 0, 1, 'x'), CHAR('c', 1, 0, 1, 'c'), SCHAR('b', 1, 1, 1, 'i'), UCHAR('B', 1, 1, 1, 'u'),
        BOOL('?', 1, 1, 1, '?'), SHORT('h', 2, 2, 2, 'i'), USHORT('H', 2, 2, 2, 'u'), INT('i', 4, 4, 4, 'i'),
        UINT('I', 4, 4, 4, 'u'), LONG('l', 8, 8, 4, 'i'), ULONG('L', 8, 8, 4, 'u'), LLONG('q', 8, 8, 8, 'i'),
        ULLONG('Q', 8, 8, 8, 'u'), SSIZE('n', 8, 8, 0, 'i'), SIZE('N', 8, 8, 0, 'u'), PTR('P', 8, 8, 0, 'u'),
        HALF('e', 2, 2, 2, 'f'), FLOAT('f', 4, 4, 4, 'f'), DOUBLE('d', 8, 8, 8, 'f'), STRING('s', 1, 1, 1, 's'),
        PASCAL('p', 1, 1, 1, 'p');

        final char ch;
        final int nativeSize, align, stdSize;
        final char kind;

        Code(char ch, int nativeSize, int align, int stdSize, char kind) {
            this.ch = ch;
            this.nativeSize = nativeSize;
            this.align = align;
            this.stdSize = stdSize;
            this.kind = kind;
        }

        static Code of(char ch) {
            for (Code c : values()) {
                if (c.ch == ch) return c;
            }
            return null;
        }
    }

    /** One value's place: its code, its offset, its size (a string's length for s and p). */
    private record Item(Code code, int offset, int size) {}

    public final String format;
    public final int size;
    private final List<Item> items;
    private final boolean little;
    private final Function<String, RuntimeException> error;

    private StructFormat(String format, int size, List<Item> items, boolean little, Function<String, RuntimeException> error) {
        this.format = format;
        this.size = size;
        this.items = items;
        this.little = little;
        this.error = error;
    }

    /** The number of values a pack takes and an unpack answers. */
    public int count() {
        return items.size();
    }

    /** Compiles {@code format}; struct.error (through {@code error}) when it is bad. */
    public static StructFormat compile(String format, Function<String, RuntimeException> error) {
        int i = 0;
        boolean nativeMode = true, little = true;
        if (!format.isEmpty()) {
            switch (format.charAt(0)) {
                case '@' -> i = 1;
                case '=', '<' -> {
                    nativeMode = false;
                    i = 1;
                }
                case '>', '!' -> {
                    nativeMode = false;
                    little = false;
                    i = 1;
                }
                default -> { }
            }
        }
        List<Item> items = new ArrayList<>();
        long offset = 0;
        while (i < format.length()) {
            char ch = format.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            long count = 1;
            if (ch >= '0' && ch <= '9') {
                count = 0;
                while (i < format.length() && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                    count = count * 10 + (format.charAt(i++) - '0');
                    if (count > Integer.MAX_VALUE) throw error.apply("total struct size too long");
                }
                if (i == format.length()) throw error.apply("repeat count given without format specifier");
                ch = format.charAt(i);
            }
            i++;
            Code code = Code.of(ch);
            if (code == null || !nativeMode && code.stdSize == 0) throw error.apply("bad char in struct format");
            int size = nativeMode ? code.nativeSize : code.stdSize;
            if (nativeMode && code.align > 1) offset = (offset + code.align - 1) / code.align * code.align;
            if (code.kind == 's' || code.kind == 'p') {
                items.add(new Item(code, (int) offset, (int) count));
                offset += count;
            } else if (code.kind == 'x') {
                offset += count;
            } else {
                for (long k = 0; k < count; k++) {
                    items.add(new Item(code, (int) offset, size));
                    offset += size;
                }
            }
            if (offset > Integer.MAX_VALUE) throw error.apply("total struct size too long");
        }
        return new StructFormat(format, (int) offset, items, little, error);
    }

    // packing --------------------------------------------------------------------------------

    /** Packs {@code values[from..from+count())} into {@code out} at {@code at}. */
    public void pack(Ctx c, long[] values, int from, byte[] out, int at) {
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            long v = values[from + k];
            int pos = at + it.offset;
            switch (it.code.kind) {
                case 'i', 'u' -> putInt(out, pos, it.size, integer(c, it, v));
                case '?' -> out[pos] = (byte) (Values.truthy(c, v) ? 1 : 0);
                case 'c' -> {
                    if (!Bytes.isBytesLike(v) || Bytes.size(c.mem, v) != 1) throw error.apply("char format requires a bytes object of length 1");
                    out[pos] = (byte) Bytes.at(c.mem, v, 0);
                }
                case 's', 'p' -> {
                    if (!Bytes.isBytesLike(v)) throw error.apply("argument for '" + it.code.ch + "' must be a bytes object");
                    byte[] s = Bytes.data(c.mem, v);
                    if (it.code.kind == 's') {
                        System.arraycopy(s, 0, out, pos, Math.min(s.length, it.size));
                    } else if (it.size > 0) {
                        int n = Math.min(s.length, it.size - 1);
                        System.arraycopy(s, 0, out, pos + 1, n);
                        out[pos] = (byte) Math.min(n, 255);
                    }
                }
                default -> putFloat(out, pos, it, floating(c, v));
            }
        }
    }

    /** The value of an integer argument, range-checked for its code, as CPython words it. */
    private long integer(Ctx c, Item it, long v) {
        if (!Args.isInt(v)) throw error.apply("required argument is not an integer");
        BigInteger big = BigInts.toBig(v);
        boolean unsigned = it.code.kind == 'u';
        int bits = 8 * it.size;
        if (it.code.align == 1 || it.code == Code.SHORT || it.code == Code.USHORT) {
            // b, B, h, H: checked as a C long against the type's own range
            if (big.bitLength() > 63) throw error.apply("argument out of range");
            long x = big.longValue();
            long lo = unsigned ? 0 : -(1L << (bits - 1)), hi = unsigned ? (1L << bits) - 1 : (1L << (bits - 1)) - 1;
            if (x < lo || x > hi) {
                String name = switch (it.code) {
                    case SCHAR -> "byte";
                    case UCHAR -> "ubyte";
                    case SHORT -> "short";
                    default -> "ushort";
                };
                throw error.apply(name + " format requires " + lo + " <= number <= " + hi);
            }
            return x;
        }
        if (unsigned ? big.signum() < 0 || big.bitLength() > 64 : big.bitLength() > 63) throw error.apply("argument out of range");
        if (bits < 64) {
            long x = big.longValue();
            long lo = unsigned ? 0 : -(1L << (bits - 1)), hi = unsigned ? (1L << bits) - 1 : (1L << (bits - 1)) - 1;
            if (x < lo || x > hi) throw error.apply("'" + it.code.ch + "' format requires " + lo + " <= number <= " + hi);
        }
        return big.longValue();
    }

    private double floating(Ctx c, long v) {
        if (Words.isFloat(v)) return Words.toDouble(v);
        if (Args.isInt(v)) return Words.isPointer(v) ? BigInts.toBig(v).doubleValue() : Args.index(v);
        throw error.apply("required argument is not a float");
    }

    private void putInt(byte[] out, int pos, int size, long x) {
        for (int k = 0; k < size; k++) {
            out[pos + (little ? k : size - 1 - k)] = (byte) (x >>> (8 * k));
        }
    }

    private void putFloat(byte[] out, int pos, Item it, double d) {
        long bits;
        if (it.code == Code.DOUBLE) {
            bits = Double.doubleToRawLongBits(d);
        } else if (it.code == Code.FLOAT) {
            float f = (float) d;
            if (Float.isInfinite(f) && !Double.isInfinite(d)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "float too large to pack with f format");
            bits = Float.floatToRawIntBits(f) & 0xFFFFFFFFL;
        } else {
            short h = Float.floatToFloat16((float) d);
            if ((h & 0x7FFF) == 0x7C00 && !Double.isInfinite(d)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "float too large to pack with e format");
            if (Double.isNaN(d)) h = (short) (Double.doubleToRawLongBits(d) < 0 ? 0xFE00 : 0x7E00);
            bits = h & 0xFFFFL;
        }
        putInt(out, pos, it.size, bits);
    }

    // unpacking ------------------------------------------------------------------------------

    /** The values packed in {@code in} at {@code at}, as a Java array of words. */
    public long[] unpack(Ctx c, byte[] in, int at) {
        long[] out = new long[items.size()];
        for (int k = 0; k < out.length; k++) {
            Item it = items.get(k);
            int pos = at + it.offset;
            out[k] = switch (it.code.kind) {
                case 'i' -> {
                    long x = getInt(in, pos, it.size);
                    int sh = 64 - 8 * it.size;
                    yield BigInts.box(c.mem, (x << sh) >> sh);
                }
                case 'u' -> {
                    long x = getInt(in, pos, it.size);
                    yield x >= 0 ? BigInts.box(c.mem, x) : BigInts.box(c.mem, new BigInteger(Long.toUnsignedString(x)));
                }
                case '?' -> Words.fromBool(in[pos] != 0);
                case 'c' -> Bytes.of(c.mem, in, pos, pos + 1);
                case 's' -> Bytes.of(c.mem, in, pos, pos + it.size);
                case 'p' -> {
                    if (it.size == 0) yield Bytes.of(c.mem, new byte[0]);
                    int n = Math.min(in[pos] & 0xFF, it.size - 1);
                    yield Bytes.of(c.mem, in, pos + 1, pos + 1 + n);
                }
                default -> Words.fromDouble(getFloat(in, pos, it));
            };
        }
        return out;
    }

    private long getInt(byte[] in, int pos, int size) {
        long x = 0;
        for (int k = 0; k < size; k++) x |= (in[pos + (little ? k : size - 1 - k)] & 0xFFL) << (8 * k);
        return x;
    }

    private double getFloat(byte[] in, int pos, Item it) {
        long bits = getInt(in, pos, it.size);
        if (it.code == Code.DOUBLE) return Double.longBitsToDouble(bits);
        if (it.code == Code.FLOAT) return Float.intBitsToFloat((int) bits);
        return Float.float16ToFloat((short) bits);
    }
}

package dev.weft.runtime.objects.bigint;

import static dev.weft.stm.Heap.MEMORY;
import static dev.weft.stm.ObjectLayout.FIELDS;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;

/**
 * Python ints beyond the 48 bits of a small int: boxing a {@link BigInteger} into a word and
 * back. Arithmetic is done on {@code BigInteger} (see {@code num.Num}); the heap object only
 * stores the value, so it is laid out for a cheap conversion and for the collector.
 *
 * <p>Layout of a {@link TypeIds#BIGINT} object (immutable), n + 1 fields:
 * <pre>
 *   field 0       the sign as a small-int word: +1 or -1 (zero is never a bigint)
 *   field 1 .. n  the magnitude in 48-bit digits, least significant first, each stored as a
 *                 small-int word (INT_TAG | digit); the top digit is not zero
 * </pre>
 * Worked example: {@code -(2**50 + 7)} is 0x4_0000_0000_0007, digits 0x7 and 0x4, so three
 * fields: {@code 0xFFFF_FFFF_FFFF_FFFF} (-1), {@code 0xFFFF_0000_0000_0007},
 * {@code 0xFFFF_0000_0000_0004}.
 *
 * <p>Why digits tagged as small ints: the collector scans fields conservatively (a word that is
 * an object's address is a pointer), and a tagged digit can never be one, so a bigint never
 * keeps garbage alive by accident. 48 bits a digit is also exactly six bytes of
 * {@link BigInteger#toByteArray}, so the conversion is a byte copy. A value is a bigint only
 * when it does not fit a small int ({@link Words#fitsSmall}): every int has one form, and
 * equality of small ints stays a word comparison.
 */
public final class BigInts {
    private BigInts() {}

    private static final int DIGIT_BITS = 48;
    private static final long DIGIT_MASK = (1L << DIGIT_BITS) - 1;
    private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

    // ---------------------------------------------------------------------------------------
    // What a word is

    /** Whether {@code w} is a heap bigint. */
    public static boolean isBig(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.BIGINT;
    }

    /** Whether {@code w} is a Python int: small, big, or a bool (which is an int). */
    public static boolean isInt(long w) {
        return Words.isSmallInt(w) || Words.isBool(w) || isBig(w);
    }

    // ---------------------------------------------------------------------------------------
    // Boxing

    /** The word of {@code v}: a small int when it fits, else a new bigint. */
    public static long box(Mem m, long v) {
        if (Words.fitsSmall(v)) return Words.fromInt(v);
        long obj = m.allocImmutable(TypeIds.BIGINT, v == Long.MIN_VALUE || Math.abs(v) >>> DIGIT_BITS != 0 ? 3 : 2);
        long mag = Math.abs(v); // Long.MIN_VALUE stays negative but its bits are its magnitude
        m.init(obj, 0, Words.fromInt(v < 0 ? -1 : 1));
        m.init(obj, 1, Words.INT_TAG | (mag & DIGIT_MASK));
        if (Mem.fieldCount(obj) == 3) m.init(obj, 2, Words.INT_TAG | (mag >>> DIGIT_BITS));
        return obj;
    }

    /** The word of {@code v}: a small int when it fits, else a new bigint. */
    public static long box(Mem m, BigInteger v) {
        if (v.bitLength() < 64) return box(m, v.longValue());
        byte[] bytes = v.abs().toByteArray(); // big-endian, maybe one leading zero byte
        int len = bytes.length;
        int digits = (len + 5) / 6;
        while (digits > 0 && topDigitZero(bytes, digits)) digits--;
        long obj = m.allocImmutable(TypeIds.BIGINT, digits + 1);
        m.init(obj, 0, Words.fromInt(v.signum()));
        for (int d = 0; d < digits; d++) {
            long digit = 0;
            for (int k = 5; k >= 0; k--) {
                int at = len - 1 - (6 * d + k);
                digit = digit << 8 | (at >= 0 ? bytes[at] & 0xFF : 0);
            }
            m.init(obj, d + 1, Words.INT_TAG | digit);
        }
        return obj;
    }

    private static boolean topDigitZero(byte[] bytes, int digits) {
        int len = bytes.length;
        for (int k = 0; k < 6; k++) {
            int at = len - 1 - (6 * (digits - 1) + k);
            if (at >= 0 && bytes[at] != 0) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------
    // Unboxing (bigints are immutable: their fields are read without a barrier)

    private static long field(long obj, int i) {
        return MEMORY.get(ValueLayout.JAVA_LONG_UNALIGNED, obj + FIELDS + 8L * i);
    }

    /** The sign of a heap bigint: 1 or -1. */
    public static int signum(long big) {
        return (int) Words.toInt(field(big, 0));
    }

    /** The value of an int word (small, big or bool). */
    public static BigInteger toBig(long w) {
        if (Words.isSmallInt(w)) return BigInteger.valueOf(Words.toInt(w));
        if (Words.isBool(w)) return w == Words.TRUE ? BigInteger.ONE : BigInteger.ZERO;
        int digits = Mem.fieldCount(w) - 1;
        if (digits <= 1) return BigInteger.valueOf(signum(w) * (field(w, 1) & DIGIT_MASK));
        byte[] bytes = new byte[6 * digits];
        for (int d = 0; d < digits; d++) {
            long digit = field(w, d + 1) & DIGIT_MASK;
            for (int k = 0; k < 6; k++) bytes[bytes.length - 1 - (6 * d + k)] = (byte) (digit >>> (8 * k));
        }
        return new BigInteger(signum(w), bytes);
    }

    /** Whether the int word {@code w} fits a Java long. */
    public static boolean fitsLong(long w) {
        if (!isBig(w)) return true;
        int digits = Mem.fieldCount(w) - 1;
        if (digits < 2) return true;
        if (digits > 2) return false;
        long top = field(w, 2) & DIGIT_MASK;
        if (top < (1L << 15)) return true;
        return signum(w) < 0 && top == (1L << 15) && (field(w, 1) & DIGIT_MASK) == 0; // Long.MIN_VALUE
    }

    /** The value of an int word that {@link #fitsLong fits a long}. */
    public static long toLong(long w) {
        if (Words.isSmallInt(w)) return Words.toInt(w);
        if (Words.isBool(w)) return w == Words.TRUE ? 1 : 0;
        int digits = Mem.fieldCount(w) - 1;
        long mag = field(w, 1) & DIGIT_MASK;
        if (digits == 2) mag |= (field(w, 2) & DIGIT_MASK) << DIGIT_BITS;
        return signum(w) < 0 ? -mag : mag;
    }

    /**
     * The value of an int word as a long, or OverflowError "Python int too large to convert to
     * C ssize_t" (what CPython says where it needs an index or a count).
     */
    public static long toLongExact(long w) {
        if (!fitsLong(w)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        return toLong(w);
    }

    /** Whether {@code v} lies in the range of a long. */
    public static boolean fitsLong(BigInteger v) {
        return v.compareTo(MIN_LONG) >= 0 && v.compareTo(MAX_LONG) <= 0;
    }
}

package dev.weft.runtime.objects.bigint;

import static dev.weft.stm.ObjectLayout.FIELDS;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.stm.RawMemory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;

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
    private static final VarHandle BIG_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

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
        forget(obj);
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
        // Digit d is the six bytes ending at len - 6d: one 8-byte big-endian read ending
        // there, masked, for every digit whose read stays inside the array.
        int d = 0;
        for (; d < digits && len - 6 * d - 8 >= 0; d++) {
            long digit = (long) BIG_ENDIAN_LONG.get(bytes, len - 6 * d - 8) & DIGIT_MASK;
            m.init(obj, d + 1, Words.INT_TAG | digit);
        }
        for (; d < digits; d++) { // the top digit, when fewer than 8 bytes are left
            long digit = 0;
            for (int k = 5; k >= 0; k--) {
                int at = len - 1 - (6 * d + k);
                digit = digit << 8 | (at >= 0 ? bytes[at] & 0xFF : 0);
            }
            m.init(obj, d + 1, Words.INT_TAG | digit);
        }
        remember(obj, v);
        return obj;
    }

    // ---------------------------------------------------------------------------------------
    // The recently boxed values
    //
    // Code that computes on big ints (pidigits' spigot) uses a result a few times right after
    // making it, and turning the heap digits back into a BigInteger was a third of its time.
    // So box() remembers the BigInteger it boxed, by address, in a small direct-mapped table
    // that toBig() looks in first. An entry is right as long as the object at its address is
    // the one box() made: every heap bigint is made by box(), which writes the slot of its
    // address (the value, or a clearing), so an object that dies and whose address a new
    // bigint takes can never be answered with the old value. Entries are immutable records,
    // so a thread that reads one another thread wrote sees it whole; the slot's field count
    // and lowest digit are checked too, a cheap guard for the invariant.

    private record Boxed(long address, int fields, long lowDigit, BigInteger value) {}

    private static final int BOXED_SLOTS = 1024;
    private static final Boxed[] BOXED = new Boxed[BOXED_SLOTS];

    private static int slot(long address) {
        return (int) ((address >>> 4) ^ (address >>> 14)) & (BOXED_SLOTS - 1);
    }

    private static void remember(long obj, BigInteger v) {
        BOXED[slot(obj)] = new Boxed(obj, Mem.fieldCount(obj), field(obj, 1), v);
    }

    private static void forget(long obj) {
        int i = slot(obj);
        Boxed b = BOXED[i];
        if (b != null && b.address == obj) BOXED[i] = null;
    }

    private static BigInteger recalled(long obj) {
        Boxed b = BOXED[slot(obj)];
        if (b == null || b.address != obj || b.fields != Mem.fieldCount(obj) || b.lowDigit != field(obj, 1)) return null;
        return b.value;
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
        return RawMemory.get(obj + FIELDS + 8L * i);
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
        BigInteger known = recalled(w);
        if (known != null) return known;
        // Two spare bytes in front: digit d is written as 8 big-endian bytes ending at
        // len - 6d, the top two zero, clobbering only the digit above, which is written next.
        int len = 6 * digits + 2;
        byte[] bytes = new byte[len];
        for (int d = 0; d < digits; d++) {
            BIG_ENDIAN_LONG.set(bytes, len - 6 * d - 8, field(w, d + 1) & DIGIT_MASK);
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

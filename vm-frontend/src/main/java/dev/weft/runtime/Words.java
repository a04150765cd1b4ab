package dev.weft.runtime;

/**
 * The encoding of a guest value in one 64-bit word: the one place that says what a word means.
 *
 * <p>The top 16 bits choose the kind:
 * <pre>
 *   0x0000 xxxx xxxx xxxx   a raw heap pointer (8-byte aligned, at or above 4096), or one of
 *                           the constants below 4096: NULL (0, "no value": an unbound local,
 *                           an empty slot), NONE, FALSE, TRUE, NOT_IMPLEMENTED, ELLIPSIS
 *   0xFFFF xxxx xxxx xxxx   a small int: the low 48 bits, sign-extended (-2^47 .. 2^47-1)
 *   anything else          a float: its IEEE bits plus 2^48 (every NaN made the quiet NaN
 *                           0x7FF8000000000000 first, so no double lands on 0x0000 or 0xFFFF)
 * </pre>
 *
 * Worked examples: {@code 5} is {@code 0xFFFF_0000_0000_0005}, {@code -1} is
 * {@code 0xFFFF_FFFF_FFFF_FFFF}, {@code 1.0} (bits 0x3FF0_0000_0000_0000) is
 * {@code 0x3FF1_0000_0000_0000}, {@code -0.0} (0x8000_...) is {@code 0x8001_0000_0000_0000},
 * a str at 0x7f12_3456_7890 is {@code 0x0000_7f12_3456_7890}.
 *
 * <p>Why this family (JavaScriptCore's, inverted so that pointers are the zero tag): native
 * trace code dereferences a pointer with no untagging; a float needs one subtraction; a small
 * int one shift pair, and 48 bits keep almost every loop counter and index out of big ints.
 * The garbage collector can tell no int or float from a pointer, since both sit above any
 * user-space address. Ints beyond 48 bits are heap objects ({@code TypeIds.BIGINT});
 * {@code True} and {@code False} are their own constants and act as 1 and 0 where Python
 * says a bool is an int.
 */
public final class Words {
    private Words() {}

    public static final long NULL = 0;
    public static final long NONE = 0x10;
    public static final long FALSE = 0x20;
    public static final long TRUE = 0x28;
    public static final long NOT_IMPLEMENTED = 0x30;
    public static final long ELLIPSIS = 0x38;
    /** Words below this are constants, not pointers. */
    public static final long FIRST_POINTER = 4096;

    public static final long INT_TAG = 0xFFFF_0000_0000_0000L;
    public static final long DOUBLE_OFFSET = 1L << 48;
    public static final long MIN_SMALL = -(1L << 47);
    public static final long MAX_SMALL = (1L << 47) - 1;
    private static final long CANONICAL_NAN = 0x7FF8_0000_0000_0000L;

    // ints --------------------------------------------------------------------------------

    public static boolean isSmallInt(long w) {
        return (w >>> 48) == 0xFFFF;
    }

    /** Whether {@code v} fits a small int. */
    public static boolean fitsSmall(long v) {
        return (v << 16) >> 16 == v;
    }

    /** The word of {@code v}, which must fit ({@link #fitsSmall}). */
    public static long fromInt(long v) {
        return v | INT_TAG;
    }

    public static long toInt(long w) {
        return (w << 16) >> 16;
    }

    // floats ------------------------------------------------------------------------------

    public static boolean isFloat(long w) {
        long top = w >>> 48;
        return top != 0 && top != 0xFFFF;
    }

    public static long fromDouble(double d) {
        return (d != d ? CANONICAL_NAN : Double.doubleToRawLongBits(d)) + DOUBLE_OFFSET;
    }

    public static double toDouble(long w) {
        return Double.longBitsToDouble(w - DOUBLE_OFFSET);
    }

    // constants and pointers ---------------------------------------------------------------

    public static boolean isPointer(long w) {
        return (w >>> 48) == 0 && w >= FIRST_POINTER;
    }

    public static boolean isBool(long w) {
        return (w & ~8L) == FALSE;
    }

    public static long fromBool(boolean b) {
        return b ? TRUE : FALSE;
    }
}

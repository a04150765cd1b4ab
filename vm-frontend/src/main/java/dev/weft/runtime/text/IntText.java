package dev.weft.runtime.text;

import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.bigint.BigInts;
import java.math.BigInteger;

/**
 * Ints as text: {@code str(n)}/{@code repr(n)}, {@code bin}, {@code oct}, {@code hex}, and the
 * limit CPython 3.11 puts on decimal conversions of huge ints (4300 digits by default, both
 * ways, so that a program printing {@code 10**5000} fails here as it does there).
 */
public final class IntText {
    private IntText() {}

    /**
     * {@code sys.get_int_max_str_digits()}: the most decimal digits an int may have when
     * converted to or from a str; 0 means no limit. One value for the whole VM, as in CPython
     * (where it is per interpreter).
     */
    public static volatile int maxStrDigits = 4300;

    /** {@code repr(n)} of an int word: True/False for bools, else decimal. */
    public static String repr(long w) {
        if (Words.isBool(w)) return w == Words.TRUE ? "True" : "False";
        return decimal(w);
    }

    /** The decimal digits of an int word (a bool as 0 or 1), with its sign. */
    public static String decimal(long w) {
        if (Words.isSmallInt(w)) return Long.toString(Words.toInt(w));
        return decimal(BigInts.toBig(w));
    }

    /** The decimal digits of {@code v} with its sign; ValueError beyond {@link #maxStrDigits}. */
    public static String decimal(BigInteger v) {
        String s = v.toString();
        int limit = maxStrDigits;
        if (limit > 0 && s.length() - (v.signum() < 0 ? 1 : 0) > limit) {
            throw PyException.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    /** {@code bin(n)}: "0b101", "-0b101". */
    public static String bin(long w) {
        return prefixed(BigInts.toBig(w), 2, "0b");
    }

    /** {@code oct(n)}: "0o17". */
    public static String oct(long w) {
        return prefixed(BigInts.toBig(w), 8, "0o");
    }

    /** {@code hex(n)}: "0xff". */
    public static String hex(long w) {
        return prefixed(BigInts.toBig(w), 16, "0x");
    }

    private static String prefixed(BigInteger v, int radix, String prefix) {
        String digits = v.abs().toString(radix);
        return v.signum() < 0 ? "-" + prefix + digits : prefix + digits;
    }
}

package dev.weft.runtime.objects.str;

import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Raw;
import dev.weft.stm.Heap;
import dev.weft.stm.ObjectLayout;
import dev.weft.stm.RawMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Python's str on the heap: an immutable run of code points stored, like CPython's PEP 393,
 * at the narrowest width that holds its largest character (1, 2 or 4 bytes each), so that an
 * ASCII text costs a byte a character and indexing stays O(1). The width is canonical (a str
 * whose characters all fit a byte is never stored 2 wide), so two strs are equal exactly when
 * their width, length and payload bytes are: equality is one {@code mismatch} of memory.
 *
 * <p>Layout (immutable, {@link TypeIds#STR}): three header fields, then the payload,
 * little-endian, padded to 8 bytes.
 * <pre>
 *   field 0   length in code points
 *   field 1   hash (computed at creation; 48 bits sign-extended, so a small int; never -1)
 *   field 2   width: 1, 2 or 4 bytes a character
 *   byte 24.. the characters
 * </pre>
 * Worked example: {@code "hé"} (é is U+00E9, so width 1) is fields {@code 2}, its hash,
 * {@code 1}, then the bytes {@code 68 E9 00 00 00 00 00 00}: 4 fields in all. {@code "a€"} (€
 * is U+20AC) is width 2: {@code 61 00 AC 20 ...}.
 *
 * <p>The hash is our own (FNV-1a over the code points, then a 64-bit finalizer): CPython
 * randomises str hashes per run, so no program may depend on their values, only on their
 * consistency, and the set and dict orders of strs are CPython's own only up to that.
 */
public final class Str {
    private Str() {}

    public static final int LENGTH = 0, HASH = 1, WIDTH = 2;
    /** Byte offset of the first character from the start of the fields. */
    static final int PAYLOAD = 24;

    private static final MemorySegment M = Heap.MEMORY;

    public static boolean isStr(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.STR;
    }

    public static long length(long s) {
        return Raw.field(s, LENGTH);
    }

    public static long hash(long s) {
        return Raw.field(s, HASH);
    }

    /** Whether the str begins with two underscores (a special name), read in place. */
    public static boolean startsWithDunder(long s) {
        return length(s) >= 2 && charAt(s, 0) == '_' && charAt(s, 1) == '_';
    }

    public static int width(long s) {
        return (int) Raw.field(s, WIDTH);
    }

    private static long base(long s) {
        return s + ObjectLayout.FIELDS + PAYLOAD;
    }

    /** The code point at {@code i} (0 &lt;= i &lt; length). */
    public static int charAt(long s, long i) {
        long b = base(s);
        return switch (width(s)) {
            case 1 -> RawMemory.getByte(b + i) & 0xFF;
            case 2 -> RawMemory.getShort(b + 2 * i) & 0xFFFF;
            default -> RawMemory.getInt(b + 4 * i);
        };
    }

    // making -----------------------------------------------------------------------------------

    /** A new str of the Java string {@code s} (surrogate pairs become one code point). */
    public static long of(Mem m, String s) {
        int max = 0;
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c > max) max = c;
            n++;
            i += Character.charCount(c);
        }
        long str = alloc(m, n, widthFor(max));
        int w = width(str);
        long b = base(str);
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            put(b, w, k++, c);
            i += Character.charCount(c);
        }
        return sealed(str);
    }

    /** A new str of code points {@code cps[from..to)}. */
    public static long of(Mem m, int[] cps, int from, int to) {
        int max = 0;
        for (int i = from; i < to; i++) max = Math.max(max, cps[i]);
        long str = alloc(m, to - from, widthFor(max));
        int w = width(str);
        long b = base(str);
        for (int i = from; i < to; i++) put(b, w, i - from, cps[i]);
        return sealed(str);
    }

    public static long of(Mem m, int[] cps) {
        return of(m, cps, 0, cps.length);
    }

    /** The one-character str {@code chr(c)}. */
    public static long ofChar(Mem m, int c) {
        long str = alloc(m, 1, widthFor(c));
        put(base(str), width(str), 0, c);
        return sealed(str);
    }

    static int widthFor(int maxChar) {
        return maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4;
    }

    private static long alloc(Mem m, long n, int width) {
        long bytes = PAYLOAD + n * width;
        long fields = (bytes + 7) >>> 3;
        if (fields > ObjectLayout.MAX_FIELDS) throw PyException.of(dev.weft.runtime.ExcKind.MEMORY_ERROR, "");
        long s = m.allocImmutable(TypeIds.STR, (int) fields);
        m.init(s, LENGTH, n);
        m.init(s, WIDTH, width);
        return s;
    }

    private static void put(long base, int width, long i, int c) {
        switch (width) {
            case 1 -> RawMemory.setByte(base + i, (byte) c);
            case 2 -> RawMemory.setShort(base + 2 * i, (short) c);
            default -> RawMemory.setInt(base + 4 * i, c);
        }
    }

    /** Computes and stores the hash of a freshly filled str; answers it. */
    private static long sealed(long s) {
        long n = length(s);
        long h = 0xcbf29ce484222325L;
        for (long i = 0; i < n; i++) {
            h = (h ^ charAt(s, i)) * 0x100000001b3L;
        }
        h ^= n;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        h = (h << 16) >> 16; // 48 bits, so that hash(s) is a small int
        if (h == -1) h = -2;
        // the hash goes in through the plain store: the str is this transaction's, unpublished
        RawMemory.set(s + ObjectLayout.fieldOffset(HASH), h);
        return s;
    }

    // reading back ---------------------------------------------------------------------------

    /** The Java string of a str (code points past U+FFFF become surrogate pairs). */
    public static String value(long s) {
        long n = length(s);
        if (width(s) == 1) {
            byte[] b = new byte[(int) n];
            MemorySegment.copy(M, ValueLayout.JAVA_BYTE, base(s), b, 0, (int) n);
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder((int) n);
        for (long i = 0; i < n; i++) sb.appendCodePoint(charAt(s, i));
        return sb.toString();
    }

    /** The code points of a str. */
    public static int[] codePoints(long s) {
        int n = (int) length(s);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = charAt(s, i);
        return a;
    }

    // operations -------------------------------------------------------------------------------

    public static boolean equals(long a, long b) {
        if (a == b) return true;
        if (hash(a) != hash(b) || length(a) != length(b) || width(a) != width(b)) return false;
        long bytes = length(a) * width(a);
        return MemorySegment.mismatch(M, base(a), base(a) + bytes, M, base(b), base(b) + bytes) < 0;
    }

    /** Three-way comparison by code point, as Python orders strs. */
    public static int compare(long a, long b) {
        long na = length(a), nb = length(b);
        long n = Math.min(na, nb);
        for (long i = 0; i < n; i++) {
            int x = charAt(a, i), y = charAt(b, i);
            if (x != y) return x < y ? -1 : 1;
        }
        return Long.compare(na, nb);
    }

    /** {@code a + b}. */
    public static long concat(Mem m, long a, long b) {
        long na = length(a), nb = length(b);
        if (nb == 0) return a;
        if (na == 0) return b;
        int w = Math.max(width(a), width(b));
        long s = alloc(m, na + nb, w);
        copyInto(s, 0, a, 0, na);
        copyInto(s, na, b, 0, nb);
        return sealed(s);
    }

    /** Copies {@code n} characters of {@code src} from {@code from} into {@code dst} at {@code at}. */
    private static void copyInto(long dst, long at, long src, long from, long n) {
        int wd = width(dst), ws = width(src);
        if (wd == ws) {
            MemorySegment.copy(M, base(src) + from * ws, M, base(dst) + at * wd, n * wd);
            return;
        }
        long b = base(dst);
        for (long i = 0; i < n; i++) put(b, wd, at + i, charAt(src, from + i));
    }

    /** {@code s * times}; {@code times <= 0} is "". */
    public static long repeat(Mem m, long s, long times) {
        long n = length(s);
        if (times <= 0 || n == 0) return n == 0 ? s : of(m, "");
        if (times == 1) return s;
        if (n > Long.MAX_VALUE / 8 / times) throw PyException.of(dev.weft.runtime.ExcKind.OVERFLOW_ERROR, "repeated string is too long");
        long r = alloc(m, n * times, width(s));
        for (long k = 0; k < times; k++) copyInto(r, k * n, s, 0, n);
        return sealed(r);
    }

    /** Characters {@code from..to} of {@code s} (0 &lt;= from &lt;= to &lt;= length). */
    public static long substring(Mem m, long s, long from, long to) {
        if (from == 0 && to == length(s)) return s;
        int max = 0;
        for (long i = from; i < to; i++) max = Math.max(max, charAt(s, i));
        long r = alloc(m, to - from, widthFor(max));
        copyInto(r, 0, s, from, to - from);
        return sealed(r);
    }

    /** The {@code count} characters at {@code start}, {@code start + step}, ... */
    public static long slice(Mem m, long s, long start, long step, long count) {
        if (step == 1) return substring(m, s, start, start + count);
        int max = 0;
        for (long i = 0; i < count; i++) max = Math.max(max, charAt(s, start + i * step));
        long r = alloc(m, count, widthFor(max));
        long b = base(r);
        int w = width(r);
        for (long i = 0; i < count; i++) put(b, w, i, charAt(s, start + i * step));
        return sealed(r);
    }

    /** The first index at or after {@code from} where {@code sub} occurs before {@code to}, or -1. */
    public static long find(long s, long sub, long from, long to) {
        long n = length(sub);
        for (long i = from; i + n <= to; i++) {
            if (matchesAt(s, i, sub)) return i;
        }
        return -1;
    }

    /** The last such index, or -1. */
    public static long rfind(long s, long sub, long from, long to) {
        long n = length(sub);
        for (long i = to - n; i >= from; i--) {
            if (matchesAt(s, i, sub)) return i;
        }
        return -1;
    }

    /** Whether {@code sub} occurs in {@code s} at {@code i} (the caller keeps i + len(sub) in range). */
    public static boolean matchesAt(long s, long i, long sub) {
        long n = length(sub);
        for (long k = 0; k < n; k++) {
            if (charAt(s, i + k) != charAt(sub, k)) return false;
        }
        return true;
    }

    /** Python's {@code sub in s}. */
    public static boolean contains(long s, long sub) {
        return find(s, sub, 0, length(s)) >= 0;
    }

    // repr ---------------------------------------------------------------------------------------

    /** Python's {@code repr(s)}: the quote CPython picks, its escapes for the unprintable (one implementation, in text.StrRepr). */
    public static String repr(long s) {
        return dev.weft.runtime.text.StrRepr.repr(value(s));
    }
}

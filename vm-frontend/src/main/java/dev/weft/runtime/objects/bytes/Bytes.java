package dev.weft.runtime.objects.bytes;

import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Raw;
import dev.weft.runtime.objects.list.WordArray;
import dev.weft.stm.Heap;
import dev.weft.stm.ObjectLayout;
import dev.weft.stm.RawMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Python's bytes and bytearray on the heap, and the one view of both that their methods use:
 * a Java {@code byte[]} copy ({@link #data}). A method reads its whole receiver anyway, and
 * the copy keeps every algorithm free of the two layouts and of the TM's barriers.
 *
 * <p>bytes is immutable ({@link TypeIds#BYTES}), like str: two header fields, then the
 * payload, padded to 8 bytes.
 * <pre>
 *   field 0   length in bytes
 *   field 1   hash (computed at creation; 48 bits, so a small int; never -1)
 *   byte 16.. the bytes
 * </pre>
 * Worked example: {@code b"hi"} is fields {@code 2}, its hash, then {@code 68 69 00 00 00 00
 * 00 00}: 3 fields in all.
 *
 * <p>bytearray is mutable ({@link TypeIds#BYTEARRAY}): its bytes live packed eight to a word,
 * little-endian, in a {@link WordArray} (so that under the TM a store logs one chunk, not the
 * whole buffer), and every access goes through {@link Mem}.
 * <pre>
 *   field 0   length in bytes
 *   field 1   capacity of the storage in words (as WordArray counts it)
 *   field 2   the storage
 * </pre>
 * Worked example: {@code bytearray(b"abcdefghi")} has length 9, capacity 2; word 0 is
 * {@code 0x6867666564636261}, word 1 is {@code 0x69}: byte 8 is the low byte of word 1.
 * Packed words may look like pointers to the collector, which scans conservatively: that
 * keeps garbage alive at worst.
 */
public final class Bytes {
    private Bytes() {}

    public static final int LENGTH = 0, HASH = 1;
    private static final int PAYLOAD = 16;
    private static final int BA_LENGTH = 0, BA_CAP = 1, BA_STORE = 2;

    private static final MemorySegment M = Heap.MEMORY;

    public static boolean isBytes(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.BYTES;
    }

    public static boolean isByteArray(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.BYTEARRAY;
    }

    /** bytes or bytearray (what CPython calls a bytes-like object here). */
    public static boolean isBytesLike(long w) {
        return isBytes(w) || isByteArray(w);
    }

    private static long base(long b) {
        return b + ObjectLayout.FIELDS + PAYLOAD;
    }

    // bytes ----------------------------------------------------------------------------------

    /** A new bytes of {@code a[from..to)}. */
    public static long of(Mem m, byte[] a, int from, int to) {
        int n = to - from;
        long fields = (PAYLOAD + (long) n + 7) >>> 3;
        if (fields > ObjectLayout.MAX_FIELDS) throw PyException.of(dev.weft.runtime.ExcKind.MEMORY_ERROR, "");
        long b = m.allocImmutable(TypeIds.BYTES, (int) fields);
        m.init(b, LENGTH, n);
        MemorySegment.copy(a, from, M, ValueLayout.JAVA_BYTE, base(b), n);
        RawMemory.set(b + ObjectLayout.fieldOffset(HASH), hashOf(a, from, to));
        return b;
    }

    public static long of(Mem m, byte[] a) {
        return of(m, a, 0, a.length);
    }

    /** FNV-1a over the bytes, then a 64-bit finalizer, cut to 48 bits (CPython randomises its own). */
    private static long hashOf(byte[] a, int from, int to) {
        if (to == from) return 0;
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) h = (h ^ (a[i] & 0xFF)) * 0x100000001b3L;
        h ^= to - from;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h = (h << 16) >> 16;
        return h == -1 ? -2 : h;
    }

    public static long hash(long b) {
        return Raw.field(b, HASH);
    }

    // bytearray ------------------------------------------------------------------------------

    /** A new bytearray holding {@code a[0..n)}. */
    public static long newByteArray(Mem m, byte[] a, int n) {
        long ba = m.alloc(TypeIds.BYTEARRAY, 3);
        store(m, ba, a, n, true);
        return ba;
    }

    /** Replaces a bytearray's contents by {@code a[0..n)}. */
    public static void setData(Mem m, long ba, byte[] a, int n) {
        store(m, ba, a, n, false);
    }

    private static void store(Mem m, long ba, byte[] a, int n, boolean fresh) {
        long cap = WordArray.roundUp(Math.max(1, ((long) n + 7) >>> 3));
        long arr = WordArray.make(m, cap, false);
        for (int w = 0; w * 8 < n; w++) WordArray.set(m, arr, cap, w, pack(a, w * 8, n));
        if (fresh) {
            m.init(ba, BA_LENGTH, n);
            m.init(ba, BA_CAP, cap);
            m.init(ba, BA_STORE, arr);
        } else {
            m.put(ba, BA_LENGTH, n);
            m.put(ba, BA_CAP, cap);
            m.put(ba, BA_STORE, arr);
        }
    }

    private static long pack(byte[] a, int at, int n) {
        long v = 0;
        for (int k = 0; k < 8 && at + k < n; k++) v |= (a[at + k] & 0xFFL) << (8 * k);
        return v;
    }

    /** Byte {@code i} (0 &lt;= i &lt; size) of a bytearray. */
    public static int baGet(Mem m, long ba, long i) {
        long word = WordArray.get(m, m.get(ba, BA_STORE), m.get(ba, BA_CAP), i >>> 3);
        return (int) (word >>> (8 * (i & 7))) & 0xFF;
    }

    /** Sets byte {@code i} (0 &lt;= i &lt; size) of a bytearray. */
    public static void baSet(Mem m, long ba, long i, int v) {
        long arr = m.get(ba, BA_STORE), cap = m.get(ba, BA_CAP);
        long word = WordArray.get(m, arr, cap, i >>> 3);
        int sh = (int) (8 * (i & 7));
        word = (word & ~(0xFFL << sh)) | ((v & 0xFFL) << sh);
        WordArray.set(m, arr, cap, i >>> 3, word);
    }

    /** Appends one byte to a bytearray (amortised: the storage doubles when full). */
    public static void baAppend(Mem m, long ba, int v) {
        long n = m.get(ba, BA_LENGTH), cap = m.get(ba, BA_CAP);
        if (n >= cap * 8) {
            long newCap = WordArray.roundUp(cap * 2);
            m.put(ba, BA_STORE, WordArray.resize(m, m.get(ba, BA_STORE), cap, newCap, cap, false));
            m.put(ba, BA_CAP, newCap);
        }
        m.put(ba, BA_LENGTH, n + 1);
        baSet(m, ba, n, v);
    }

    // both -----------------------------------------------------------------------------------

    /** len() of a bytes or bytearray. */
    public static long size(Mem m, long w) {
        return isBytes(w) ? Raw.field(w, LENGTH) : m.get(w, BA_LENGTH);
    }

    /** Byte {@code i} (0 &lt;= i &lt; size) of a bytes or bytearray, 0..255. */
    public static int at(Mem m, long w, long i) {
        if (isBytes(w)) return RawMemory.getByte(base(w) + i) & 0xFF;
        return baGet(m, w, i);
    }

    /** A copy of the bytes of a bytes or bytearray. */
    public static byte[] data(Mem m, long w) {
        if (isBytes(w)) {
            int n = (int) Raw.field(w, LENGTH);
            byte[] a = new byte[n];
            MemorySegment.copy(M, ValueLayout.JAVA_BYTE, base(w), a, 0, n);
            return a;
        }
        int n = (int) m.get(w, BA_LENGTH);
        long arr = m.get(w, BA_STORE), cap = m.get(w, BA_CAP);
        byte[] a = new byte[n];
        for (int k = 0; k < n; k += 8) {
            long word = WordArray.get(m, arr, cap, k >>> 3);
            for (int j = 0; j < 8 && k + j < n; j++) a[k + j] = (byte) (word >>> (8 * j));
        }
        return a;
    }

    /** A bytes ({@code mutable} false) or a bytearray of {@code a[from..to)}. */
    public static long make(Mem m, byte[] a, int from, int to, boolean mutable) {
        if (!mutable) return of(m, a, from, to);
        return newByteArray(m, java.util.Arrays.copyOfRange(a, from, to), to - from);
    }

    public static long make(Mem m, byte[] a, boolean mutable) {
        return make(m, a, 0, a.length, mutable);
    }

    // repr -----------------------------------------------------------------------------------

    /** {@code repr(w)}: {@code b'...'} for bytes, {@code bytearray(b'...')} for bytearray. */
    public static String repr(Mem m, long w) {
        return isBytes(w) ? literal(data(m, w), false) : "bytearray(" + literal(data(m, w), true) + ")";
    }

    /**
     * The bytes literal CPython prints: single quotes unless only double quotes avoid escapes;
     * bytearray's repr escapes a single quote even inside double quotes.
     */
    public static String literal(byte[] a, boolean alwaysEscapeSingle) {
        boolean single = false, dbl = false;
        for (byte b : a) {
            if (b == '\'') single = true;
            if (b == '"') dbl = true;
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(a.length + 3).append('b').append(q);
        for (byte x : a) {
            int c = x & 0xFF;
            if (c == q || c == '\\' || c == '\'' && alwaysEscapeSingle) sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 32 || c >= 127) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }

    /** Three-way comparison, bytewise unsigned, shorter first on a common prefix. */
    public static int compare(byte[] a, byte[] b) {
        return java.util.Arrays.compareUnsigned(a, b);
    }
}

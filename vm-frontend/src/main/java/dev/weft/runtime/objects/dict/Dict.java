package dev.weft.runtime.objects.dict;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Seqs;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.list.WordArray;

/**
 * Python's dict on the heap: CPython's compact, insertion-ordered table. An index table of
 * 2^k slots maps a hash to a position in an entries array that grows in insertion order, so
 * iteration order is insertion order, deletion leaves a hole (and a DUMMY index slot), and
 * a resize compacts the entries. Both arrays are {@link WordArray}s, so a huge dict is
 * chunked and a write logs one chunk, not the table.
 *
 * <p>Layout (mutable, {@link TypeIds#DICT}):
 * <pre>
 *   field 0  used       live entries (len(d))
 *   field 1  nentries   entry positions handed out, holes included
 *   field 2  indices    WordArray of {@code size} words: 0 empty, -1 dummy, else position + 1
 *   field 3  size       index slots, a power of two (8 at least)
 *   field 4  entries    WordArray, 3 words a position: hash, key, value (key 0: a hole)
 *   field 5  entcap     words in entries: 3 * usable, usable = size * 2 / 3
 *   field 6  counts     0, or an object holding fields 0 and 1 instead (same field numbers)
 * </pre>
 * The counts move out because the TM detects conflicts an object at a time: an insertion
 * writes them, a lookup reads only the table fields, so with them apart a lookup of one key
 * and an insertion of another do not conflict unless they meet on a chunk of the index or
 * entries (issue 6); a value overwrite writes one entries chunk and nothing else. A flat
 * entries array is one object that both meet on anyway, so a dict gets its counts object
 * when its table first outgrows a flat array (a resize, which writes the header anyway).
 * Worked example: {@code d = {}; d["a"] = 1; d[5] = 2; del d["a"]} gives used 1, nentries 2,
 * size 8; entries {@code [h("a"), 0, 0,  5, 5|INT_TAG, 2|INT_TAG, ...]} (hash(5) is 5); the
 * index slot of "a" holds -1 and slot {@code 5 & 7} holds 2 (position 1, plus one).
 *
 * <p>Keys are hashed and compared through {@link Values} (so strs and ints never leave
 * Java). Probing is CPython's: {@code i = (5*i + perturb + 1) & mask; perturb >>= 5}.
 */
public final class Dict {
    private Dict() {}

    /** Fields of the dict; used and nentries are also those of its counts object. */
    public static final int USED = 0, NENTRIES = 1, INDICES = 2, SIZE = 3, ENTRIES = 4, ENTCAP = 5, COUNTS = 6;
    static final int MIN_SIZE = 8;
    private static final long DUMMY = -1;

    public static boolean isDict(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.DICT;
    }

    /** A new empty dict. */
    public static long make(Mem m) {
        long d = m.alloc(TypeIds.DICT, 7);
        initTable(m, d, MIN_SIZE);
        return d;
    }

    private static void initTable(Mem m, long d, long size) {
        long entcap = WordArray.roundUp(3 * usable(size));
        m.put(d, INDICES, WordArray.make(m, WordArray.roundUp(size), false));
        m.put(d, SIZE, size);
        m.put(d, ENTRIES, WordArray.make(m, entcap, false));
        m.put(d, ENTCAP, entcap);
        if (entcap > WordArray.CHUNK && m.get(d, COUNTS) == 0) {
            m.put(d, USED, 0); // fresh counts are set just below
            m.put(d, NENTRIES, 0);
            m.put(d, COUNTS, m.alloc(TypeIds.STORAGE, 2));
        }
        long c = counts(m, d);
        m.put(c, USED, 0);
        m.put(c, NENTRIES, 0);
    }

    /** The object holding used and nentries: the dict itself, or its counts object. */
    public static long counts(Mem m, long d) {
        long c = m.get(d, COUNTS);
        return c == 0 ? d : c;
    }

    private static long usable(long size) {
        return size * 2 / 3;
    }

    public static long size(Mem m, long d) {
        return m.get(counts(m, d), USED);
    }

    // entries by position ------------------------------------------------------------------------

    /** Positions handed out so far: iterate 0 until this, skipping holes ({@link #keyAt} 0). */
    public static long positions(Mem m, long d) {
        return m.get(counts(m, d), NENTRIES);
    }

    public static long keyAt(Mem m, long d, long pos) {
        return WordArray.at(m, m.get(d, ENTRIES), 3 * pos + 1);
    }

    public static long valueAt(Mem m, long d, long pos) {
        return WordArray.at(m, m.get(d, ENTRIES), 3 * pos + 2);
    }

    static long hashAt(Mem m, long d, long pos) {
        return WordArray.at(m, m.get(d, ENTRIES), 3 * pos);
    }

    static void setValueAt(Mem m, long d, long pos, long v) {
        WordArray.setAt(m, m.get(d, ENTRIES), 3 * pos + 2, v);
    }

    /** The first live position at or after {@code pos}, or -1. */
    public static long nextLive(Mem m, long d, long pos) {
        long n = positions(m, d);
        for (; pos < n; pos++) {
            if (keyAt(m, d, pos) != Words.NULL) return pos;
        }
        return -1;
    }

    /** The last live position before {@code pos}, or -1. */
    public static long prevLive(Mem m, long d, long pos) {
        for (pos = Math.min(pos, positions(m, d)) - 1; pos >= 0; pos--) {
            if (keyAt(m, d, pos) != Words.NULL) return pos;
        }
        return -1;
    }

    // lookup ---------------------------------------------------------------------------------------

    /**
     * The position of {@code key} (hash {@code h}), or -1. When absent and {@code slotOut} is
     * given, slotOut[0] is the index slot an insertion should take.
     */
    static long lookup(Ctx ctx, long d, long key, long h, long[] slotOut) {
        Mem m = ctx.mem;
        long size = m.get(d, SIZE);
        long mask = size - 1;
        long idx = m.get(d, INDICES);
        long icap = WordArray.roundUp(size);
        long i = h & mask;
        long perturb = h;
        long free = -1;
        long ent = Words.NULL;
        for (;;) {
            long ix = WordArray.get(m, idx, icap, i);
            if (ix == 0) {
                if (slotOut != null) slotOut[0] = free >= 0 ? free : i;
                return -1;
            }
            if (ix == DUMMY) {
                if (free < 0) free = i;
            } else {
                long pos = ix - 1;
                if (ent == Words.NULL) ent = m.get(d, ENTRIES);
                long k = WordArray.at(m, ent, 3 * pos + 1);
                if (k == key) return pos;
                if (WordArray.at(m, ent, 3 * pos) == h) {
                    if (Values.eq(ctx, k, key)) {
                        // the comparison may have run guest code that changed the dict
                        if (m.get(d, INDICES) == idx && keyAt(m, d, pos) == k) return pos;
                        return lookup(ctx, d, key, h, slotOut);
                    }
                    if (m.get(d, INDICES) != idx) return lookup(ctx, d, key, h, slotOut);
                }
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /** {@code d[key]}, or NULL when absent (no exception: the caller raises KeyError). */
    public static long get(Ctx ctx, long d, long key) {
        long h = Values.hash(ctx, key);
        long pos = lookup(ctx, d, key, h, null);
        return pos < 0 ? Words.NULL : valueAt(ctx.mem, d, pos);
    }

    /**
     * {@link #get} for an interned name, helped by a guess of its position that an
     * instruction keeps ({@code hints[site]}: where the name was found last time). When the
     * key at that position is the name itself, the entry is the name's: a live key appears
     * once, and a deleted or never-used position holds no key. Then two fields of the table
     * and two words of the entry are read, not a probe sequence; otherwise the ordinary lookup
     * runs and the guess is updated. The hint is only a guess, so threads may race on it.
     */
    public static long getHinted(Ctx ctx, long d, long name, int[] hints, int site) {
        Mem m = ctx.mem;
        long pos = hints[site];
        long ent = m.get(d, ENTRIES);
        if (3 * pos + 2 < WordArray.capacityOf(ent) && WordArray.at(m, ent, 3 * pos + 1) == name) {
            return WordArray.at(m, ent, 3 * pos + 2);
        }
        pos = lookup(ctx, d, name, Values.hash(ctx, name), null);
        if (pos < 0) return Words.NULL;
        if (pos <= Integer.MAX_VALUE) hints[site] = (int) pos;
        return valueAt(m, d, pos);
    }

    /**
     * {@code d[name] = value} through a position guess, as {@link #getHinted}: when the guess
     * holds, one word of the entry is written; else one lookup finds the entry, or the key is
     * inserted, and the guess is updated.
     */
    public static void putHinted(Ctx ctx, long d, long name, long value, int[] hints, int site) {
        Mem m = ctx.mem;
        long pos = hints[site];
        long ent = m.get(d, ENTRIES);
        if (3 * pos + 2 < WordArray.capacityOf(ent) && WordArray.at(m, ent, 3 * pos + 1) == name) {
            if (Mem.isWatched(d)) ctx.guest.watchedWrite(d);
            WordArray.setAt(m, ent, 3 * pos + 2, value);
            return;
        }
        long h = Values.hash(ctx, name);
        pos = lookup(ctx, d, name, h, null);
        if (pos >= 0) {
            if (Mem.isWatched(d)) ctx.guest.watchedWrite(d);
            setValueAt(m, d, pos, value);
        } else {
            putHashed(ctx, d, name, h, value); // a new key goes at the end of the entries
            pos = m.get(counts(m, d), NENTRIES) - 1;
        }
        if (pos <= Integer.MAX_VALUE) hints[site] = (int) pos;
    }

    public static boolean contains(Ctx ctx, long d, long key) {
        return lookup(ctx, d, key, Values.hash(ctx, key), null) >= 0;
    }

    /** {@code d[key] = value}. */
    public static void put(Ctx ctx, long d, long key, long value) {
        putHashed(ctx, d, key, Values.hash(ctx, key), value);
    }

    static void putHashed(Ctx ctx, long d, long key, long h, long value) {
        Mem m = ctx.mem;
        if (Mem.isWatched(d)) ctx.guest.watchedWrite(d);
        long[] slot = new long[1];
        long pos = lookup(ctx, d, key, h, slot);
        if (pos >= 0) {
            setValueAt(m, d, pos, value);
            return;
        }
        if (m.get(counts(m, d), NENTRIES) >= usable(m.get(d, SIZE))) {
            resize(ctx, d, m.get(counts(m, d), USED) * 3);
            lookup(ctx, d, key, h, slot);
        }
        long c = counts(m, d); // after the resize, which may have made it
        long n = m.get(c, NENTRIES);
        long ent = m.get(d, ENTRIES), entcap = m.get(d, ENTCAP);
        WordArray.set(m, ent, entcap, 3 * n, h);
        WordArray.set(m, ent, entcap, 3 * n + 1, key);
        WordArray.set(m, ent, entcap, 3 * n + 2, value);
        WordArray.set(m, m.get(d, INDICES), WordArray.roundUp(m.get(d, SIZE)), slot[0], n + 1);
        m.put(c, NENTRIES, n + 1);
        m.put(c, USED, m.get(c, USED) + 1);
    }

    /** Rebuilds the tables with at least {@code minUsed * 3 / 2} slots, dropping the holes. */
    private static void resize(Ctx ctx, long d, long growth) {
        Mem m = ctx.mem;
        long size = MIN_SIZE;
        while (size < growth) size <<= 1;
        long c = counts(m, d);
        long n = m.get(c, NENTRIES);
        long used = m.get(c, USED);
        long[] hs = new long[(int) used], ks = new long[(int) used], vs = new long[(int) used];
        int k = 0;
        for (long p = 0; p < n; p++) {
            long key = keyAt(m, d, p);
            if (key == Words.NULL) continue;
            hs[k] = hashAt(m, d, p);
            ks[k] = key;
            vs[k] = valueAt(m, d, p);
            k++;
        }
        initTable(m, d, size);
        long idx = m.get(d, INDICES), icap = WordArray.roundUp(size);
        long ent = m.get(d, ENTRIES), entcap = m.get(d, ENTCAP);
        long mask = size - 1;
        for (int p = 0; p < k; p++) {
            WordArray.set(m, ent, entcap, 3L * p, hs[p]);
            WordArray.set(m, ent, entcap, 3L * p + 1, ks[p]);
            WordArray.set(m, ent, entcap, 3L * p + 2, vs[p]);
            long i = hs[p] & mask, perturb = hs[p];
            while (WordArray.get(m, idx, icap, i) != 0) {
                perturb >>>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
            WordArray.set(m, idx, icap, i, p + 1);
        }
        c = counts(m, d); // initTable may have made it
        m.put(c, NENTRIES, k);
        m.put(c, USED, k);
    }

    /** Removes {@code key}; answers its value, or NULL when it was absent. */
    public static long remove(Ctx ctx, long d, long key) {
        Mem m = ctx.mem;
        long h = Values.hash(ctx, key);
        long pos = lookup(ctx, d, key, h, null);
        if (pos < 0) return Words.NULL;
        long v = valueAt(m, d, pos);
        removeAt(ctx, d, pos, h);
        return v;
    }

    /** Empties position {@code pos} (whose key hashes to {@code h}) and its index slot. */
    static void removeAt(Ctx ctx, long d, long pos, long h) {
        Mem m = ctx.mem;
        if (Mem.isWatched(d)) ctx.guest.watchedWrite(d);
        long size = m.get(d, SIZE), mask = size - 1;
        long idx = m.get(d, INDICES), icap = WordArray.roundUp(size);
        long i = h & mask, perturb = h;
        while (WordArray.get(m, idx, icap, i) != pos + 1) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        WordArray.set(m, idx, icap, i, DUMMY);
        long ent = m.get(d, ENTRIES), entcap = m.get(d, ENTCAP);
        WordArray.set(m, ent, entcap, 3 * pos + 1, Words.NULL);
        WordArray.set(m, ent, entcap, 3 * pos + 2, Words.NULL);
        long c = counts(m, d);
        m.put(c, USED, m.get(c, USED) - 1);
    }

    public static void clear(Ctx ctx, long d) {
        if (Mem.isWatched(d)) ctx.guest.watchedWrite(d);
        initTable(ctx.mem, d, MIN_SIZE);
    }

    // whole-dict ---------------------------------------------------------------------------------

    /** The keys in order, as a Java array. */
    public static long[] keys(Ctx ctx, long d) {
        Mem m = ctx.mem;
        long[] out = new long[(int) size(m, d)];
        int k = 0;
        for (long p = nextLive(m, d, 0); p >= 0 && k < out.length; p = nextLive(m, d, p + 1)) out[k++] = keyAt(m, d, p);
        return out;
    }

    /** A new dict with the same items. */
    public static long copy(Ctx ctx, long d) {
        Mem m = ctx.mem;
        long r = make(m);
        for (long p = nextLive(m, d, 0); p >= 0; p = nextLive(m, d, p + 1)) {
            putHashed(ctx, r, keyAt(m, d, p), hashAt(m, d, p), valueAt(m, d, p));
        }
        return r;
    }

    /** Puts every item of {@code src} into {@code d}. */
    public static void merge(Ctx ctx, long d, long src) {
        Mem m = ctx.mem;
        long n = positions(m, src);
        for (long p = 0; p < n && p < positions(m, src); p++) {
            long k = keyAt(m, src, p);
            if (k != Words.NULL) putHashed(ctx, d, k, hashAt(m, src, p), valueAt(m, src, p));
        }
    }

    /** {@code a == b} for two dicts. */
    public static boolean equal(Ctx ctx, long a, long b) {
        Mem m = ctx.mem;
        if (size(m, a) != size(m, b)) return false;
        for (long p = nextLive(m, a, 0); p >= 0; p = nextLive(m, a, p + 1)) {
            long k = keyAt(m, a, p);
            long v = valueAt(m, a, p);
            long pos = lookup(ctx, b, k, hashAt(m, a, p), null);
            if (pos < 0) return false;
            if (!Values.eq(ctx, v, valueAt(m, b, pos))) return false;
        }
        return true;
    }

    public static String repr(Ctx ctx, long d) {
        Mem m = ctx.mem;
        if (size(m, d) == 0) return "{}";
        if (!Seqs.reprEnter(d)) return "{...}";
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (long p = nextLive(m, d, 0); p >= 0; p = nextLive(m, d, p + 1)) {
                long k = keyAt(m, d, p), v = valueAt(m, d, p);
                if (!first) sb.append(", ");
                first = false;
                sb.append(Values.repr(ctx, k)).append(": ").append(Values.repr(ctx, v));
            }
            return sb.append('}').toString();
        } finally {
            Seqs.reprLeave(d);
        }
    }
}

package dev.weft.runtime.objects.set;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.iter.Seqs;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.list.WordArray;
import dev.weft.runtime.objects.str.Str;

/**
 * Python's set and frozenset: CPython 3.11's open-addressing table, kept slot for slot, so
 * that a set iterates (and prints, and pops) in CPython's order whenever the hashes are
 * CPython's (ints, floats, tuples and frozensets of them; strs hash differently, as they
 * do from one CPython run to the next).
 *
 * <p>What fixes the order, all from CPython's setobject.c: a fresh table has 8 slots; a key
 * goes to {@code hash & mask}, then scans up to 9 following slots (only when they do not
 * wrap past the end), then jumps to {@code (5*i + 1 + perturb) & mask} with
 * {@code perturb >>= 5} first; an add that finds the key absent takes the last dummy slot
 * seen on its probe path, else the empty one that ended it; a removal leaves a dummy;
 * when {@code fill * 5 >= mask * 3} after filling an empty slot, the table is rebuilt at
 * the smallest power of two above {@code used * 4} ({@code used * 2} past 50000 items),
 * reinserting in old slot order; {@code pop} scans from a finger left by the previous pop.
 * Bulk operations (update from a set or a dict, copy, intersection, difference...) have
 * their own pre-sizing and iteration orders, followed below.
 *
 * <p>Layout ({@link TypeIds#SET} mutable; {@link TypeIds#FROZENSET} allocated immutable, and
 * changed only by the transaction that builds it):
 * <pre>
 *   field 0  fill     slots active or dummy
 *   field 1  used     slots active (len)
 *   field 2  finger   where the next pop() starts looking
 *   field 3  mask     slots - 1
 *   field 4  table    WordArray of 2 words a slot: hash, key (empty: 0, 0; dummy: -1, DUMMY)
 *   field 5  counts   0, or an object holding fields 0 to 2 instead (same field numbers)
 * </pre>
 * The counts move out because the TM detects conflicts an object at a time: an add writes
 * them, a membership test reads only the mask and the table, so with them apart the two do
 * not conflict unless they meet on a table chunk (issue 6). A flat table is one object that
 * both meet on anyway, so a set gets its counts object when its table first becomes chunked
 * (a resize, which writes the header anyway), and keeps it.
 * Worked example: {@code {1, 9}} has mask 7; 1 sits in slot 1; 9 (9 &amp; 7 = 1, taken) scans on
 * to slot 2. The table words are {@code 0,0, 1,1|T, 9,9|T, 0,0 ...} (T the int tag); fill and
 * used are 2.
 */
public final class PySet {
    private PySet() {}

    /** Fields of the set; fill, used and finger are also those of its counts object. */
    public static final int FILL = 0, USED = 1, FINGER = 2, MASK = 3, TABLE = 4, COUNTS = 5;
    /** The key word of a dummy slot: a constant no guest value uses (below FIRST_POINTER). */
    static final long DUMMY = 0xFF8;
    static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    public static boolean isSet(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.SET;
    }

    public static boolean isFrozen(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.FROZENSET;
    }

    public static boolean isAnySet(long w) {
        return isSet(w) || isFrozen(w);
    }

    /** A new empty set (or frozenset, to be filled by this transaction only). */
    public static long make(Mem m, boolean frozen) {
        long s = frozen ? m.allocImmutable(TypeIds.FROZENSET, 6) : m.alloc(TypeIds.SET, 6);
        m.init(s, MASK, MIN_SIZE - 1);
        m.init(s, TABLE, WordArray.make(m, 2 * MIN_SIZE, frozen));
        return s;
    }

    /** The object holding fill, used and finger: the set itself, or its counts object. */
    static long counts(Mem m, long s) {
        long c = m.get(s, COUNTS);
        return c == 0 ? s : c;
    }

    /** Moves fill, used and finger into a counts object of their own once the table is chunked. */
    private static void separateCounts(Mem m, long s) {
        if (m.get(s, TABLE) == 0 || WordArray.capacityOf(m.get(s, TABLE)) <= WordArray.CHUNK) return;
        if (m.get(s, COUNTS) != 0) return;
        long c = frozen(s) ? m.allocImmutable(TypeIds.STORAGE, 3) : m.alloc(TypeIds.STORAGE, 3);
        for (int f : new int[] {FILL, USED, FINGER}) {
            m.init(c, f, m.get(s, f));
            m.put(s, f, 0);
        }
        m.put(s, COUNTS, c);
    }

    private static boolean frozen(long s) {
        return Mem.typeId(s) == TypeIds.FROZENSET;
    }

    public static long size(Mem m, long s) {
        return m.get(counts(m, s), USED);
    }

    // slots --------------------------------------------------------------------------------------

    private static long cap(long mask) {
        return WordArray.roundUp(2 * (mask + 1));
    }

    static long hashAt(Mem m, long table, long mask, long i) {
        return WordArray.get(m, table, cap(mask), 2 * i);
    }

    static long keyAt(Mem m, long table, long mask, long i) {
        return WordArray.get(m, table, cap(mask), 2 * i + 1);
    }

    private static void setSlot(Mem m, long table, long mask, long i, long hash, long key) {
        WordArray.set(m, table, cap(mask), 2 * i, hash);
        WordArray.set(m, table, cap(mask), 2 * i + 1, key);
    }

    /** The first active slot at or after {@code i}, or -1 (what set_next walks). */
    public static long nextSlot(Mem m, long s, long i) {
        long mask = m.get(s, MASK), table = m.get(s, TABLE);
        for (; i <= mask; i++) {
            long k = keyAt(m, table, mask, i);
            if (k != Words.NULL && k != DUMMY) return i;
        }
        return -1;
    }

    public static long keyAtSlot(Mem m, long s, long i) {
        return keyAt(m, m.get(s, TABLE), m.get(s, MASK), i);
    }

    static long hashAtSlot(Mem m, long s, long i) {
        return hashAt(m, m.get(s, TABLE), m.get(s, MASK), i);
    }

    /** The elements in iteration order, as a Java array. */
    public static long[] toArray(Mem m, long s) {
        long[] out = new long[(int) size(m, s)];
        int k = 0;
        for (long i = nextSlot(m, s, 0); i >= 0 && k < out.length; i = nextSlot(m, s, i + 1)) out[k++] = keyAtSlot(m, s, i);
        return out;
    }

    // hashing keys -------------------------------------------------------------------------------

    /** The hash of a key; a set key is hashed as the frozenset it equals (CPython's retry). */
    static long keyHash(Ctx ctx, long key) {
        if (isSet(key)) return hash(ctx, key);
        return Values.hash(ctx, key);
    }

    private static boolean sameKey(Ctx ctx, long a, long b) {
        if (a == b) return true;
        if (Str.isStr(a) && Str.isStr(b)) return Str.equals(a, b);
        return Values.eq(ctx, a, b);
    }

    // lookup, add, discard -----------------------------------------------------------------------

    /** The slot holding {@code key}, or -1 (CPython's set_lookkey). */
    static long lookup(Ctx ctx, long s, long key, long hash) {
        Mem m = ctx.mem;
        for (;;) {
            long mask = m.get(s, MASK), table = m.get(s, TABLE);
            long i = hash & mask;
            long perturb = hash;
            boolean restart = false;
            search:
            for (;;) {
                long j = i;
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                do {
                    long h = hashAt(m, table, mask, j);
                    long k = keyAt(m, table, mask, j);
                    if (h == 0 && k == Words.NULL) return -1;
                    if (h == hash) {
                        if (k == key) return j;
                        boolean eq = sameKey(ctx, k, key);
                        if (m.get(s, TABLE) != table || keyAt(m, table, mask, j) != k) {
                            restart = true;
                            break search;
                        }
                        if (eq) return j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & mask;
            }
            if (!restart) return -1;
        }
    }

    public static boolean contains(Ctx ctx, long s, long key) {
        return lookup(ctx, s, key, keyHash(ctx, key)) >= 0;
    }

    public static void add(Ctx ctx, long s, long key) {
        addHashed(ctx, s, key, Values.hash(ctx, key));
    }

    /** CPython's set_add_entry. */
    static void addHashed(Ctx ctx, long s, long key, long hash) {
        Mem m = ctx.mem;
        restart:
        for (;;) {
            long mask = m.get(s, MASK), table = m.get(s, TABLE);
            long i = hash & mask;
            long perturb = hash;
            long freeslot = -1;
            for (;;) {
                long j = i;
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                do {
                    long h = hashAt(m, table, mask, j);
                    long k = keyAt(m, table, mask, j);
                    if (h == 0 && k == Words.NULL) {
                        if (freeslot >= 0) {
                            setSlot(m, table, mask, freeslot, hash, key);
                            long c = counts(m, s);
                            m.put(c, USED, m.get(c, USED) + 1);
                            return;
                        }
                        setSlot(m, table, mask, j, hash, key);
                        long c = counts(m, s);
                        long fill = m.get(c, FILL) + 1, used = m.get(c, USED) + 1;
                        m.put(c, FILL, fill);
                        m.put(c, USED, used);
                        if (fill * 5 < mask * 3) return;
                        resize(m, s, used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (h == hash) {
                        if (k == key) return;
                        boolean eq = sameKey(ctx, k, key);
                        if (eq) return;
                        if (m.get(s, TABLE) != table || keyAt(m, table, mask, j) != k) continue restart;
                    } else if (h == -1) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & mask;
            }
        }
    }

    /** Places a key known absent into a table without dummies (CPython's set_insert_clean). */
    private static void insertClean(Mem m, long table, long mask, long key, long hash) {
        long perturb = hash;
        long i = hash & mask;
        for (;;) {
            if (keyAt(m, table, mask, i) == Words.NULL) {
                setSlot(m, table, mask, i, hash, key);
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (long j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (keyAt(m, table, mask, j) == Words.NULL) {
                        setSlot(m, table, mask, j, hash, key);
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /** CPython's set_table_resize: a table of the smallest power of two above minused. */
    static void resize(Mem m, long s, long minused) {
        long newsize = MIN_SIZE;
        while (newsize <= minused) newsize <<= 1;
        long oldMask = m.get(s, MASK), oldTable = m.get(s, TABLE);
        long newMask = newsize - 1;
        long table = WordArray.make(m, cap(newMask), frozen(s));
        for (long i = 0; i <= oldMask; i++) {
            long k = keyAt(m, oldTable, oldMask, i);
            if (k != Words.NULL && k != DUMMY) insertClean(m, table, newMask, k, hashAt(m, oldTable, oldMask, i));
        }
        m.put(s, TABLE, table);
        m.put(s, MASK, newMask);
        m.put(counts(m, s), FILL, m.get(counts(m, s), USED));
        separateCounts(m, s);
    }

    /** Removes {@code key}; whether it was there. */
    public static boolean discard(Ctx ctx, long s, long key) {
        return discardHashed(ctx, s, key, keyHash(ctx, key));
    }

    static boolean discardHashed(Ctx ctx, long s, long key, long hash) {
        Mem m = ctx.mem;
        long j = lookup(ctx, s, key, hash);
        if (j < 0) return false;
        setSlot(m, m.get(s, TABLE), m.get(s, MASK), j, -1, DUMMY);
        long c = counts(m, s);
        m.put(c, USED, m.get(c, USED) - 1);
        return true;
    }

    public static void remove(Ctx ctx, long s, long key) {
        if (!discard(ctx, s, key)) throw PyException.withArg(ExcKind.KEY_ERROR, key);
    }

    /** CPython's set_pop: from the finger on, wrapping. */
    public static long pop(Ctx ctx, long s) {
        Mem m = ctx.mem;
        if (size(m, s) == 0) throw PyException.of(ExcKind.KEY_ERROR, "pop from an empty set");
        long mask = m.get(s, MASK), table = m.get(s, TABLE);
        long c = counts(m, s);
        long i = m.get(c, FINGER) & mask;
        for (;;) {
            long k = keyAt(m, table, mask, i);
            if (k != Words.NULL && k != DUMMY) break;
            i++;
            if (i > mask) i = 0;
        }
        long key = keyAt(m, table, mask, i);
        setSlot(m, table, mask, i, -1, DUMMY);
        m.put(c, USED, m.get(c, USED) - 1);
        m.put(c, FINGER, i + 1);
        return key;
    }

    public static void clear(Mem m, long s) {
        m.put(s, TABLE, WordArray.make(m, 2 * MIN_SIZE, frozen(s)));
        m.put(s, MASK, MIN_SIZE - 1);
        m.put(counts(m, s), FILL, 0);
        m.put(counts(m, s), USED, 0);
    }

    // bulk ---------------------------------------------------------------------------------------

    /** CPython's set_merge: adds every element of set {@code other}. */
    static void merge(Ctx ctx, long so, long other) {
        Mem m = ctx.mem;
        long otherUsed = m.get(counts(m, other), USED);
        if (other == so || otherUsed == 0) return;
        if ((m.get(counts(m, so), FILL) + otherUsed) * 5 >= m.get(so, MASK) * 3) {
            resize(m, so, (m.get(counts(m, so), USED) + otherUsed) * 2);
        }
        long oMask = m.get(other, MASK), oTable = m.get(other, TABLE);
        long mask = m.get(so, MASK), table = m.get(so, TABLE);
        if (m.get(counts(m, so), FILL) == 0 && mask == oMask && m.get(counts(m, other), FILL) == otherUsed) {
            for (long i = 0; i <= oMask; i++) {
                long k = keyAt(m, oTable, oMask, i);
                if (k != Words.NULL) setSlot(m, table, mask, i, hashAt(m, oTable, oMask, i), k);
            }
            m.put(counts(m, so), FILL, m.get(counts(m, other), FILL));
            m.put(counts(m, so), USED, otherUsed);
            return;
        }
        if (m.get(counts(m, so), FILL) == 0) {
            m.put(counts(m, so), FILL, otherUsed);
            m.put(counts(m, so), USED, otherUsed);
            for (long i = 0; i <= oMask; i++) {
                long k = keyAt(m, oTable, oMask, i);
                if (k != Words.NULL && k != DUMMY) insertClean(m, table, mask, k, hashAt(m, oTable, oMask, i));
            }
            return;
        }
        for (long i = 0; i <= oMask; i++) {
            long k = keyAt(m, oTable, oMask, i);
            if (k != Words.NULL && k != DUMMY) addHashed(ctx, so, k, hashAt(m, oTable, oMask, i));
        }
    }

    /** CPython's set_update_internal: from a set, a dict (its keys) or any iterable. */
    public static void update(Ctx ctx, long so, long other) {
        Mem m = ctx.mem;
        if (isAnySet(other)) {
            merge(ctx, so, other);
            return;
        }
        if (Dict.isDict(other)) {
            long dictsize = Dict.size(m, other);
            if ((m.get(counts(m, so), FILL) + dictsize) * 5 >= m.get(so, MASK) * 3) {
                resize(m, so, (m.get(counts(m, so), USED) + dictsize) * 2);
            }
            long[] keys = Dict.keys(ctx, other);
            for (long k : keys) add(ctx, so, k);
            return;
        }
        Values.iterate(ctx, other, k -> add(ctx, so, k));
    }

    /** {@code set(iterable)} or {@code frozenset(iterable)} (CPython's make_new_set). */
    public static long fromIterable(Ctx ctx, long iterable, boolean frozen) {
        long s = make(ctx.mem, frozen);
        update(ctx, s, iterable);
        return s;
    }

    public static long fromArray(Ctx ctx, long[] items, boolean frozen) {
        long s = make(ctx.mem, frozen);
        for (long k : items) add(ctx, s, k);
        return s;
    }

    /** A copy of the same base type (set of a set, frozenset of a frozenset). */
    public static long copy(Ctx ctx, long s) {
        return fromIterable(ctx, s, frozen(s));
    }

    private static long newLike(Ctx ctx, long s) {
        return make(ctx.mem, frozen(s));
    }

    /** CPython's set_intersection. */
    public static long intersection(Ctx ctx, long so, long other) {
        Mem m = ctx.mem;
        if (so == other) return copy(ctx, so);
        long result = newLike(ctx, so);
        if (isAnySet(other)) {
            if (size(m, other) > size(m, so)) {
                long t = so;
                so = other;
                other = t;
            }
            for (long i = nextSlot(m, other, 0); i >= 0; i = nextSlot(m, other, i + 1)) {
                long k = keyAtSlot(m, other, i), h = hashAtSlot(m, other, i);
                if (lookup(ctx, so, k, h) >= 0) addHashed(ctx, result, k, h);
            }
            return result;
        }
        final long self = so;
        Values.iterate(ctx, other, k -> {
            long h = Values.hash(ctx, k);
            if (lookup(ctx, self, k, h) >= 0) addHashed(ctx, result, k, h);
        });
        return result;
    }

    /** {@code so &= other}: so takes the intersection's table (CPython swaps the bodies). */
    public static void intersectionUpdate(Ctx ctx, long so, long other) {
        takeBody(ctx.mem, so, intersection(ctx, so, other));
    }

    static void takeBody(Mem m, long so, long from) {
        m.put(so, TABLE, m.get(from, TABLE));
        m.put(so, MASK, m.get(from, MASK));
        m.put(counts(m, so), FILL, m.get(counts(m, from), FILL));
        m.put(counts(m, so), USED, m.get(counts(m, from), USED));
        separateCounts(m, so);
    }

    /** {@code so | other} (CPython's set_or; set_union for one argument). */
    public static long union(Ctx ctx, long so, long other) {
        long result = copy(ctx, so);
        if (so != other) update(ctx, result, other);
        return result;
    }

    /** CPython's set_difference. */
    public static long difference(Ctx ctx, long so, long other) {
        Mem m = ctx.mem;
        long otherSize;
        if (isAnySet(other)) {
            otherSize = size(m, other);
        } else if (Dict.isDict(other)) {
            otherSize = Dict.size(m, other);
        } else {
            return copyAndDifference(ctx, so, other);
        }
        if ((size(m, so) >> 2) > otherSize) return copyAndDifference(ctx, so, other);
        long result = newLike(ctx, so);
        boolean dict = Dict.isDict(other);
        for (long i = nextSlot(m, so, 0); i >= 0; i = nextSlot(m, so, i + 1)) {
            long k = keyAtSlot(m, so, i), h = hashAtSlot(m, so, i);
            boolean in = dict ? Dict.contains(ctx, other, k) : lookup(ctx, other, k, h) >= 0;
            if (!in) addHashed(ctx, result, k, h);
        }
        return result;
    }

    private static long copyAndDifference(Ctx ctx, long so, long other) {
        long result = copy(ctx, so);
        differenceUpdate(ctx, result, other);
        return result;
    }

    /** CPython's set_difference_update_internal. */
    public static void differenceUpdate(Ctx ctx, long so, long other) {
        Mem m = ctx.mem;
        if (so == other) {
            clear(m, so);
            return;
        }
        if (isAnySet(other)) {
            if ((size(m, other) >> 3) > size(m, so)) other = intersection(ctx, so, other);
            for (long i = nextSlot(m, other, 0); i >= 0; i = nextSlot(m, other, i + 1)) {
                discardHashed(ctx, so, keyAtSlot(m, other, i), hashAtSlot(m, other, i));
            }
        } else {
            Values.iterate(ctx, other, k -> discard(ctx, so, k));
        }
        long used = m.get(counts(m, so), USED);
        if (m.get(counts(m, so), FILL) - used <= m.get(so, MASK) / 4) return;
        resize(m, so, used > 50000 ? used * 2 : used * 4);
    }

    /** CPython's set_symmetric_difference_update. */
    public static void symmetricDifferenceUpdate(Ctx ctx, long so, long other) {
        Mem m = ctx.mem;
        if (so == other) {
            clear(m, so);
            return;
        }
        if (Dict.isDict(other)) {
            for (long k : Dict.keys(ctx, other)) {
                long h = Values.hash(ctx, k);
                if (!discardHashed(ctx, so, k, h)) addHashed(ctx, so, k, h);
            }
            return;
        }
        long otherset = isAnySet(other) ? other : fromIterable(ctx, other, frozen(so));
        for (long i = nextSlot(m, otherset, 0); i >= 0; i = nextSlot(m, otherset, i + 1)) {
            long k = keyAtSlot(m, otherset, i), h = hashAtSlot(m, otherset, i);
            if (!discardHashed(ctx, so, k, h)) addHashed(ctx, so, k, h);
        }
    }

    /** CPython's set_symmetric_difference. */
    public static long symmetricDifference(Ctx ctx, long so, long other) {
        long otherset = fromIterable(ctx, other, frozen(so));
        symmetricDifferenceUpdate(ctx, otherset, so);
        return otherset;
    }

    public static boolean issubset(Ctx ctx, long so, long other) {
        Mem m = ctx.mem;
        if (!isAnySet(other)) return issubset(ctx, so, fromIterable(ctx, other, false));
        if (size(m, so) > size(m, other)) return false;
        for (long i = nextSlot(m, so, 0); i >= 0; i = nextSlot(m, so, i + 1)) {
            if (lookup(ctx, other, keyAtSlot(m, so, i), hashAtSlot(m, so, i)) < 0) return false;
        }
        return true;
    }

    public static boolean issuperset(Ctx ctx, long so, long other) {
        if (isAnySet(other)) return issubset(ctx, other, so);
        return issuperset(ctx, so, fromIterable(ctx, other, false));
    }

    public static boolean isdisjoint(Ctx ctx, long so, long other) {
        Mem m = ctx.mem;
        if (so == other) return size(m, so) == 0;
        if (isAnySet(other)) {
            if (size(m, other) > size(m, so)) {
                long t = so;
                so = other;
                other = t;
            }
            for (long i = nextSlot(m, other, 0); i >= 0; i = nextSlot(m, other, i + 1)) {
                if (lookup(ctx, so, keyAtSlot(m, other, i), hashAtSlot(m, other, i)) >= 0) return false;
            }
            return true;
        }
        boolean[] hit = {false};
        final long self = so;
        Values.iterate(ctx, other, k -> {
            if (!hit[0] && contains(ctx, self, k)) hit[0] = true;
        });
        return !hit[0];
    }

    /** {@code a OP b} for two sets (CPython's set_richcompare). */
    public static boolean compare(Ctx ctx, long a, long b, int op) {
        Mem m = ctx.mem;
        return switch (op) {
            case Values.EQ -> size(m, a) == size(m, b) && issubset(ctx, a, b);
            case Values.NE -> !(size(m, a) == size(m, b) && issubset(ctx, a, b));
            case Values.LE -> issubset(ctx, a, b);
            case Values.GE -> issuperset(ctx, a, b);
            case Values.LT -> size(m, a) < size(m, b) && issubset(ctx, a, b);
            default -> size(m, a) > size(m, b) && issuperset(ctx, a, b);
        };
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** CPython's frozenset hash (also what a set key is hashed as). */
    public static long hash(Ctx ctx, long s) {
        Mem m = ctx.mem;
        long h = 0;
        for (long i = nextSlot(m, s, 0); i >= 0; i = nextSlot(m, s, i + 1)) h ^= shuffle(hashAtSlot(m, s, i));
        h ^= (size(m, s) + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) h = 590923713L;
        return h;
    }

    public static String repr(Ctx ctx, long s) {
        Mem m = ctx.mem;
        boolean fz = frozen(s);
        if (size(m, s) == 0) return fz ? "frozenset()" : "set()";
        if (!Seqs.reprEnter(s)) return (fz ? "frozenset" : "set") + "(...)";
        try {
            long[] a = toArray(m, s);
            String inner = Seqs.joinReprs(ctx, a, a.length, "{", "}");
            return fz ? "frozenset(" + inner + ")" : inner;
        } finally {
            Seqs.reprLeave(s);
        }
    }
}

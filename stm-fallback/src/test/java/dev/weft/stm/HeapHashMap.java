package dev.weft.stm;

import dev.weft.stm.StmTesting.Violations;
import java.util.HashMap;
import java.util.Map;

/**
 * A hash map from long keys to non-negative long values, with open hashing, built of heap
 * objects and operated through the barriers of one {@link TxContext}.
 *
 * <p>Table: one object with {@code buckets} fields (the chain heads) and one more, the entry
 * count (every insertion and removal writes it: a hot spot, on purpose). Entry: field 0 the
 * key, 1 the value, 2 the next entry. A removed entry is poisoned (key negative) in the
 * removing transaction; every traversal checks that it meets no poison, that each entry it
 * meets belongs in the chain it is on, and that the chain ends within a bound.
 */
final class HeapHashMap {
    static final int TABLE_TYPE = 30;
    static final int ENTRY_TYPE = 31;
    static final long ABSENT = -1;
    static final int KEY = 0, VALUE = 1, NEXT = 2;

    final long table;
    final int buckets;
    final Violations violations;
    final int maxChain;

    HeapHashMap(long table, int buckets, Violations violations, int maxChain) {
        this.table = table;
        this.buckets = buckets;
        this.violations = violations;
        this.maxChain = maxChain;
    }

    static long create(TxContext t, int buckets) {
        return t.allocate(TABLE_TYPE, buckets + 1);
    }

    int bucket(long key) {
        return (int) Math.floorMod(StmTesting.mix(key), (long) buckets);
    }

    /** The entry of {@code key} in its chain, or 0; checks the chain on the way. */
    private long find(TxContext t, long key) {
        int b = bucket(key);
        long e = t.read(table, b);
        for (int steps = 0; e != 0; steps++) {
            long k = t.read(e, KEY);
            if (k < 0 || bucket(k) != b || steps > maxChain) {
                throw violations.stop(k < 0 ? "traversal reached a removed entry" : steps > maxChain ? "chain cycle"
                        : "key " + k + " in chain " + b + ", belongs in " + bucket(k));
            }
            if (k == key) return e;
            e = t.read(e, NEXT);
        }
        return 0;
    }

    /** Maps {@code key} to {@code value}; answers the previous value or {@link #ABSENT}. */
    long put(TxContext t, long key, long value) {
        long e = find(t, key);
        if (e != 0) {
            long old = t.read(e, VALUE);
            t.write(e, VALUE, value);
            return old;
        }
        int b = bucket(key);
        long n = t.allocate(ENTRY_TYPE, 3);
        if (n == 0) throw HeapSortedList.heapFull(t);
        t.write(n, KEY, key);
        t.write(n, VALUE, value);
        t.write(n, NEXT, t.read(table, b));
        t.write(table, b, n);
        t.write(table, buckets, t.read(table, buckets) + 1);
        return ABSENT;
    }

    /** Removes {@code key}; answers its value or {@link #ABSENT}. */
    long remove(TxContext t, long key) {
        int b = bucket(key);
        long prev = 0;
        long e = t.read(table, b);
        for (int steps = 0; e != 0; steps++) {
            long k = t.read(e, KEY);
            if (k < 0 || bucket(k) != b || steps > maxChain) {
                throw violations.stop("inconsistent chain " + b + " during remove (key " + k + ")");
            }
            if (k == key) {
                long next = t.read(e, NEXT);
                if (prev == 0) t.write(table, b, next); else t.write(prev, NEXT, next);
                long v = t.read(e, VALUE);
                t.write(e, KEY, -1 - key); // poison
                t.write(e, NEXT, 0);
                t.write(table, buckets, t.read(table, buckets) - 1);
                return v;
            }
            prev = e;
            e = t.read(e, NEXT);
        }
        return ABSENT;
    }

    long get(TxContext t, long key) {
        long e = find(t, key);
        return e == 0 ? ABSENT : t.read(e, VALUE);
    }

    /**
     * The whole map, checked: every entry in the chain of its hash, no key twice, no cycle,
     * and the count field equal to the number of entries. Throws AssertionError otherwise.
     */
    Map<Long, Long> contents(TxContext t) {
        Map<Long, Long> out = new HashMap<>();
        for (int b = 0; b < buckets; b++) {
            int steps = 0;
            for (long e = t.read(table, b); e != 0; e = t.read(e, NEXT)) {
                if (++steps > maxChain) throw new AssertionError("chain " + b + " longer than " + maxChain + ": a cycle");
                long k = t.read(e, KEY);
                if (bucket(k) != b) throw new AssertionError("key " + k + " in chain " + b + ", belongs in " + bucket(k));
                if (out.put(k, t.read(e, VALUE)) != null) throw new AssertionError("key " + k + " twice");
            }
        }
        long count = t.read(table, buckets);
        if (count != out.size()) throw new AssertionError("count field " + count + " but " + out.size() + " entries");
        return out;
    }
}

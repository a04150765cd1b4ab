package dev.weft.stm.htm;

import java.util.Arrays;

/**
 * An open-addressing map from nonzero long keys (addresses, line numbers) to longs, that
 * remembers the order of insertion and clears in time proportional to its size, not its
 * capacity: the emulator's read, write and line sets, reused from one region to the next.
 */
final class LongLongMap {
    private long[] keys;
    private long[] values;
    /** Slot indices in insertion order. */
    private int[] order;
    private int size;
    private int mask;

    LongLongMap(int capacity) {
        int c = Integer.highestOneBit(Math.max(capacity, 8) - 1) << 1;
        keys = new long[c];
        values = new long[c];
        order = new int[c / 2];
        mask = c - 1;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The slot holding {@code key}, or -1. */
    int find(long key) {
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return i;
            if (k == 0) return -1;
        }
    }

    long valueAt(int slot) {
        return values[slot];
    }

    boolean contains(long key) {
        return find(key) >= 0;
    }

    /** Sets {@code key} to {@code value}; answers whether the key is new. */
    boolean put(long key, long value) {
        if (key == 0) throw new IllegalArgumentException("key 0");
        int i = hash(key) & mask;
        for (; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return false;
            }
            if (k == 0) break;
        }
        keys[i] = key;
        values[i] = value;
        order[size++] = i;
        if (size * 2 >= keys.length) grow();
        return true;
    }

    int size() {
        return size;
    }

    /** The key inserted {@code n}th (from 0). */
    long keyAt(int n) {
        return keys[order[n]];
    }

    /** The value of the key inserted {@code n}th. */
    long valueAtOrder(int n) {
        return values[order[n]];
    }

    void clear() {
        for (int n = 0; n < size; n++) keys[order[n]] = 0;
        size = 0;
    }

    private void grow() {
        long[] oldKeys = keys, oldValues = values;
        int[] oldOrder = order;
        int n = size;
        keys = new long[oldKeys.length * 2];
        values = new long[keys.length];
        order = Arrays.copyOf(order, keys.length / 2);
        mask = keys.length - 1;
        size = 0;
        for (int j = 0; j < n; j++) {
            int s = oldOrder[j];
            put(oldKeys[s], oldValues[s]);
        }
    }
}

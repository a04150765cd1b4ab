package dev.weft.stm;

import dev.weft.stm.StmTesting.Violations;
import java.util.ArrayList;
import java.util.List;

/**
 * A sorted singly linked set of longs built of heap objects, every operation through the
 * barriers of one {@link TxContext} (the caller runs it inside a transaction).
 *
 * <p>Head: a sentinel node. Node: field 0 the key, field 1 the next node (0 at the end). A
 * deleted node is poisoned (its key made negative, its next 0) in the deleting transaction,
 * so that a traversal that ever walks onto a node removed by a committed transaction sees the
 * poison: with opacity no traversal ever does, aborted attempts included. Every traversal
 * also checks, as it goes, that keys strictly increase and that it ends within a bound (a
 * cycle seen by an inconsistent snapshot would otherwise loop for ever); what it finds wrong
 * goes to {@code violations}.
 */
final class HeapSortedList {
    static final int HEAD_TYPE = 20;
    static final int NODE_TYPE = 21;
    static final int KEY = 0;
    static final int NEXT = 1;

    final long head;
    final Violations violations;
    /** More steps than this in one traversal: a cycle. */
    final int maxLength;
    HeapSortedList(long head, Violations violations, int maxLength) {
        this.head = head;
        this.violations = violations;
        this.maxLength = maxLength;
    }

    static long create(TxContext t) {
        return t.allocate(HEAD_TYPE, 2);
    }

    /** The last node with a key below {@code key} (maybe the head): the predecessor of its place. */
    private long findPredecessor(TxContext t, long key) {
        long prev = head;
        long prevKey = Long.MIN_VALUE;
        for (int steps = 0; ; steps++) {
            long cur = t.read(prev, NEXT);
            if (cur == 0) return prev;
            long k = t.read(cur, KEY);
            if (k < 0) {
                throw violations.stop("traversal reached a deleted node 0x" + Long.toHexString(cur) + " (key " + k + ")");
            }
            if (k <= prevKey && prev != head) {
                throw violations.stop("keys not increasing: " + prevKey + " then " + k);
            }
            if (steps > maxLength) {
                throw violations.stop("traversal longer than " + maxLength + ": a cycle");
            }
            if (k >= key) return prev;
            prev = cur;
            prevKey = k;
        }
    }

    boolean insert(TxContext t, long key) {
        long prev = findPredecessor(t, key);
        long cur = t.read(prev, NEXT);
        if (cur != 0 && t.read(cur, KEY) == key) return false;
        long node = t.allocate(NODE_TYPE, 2);
        if (node == 0) throw heapFull(t);
        t.write(node, KEY, key);
        t.write(node, NEXT, cur);
        t.write(prev, NEXT, node);
        return true;
    }

    boolean delete(TxContext t, long key) {
        long prev = findPredecessor(t, key);
        long cur = t.read(prev, NEXT);
        if (cur == 0 || t.read(cur, KEY) != key) return false;
        t.write(prev, NEXT, t.read(cur, NEXT));
        t.write(cur, KEY, -1 - key); // poison
        t.write(cur, NEXT, 0);
        return true;
    }

    boolean contains(TxContext t, long key) {
        long prev = findPredecessor(t, key);
        long cur = t.read(prev, NEXT);
        return cur != 0 && t.read(cur, KEY) == key;
    }

    static AssertionError heapFull(TxContext t) {
        Collector c = t.heap().collector();
        return new AssertionError("heap full: " + c.collections() + " collections, the last found "
                + c.lastLiveBytes() + " bytes live and freed " + c.lastFreedBytes() + "; blocks in use "
                + t.heap().blocksInUse() + " by class " + classHistogram(t.heap()) + " inevitable " + t.isInevitable());
    }

    static String classHistogram(Heap h) {
        java.util.TreeMap<Integer, Integer> m = new java.util.TreeMap<>();
        for (int b = 0; b < h.freshBlockCount(); b++) m.merge((int) h.blockClass[b], 1, Integer::sum);
        return m.toString();
    }

    /** The keys in list order (the caller checks order, duplicates and length). */
    List<Long> keys(TxContext t) {
        List<Long> out = new ArrayList<>();
        long cur = t.read(head, NEXT);
        while (cur != 0) {
            if (out.size() > maxLength) throw new AssertionError("list longer than " + maxLength + ": a cycle");
            out.add(t.read(cur, KEY));
            cur = t.read(cur, NEXT);
        }
        return out;
    }
}

package dev.weft.stm;

import static dev.weft.stm.ContextLayout.READ_ENTRY;

import java.util.Arrays;

/**
 * The read filter of a transaction (docs/tm-protocol.md): (object, orec) pairs, each a
 * read-log entry, so that a read of an object the log holds at the orec it still has needs
 * no new entry. An array of {@link #SLOTS} pairs owned by the {@link TxContext}; these are
 * its rules.
 *
 * <p>An object's pair sits at its first slot ({@link #slot}), the only one the inlined fast
 * paths of the barriers look at, or at its second ({@link #slot2}), where it goes when
 * another object's new pair takes its first ({@link #file}). The slow path looks at the
 * second slot before it adds an entry, and moves a pair it finds there back to the first:
 * two objects that share a first slot and are read in turn (a loop over both) then cost a
 * call each time, not a new log entry each time (each of which the commit validates).
 *
 * <p>The slots come from a multiplicative hash of the whole address. They were address
 * bits 4-9 xor 10-15 of a 64-slot filter: bits 4-15 are an object's offset in its 64 KiB
 * block, so objects at one offset of different blocks (the first cells of each, say) always
 * met, and 93-97% of raytrace_rows' and richards_threads' logged reads were objects their
 * logs already held (docs/benchmarks.md, "A read filter that forgets less").
 */
final class ReadFilter {
    private static final int BITS = 8;
    static final int SLOTS = 1 << BITS;
    /** Up to this many log entries, {@link #clear} clears their slots one by one, not the whole filter. */
    private static final int CLEAR_BY_ENTRY = SLOTS / 4;
    /** 2^64 over the golden ratio: multiplying by it spreads every address bit into the top bits. */
    static final long MIX = 0x9E3779B97F4A7C15L;

    private ReadFilter() {}

    static long[] make() {
        return new long[2 * SLOTS];
    }

    /** obj's first slot, times 2 (the pair's index in the array): the hash's top bits. */
    static int slot(long obj) {
        return (int) ((obj * MIX) >>> (64 - BITS)) << 1;
    }

    /** obj's second slot, times 2: the hash's next bits. */
    static int slot2(long obj) {
        return ((int) ((obj * MIX) >>> (64 - 2 * BITS)) & (SLOTS - 1)) << 1;
    }

    /** Whether obj's second slot holds the pair (obj, a). */
    static boolean holdsSecond(long[] pairs, long obj, long a) {
        int g = slot2(obj);
        return pairs[g] == obj && pairs[g + 1] == a;
    }

    /**
     * Moves obj's pair (obj, a) from its second slot to its first, f ({@link #file}), and
     * answers v: the slow path's hit there, which the fast paths will see next time.
     */
    static long promote(long[] pairs, long obj, long a, int f, long v) {
        pairs[slot2(obj)] = 0;
        file(pairs, obj, a, f);
        return v;
    }

    /**
     * Puts obj's pair (a log entry's) at its first slot f; the pair there before, another
     * object's, moves to that object's second slot, and the pair that held that drops out
     * (its entry stays in the log: a later read of it adds another).
     */
    static void file(long[] pairs, long obj, long a, int f) {
        long other = pairs[f];
        if (other != 0 && other != obj) {
            int g = slot2(other);
            if (g != f) {
                pairs[g] = other;
                pairs[g + 1] = pairs[f + 1];
            }
        }
        pairs[f] = obj;
        pairs[f + 1] = a;
    }

    /**
     * Empties the filter of a log about to be emptied, from its first entry's address to
     * past its last: every pair is one of its entries, so a short log's objects have their
     * two slots cleared, a long one's whole filter is.
     */
    static void clear(long[] pairs, long logStart, long logEnd) {
        if (logEnd - logStart > (long) CLEAR_BY_ENTRY * READ_ENTRY) {
            Arrays.fill(pairs, 0L);
            return;
        }
        for (long e = logStart; e < logEnd; e += READ_ENTRY) {
            long obj = RawMemory.get(e);
            pairs[slot(obj)] = 0;
            pairs[slot2(obj)] = 0;
        }
    }
}

package dev.weft.stm.htm;

/**
 * Where a hardware transaction's read and write sets live, and when they overflow:
 * <ul>
 *   <li>the <b>write set</b> is held in a set-associative L1D ({@link EmulatorParams#sets()}
 *       sets of {@link EmulatorParams#l1dWays()} lines): a written line that finds its set
 *       full of other written lines would have to be evicted, which aborts with CAPACITY;
 *   <li>the <b>read set</b> is bounded by a count of distinct lines
 *       ({@link EmulatorParams#readSetLines()}), with no set structure, since Haswell tracks
 *       read lines beyond L1.
 * </ul>
 * Not modelled: read lines competing with written lines for L1 ways (on Haswell a read can
 * evict a written line and so abort earlier), replacement policy, and the sibling
 * hyperthread's share of L1.
 */
final class CacheModel {
    private final int sets;
    private final int ways;
    private final int lineShift;
    private final int readLimit;
    /** Per set, its written lines: {@code writeLines[set * ways + k]} for k below {@code writeCount[set]}. */
    private final long[] writeLines;
    private final int[] writeCount;
    private final LongLongMap touchedSets = new LongLongMap(64);
    private int writeTotal;
    private final LongLongMap readLines = new LongLongMap(256);

    CacheModel(EmulatorParams p) {
        sets = p.sets();
        ways = p.l1dWays();
        lineShift = Integer.numberOfTrailingZeros(p.lineBytes());
        readLimit = p.readSetLines();
        writeLines = new long[sets * ways];
        writeCount = new int[sets];
    }

    /** The set of the line holding {@code address}. */
    int setOf(long address) {
        return (int) Long.remainderUnsigned(address >>> lineShift, sets);
    }

    /** Puts the line of {@code address} in the write set; false if its set has no way left (CAPACITY). */
    boolean addWrite(long address) {
        long line = address >>> lineShift;
        int set = setOf(address);
        int base = set * ways, n = writeCount[set];
        for (int k = 0; k < n; k++) if (writeLines[base + k] == line) return true;
        if (n == ways) return false;
        writeLines[base + n] = line;
        if (n == 0) touchedSets.put(set + 1L, 0);
        writeCount[set] = n + 1;
        writeTotal++;
        return true;
    }

    /** Puts the line of {@code address} in the read set; false if that makes too many lines (CAPACITY). */
    boolean addRead(long address) {
        long line = address >>> lineShift;
        if (readLines.contains(line)) return true;
        if (readLines.size() == readLimit) return false;
        readLines.put(line, 0);
        return true;
    }

    int writeLineCount() {
        return writeTotal;
    }

    int readLineCount() {
        return readLines.size();
    }

    void clear() {
        for (int n = 0; n < touchedSets.size(); n++) writeCount[(int) touchedSets.keyAt(n) - 1] = 0;
        touchedSets.clear();
        writeTotal = 0;
        readLines.clear();
    }
}

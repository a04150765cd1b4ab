package dev.weft.stm;

import java.util.ArrayList;
import java.util.List;

/** The last N conflict records, in a ring; cheap enough to keep on always. */
public final class ConflictLog {
    private final ConflictRecord[] ring;
    private long next;

    ConflictLog(int size) {
        ring = new ConflictRecord[Math.max(1, size)];
    }

    synchronized void add(ConflictRecord r) {
        ring[(int) (next++ % ring.length)] = r;
    }

    /** The records kept, oldest first. */
    public synchronized List<ConflictRecord> snapshot() {
        List<ConflictRecord> out = new ArrayList<>();
        long first = Math.max(0, next - ring.length);
        for (long i = first; i < next; i++) out.add(ring[(int) (i % ring.length)]);
        return out;
    }

    /** How many records were ever added (some may have left the ring). */
    public synchronized long total() {
        return next;
    }
}

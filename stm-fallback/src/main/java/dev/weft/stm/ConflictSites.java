package dev.weft.stm;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a transaction touched what it conflicted over: kept only while the conflict log is
 * written to a file ({@link ConflictLog#writeTo}), since it costs a guest traceback at every
 * first read and first write of an object.
 *
 * <p>A conflict has two sides, and each needs the place of its own access:
 * <ul>
 *   <li>the read of an object, for a read that is found stale at validation (the read came
 *       long before the abort): {@link #readSites}, by read-log entry;
 *   <li>the first write of an object, for the other side of a conflict on an object this
 *       transaction has locked (another thread asks, from its own thread, while this one
 *       runs: so a concurrent map), and, after the commit, for a reader whose validation the
 *       commit broke ({@link Heap#lastWriters}, the last committed write site of each object,
 *       bounded);
 *   <li>the place where a winner asked this transaction to abort ({@link #killerSite}).
 * </ul>
 * A site is what the interpreter's {@link Locator} answers: the guest traceback as a JSON
 * array, outermost frame first.
 */
public final class ConflictSites {
    /** Answers the calling thread's guest position (a JSON array of [file, line, function]). */
    @FunctionalInterface
    public interface Locator {
        String here();
    }

    /** A committed write: by which thread (slot), where. */
    record Write(int slot, String site) {}

    private final Locator locator;
    private String[] readSites = new String[64];
    final Map<Long, String> writeSites = new ConcurrentHashMap<>();
    volatile String killerSite;

    ConflictSites(Locator locator) {
        this.locator = locator;
    }

    String here() {
        try {
            return locator.here();
        } catch (RuntimeException e) {
            return null; // a position is a nicety; never let it fail an access
        }
    }

    void read(int entry) {
        if (entry >= readSites.length) readSites = java.util.Arrays.copyOf(readSites, Math.max(entry + 1, readSites.length * 2));
        readSites[entry] = here();
    }

    String readSite(int entry) {
        return entry >= 0 && entry < readSites.length ? readSites[entry] : null;
    }

    void wrote(long obj) {
        writeSites.putIfAbsent(obj, String.valueOf(here()));
    }

    String writeSite(long obj) {
        String s = writeSites.get(obj);
        return s == null || s.equals("null") ? null : s;
    }

    /**
     * The record of tx's abort, with both sides' positions: this side's at its access of the
     * object (for a stale read, where it read it; for a kill, where it wrote what the winner
     * wanted), and the other side's (where the owner of the lock wrote the object, where the
     * last committer wrote it, or where the winner was when it asked).
     */
    ConflictRecord abort(TxContext tx, AbortCause cause, long obj, int otherSlot, String access, long attemptStart) {
        String here, there = null, theirs = null;
        TxContext other = otherSlot > 0 ? tx.heap().slots[otherSlot] : null;
        switch (cause) {
            case VALIDATION -> {
                here = readSite(tx.readEntryOf(obj));
                access = "read";
                // The orec says who broke the read: a transaction that holds it locked now
                // (not committed yet: its first write of the object), or the last one to
                // release it (whose recorded write is the heap's last write of the object,
                // if that is the one recorded; an abort releases too). In a run of
                // btree_atomic a third of the validation records named the reader's own
                // earlier commit as the other side when they looked only at the last write.
                long a = TxContext.orec(obj);
                int writer = ObjectLayout.isLocked(a) ? ObjectLayout.owner(a) : ObjectLayout.writer(a);
                if (writer != 0 && writer != tx.slot()) {
                    otherSlot = writer;
                    theirs = "write";
                    if (ObjectLayout.isLocked(a)) {
                        TxContext owner = tx.heap().slots[writer];
                        ConflictSites s = owner != null ? owner.sites() : null;
                        there = s != null ? s.writeSite(obj) : null;
                    } else {
                        Write w = tx.heap().lastWriteOf(obj);
                        there = w != null && w.slot() == writer ? w.site() : null;
                    }
                }
            }
            case KILLED -> {
                // obj is what the winner wanted (this side wrote it) when the request said so,
                // else the object of the barrier that noticed: then where this side is now
                here = writeSite(obj);
                if (here != null) access = "write";
                else here = here();
                there = killerSite;
            }
            case READ_WRITE, WRITE_WRITE, INEVITABLE -> {
                here = here();
                if (other != null && other.sites() != null) there = other.sites().writeSite(obj);
                theirs = "write";
            }
            default -> here = here();
        }
        ended();
        int type = obj != 0 ? ObjectLayout.type(RawMemory.get(obj)) : 0;
        return new ConflictRecord(cause, obj, type, tx.slot(), otherSlot, here, there, System.nanoTime() - attemptStart, false, access, theirs, tx.attempt());
    }

    /** The record of a wait: tx won a conflict over obj with owner and waited since {@code start}. */
    ConflictRecord waited(TxContext tx, TxContext owner, AbortCause cause, long obj, String at, String there, String access, long start) {
        int type = ObjectLayout.type(RawMemory.get(obj));
        return new ConflictRecord(cause, obj, type, tx.slot(), owner != null ? owner.slot() : 0, at, there,
                System.nanoTime() - start, true, access, "write", tx.attempt());
    }

    /**
     * The record of a wait at tx's begin, of {@code nanos}, for the transaction of context
     * {@code loner}, which ran alone; {@code there} is where that one ended, when known.
     */
    ConflictRecord waitedForAlone(TxContext tx, int loner, String there, long nanos) {
        return new ConflictRecord(AbortCause.ALONE, 0, 0, tx.slot(), loner, here(), there, nanos, true, "begin", "run alone", tx.attempt());
    }

    /** The transaction committed: its write sites become the objects' last writes. */
    void committed(Heap heap, int slot) {
        for (Map.Entry<Long, String> e : writeSites.entrySet()) heap.lastWrite(e.getKey(), new Write(slot, e.getValue()));
        ended();
    }

    void ended() {
        writeSites.clear();
        killerSite = null;
    }
}

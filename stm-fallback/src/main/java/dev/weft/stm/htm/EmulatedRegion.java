package dev.weft.stm.htm;

import static dev.weft.htm.RtmStatus.CAPACITY;
import static dev.weft.htm.RtmStatus.COMMITTED;
import static dev.weft.htm.RtmStatus.CONFLICT;
import static dev.weft.htm.RtmStatus.EXPLICIT;
import static dev.weft.htm.RtmStatus.NESTED;
import static dev.weft.htm.RtmStatus.RETRY;
import static dev.weft.stm.ObjectLayout.OREC;
import static dev.weft.stm.ObjectLayout.fieldCount;
import static dev.weft.stm.ObjectLayout.fieldOffset;
import static dev.weft.stm.ObjectLayout.isLocked;
import static dev.weft.stm.ObjectLayout.nextVersion;
import static dev.weft.stm.ObjectLayout.unlocked;
import static dev.weft.stm.ObjectLayout.version;

import dev.weft.stm.Heap;
import dev.weft.stm.HtmHooks;
import dev.weft.stm.ObjectLayout;
import dev.weft.stm.RawMemory;
import dev.weft.stm.TxContext;
import java.util.SplittableRandom;

/**
 * One thread's emulated hardware region, reused from one transaction to the next. See
 * {@link RtmEmulator} for the contract and the design of the commit.
 *
 * <p>State of a running region: {@code rv} (the clock value its snapshot is valid at), the
 * access set (each object it touched, and the orec it saw there first), the written objects,
 * the write buffer (field address to value) and the cache model. Nothing of it is visible to
 * other threads until the commit, so an abort is just forgetting it.
 */
final class EmulatedRegion implements HtmRegion {
    /**
     * The orec value of "locked by a committing emulated region": {@code lockWord(0)}. Slot 0
     * is never given to a thread (slots are 1..MAX_SLOTS), so no software transaction takes it
     * for its own, and one that meets it finds no owner context: TxContext's contention
     * manager then treats the lock as one it beats and waits for the orec to change, which
     * is right for a commit that never waits for anything and lasts a few stores.
     */
    static final long LOCKED = ObjectLayout.lockWord(0);
    /** Haswell's MAX_RTM_NEST_COUNT: a deeper XBEGIN aborts. */
    static final int MAX_NESTING = 7;
    private static final int CONFLICT_RETRY = CONFLICT | RETRY;

    final TxContext ctx;
    private final Heap heap;
    private final long clockAddress;
    private final boolean checkPointers;
    private final CacheModel cache;
    private final LongLongMap access = new LongLongMap(64);
    private final LongLongMap written = new LongLongMap(16);
    private final LongLongMap buffer = new LongLongMap(32);
    private final HtmAbort abort = new HtmAbort();

    private final SplittableRandom random;
    private final boolean injecting;
    private final double pConflict, pRetry, pExplicit;
    private final int explicitCode;

    private long rv;
    private int depth;
    private boolean aborted;

    EmulatedRegion(TxContext ctx, EmulatorParams p) {
        this.ctx = ctx;
        this.heap = ctx.heap();
        this.clockAddress = heap.clockAddress;
        this.checkPointers = heap.params().checkPointers();
        this.cache = new CacheModel(p);
        this.random = new SplittableRandom(p.seed() ^ (ctx.slot() * 0x9E3779B97F4A7C15L));
        this.pConflict = p.injectConflict();
        this.pRetry = pConflict + p.injectRetry();
        this.pExplicit = pRetry + p.injectExplicit();
        this.injecting = pExplicit > 0;
        this.explicitCode = p.explicitCode();
    }

    // ---------------------------------------------------------------------------------------
    // XBEGIN ... XEND

    int run(HtmBody body) {
        if (depth > 0) return runNested(body);
        HtmHooks.enterRegion(ctx); // the collector's safepoint handshake, as for a software transaction
        try {
            rv = clock();
            aborted = false;
            depth = 1;
            try {
                body.run(this);
            } catch (HtmAbort e) {
                return aborted ? abort.status : 0;
            } catch (RuntimeException e) {
                // A fault in the body: like a page fault inside RTM, the region aborts with no
                // reason given (status 0) and the exception is not delivered; the software
                // re-run meets it again, if it is real, and throws it there.
                return aborted ? abort.status : 0;
            }
            if (aborted) return abort.status; // the body caught an abort: it stays aborted
            return commit();
        } finally {
            depth = 0;
            access.clear();
            written.clear();
            buffer.clear();
            cache.clear();
            HtmHooks.leaveRegion(ctx);
        }
    }

    /** Flat nesting, as RTM: the inner body is part of the outer region; its abort aborts the outer (with NESTED). */
    private int runNested(HtmBody body) {
        if (aborted) throw abort;
        if (depth == MAX_NESTING) throw abort(0);
        depth++;
        try {
            body.run(this);
        } finally {
            depth--;
        }
        return COMMITTED;
    }

    // ---------------------------------------------------------------------------------------
    // Barriers

    @Override
    public long read(long obj, int i) {
        enter(obj, i);
        long field = obj + fieldOffset(i);
        int s = access.find(obj);
        long seen = s >= 0 ? access.valueAt(s) : track(obj);
        int b = buffer.find(field);
        if (b >= 0) return buffer.valueAt(b);
        if (!cache.addRead(field)) throw abort(CAPACITY);
        long v = RawMemory.getAcquire(field);
        // The orec is the one first seen, after the load: the value belongs to that version.
        // (An orec never comes back to a value it left once data changed under it: software
        // writers release with a new version, committing regions too, and a region that fails
        // its commit restores the old orec only because it wrote no data.)
        if (orec(obj) != seen) throw abort(CONFLICT_RETRY);
        return v;
    }

    @Override
    public void write(long obj, int i, long value) {
        enter(obj, i);
        long field = obj + fieldOffset(i);
        int s = access.find(obj);
        if (s < 0) {
            track(obj);
        } else if (orec(obj) != access.valueAt(s)) {
            throw abort(CONFLICT_RETRY); // real RTM would have aborted when the other wrote it
        }
        if (!written.contains(obj)) {
            if (!cache.addWrite(obj + OREC)) throw abort(CAPACITY); // the commit stamps it
            written.put(obj, 0);
        }
        if (!cache.addWrite(field)) throw abort(CAPACITY);
        buffer.put(field, value);
    }

    @Override
    public long readImmutable(long obj, int i) {
        enter(obj, i);
        long field = obj + fieldOffset(i);
        int b = buffer.find(field);
        if (b >= 0) return buffer.valueAt(b);
        if (!cache.addRead(field)) throw abort(CAPACITY);
        return RawMemory.get(field);
    }

    /** Allocation needs the software allocator and its undo log: the region gives up (documented). */
    @Override
    public long allocate(int type, int fields) {
        if (aborted) throw abort;
        throw abort(EXPLICIT | ABORT_NEEDS_SOFTWARE << 24);
    }

    @Override
    public void xabort(int code) {
        if (code < 0 || code > 255) throw new IllegalArgumentException("xabort code " + code + " not in 0..255");
        if (aborted) throw abort;
        throw abort(EXPLICIT | code << 24);
    }

    private void enter(long obj, int i) {
        if (aborted) throw abort;
        if (depth == 0) throw new IllegalStateException("hardware region barrier used outside its region");
        if (checkPointers) checkAccess(obj, i);
        if (injecting) inject();
    }

    /**
     * The first access to {@code obj} in this region: the compiled barrier's orec test, plus
     * what keeps the region's snapshot consistent (opacity). A version newer than the
     * snapshot is accepted only if everything read so far is unchanged (the snapshot moves
     * forward); otherwise the region aborts as if a conflict had been detected when it
     * happened. Answers the orec seen, now remembered.
     */
    private long track(long obj) {
        for (;;) {
            long a = orec(obj);
            if (isLocked(a)) throw abort(EXPLICIT | ABORT_LOCKED_OREC << 24);
            if (version(a) > rv) {
                long now = heap.advanceClock(version(a)); // commits do not advance G (GV5)
                if (!unchanged()) throw abort(CONFLICT_RETRY);
                rv = now;
                continue;
            }
            if (!cache.addRead(obj + OREC)) throw abort(CAPACITY);
            access.put(obj, a);
            return a;
        }
    }

    /** Whether every object touched so far still has the orec first seen there. */
    private boolean unchanged() {
        for (int n = 0, size = access.size(); n < size; n++) {
            if (orec(access.keyAt(n)) != access.valueAtOrder(n)) return false;
        }
        return true;
    }

    private void inject() {
        double u = random.nextDouble();
        if (u >= pExplicit) return;
        if (u < pConflict) throw abort(CONFLICT_RETRY);
        if (u < pRetry) throw abort(RETRY);
        throw abort(EXPLICIT | explicitCode << 24);
    }

    private HtmAbort abort(int status) {
        aborted = true;
        abort.status = depth > 1 ? status | NESTED : status;
        return abort;
    }

    private int failed(int status) {
        aborted = true;
        abort.status = status;
        return status;
    }

    // ---------------------------------------------------------------------------------------
    // XEND

    /**
     * The commit, atomic with respect to software transactions and other regions through the
     * orecs themselves (TL2's commit; RtmEmulator explains why it is atomic):
     * lock every written object's orec from the value seen, tick G, validate every object
     * only read, write the buffered data, release the orecs with the new version.
     */
    private int commit() {
        if (injecting) {
            try {
                inject();
            } catch (HtmAbort e) {
                return abort.status;
            }
        }
        int w = written.size();
        if (w == 0) return COMMITTED; // read-only: all its reads were one snapshot, that of rv
        if (!cache.addWrite(clockAddress)) return failed(CAPACITY); // the commit writes G
        for (int n = 0; n < w; n++) {
            long obj = written.keyAt(n);
            long seen = access.valueAt(access.find(obj));
            if (!RawMemory.compareAndSet(obj + OREC, seen, LOCKED)) {
                unlock(n);
                return failed(CONFLICT_RETRY);
            }
        }
        long wv = RawMemory.getAndAdd(clockAddress, 1L) + 1;
        for (int n = 0, size = access.size(); n < size; n++) {
            long obj = access.keyAt(n);
            if (written.contains(obj)) continue; // locked from exactly the orec seen
            if (orec(obj) != access.valueAtOrder(n)) {
                unlock(w);
                return failed(CONFLICT_RETRY);
            }
        }
        for (int n = 0, size = buffer.size(); n < size; n++) {
            RawMemory.setRelease(buffer.keyAt(n), buffer.valueAtOrder(n));
        }
        for (int n = 0; n < w; n++) {
            long obj = written.keyAt(n);
            long seen = access.valueAt(access.find(obj));
            RawMemory.setRelease(obj + OREC, unlocked(nextVersion(wv, seen))); // writer 0: none
        }
        return COMMITTED;
    }

    /**
     * Gives back the first {@code n} written objects' orecs, restoring the value seen: no data
     * was written under these locks, so the old version is still the truth (unlike a software
     * abort, which restores data and so must publish a new version).
     */
    private void unlock(int n) {
        for (int k = 0; k < n; k++) {
            long obj = written.keyAt(k);
            RawMemory.setRelease(obj + OREC, access.valueAt(access.find(obj)));
        }
    }

    // ---------------------------------------------------------------------------------------

    private long clock() {
        return RawMemory.getVolatile(clockAddress);
    }

    private static long orec(long obj) {
        return RawMemory.getAcquire(obj + OREC);
    }

    private void checkAccess(long obj, int i) {
        if (!heap.isObject(obj)) throw new IllegalStateException("not a heap object: 0x" + Long.toHexString(obj));
        int n = fieldCount(RawMemory.get(obj));
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("field " + i + " of a " + n + "-field object at 0x" + Long.toHexString(obj));
        }
    }
}

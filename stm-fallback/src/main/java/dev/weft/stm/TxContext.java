package dev.weft.stm;

import static dev.weft.stm.ContextLayout.*;
import static dev.weft.stm.Heap.MEMORY;
import static dev.weft.stm.ObjectLayout.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.util.SplittableRandom;

/**
 * One thread's view of the {@link Heap}: its context block, its allocation buffers and its
 * software transaction, with the barriers of docs/tm-protocol.md.
 *
 * <p>The transaction descriptor lives in the native context block ({@link ContextLayout}), not
 * in Java fields, so that generated code and these methods share one read log, one undo log
 * and one status word. The fast paths are:
 * <ul>
 *   <li>read of an object this transaction locked or allocated: one orec load and compare;
 *   <li>read of an object already in the read log at the orec it has now (the read filter):
 *       two orec loads around the field load, no new entry;
 *   <li>read of any other object: two orec loads around the field load, a version compare and
 *       a 16-byte read-log append (about a dozen instructions);
 *   <li>write of an object already locked: one orec load and compare, then the store;
 *   <li>first write of an object: one CAS on its orec and a copy of its fields to the undo log.
 * </ul>
 * Everything else (a locked orec, a version newer than the snapshot, a full log) goes to the
 * slow paths below. Not thread-safe: one context belongs to one thread.
 */
public final class TxContext implements AutoCloseable {
    final Heap heap;
    final int slot;
    final long lockWord, readLockWord;
    /** The context block's address. */
    public final long address;
    private final Arena arena = Arena.ofShared();
    final boolean checkPointers;
    private final TxAbort abort = new TxAbort();
    final GrowingReads growing = new GrowingReads(this);
    /** This context's side of conflicts: who asked it to abort, waits for locks. */
    final Contention contention = new Contention(this);
    /** How it becomes inevitable, and the inevitable's reads. */
    private final Inevitability inevitability = new Inevitability(this);
    /** Whether its transactions run alone, and the wait for one that does. */
    final Alone alone = new Alone(this);
    /** What its commits wrote since the last collection: the young collection's old roots. */
    final Remembered remembered = new Remembered(this);
    /** Begins so far (not those within another's transaction): what {@link Alone} watches. */
    volatile long begins;

    /** Between begin and commit/abort (read by the collector's safepoint handshake). */
    volatile boolean inTransaction;
    boolean inevitable;
    private long attemptStart;
    /** When this transaction became inevitable (for the inevitable time in {@link TmStats}). */
    long inevitableSince;
    /** Guest positions of accesses, while the conflict log goes to a file; else null. */
    ConflictSites sites;
    private int consecutiveAborts;
    /** Collections run for the current logical transaction (see {@link #outOfMemory}). */
    int collectionsThisTransaction;
    /** At most this many collections for one logical transaction before its allocation answers 0. */
    static final int MAX_COLLECTIONS_PER_TRANSACTION = 4;
    /** Bytes (cells) this attempt allocated, plus the request at an abort for a collection; and
     * the earlier attempts' since the last collection, from which the collector counts the dead. */
    long attemptBytes, bytesWanted, earlierAttemptsBytes;
    /** The guest's source position, set by the interpreter; copied into conflict records. */
    public volatile Object location;

    private double injectRate;
    /** Pointers checked or aborts injected: the barriers skip their fast paths. */
    private boolean checked;
    /**
     * How this attempt reads, one test on the fast paths: {@link #FAST} (the read filter),
     * {@link #CHECKED} (every read the slow way: {@link #checked}) or {@link #ALONE} (plain
     * loads: the transaction runs alone, see {@link Alone}).
     */
    private byte readMode;
    static final byte FAST = 0, CHECKED = 1, ALONE = 2;
    private SplittableRandom injectRandom;

    TxContext(Heap heap, int slot) {
        this.heap = heap;
        this.slot = slot;
        this.lockWord = ObjectLayout.lockWord(slot);
        this.readLockWord = ObjectLayout.readLockWord(slot);
        this.checkPointers = heap.params.checkPointers();
        this.checked = checkPointers;
        MemorySegment block = arena.allocate(SIZE, 64);
        this.address = block.address();
        put(HEAP_BASE, heap.base);
        put(LOCK_WORD, lockWord);
        put(CLOCK_ADDRESS, heap.clockAddress);
        put(ALONE_ADDRESS, heap.aloneAddress);
        MemorySegment readLog = arena.allocate(4096 * READ_ENTRY, 8);
        put(READ_LOG_CURSOR, readLog.address());
        put(READ_LOG_LIMIT, readLog.address() + readLog.byteSize());
        readLogStart = readLog.address();
        MemorySegment undoLog = arena.allocate(64 * 1024, 8);
        put(UNDO_LOG_CURSOR, undoLog.address());
        put(UNDO_LOG_LIMIT, undoLog.address() + undoLog.byteSize());
        undoLogStart = undoLog.address();
    }

    long readLogStart, undoLogStart;

    /** The read filter ({@link ReadFilter}): (object, orec) pairs that are read-log entries. */
    final long[] readFilter = ReadFilter.make();

    /** Empties the read log, and with it the read filter, whose pairs must be log entries. */
    void resetReadLog() {
        ReadFilter.clear(readFilter, readLogStart, get(READ_LOG_CURSOR));
        put(READ_LOG_CURSOR, readLogStart);
        growing.reset();
    }

    /** The index of obj's entry in the read log, or -1. */
    int readEntryOf(long obj) {
        for (long e = readLogStart, end = get(READ_LOG_CURSOR); e < end; e += READ_ENTRY) {
            if (RawMemory.get(e) == obj) return (int) ((e - readLogStart) / READ_ENTRY);
        }
        return -1;
    }

    ConflictSites sites() {
        return sites;
    }

    /** How many entries the read log holds now (for tests). */
    int readLogEntries() {
        return (int) ((get(READ_LOG_CURSOR) - readLogStart) / READ_ENTRY);
    }

    public int slot() {
        return slot;
    }

    /** Records guest positions (from {@code locator}) for the conflict log, which must be writing to a file. */
    public void recordSites(ConflictSites.Locator locator) {
        sites = locator == null ? null : new ConflictSites(locator);
    }

    public Heap heap() {
        return heap;
    }

    // ---------------------------------------------------------------------------------------
    // Context block access

    long get(int offset) {
        return RawMemory.get(address + offset);
    }

    void put(int offset, long value) {
        RawMemory.set(address + offset, value);
    }

    long status() {
        return RawMemory.getAcquire(address + STATUS);
    }

    static long orec(long obj) {
        return RawMemory.getAcquire(obj + OREC);
    }

    public boolean isInTransaction() {
        return inTransaction;
    }

    /**
     * Set by an abort, before the transaction ends, when {@link #holdAfterAbort} was asked for:
     * the thread's own state (an interpreter's frames) still shows the aborted attempt, whose
     * objects the collector frees, until the owner puts it back and calls {@link #settled}. A
     * collection waits for it as for a running transaction. The next begin settles too.
     */
    volatile boolean settling;
    private boolean holdAfterAbort;

    /** Every abort of this context holds collections off until {@link #settled} (or the next begin). */
    public void holdAfterAbort() {
        holdAfterAbort = true;
    }

    /** The owner has undone its own side of the last abort: collections may run. */
    public void settled() {
        settling = false;
    }

    public boolean isInevitable() {
        return inevitable;
    }

    long ticket() {
        return get(TICKET);
    }

    /** Which attempt of its transaction the running (or just aborted) one is: 1 for the first. */
    int attempt() {
        return consecutiveAborts + 1;
    }

    /**
     * Asks this context's transaction to abort (another thread's contention manager calls
     * this). Fails if it is committing, inevitable or not running; it then ends on its own.
     */
    boolean requestAbort() {
        return RawMemory.compareAndSet(address + STATUS, ACTIVE, ABORT_REQUESTED);
    }

    /**
     * {@link #requestAbort()} by the transaction of {@code by}, which the victim waits for
     * before its retry ({@link Contention#waitForKiller}).
     */
    boolean requestAbort(TxContext by) {
        contention.askedBy(by);
        return requestAbort();
    }


    // ---------------------------------------------------------------------------------------
    // Begin, commit, abort

    /** Begins a new transaction (a new logical transaction: it gets a new age). */
    public void begin() {
        begin(true, false);
    }

    /** Begins a transaction that is inevitable from its start: it will not abort. */
    public void beginInevitable() {
        begin(true, true);
    }

    /**
     * Begins the next attempt of the transaction that last aborted on this context. It keeps
     * its age, so that a transaction that keeps losing becomes the oldest and wins its
     * conflicts; and if it aborted because another transaction asked it to, it first waits,
     * holding nothing, until that one has ended ({@link Contention#waitForKiller}): a retry
     * that keeps its age and starts at once takes the same lock again before the asker sees
     * it free, and is asked again (a two-thread interpreter probe was killed 20 times in a
     * row so, before the interpreter's retries came here). {@code asInevitable}: the attempt
     * runs inevitable (after too many aborts).
     */
    public void beginRetry(boolean asInevitable) {
        if (abort.cause == AbortCause.KILLED) contention.waitForKiller();
        begin(false, asInevitable);
    }

    /**
     * Begins a transaction on a thread that is already inside a transaction of another context
     * (the VM's own allocations for a guest transaction). It does not wait for a collection:
     * none can start while the enclosing transaction runs (the collector waits for it), and
     * waiting here would wait for the enclosing transaction to end, which it cannot.
     */
    public void beginWithin() {
        if (inTransaction) throw new IllegalStateException("begin: a transaction is already running on this thread");
        inTransaction = true;
        start(true, false, false); // on the thread of the enclosing one: never alone, never waits
    }

    private void begin(boolean newLogical, boolean asInevitable) {
        if (inTransaction) throw new IllegalStateException("begin: a transaction is already running on this thread");
        settling = false;
        begins++;
        heap.collector.enterTransaction(this);
        start(newLogical, asInevitable, alone.arrive(heap.params.runAlone() && !checked));
    }

    private void start(boolean newLogical, boolean asInevitable, boolean runAlone) {
        readMode = runAlone ? ALONE : checked ? CHECKED : FAST;
        long now = heap.clock();
        attemptStart = System.nanoTime();
        if (newLogical) {
            // Age without a shared counter: the monotonic time of the first attempt (since the
            // heap started), ties broken by slot (MAX_SLOTS < 1024). Older = smaller; kept
            // across retries.
            put(TICKET, (attemptStart - heap.startNanos) << 10 | slot);
            consecutiveAborts = 0;
            collectionsThisTransaction = 0;
        }
        earlierAttemptsBytes += attemptBytes;
        attemptBytes = 0;
        put(READ_VERSION, now);
        RawMemory.setRelease(address + STATUS, ACTIVE);
        if (asInevitable) becomeInevitable();
    }

    /**
     * Commits. Throws {@link TxAbort} (with everything rolled back) if the transaction was
     * asked to abort or its reads no longer hold.
     */
    public void commit() {
        requireActive("commit");
        if (inevitable) {
            if (sites != null) sites.committed(heap, slot);
            release(tick(), false);
            RawMemory.setRelease(address + STATUS, INACTIVE);
            heap.inevitable = 0;
            inevitable = false;
            put(INEVITABLE, 0);
            finished();
            heap.stats.commits.increment();
            heap.stats.inevitableCommits.increment();
            heap.stats.inevitableNanos.add(System.nanoTime() - inevitableSince);
            return;
        }
        if (!RawMemory.compareAndSet(address + STATUS, ACTIVE, COMMITTING)) {
            throw rollback(AbortCause.KILLED, 0, 0);
        }
        heap.stats.loggedReads.add(readLogEntries());
        if (get(UNDO_LOG_CURSOR) == undoLogStart) { // read-only: nothing to publish
            if (sites != null) sites.ended();
            resetReadLog();
            RawMemory.setRelease(address + STATUS, INACTIVE);
            finished();
            heap.stats.commits.increment();
            heap.stats.readOnlyCommits.increment();
            return;
        }
        long wv = tick();
        // always validate: with G not advanced by commits, wv == rv + 1 no longer proves
        // that nothing committed since this transaction began
        if (!validate()) {
            throw rollback(AbortCause.VALIDATION, validationFailure, 0);
        }
        if (sites != null) sites.committed(heap, slot);
        release(wv, false);
        RawMemory.setRelease(address + STATUS, INACTIVE);
        finished();
        heap.stats.commits.increment();
    }

    /** Aborts the running transaction: its writes are undone and its locks released. */
    public void abort(AbortCause cause) {
        requireActive("abort");
        if (inevitable) throw new IllegalStateException("abort: an inevitable transaction cannot abort");
        rollback(cause, 0, 0);
    }

    void requireActive(String what) {
        if (!inTransaction) throw new IllegalStateException(what + ": no transaction is running on this thread");
    }

    private void finished() {
        consecutiveAborts = 0;
        alone.refused = false;
        if (readMode == ALONE) { // a commit (a rollback ends its own way): it holds nothing now
            heap.stats.aloneCommits.increment();
            alone.ended();
        }
        inTransaction = false;
        heap.collector.leftTransaction(this);
    }

    /**
     * The version a commit (or an abort's release) publishes at: G + 1, without advancing G
     * (TL2's GV5). Advancing G at every commit would move its cache line between the cores
     * of any two committing threads, even ones that share nothing: that alone capped two
     * threads on disjoint objects at one thread's throughput. A transaction that begun before
     * this commit has rv &lt;= G &lt; G + 1, so it still sees these objects as too new; one
     * that meets such a version advances G itself ({@link Heap#advanceClock}).
     */
    long tick() {
        return heap.clock() + 1;
    }

    /**
     * Undoes every write, releases every lock with a new version (never the old one: a reader
     * that loaded a value written here must see the orec change), records the conflict, and
     * answers the abort to throw.
     */
    TxAbort rollback(AbortCause cause, long object, int otherSlot) {
        if (cause == AbortCause.KILLED && otherSlot == 0) {
            TxContext k = contention.killer; // the record names who asked, when it is known
            if (k != null && k != this) otherSlot = k.slot;
        }
        // with positions recorded, the record is made first: a read's position is kept by its log entry
        long killedOver = contention.killedOver;
        ConflictRecord sited = sites == null ? null
                : sites.abort(this, cause, cause == AbortCause.KILLED && killedOver != 0 ? killedOver : object, otherSlot, contention.access, attemptStart);
        contention.access = null;
        contention.killedOver = 0;
        int attempt = attempt();
        boolean wrote = get(UNDO_LOG_CURSOR) != undoLogStart;
        if (wrote) {
            for (long e = undoLogStart, end = get(UNDO_LOG_CURSOR); e < end; ) {
                long obj = RawMemory.get(e);
                long n = RawMemory.get(e + 16);
                if (n > 0) MemorySegment.copy(MEMORY, e + 24, MEMORY, obj + FIELDS, n * 8);
                e += 24 + Math.max(n, 0) * 8;
            }
            release(tick(), true);
        }
        resetReadLog();
        RawMemory.setRelease(address + STATUS, INACTIVE);
        consecutiveAborts++;
        if (holdAfterAbort) settling = true; // before the flag a collector waits on is cleared
        if (readMode == ALONE) alone.ended();
        inTransaction = false;
        heap.collector.leftTransaction(this);
        long ran = System.nanoTime() - attemptStart;
        heap.stats.aborted(cause, ran);
        TxContext other = otherSlot > 0 ? heap.slots[otherSlot] : null;
        heap.conflicts.add(sited != null ? sited : new ConflictRecord(cause, object, object != 0 ? type(RawMemory.get(object)) : 0,
                slot, otherSlot, location, other != null ? other.location : null, ran, attempt));
        abort.cause = cause;
        return abort;
    }

    /**
     * Publishes: every orec in the undo log gets version {@code wv} (or one past the version
     * it replaced, if that is higher) with this thread as writer; the logs are emptied. After
     * an abort ({@code aborted}, the undo copies back), an object it wrote keeps its version,
     * with the next incarnation ({@link ObjectLayout#afterAbort}), so that readers that read it
     * before this transaction locked it stay valid; before, every abort published a new
     * version, and in a logged run of btree_atomic (2 threads) about a quarter of the
     * validation aborts were readers that such a release had failed.
     */
    private void release(long wv, boolean aborted) {
        boolean keep = inevitable && !aborted; // what an inevitable commit did not change keeps its version
        boolean remember = !aborted && heap.collector.generational;
        for (long e = undoLogStart, end = get(UNDO_LOG_CURSOR); e < end; ) {
            long obj = RawMemory.get(e);
            long before = RawMemory.get(e + 8);
            long n = RawMemory.get(e + 16);
            boolean onlyRead = RawMemory.get(obj + OREC) == readLockWord;
            if (remember && n != Allocation.MADE && !onlyRead) remembered.add(obj); // made here: young
            boolean same = aborted ? n >= 0 : keep && n >= 0
                    && MEMORY.asSlice(e + 24, 8 * n).mismatch(MEMORY.asSlice(obj + FIELDS, 8 * n)) < 0;
            long orec = onlyRead ? before // only read: as it was
                    : same ? afterAbort(before, wv, slot) : unlocked(nextVersion(wv, before), slot);
            RawMemory.setRelease(obj + OREC, orec);
            e += 24 + Math.max(n, 0) * 8;
        }
        put(UNDO_LOG_CURSOR, undoLogStart);
        resetReadLog();
    }

    // ---------------------------------------------------------------------------------------
    // Barriers

    /** Field {@code i} of {@code obj}, as of this transaction's snapshot. */
    public long read(long obj, int i) {
        if (readMode != FAST) return readMode == ALONE ? RawMemory.get(obj + FIELDS + 8L * i) : readChecked(obj, i);
        // Plain loads ordered by load-load fences: on x86 the fences cost nothing (loads are
        // not reordered with loads) and the loads skip the aligned handle's alignment check.
        long a = RawMemory.get(obj + OREC);
        VarHandle.loadLoadFence();
        if (a == lockWord) return RawMemory.get(obj + FIELDS + 8L * i);
        int f = ReadFilter.slot(obj);
        if (readFilter[f] == obj && readFilter[f + 1] == a) {
            // a log entry: unlocked, not too new (rv only grows), validated; the value is its
            // if the orec still holds that entry's after the load. Small enough for C2 to
            // inline; an abort request is noticed on the slow paths and at pollKilled.
            long v = RawMemory.get(obj + FIELDS + 8L * i);
            VarHandle.loadLoadFence();
            if (RawMemory.get(obj + OREC) == a) return v;
        }
        return readLogged(obj, i, a, f);
    }

    /**
     * Field {@code j} of {@code obj} if its field {@code i} holds {@code expected}, else
     * {@code otherwise}; both fields as of this transaction's snapshot, and field j loaded
     * only when field i matched. What an interpreter's attribute cache does (the shape, then
     * the slot it names) with one barrier instead of two: the fast paths check the orec once
     * around both loads.
     */
    public long readIfSame(long obj, int i, long expected, int j, long otherwise) {
        if (readMode == ALONE) {
            return RawMemory.get(obj + FIELDS + 8L * i) == expected ? RawMemory.get(obj + FIELDS + 8L * j) : otherwise;
        }
        if (readMode == FAST) {
            long a = RawMemory.get(obj + OREC);
            VarHandle.loadLoadFence();
            if (a == lockWord) {
                return RawMemory.get(obj + FIELDS + 8L * i) == expected
                        ? RawMemory.get(obj + FIELDS + 8L * j) : otherwise;
            }
            int f = ReadFilter.slot(obj);
            if (readFilter[f] == obj && readFilter[f + 1] == a) {
                // field j only when field i matched: a caller may know j to exist only then
                // (an attribute slot that the shape in field i implies)
                long v = RawMemory.get(obj + FIELDS + 8L * i) == expected
                        ? RawMemory.get(obj + FIELDS + 8L * j) : otherwise;
                VarHandle.loadLoadFence();
                if (RawMemory.get(obj + OREC) == a) return v;
            }
        }
        return read(obj, i) == expected ? read(obj, j) : otherwise;
    }

    /** {@link #read} when pointers are checked or aborts injected: no filter fast path. */
    private long readChecked(long obj, int i) {
        if (checkPointers) checkAccess(obj, i);
        long a = orec(obj);
        if (a == lockWord) return RawMemory.get(obj + fieldOffset(i));
        return readLogged(obj, i, a, ReadFilter.slot(obj));
    }

    /** {@link #read} past its fast paths: this transaction's own objects, and the read filter's. */
    private long readLogged(long obj, int i, long a, int f) {
        if (inevitable) {
            lockForInevitable(obj, true);
            return RawMemory.get(obj + fieldOffset(i));
        }
        checkKilled(obj);
        boolean first = readFilter[f] == obj && readFilter[f + 1] == a;
        if (first || ReadFilter.holdsSecond(readFilter, obj, a)) {
            // a log entry (one at its second slot moves to its first): unlocked, not too new
            // (rv only grows), validated; else the loop's recheck fails
            long v = RawMemory.getAcquire(obj + fieldOffset(i));
            if (orec(obj) == a) return first ? v : ReadFilter.promote(readFilter, obj, a, f, v);
        }
        for (;;) {
            if (isLocked(a)) {
                a = contention.conflict(obj, a, AbortCause.READ_WRITE);
                if (a == lockWord) return RawMemory.get(obj + fieldOffset(i));
                continue;
            }
            long v = RawMemory.getAcquire(obj + fieldOffset(i));
            long b = orec(obj);
            if (b != a) {
                a = b;
                continue;
            }
            if (tooNew(a)) {
                extend(version(a));
                a = orec(obj);
                continue;
            }
            long cursor = get(READ_LOG_CURSOR);
            if (cursor == get(READ_LOG_LIMIT)) cursor = growReadLog();
            RawMemory.set(cursor, obj);
            RawMemory.set(cursor + 8, a);
            put(READ_LOG_CURSOR, cursor + READ_ENTRY);
            if (sites != null) sites.read((int) ((cursor - readLogStart) / READ_ENTRY));
            ReadFilter.file(readFilter, obj, a, f);
            return v;
        }
    }

    /**
     * Field {@code i} of an immutable object (created by a transaction that has committed,
     * or by this one): no barrier at all, since nothing writes it any more.
     */
    public long readImmutable(long obj, int i) {
        if (checkPointers) checkAccess(obj, i);
        return RawMemory.get(obj + fieldOffset(i));
    }

    /**
     * Field {@code i} of {@code obj}, a pointer that the program only ever replaces by an
     * extension of what it points to (see {@link GrowingReads}: a list's spine), as of this
     * transaction's snapshot; validated by value, so another transaction's growth of the
     * object does not abort this one. A lock held by another transaction is a conflict, as
     * for {@link #read}.
     */
    public long readGrowing(long obj, int i) {
        if (readMode == ALONE) return RawMemory.get(obj + FIELDS + 8L * i);
        if (readMode == CHECKED) {
            if (checkPointers) checkAccess(obj, i);
            long a = orec(obj);
            if (a == lockWord) return RawMemory.get(obj + fieldOffset(i));
            return growing.readLogged(obj, i, a);
        }
        // as in read: small enough for C2 to inline, the rest in GrowingReads.readLogged
        long a = RawMemory.get(obj + OREC);
        VarHandle.loadLoadFence();
        if (a == lockWord) return RawMemory.get(obj + FIELDS + 8L * i);
        if (growing.hit(obj, i, a)) {
            long v = RawMemory.get(obj + FIELDS + 8L * i);
            VarHandle.loadLoadFence();
            if (RawMemory.get(obj + OREC) == a) return v;
        }
        return growing.readLogged(obj, i, a);
    }

    /** Whether this transaction holds {@code obj}'s write lock (it has written the object). */
    public boolean holdsLock(long obj) {
        return orec(obj) == lockWord;
    }

    /** Sets field {@code i} of {@code obj} to {@code value}. */
    public void write(long obj, int i, long value) {
        if (checkPointers) {
            checkAccess(obj, i);
            if ((RawMemory.get(obj) & IMMUTABLE) != 0 && orec(obj) != lockWord) {
                throw new IllegalStateException("write to immutable object 0x" + Long.toHexString(obj));
            }
        }
        long a = RawMemory.get(obj + OREC); // lockForWrite's CAS checks it
        if (a != lockWord) lockForWrite(obj, a);
        RawMemory.set(obj + fieldOffset(i), value);
    }

    private void lockForWrite(long obj, long a) {
        if (inevitable) {
            lockForInevitable(obj, false);
            return;
        }
        checkKilled(obj);
        for (;;) {
            if (isLocked(a)) {
                a = contention.conflict(obj, a, AbortCause.WRITE_WRITE);
                if (a == lockWord) return;
                continue;
            }
            if (tooNew(a)) {
                extend(version(a));
                a = orec(obj);
                continue;
            }
            if (RawMemory.compareAndSet(obj + OREC, a, lockWord)) break;
            a = orec(obj);
        }
        if (sites != null) sites.wrote(obj);
        int n = fieldCount(RawMemory.get(obj));
        long cursor = undoEntry(obj, a, n);
        MemorySegment.copy(MEMORY, obj + FIELDS, MEMORY, cursor + 24, n * 8L);
    }

    /** Appends an undo entry (object, orec before, n) with room for n field words; its address. */
    long undoEntry(long obj, long orecBefore, int n) {
        long bytes = 24 + Math.max(n, 0) * 8L;
        long cursor = get(UNDO_LOG_CURSOR);
        if (cursor + bytes > get(UNDO_LOG_LIMIT)) cursor = growUndoLog(bytes);
        RawMemory.set(cursor, obj);
        RawMemory.set(cursor + 8, orecBefore);
        RawMemory.set(cursor + 16, (long) n);
        put(UNDO_LOG_CURSOR, cursor + bytes);
        return cursor;
    }

    void checkAccess(long obj, int i) {
        if (!inTransaction) throw new IllegalStateException("access to 0x" + Long.toHexString(obj) + " outside a transaction");
        heap.checkObject(obj);
        int n = fieldCount(RawMemory.get(obj));
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("field " + i + " of a " + n + "-field object at 0x" + Long.toHexString(obj));
        }
    }

    /**
     * Rolls back (throws) when another transaction has asked this one to abort. The read
     * barriers' fast paths do not look at the status word, only their slow paths, the write
     * barrier's and the commit do; so code that can go on long inside one transaction on fast
     * paths alone (an interpreter's loop in an atomic block) calls this now and then, and the
     * transaction that asked waits no longer than that.
     */
    public void pollKilled() {
        if (!inTransaction || inevitable) return;
        if (status() == ABORT_REQUESTED) throw rollback(AbortCause.KILLED, 0, 0);
        if (readMode == ALONE && heap.aloneWaiters.get() > 0) throw rollback(AbortCause.YIELDED, 0, 0);
    }

    /** Whether the running transaction runs alone ({@link Alone}): its reads are plain loads. */
    public boolean isAlone() {
        return inTransaction && readMode == ALONE;
    }

    /**
     * Whether the running transaction runs alone and another context waits to begin: it
     * should end soon, at its next break (an interpreter looks between chunks of its budget).
     */
    public boolean waitedForAlone() {
        return isAlone() && heap.aloneWaiters.get() > 0;
    }

    /**
     * Before a wait inside the running transaction (a lock's, in an atomic block): one that
     * runs alone would keep every other thread from beginning while it waits, and the thread
     * it waits for may be one of them. So it rolls back and throws, and its retries do not
     * run alone until it commits. An inevitable one cannot roll back and waits as it is
     * (docs/threads.md, "Not done yet").
     */
    public void leaveAlone() {
        if (!isAlone() || inevitable) return;
        alone.refused = true;
        throw rollback(AbortCause.YIELDED, 0, 0);
    }

    void checkKilled(long obj) {
        if (status() == ABORT_REQUESTED) throw rollback(AbortCause.KILLED, obj, 0);
        if (injectRate > 0 && injectRandom.nextDouble() < injectRate) throw rollback(AbortCause.INJECTED, obj, 0);
    }

    // ---------------------------------------------------------------------------------------
    // Slow paths: validation, contention

    private long validationFailure;

    /**
     * Whether every read still holds: each read-log entry's orec is as it was seen (but for
     * its incarnation: aborted writes put the object back), or is now locked by this
     * transaction. A lock is only ever taken from an orec that was not too new
     * for the snapshot ({@link #lockForWrite} extends first otherwise), and no commit after
     * this transaction's begin publishes a version inside its snapshot, so the orec it locked
     * from is the one it had read: nothing to compare.
     */
    private boolean validate() {
        for (long e = readLogStart, end = get(READ_LOG_CURSOR); e < end; e += READ_ENTRY) {
            long obj = RawMemory.get(e);
            long now = orec(obj);
            if (sameVersion(now, RawMemory.get(e + 8)) || now == lockWord) continue;
            validationFailure = obj;
            return false;
        }
        if (growing.validate()) return true;
        validationFailure = growing.failed;
        return false;
    }

    /**
     * Whether the unlocked orec {@code a} is newer than this transaction's snapshot. An object
     * this thread's own earlier transaction wrote last is never too new, whatever its
     * version: that write committed before this transaction began (program order), and that
     * is all the version test stands for. So a thread that works on its own objects never
     * extends, and never touches G but to read it.
     */
    boolean tooNew(long a) {
        return version(a) > get(READ_VERSION) && writer(a) != slot;
    }

    /**
     * Moves the snapshot forward to now (first advancing G to {@code seen}, a version met
     * that G has not reached), if every read so far still holds; else aborts.
     */
    void extend(long seen) {
        long now = heap.advanceClock(seen);
        if (!validate()) throw rollback(AbortCause.VALIDATION, validationFailure, 0);
        put(READ_VERSION, now);
    }


    // ---------------------------------------------------------------------------------------
    // Inevitability

    /**
     * Makes the running transaction inevitable: it will not abort from here on. Waits for the
     * token (at most one inevitable transaction), then locks every object read so far; if one
     * of them changed meanwhile the transaction aborts instead (before doing anything that
     * cannot be undone), and {@link #atomically} retries it inevitable from its start.
     */
    public void becomeInevitable() {
        inevitability.become();
    }

    /** An inevitable transaction locks what it reads too ({@link Inevitability#lock}). */
    long lockForInevitable(long obj, boolean read) {
        return inevitability.lock(obj, read);
    }

    // ---------------------------------------------------------------------------------------
    // Allocation

    /**
     * A new object of {@code fields} zeroed fields, locked by this transaction (so its
     * accesses take the fast path and it needs no undo). Answers 0 when the heap is full even
     * after a collection: the language's MemoryError. When the heap is full and no collection
     * has run for this transaction yet, the transaction aborts with {@link AbortCause#COLLECT}
     * so that {@link #atomically} can collect and retry.
     */
    public long allocate(int type, int fields) {
        return Allocation.allocate(this, type, fields, 0);
    }

    /** An object whose fields will not change once this transaction commits (str, tuple...). */
    public long allocateImmutable(int type, int fields) {
        return Allocation.allocate(this, type, fields, IMMUTABLE);
    }

    /** A mark in this transaction's undo log, for {@link #publishAllocatedSince}. */
    public long undoMark() {
        return get(UNDO_LOG_CURSOR) - undoLogStart;
    }

    /**
     * Commits at once the objects this transaction allocated since {@code mark} (only
     * allocations may follow it), for a {@link #writeDetached} to publish; see GrowingReads.
     */
    public void publishAllocatedSince(long mark) {
        growing.publishAllocatedSince(mark);
    }

    /**
     * Sets fields {@code i} and {@code j} of {@code obj} as a transaction of their own,
     * committed at once, for a change that readers validate by value (a list's growth: {@link
     * #readGrowing}); false, having written nothing, when that cannot be done now, and the
     * caller writes as usual. See GrowingReads.
     */
    public boolean writeDetached(long obj, int i, long v, int j, long w) {
        return growing.writeDetached(obj, i, v, j, w);
    }

    /** Drops this thread's allocation buffers (the collector's sweep takes every block back). */
    void resetAllocation() {
        MEMORY.asSlice(address + ALLOC, (long) ALLOC_ENTRY * SizeClasses.COUNT).fill((byte) 0);
    }

    // ---------------------------------------------------------------------------------------
    // Running a transaction to its commit

    /** A transaction body; it may throw {@link TxAbort} (from the barriers) at any access. */
    @FunctionalInterface
    public interface Body<T> {
        T run(TxContext tx);
    }

    /**
     * Runs {@code body} as one transaction, again and again until it commits, and answers its
     * result. Between attempts it collects when an attempt found the heap full, and after
     * {@link Params#maxRetriesBeforeInevitable} aborts in a row it runs the next attempt
     * inevitable, which cannot abort: the transaction commits in a bounded number of tries.
     * If the body throws anything else, its effects are rolled back and the exception goes on.
     */
    public <T> T atomically(Body<T> body) {
        begin(true, false);
        for (;;) {
            try {
                T result = body.run(this);
                commit();
                return result;
            } catch (TxAbort e) {
                if (inTransaction) throw new IllegalStateException("TxAbort thrown with the transaction still running", e);
                if (e.cause == AbortCause.COLLECT) {
                    heap.collector.collect(this);
                    collectionsThisTransaction++;
                }
                beginRetry(consecutiveAborts >= heap.params.maxRetriesBeforeInevitable());
            } catch (RuntimeException | Error e) {
                if (inTransaction) {
                    if (inevitable) {
                        commit(); // it cannot be undone: what it did stands
                    } else {
                        rollback(AbortCause.EXCEPTION, 0, 0);
                        consecutiveAborts = 0;
                    }
                }
                throw e;
            }
        }
    }

    /** {@link #atomically} for a body without a result. */
    public void atomic(java.util.function.Consumer<TxContext> body) {
        atomically(tx -> {
            body.accept(tx);
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------
    // Fault injection and logs

    /** Makes each barrier that leaves its fast path abort with probability {@code rate}. */
    public void injectAborts(double rate, long seed) {
        this.injectRate = rate;
        this.checked = checkPointers || rate > 0;
        if (readMode != ALONE) readMode = checked ? CHECKED : FAST;
        this.injectRandom = new SplittableRandom(seed);
    }

    long growReadLog() {
        readLogStart = grow(readLogStart, READ_LOG_CURSOR, READ_LOG_LIMIT, 0);
        return get(READ_LOG_CURSOR);
    }

    long growUndoLog(long need) {
        undoLogStart = grow(undoLogStart, UNDO_LOG_CURSOR, UNDO_LOG_LIMIT, need);
        return get(UNDO_LOG_CURSOR);
    }

    /** Moves a log (at start, cursor and limit in the context block) to twice its room, or room for need more bytes. */
    private long grow(long start, int cursor, int limit, long need) {
        long used = get(cursor) - start, size = Math.max((get(limit) - start) * 2, used + need);
        long moved = arena.allocate(size, 8).address();
        MemorySegment.copy(MEMORY, start, MEMORY, moved, used);
        put(limit, moved + size);
        put(cursor, moved + used);
        return moved;
    }

    /**
     * Ends the running attempt after generated code left it through a slow exit: rolls back
     * and throws the {@link TxAbort} ({@link NativeExits}).
     */
    public void abortAfterNativeExit() {
        NativeExits.abort(this);
    }

    /** Detaches this thread from the heap. */
    @Override
    public void close() {
        if (inTransaction) throw new IllegalStateException("close: a transaction is still running");
        settling = false;
        heap.detached(this);
        arena.close();
    }
}

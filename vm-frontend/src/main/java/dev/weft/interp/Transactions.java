package dev.weft.interp;

import dev.weft.runtime.PyException;
import dev.weft.stm.AbortCause;
import dev.weft.stm.TxAbort;

/**
 * One interpreter's transactions: how each begins (inevitable after too many aborts in a row;
 * under the GIL, holding the global lock), commits and ends, how long it runs (the transaction
 * size, which aborts halve and commits grow), the breaks that end it (at the top level, and
 * in place inside a nested call), and the retry loop of the program's top level. The loop
 * itself ({@link Interp#execute}) only counts the budget down and says when a break is due.
 * Part of {@link Interp}, whose frames an abort puts back.
 */
final class Transactions {
    /**
     * Steps (back edges and calls) of each chunk of a transaction that runs alone: after each
     * it looks whether another thread waits to begin, and if one does it breaks there. A
     * thread so waits at most a chunk (a fraction of a millisecond in a tight loop), not the
     * rest of the transaction (milliseconds; with a large --budget, seconds).
     */
    static final int ALONE_CHUNK = 1000;
    /**
     * A commit grows the transaction size by a 2^-GROWTH_SHIFT part of itself (at least one
     * step) while aborts are cheap; an abort halves it. Doubling at each commit, as before,
     * kept a thread that conflicts at size S going S/2, S, S/2: one abort per commit
     * (btree_atomic's two threads ran 0.7x of one). With a sixteenth the size settles where
     * aborts are rarer, about one in eleven commits where growth and halving balance;
     * docs/benchmarks.md compares shifts. Where aborts cost more than eight times a
     * transaction's own cost, commits grow the size by less ({@link #grown},
     * {@link #overheadNanos}).
     */
    static final int GROWTH_SHIFT = 4;
    /**
     * What a transaction costs for being one, in nanoseconds: its begin and commit, and the
     * reads its successor logs again. Measured as the time that many more, shorter
     * transactions added to conflict-free programs (docs/benchmarks.md, "Transaction sizes
     * by cost"); {@code -Dweft.txOverheadNanos} overrides it (read when a thread starts).
     */
    private final long overheadNanos = Long.getLong("weft.txOverheadNanos", 2_000);
    private final Interp in;
    /** Aborts in a row of the transaction being retried (0 after a commit). */
    private int consecutiveAborts;
    /**
     * Back edges and calls per transaction: halved by each abort, grown by a sixteenth by each
     * commit ({@link #GROWTH_SHIFT}), up to the configured budget. Where transactions keep
     * aborting (conflicts, injected aborts) they get short enough to commit, and they grow
     * back when the trouble is over.
     */
    private double transactionSize = Integer.MAX_VALUE;
    /**
     * What an abort costs this thread, in nanoseconds, a moving average: from the aborted
     * attempt's begin to its retry's (the work thrown away and the waits after it). 0 until
     * the first abort.
     */
    private long abortNanos;
    /** When the running attempt began ({@link #begun}), and whether the last one aborted. */
    private long attemptBegan;
    private boolean afterAbort;
    /** The atomic depth when the running transaction began: what an abort puts back. */
    private int atomicAtBegin;
    /** Under --tm=gil: whether this thread holds the global lock (from a begin to its commit). */
    private boolean holdsGil;

    Transactions(Interp in) {
        this.in = in;
    }

    /**
     * Begins the next transaction, of {@link #transactionSize} steps. After the heap's
     * {@code maxRetriesBeforeInevitable} aborts in a row it runs inevitable, which cannot
     * abort: so every step of the program commits after a bounded number of tries. Under the
     * GIL every transaction is inevitable.
     */
    void beginTx() {
        transactionSize = Math.min(transactionSize, in.vm.params.budget());
        txBegin(consecutiveAborts > 0 && consecutiveAborts >= in.vm.heap.params().maxRetriesBeforeInevitable(), consecutiveAborts > 0);
        begun((int) transactionSize);
    }

    /**
     * The interpreter's side of a transaction's begin: what an abort puts back (the frames,
     * the atomic depth), and when it ends (after {@code steps} back edges and calls, or
     * earlier if it allocates its quota).
     */
    void begun(int steps) {
        long now = System.nanoTime();
        if (afterAbort) {
            abortNanos = averaged(abortNanos, now - attemptBegan);
            afterAbort = false;
        }
        attemptBegan = now;
        atomicAtBegin = in.atomicDepth;
        in.txSerial++;
        in.checkpoints.begin(in.top);
        boolean chunked = steps > ALONE_CHUNK && in.tx.isAlone();
        in.budget = chunked ? ALONE_CHUNK : steps;
        in.budgetReserve = chunked ? steps - ALONE_CHUNK : 0;
        in.allocationMark = in.mem.allocated + in.vm.allocationQuota();
    }

    /** Begins a new transaction (not a retry), inevitable if asked. */
    void txBegin(boolean inevitable) {
        txBegin(inevitable, false);
    }

    /**
     * Begins a transaction, inevitable if asked. A {@code retry} re-runs the transaction that
     * just aborted: it keeps its age and, if it was asked to abort, waits for the asker to end
     * first ({@link dev.weft.stm.TxContext#beginRetry}). Under the GIL every transaction is
     * inevitable and holds the global lock: it only brackets allocation and collection, never
     * aborts (its plain writes could not be undone), and no other thread runs until it
     * commits. A thread of a closing VM leaves here ({@link GuestThreads.Exit}).
     */
    void txBegin(boolean inevitable, boolean retry) {
        Vm vm = in.vm;
        if (vm.threads.closing && Thread.currentThread() instanceof GuestThreads.GuestThread) throw new GuestThreads.Exit();
        if (vm.gil) {
            vm.threads.gilLock();
            holdsGil = true;
            in.tx.beginInevitable();
        } else if (retry) {
            in.tx.beginRetry(inevitable);
        } else if (inevitable) {
            in.tx.beginInevitable();
        } else {
            in.tx.begin();
        }
    }

    /** Commits the running transaction (or throws {@link TxAbort}, everything rolled back). */
    void commitTx() {
        in.vm.flushOutput();
        in.tx.commit();
        transactionEnded(true);
    }

    /** What follows the end of every transaction, committed or aborted, on the interpreter's side. */
    void transactionEnded(boolean committed) {
        Vm vm = in.vm;
        vm.imports.transactionEnded(in, committed);
        if (committed && !in.freedHandles.isEmpty()) vm.handles.committed(in.freedHandles);
        in.freedHandles.clear();
        if (holdsGil) {
            holdsGil = false;
            vm.threads.gilUnlock();
        }
        in.waiting.transactionEnded(committed);
    }

    /**
     * Runs built-in work that reads the heap in a transaction of its own, retried after aborts
     * (inevitable after four): between the program's transactions (reporting an exception).
     */
    void atomically(Runnable body) {
        for (int attempt = 1;; attempt++) {
            try {
                txBegin(attempt > 4, attempt > 1);
                in.txSerial++;
                try {
                    body.run();
                } catch (RuntimeException e) {
                    if (e instanceof TxAbort) throw e;
                    if (in.tx.isInTransaction()) commitTx(); // what it did happened: the exception goes on
                    throw e;
                }
                commitTx();
                return;
            } catch (TxAbort a) {
                in.typeCache.aborted();
                transactionEnded(false);
                if (a.abortCause() == AbortCause.COLLECT) in.vm.collect(in);
            }
        }
    }

    /**
     * A transaction that runs alone has spent a chunk of its steps: it takes the next, and
     * answers true, unless a thread waits to begin, which ends the chunks (the break then
     * comes as when the budget is spent: at once at the top level, by the usual rules in an
     * atomic block or a nested call).
     */
    boolean nextChunk() {
        if (in.mem.waitedForAlone()) {
            in.budgetReserve = 0;
            in.vm.stats.aloneBreaks.incrementAndGet();
            return false;
        }
        int c = Math.min(ALONE_CHUNK, in.budgetReserve);
        in.budget += c;
        in.budgetReserve -= c;
        return true;
    }

    /**
     * A break due inside a nested call waits for the nesting to end (the first back edge or
     * call after it breaks at once), unless the nested stretch is long: the configured budget
     * spent past the due point (not the transaction's own size, which aborts may have cut to a
     * few steps: then nearly every nested call broke, and skiplist_atomic's two threads ran
     * 25,000 inevitable transactions), or a second allocation quota. A nested break makes the
     * next transaction inevitable (one at a time, a serial point) and puts collections off
     * while its thread waits for the GIL or the collector; with every due break taken in
     * place, a short {@code __enter__} or {@code __eq__} was where a fair share of the breaks
     * of a {@code with atomic:} loop fell.
     */
    void nestedBreakIfLong() {
        if (in.budget + in.budgetReserve <= -in.vm.params.budget() || in.mem.allocated > in.allocationMark + in.vm.allocationQuota()) nestedBreak();
    }

    /**
     * A transaction break inside a nested loop (built-in code that called back into Python:
     * {@code list(gen)}, a sort key, {@code __eq__} from a dict). What the built-in code was
     * doing lives on the Java stack, which no abort could roll back, so the loop goes on in
     * place: the transaction commits and the next one is inevitable, which never aborts. No
     * collection happens here either, since the Java stack holds heap pointers the collector
     * cannot see. The stretch is cut into transactions of the usual size all the same, and the
     * first break after the nesting ends is an ordinary one again.
     */
    private void nestedBreak() {
        Vm vm = in.vm;
        // between the commit and the next begin this thread stands at a transaction break
        // with built-in code on its Java stack: no collection may run then (see Waiting.outside)
        vm.threads.nestedWaiting.incrementAndGet();
        try {
            commitTx();
            vm.stats.nestedBreaks.incrementAndGet();
            txBegin(true);
        } finally {
            vm.threads.nestedWaiting.decrementAndGet();
        }
        begun((int) transactionSize);
    }

    /**
     * The transaction size after a commit: a sixteenth more, at least one step more, at most
     * the budget; less where an abort costs {@code abortNanos}, more than eight times a
     * transaction's own cost (then a fraction of a step at small sizes: sizes are kept in
     * fractions, a transaction runs the whole steps). An abort halves the size, so where
     * growth and halving balance a thread aborts {@code p = 2g / size} times per commit for a
     * growth g per commit; g =
     * size * overhead / (2 * abortNanos) makes p * abortNanos = overhead: the time aborts
     * cost per transaction is what the transaction itself costs. That is where the sum of
     * the two is least, if conflicts and the cost of each grow with the size. A sixteenth
     * settled at one abort in eleven commits whatever an abort cost: btree_atomic and
     * skiplist_atomic lost a fifth of their threads' time to aborts so, in transactions that
     * cost about 2 us each for 100-200 us of work.
     */
    static double grown(double size, int budget, long abortNanos, long overheadNanos) {
        double g = abortNanos > (overheadNanos << GROWTH_SHIFT - 1)
                ? size * overheadNanos / (2.0 * abortNanos) // a fraction of a step, at small sizes
                : Math.max(1, size / (1 << GROWTH_SHIFT));
        return Math.min(size + g, budget);
    }

    /** The moving average of abort costs after one more, {@code cost}: an eighth of the way to it. */
    static long averaged(long average, long cost) {
        return average + ((cost - average) >> 3);
    }

    /**
     * Whether an abort for {@code cause} goes into the moving average of abort costs: not one
     * for a collection, whose retry begins after the collection (tens of milliseconds that no
     * transaction size would have saved).
     */
    static boolean costsTheRetry(AbortCause cause) {
        return cause != AbortCause.COLLECT;
    }

    /** The transaction size after an abort: half, at least one step. */
    static double halved(double size) {
        return Math.max(1, size / 2);
    }

    /**
     * Runs {@code f} (already linked to {@link Interp#top}) in transactions until it returns,
     * and answers its result. An uncaught guest exception commits what was done (it happened)
     * and is thrown.
     */
    long runTopLevel(Frame f) {
        Vm vm = in.vm;
        f.back = in.top;
        f.createdEpoch = -1;
        in.top = f;
        for (;;) {
            try {
                beginTx();
                long result;
                try {
                    result = in.execute(f, null);
                } catch (PyException e) {
                    in.escaped = e.object();
                    in.escapedArg = e.arg;
                    commitTx();
                    throw e;
                }
                boolean paused = in.breakRequested;
                in.breakRequested = false;
                commitTx();
                consecutiveAborts = 0;
                transactionSize = grown(transactionSize, vm.params.budget(), abortNanos, overheadNanos);
                vm.maybeCollect(in);
                if (!paused) return result;
            } catch (TxAbort a) {
                in.typeCache.aborted();
                in.rollbackFrames();
                in.tx.settled();
                in.atomicDepth = atomicAtBegin;
                transactionEnded(false);
                vm.stats.aborts.incrementAndGet();
                consecutiveAborts++;
                transactionSize = halved(transactionSize);
                afterAbort = costsTheRetry(a.abortCause());
                if (a.abortCause() == AbortCause.COLLECT) vm.collect(in);
            }
        }
    }
}

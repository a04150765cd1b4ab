package dev.weft.interp;

/**
 * One guest thread's blocking waits (a lock, a sleep, a join, a queue get): the thread waits
 * outside any transaction ({@link #outside}), so it holds nothing another thread may need;
 * the words built-in code holds meanwhile stay alive as roots ({@link #pin}); and a
 * transaction that changes what others wait for wakes them when it commits ({@link
 * #wakeAfterCommit}, {@link Parking}). Part of {@link Interp}, whose transactions it ends and
 * begins.
 */
final class Waiting {
    private final Interp in;
    /** Objects whose waiters to wake when the running transaction commits. */
    private long[] wakes = new long[4];
    private int wakeCount;
    /** Words that stay alive while this thread waits outside a transaction. */
    private long[] pinned = new long[4];
    private int pinCount;

    Waiting(Interp in) {
        this.in = in;
    }

    /** Wakes the threads waiting for a change to obj once the running transaction commits (see {@link Parking}). */
    void wakeAfterCommit(long obj) {
        if (wakeCount == wakes.length) wakes = java.util.Arrays.copyOf(wakes, wakeCount * 2);
        wakes[wakeCount++] = obj;
    }

    /** The running transaction ended: its wake-ups happen if it committed, and are dropped if not. */
    void transactionEnded(boolean committed) {
        if (committed) {
            for (int i = 0; i < wakeCount; i++) in.vm.threads.parking.wake(wakes[i]);
        }
        wakeCount = 0;
    }

    /** Keeps words alive while this thread waits outside a transaction (built-in code holds them); {@link #unpin} pops them. */
    void pin(long... words) {
        while (pinCount + words.length > pinned.length) pinned = java.util.Arrays.copyOf(pinned, pinned.length * 2);
        for (long w : words) pinned[pinCount++] = w;
    }

    void unpin(int n) {
        pinCount -= n;
    }

    /** How many words are pinned now (for {@link #unpinTo}). */
    int pins() {
        return pinCount;
    }

    void unpinTo(int mark) {
        pinCount = mark;
    }

    void visitPinned(java.util.function.LongConsumer visit) {
        for (int i = 0; i < pinCount; i++) visit.accept(pinned[i]);
    }

    /**
     * Runs {@code wait} (a blocking wait: a lock, a sleep) with this thread outside any
     * transaction, so that it holds nothing another thread may need (not the GIL either), and
     * answers its result. The running transaction commits first: what the thread did up to
     * here happened; if the commit fails, the transaction re-runs from its start as after any
     * abort, and nothing was waited for. After the wait the thread is in the middle of a step,
     * which no abort could re-run, so it goes on in an inevitable transaction that ends at the
     * next back edge or call.
     *
     * <p>The collector may run while this thread waits: its frames are roots, and so is what
     * the caller {@link #pin}ned. Built-in code that called back into Python (nesting > 0) may
     * hold heap pointers on the Java stack, which no root covers: while such a thread waits,
     * collections are put off ({@link GuestThreads#nestedWaiting}).
     */
    boolean outside(java.util.function.BooleanSupplier wait) {
        // in an atomic block the wait happens inside the transaction, which keeps everything
        // it holds (the GIL too): a lock another thread holds and can only release by touching
        // what the block touched is a deadlock, as it was in PyPy-STM
        if (!in.tx.isInTransaction()) return wait.getAsBoolean();
        if (in.atomicDepth > 0) {
            // a transaction that runs alone keeps every other thread from beginning, and the
            // one this wait is for may be among them: it re-runs, not alone (TxContext.leaveAlone)
            in.tx.leaveAlone();
            return wait.getAsBoolean();
        }
        boolean nested = in.nesting > 0;
        // counted while still inside the transaction: a collection checks the count only once
        // every thread is out of its transaction, so it cannot miss this one (Collector's veto)
        if (nested) in.vm.threads.nestedWaiting.incrementAndGet();
        boolean r;
        try {
            in.txs.commitTx();
            r = wait.getAsBoolean();
            in.txs.txBegin(true);
        } finally {
            if (nested) in.vm.threads.nestedWaiting.decrementAndGet();
        }
        in.txs.begun(0);
        return r;
    }

    /**
     * Waits, outside any transaction, until a change to {@code obj} is committed by a thread
     * that calls {@link #wakeAfterCommit} for it, or until {@code deadline} ({@link
     * System#nanoTime}, {@link Long#MAX_VALUE} for none); false on a timeout. Call it after
     * reading, in the running transaction, the state that makes the thread wait, and read it
     * again after (wake-ups may be spurious).
     */
    boolean park(long obj, long deadline) {
        Parking.Stripe st = in.vm.threads.parking.stripe(obj);
        long seen = st.seq;
        pin(obj);
        try {
            return outside(() -> in.vm.threads.parking.await(st, seen, deadline));
        } finally {
            unpin(1);
        }
    }
}

package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each kind of conflict, staged deterministically between two contexts, leaves one conflict
 * record naming the object, its type, both threads, the cause, where each side was (the
 * contexts' location slots) and the time lost; and the counters move by exactly what
 * happened.
 */
class ConflictRecordTest {
    static final int X_TYPE = 0x1234_5678;
    Heap heap;
    TxContext a, b; // a attached first: the lower slot, so the older of two begun at the same clock
    long x, y;

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(4L << 20));
        StmTesting.RootTable roots = new StmTesting.RootTable(2).register(heap);
        a = heap.attach();
        b = heap.attach();
        a.location = "fileA:12";
        b.location = "fileB:34";
        a.atomic(t -> {
            x = t.allocate(X_TYPE, 2);
            y = t.allocate(7, 1);
            roots.set(0, x);
            roots.set(1, y);
        });
    }

    @AfterEach
    void tearDown() {
        a.close();
        b.close();
        heap.close();
    }

    /** Advances the clock by one commit, so that the next begin is younger than the last. */
    private void tick() {
        TxContext c = heap.attach();
        c.atomic(t -> t.write(y, 0, t.read(y, 0) + 1));
        c.close();
    }

    private ConflictRecord only(AbortCause cause) {
        List<ConflictRecord> rs = heap.conflicts().snapshot().stream().filter(r -> r.cause() == cause).toList();
        assertEquals(1, rs.size(), () -> "records of " + cause + ": " + heap.conflicts().snapshot());
        return rs.get(0);
    }

    /** Runs {@code body} on another thread with context {@code c}; answers the abort it ended with. */
    private CompletableFuture<AbortCause> onOtherThread(TxContext c, java.util.function.Consumer<TxContext> body) {
        CompletableFuture<AbortCause> f = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                c.begin();
                body.accept(c);
                c.commit();
                f.complete(null);
            } catch (TxAbort e) {
                f.complete(e.abortCause());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    private void awaitRecords(long n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (heap.conflicts().total() < n) {
            assertTrue(System.nanoTime() < deadline, "no conflict record came");
            Thread.sleep(1);
        }
    }

    private void assertRecord(ConflictRecord r, AbortCause cause, TxContext loser, TxContext winner) {
        assertEquals(cause, r.cause());
        assertEquals(x, r.object(), "the contested object");
        assertEquals(X_TYPE, r.type(), "its type id");
        assertEquals(loser.slot(), r.thread());
        assertEquals(winner.slot(), r.other());
        assertEquals(loser.location, r.location());
        assertEquals(winner.location, r.otherLocation());
        assertTrue(r.nanosLost() >= 0);
    }

    /** The younger writer meets the older one's lock: it aborts (write/write) and waits. */
    @Test
    void youngerWriterLosesWriteWrite() throws Exception {
        a.begin();
        a.write(x, 0, 1);
        tick();
        CompletableFuture<AbortCause> lost = onOtherThread(b, t -> t.write(x, 0, 2));
        awaitRecords(1);
        Thread.sleep(20);
        assertTrue(!lost.isDone(), "the loser waits for the lock to change before it gives the abort back");
        assertEquals(0, heap.stats().abortWaitNanos(), "a wait is counted when it ends");
        a.commit();
        assertEquals(AbortCause.WRITE_WRITE, lost.get(10, TimeUnit.SECONDS));
        assertTrue(heap.stats().abortWaitNanos() >= TimeUnit.MILLISECONDS.toNanos(10), () -> "the wait for the winner, counted: " + heap.stats().abortWaitNanos());
        assertRecord(only(AbortCause.WRITE_WRITE), AbortCause.WRITE_WRITE, b, a);
        assertEquals(1, heap.stats().aborts(AbortCause.WRITE_WRITE));
        assertEquals(1, heap.stats().aborts());
        assertEquals(3, heap.stats().commits()); // setup, tick, a
    }

    /** The younger reader meets the older writer's lock: read/write. */
    @Test
    void youngerReaderLosesReadWrite() throws Exception {
        a.begin();
        a.write(x, 1, 1);
        tick();
        CompletableFuture<AbortCause> lost = onOtherThread(b, t -> t.read(x, 1));
        awaitRecords(1);
        a.commit();
        assertEquals(AbortCause.READ_WRITE, lost.get(10, TimeUnit.SECONDS));
        assertRecord(only(AbortCause.READ_WRITE), AbortCause.READ_WRITE, b, a);
        assertEquals(1, heap.stats().aborts(AbortCause.READ_WRITE));
    }

    /**
     * The older one meets the younger one's lock: it asks it to abort and waits; the younger
     * notices at its next barrier (KILLED, naming who asked), and the older one then commits.
     */
    @Test
    void olderWriterKillsTheYoungerOne() throws Exception {
        olderKillsYoungerOverX();
        ConflictRecord r = only(AbortCause.KILLED);
        assertEquals(b.slot(), r.thread());
        assertEquals(a.slot(), r.other(), "the record names who asked");
        assertEquals("fileB:34", r.location());
        assertEquals("fileA:12", r.otherLocation());
        assertEquals(y, r.object(), "the object of the barrier that noticed");
        assertEquals(7, r.type());
        assertEquals(6, (long) b.atomically(t -> t.read(x, 0)));
        assertEquals(1, heap.stats().aborts(AbortCause.KILLED));
        assertEquals(1, heap.stats().aborts());
    }

    /**
     * The same with guest positions recorded (the conflict log written to a file): the record
     * names who asked too (it did not: the record with positions was made before the killer
     * was looked up), the younger one's write of the object, and where the older one asked.
     */
    @Test
    void aKillWithPositionsNamesBothSides() throws Exception {
        a.recordSites(() -> "[\"siteA\"]");
        b.recordSites(() -> "[\"siteB\"]");
        olderKillsYoungerOverX();
        ConflictRecord r = only(AbortCause.KILLED);
        assertEquals(b.slot(), r.thread());
        assertEquals(a.slot(), r.other(), "the record names who asked");
        assertEquals("[\"siteB\"]", r.location(), "where the younger one wrote what the older one wanted");
        assertEquals("[\"siteA\"]", r.otherLocation(), "where the older one asked");
        assertEquals(x, r.object(), "the object the older one wanted");
    }

    /**
     * A kill request that does not say over which object (the winner asking again while it
     * waits): the record names where the loser was when it noticed, not nothing.
     */
    @Test
    void aKillNoticedElsewhereNamesWhereTheLoserWas() {
        a.recordSites(() -> "[\"siteA\"]");
        b.recordSites(() -> "[\"siteB\"]");
        a.begin();
        tick();
        b.begin();
        b.write(x, 0, 5);
        assertTrue(b.requestAbort(a));
        TxAbort e = org.junit.jupiter.api.Assertions.assertThrows(TxAbort.class, () -> b.read(y, 0));
        assertEquals(AbortCause.KILLED, e.abortCause());
        a.commit();
        ConflictRecord r = only(AbortCause.KILLED);
        assertEquals(a.slot(), r.other());
        assertEquals(y, r.object(), "the object of the barrier that noticed");
        assertEquals("[\"siteB\"]", r.location());
    }

    /**
     * a (older) writes x, which b (younger) has written: a asks b to abort and waits; b, at
     * its next barrier (a read of y), notices (KILLED); then a commits.
     */
    private void olderKillsYoungerOverX() throws Exception {
        a.begin(); // older
        tick();
        b.begin(); // younger
        b.write(x, 0, 5);
        CompletableFuture<AbortCause> older = onOtherThreadContinuing(a, t -> t.write(x, 0, 6));
        // wait until a has asked b to abort, then touch something else (a first read, which
        // takes the read barrier's slow path): the barrier notices
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (b.status() != ContextLayout.ABORT_REQUESTED) {
            assertTrue(System.nanoTime() < deadline, "never asked to abort");
            Thread.sleep(1);
        }
        TxAbort e = assertThrows(TxAbort.class, () -> b.read(y, 0));
        assertEquals(AbortCause.KILLED, e.abortCause());
        assertNull(older.get(10, TimeUnit.SECONDS), "the older one committed");
    }

    /**
     * A filtered read (an object read before in this transaction) does not look at the status
     * word; {@code pollKilled} does, and rolls back with the request's cause and asker. The
     * inevitable transaction ignores requests there too, and outside a transaction it is a no-op.
     */
    @Test
    void pollKilledNoticesARequestTheFilteredReadsLeave() {
        a.begin();
        tick();
        b.begin();
        assertEquals(1, b.read(y, 0)); // tick wrote it: now in b's read filter
        assertTrue(b.requestAbort(a));
        assertEquals(1, b.read(y, 0), "a filtered read goes on");
        TxAbort e = assertThrows(TxAbort.class, b::pollKilled);
        assertEquals(AbortCause.KILLED, e.abortCause());
        assertFalse(b.isInTransaction());
        assertEquals(a.slot(), only(AbortCause.KILLED).other());
        a.commit();
        b.pollKilled(); // outside a transaction: nothing to notice

        TxContext c = heap.attach();
        try {
            c.begin();
            tick();
            b.begin(); // younger than c
            b.becomeInevitable();
            assertFalse(b.requestAbort(c), "an inevitable transaction cannot be asked");
            b.pollKilled();
            assertTrue(b.isInTransaction());
            b.commit();
            c.commit();
        } finally {
            c.close();
        }
    }

    /**
     * A retry keeps its transaction's age and counts its attempts; one that was asked to abort
     * waits, holding nothing, until the transaction that asked has ended (else it takes the
     * same lock again at once and is asked again); a new transaction gets a new age.
     */
    @Test
    void aRetryKeepsItsAgeAndWaitsForTheOneThatAskedItToAbort() throws Exception {
        a.begin();
        tick();
        b.begin(); // younger than a
        long age = b.ticket();
        assertTrue(b.requestAbort(a));
        assertThrows(TxAbort.class, b::pollKilled);
        assertEquals(1, only(AbortCause.KILLED).attempt());

        CompletableFuture<Long> retried = new CompletableFuture<>(), done = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                b.beginRetry(false);
                retried.complete(b.ticket());
                b.abort(AbortCause.INJECTED);
                b.beginRetry(false); // not asked this time: no wait
                long t = b.ticket();
                b.commit();
                done.complete(t);
            } catch (Throwable e) {
                retried.completeExceptionally(e);
                done.completeExceptionally(e);
            }
        });
        Thread.sleep(200);
        assertFalse(retried.isDone(), "the retry waits while the transaction that asked it to abort runs");
        a.commit();
        assertEquals(age, retried.get(10, TimeUnit.SECONDS), "the retry keeps its age");
        assertTrue(heap.stats().abortWaitNanos() >= TimeUnit.MILLISECONDS.toNanos(100), () -> "the wait for the asker, counted: " + heap.stats().abortWaitNanos());
        assertEquals(age, done.get(10, TimeUnit.SECONDS), "and so does the next");
        assertEquals(2, only(AbortCause.INJECTED).attempt(), "the second attempt");

        b.atomic(t -> assertTrue(t.ticket() > age, "a new transaction is younger"));
    }

    /** Like onOtherThread, for a context whose transaction is already running. */
    private CompletableFuture<AbortCause> onOtherThreadContinuing(TxContext c, java.util.function.Consumer<TxContext> body) {
        CompletableFuture<AbortCause> f = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                body.accept(c);
                c.commit();
                f.complete(null);
            } catch (TxAbort e) {
                f.complete(e.abortCause());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /** A read overwritten by a commit before this transaction commits: validation fails. */
    @Test
    void overwrittenReadFailsValidation() {
        a.begin();
        assertEquals(0, a.read(x, 0));
        b.atomic(t -> t.write(x, 0, 9)); // commits: x is only read by a, not locked
        a.write(y, 0, 1);
        TxAbort e = assertThrows(TxAbort.class, a::commit);
        assertEquals(AbortCause.VALIDATION, e.abortCause());
        ConflictRecord r = only(AbortCause.VALIDATION);
        assertEquals(x, r.object());
        assertEquals(X_TYPE, r.type());
        assertEquals(a.slot(), r.thread());
        assertEquals("fileA:12", r.location());
        assertTrue(r.nanosLost() >= 0);
        assertEquals(0, (long) a.atomically(t -> t.read(y, 0)), "the failed commit left nothing");
        assertEquals(9, (long) a.atomically(t -> t.read(x, 0)));
    }

    /**
     * A stale read names the transaction that broke it, from the object's orec: here one that
     * still holds the object locked (its first write of it is the other side), not the last
     * committed write of the object, which was the reader's own.
     */
    @Test
    void aStaleReadNamesTheLockHolderNotTheReadersOwnEarlierWrite() {
        a.recordSites(() -> "[\"siteA\"]");
        b.recordSites(() -> "[\"siteB\"]");
        a.atomic(t -> t.write(x, 0, 1)); // the last committed write of x: a's
        a.begin();
        a.read(x, 0);
        b.begin();
        b.write(x, 0, 2);
        a.write(y, 0, 1);
        TxAbort e = assertThrows(TxAbort.class, a::commit);
        assertEquals(AbortCause.VALIDATION, e.abortCause());
        ConflictRecord r = only(AbortCause.VALIDATION);
        assertEquals(a.slot(), r.thread());
        assertEquals(b.slot(), r.other(), "the holder of the lock, not a itself");
        assertEquals("[\"siteB\"]", r.otherLocation());
        assertEquals("write", r.otherAccess());
        b.commit();
    }

    /** A detached write (a list's growth, committed at once) is a last write like a commit's. */
    @Test
    void aStaleReadNamesWhereADetachedWriteWasMade() {
        a.recordSites(() -> "[\"siteA\"]");
        b.recordSites(() -> "[\"siteB\"]");
        a.begin();
        a.read(x, 0);
        b.begin();
        b.read(x, 0); // extends b's snapshot to x's version (commits do not advance the clock)
        assertTrue(b.writeDetached(x, 0, 3, 1, 4));
        b.commit();
        a.write(y, 0, 1);
        assertEquals(AbortCause.VALIDATION, assertThrows(TxAbort.class, a::commit).abortCause());
        ConflictRecord r = only(AbortCause.VALIDATION);
        assertEquals(b.slot(), r.other());
        assertEquals("[\"siteB\"]", r.otherLocation(), "where the detached write was made");
    }

    /**
     * A writer meets the inevitable transaction's lock: whatever its age, it waits in its
     * transaction (the inevitable one never aborts), goes on once that one commits, and the
     * wait is recorded as inevitable, with both sides.
     */
    @Test
    void lockOfTheInevitableOneIsWaitedFor() throws Exception {
        a.recordSites(() -> "[\"siteA\"]");
        b.recordSites(() -> "[\"siteB\"]");
        b.begin(); // b is the older
        tick();
        a.beginInevitable();
        a.write(x, 0, 1);
        CompletableFuture<AbortCause> waiter = onOtherThreadContinuing(b, t -> t.write(x, 0, 2));
        Thread.sleep(50);
        assertFalse(waiter.isDone(), "the writer went past the inevitable transaction's lock");
        a.commit();
        assertNull(waiter.get(10, TimeUnit.SECONDS), "the writer committed after waiting");
        ConflictRecord r = only(AbortCause.INEVITABLE);
        assertTrue(r.waited(), "a wait, not an abort: " + r);
        assertEquals(b.slot(), r.thread());
        assertEquals(a.slot(), r.other());
        assertEquals("[\"siteB\"]", r.location(), "where the waiter met the lock");
        assertEquals(0, heap.stats().aborts(AbortCause.INEVITABLE));
        assertEquals(2L, (long) a.atomically(t -> t.read(x, 0)), "the waiter's write came after the inevitable one's");
        assertEquals(1, heap.stats().inevitableCommits());
    }

    /**
     * What an inevitable transaction only read keeps its version at its commit (next
     * incarnation): a transaction that read it before stays valid. What it wrote gets a new
     * one, and a reader of that before does not.
     */
    @Test
    void anInevitableCommitKeepsTheVersionOfWhatItOnlyRead() {
        b.begin();
        assertEquals(0, b.read(x, 0));
        assertEquals(0, b.read(y, 0));
        b.write(b.allocate(9, 1), 0, 1); // a writer: its commit validates
        a.beginInevitable();
        a.read(x, 0);
        a.read(y, 0);
        a.write(y, 0, 5);
        a.commit();
        assertEquals(AbortCause.VALIDATION, assertThrows(TxAbort.class, b::commit).abortCause(), "y changed");
        b.begin();
        assertEquals(0, b.read(x, 0));
        b.write(b.allocate(9, 1), 0, 1);
        a.beginInevitable();
        a.read(x, 1);
        a.write(x, 1, 7);
        a.write(x, 1, 0); // written, and put back as it was
        a.commit();
        b.commit(); // x holds what it held: still valid
    }

    /**
     * An object that inevitable transactions only read gets back exactly the orec it had,
     * however many of them read it (an orec has 16 incarnations: a kept version that used
     * them became a new one at the sixteenth, and failed every reader of it before).
     */
    @Test
    void inevitableReadsLeaveTheOrecAsItWas() {
        long orec = TxContext.orec(x);
        b.begin();
        assertEquals(0, b.read(x, 0));
        b.write(b.allocate(9, 1), 0, 1);
        for (int k = 0; k < 40; k++) {
            a.beginInevitable();
            a.read(x, k % 2);
            assertEquals(a.readLockWord, TxContext.orec(x), "read-locked");
            a.commit();
        }
        assertEquals(orec, TxContext.orec(x));
        b.commit();
    }

    /** The causes without another side: explicit, exception, injected, gc; and the commit kinds. */
    @Test
    void countersMoveByExactlyWhatHappened() {
        TmStats s = heap.stats();
        long commits = s.commits();
        a.begin();
        a.write(x, 0, 1);
        a.abort(AbortCause.EXPLICIT);
        assertEquals(1, s.aborts(AbortCause.EXPLICIT));
        assertThrows(ArithmeticException.class, () -> a.atomic(t -> {
            t.write(x, 0, 2);
            throw new ArithmeticException("boom");
        }));
        assertEquals(1, s.aborts(AbortCause.EXCEPTION));
        a.injectAborts(1.0, 1); // the first slow-path barrier of each attempt aborts
        a.begin();
        assertThrows(TxAbort.class, () -> a.read(x, 0));
        a.injectAborts(0, 1);
        assertEquals(1, s.aborts(AbortCause.INJECTED));
        a.atomically(t -> t.read(x, 0)); // read-only
        a.atomic(t -> t.write(x, 0, 3)); // writer
        a.beginInevitable();
        a.write(x, 1, 4);
        a.commit();
        assertEquals(commits + 3, s.commits());
        assertEquals(1, s.readOnlyCommits());
        assertEquals(1, s.inevitableCommits());
        assertEquals(3, s.aborts());
        assertEquals(3, heap.conflicts().total());
        List<ConflictRecord> rs = heap.conflicts().snapshot();
        assertEquals(List.of(AbortCause.EXPLICIT, AbortCause.EXCEPTION, AbortCause.INJECTED),
                rs.stream().map(ConflictRecord::cause).toList());
        for (ConflictRecord r : rs) {
            assertEquals(a.slot(), r.thread());
            assertEquals(0, r.other());
            assertNull(r.otherLocation());
            assertEquals("fileA:12", r.location());
        }
        assertEquals(x, rs.get(2).object(), "the injected abort names the object of its barrier");
    }

    /** The log is a ring: the last N records, oldest first; total counts all. */
    @Test
    void conflictLogKeepsTheLastRecords() {
        Params p = Params.defaults().withHeapLimit(1L << 20);
        p = new Params(p.heapLimit(), p.commitChunk(), p.maxRetriesBeforeInevitable(), p.spinsBeforeYield(), 4, p.checkPointers(), p.runAlone());
        try (Heap h = new Heap(p); TxContext c = h.attach()) {
            for (int i = 0; i < 10; i++) {
                c.location = "line " + i;
                c.begin();
                c.abort(AbortCause.EXPLICIT);
            }
            assertEquals(10, h.conflicts().total());
            assertEquals(List.of("line 6", "line 7", "line 8", "line 9"),
                    h.conflicts().snapshot().stream().map(ConflictRecord::location).toList());
        }
    }
}

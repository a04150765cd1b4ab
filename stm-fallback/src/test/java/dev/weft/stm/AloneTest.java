package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transactions that run alone ({@link Alone}), staged deterministically: one begun while no
 * other context is inside a transaction runs alone and logs no read; a context that begins
 * meanwhile waits until it has ended; one begun beside another does not run alone; the one
 * that runs alone steps back for a waiter where it polls, and before a wait inside its
 * transaction (and its retries do not run alone until it commits).
 */
class AloneTest {
    Heap heap;
    TxContext a, b;
    long x;

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(4L << 20).withRunAlone(true));
        StmTesting.RootTable roots = new StmTesting.RootTable(1).register(heap);
        a = heap.attach();
        b = heap.attach();
        a.atomic(t -> {
            x = t.allocate(7, 2);
            roots.set(0, x);
        });
    }

    @AfterEach
    void tearDown() {
        a.close();
        b.close();
        heap.close();
    }

    /**
     * A transaction of {@code c} on another thread: {@code begun} completes once it has begun
     * (with whether it runs alone), and it commits when {@link #commit} is called.
     */
    private static final class Elsewhere {
        final CompletableFuture<Boolean> begun = new CompletableFuture<>();
        private final CompletableFuture<Void> release = new CompletableFuture<>(), done = new CompletableFuture<>();

        Elsewhere(TxContext c) {
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    c.begin();
                    begun.complete(c.isAlone());
                    release.get(10, TimeUnit.SECONDS);
                    c.commit();
                    done.complete(null);
                } catch (Throwable e) {
                    begun.completeExceptionally(e);
                    done.completeExceptionally(e);
                }
            });
        }

        void commit() throws Exception {
            release.complete(null);
            done.get(10, TimeUnit.SECONDS);
        }
    }

    private void awaitWaiter() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (heap.aloneWaiters.get() == 0) {
            assertTrue(System.nanoTime() < deadline, "the other context never waited");
            Thread.sleep(1);
        }
    }

    @Test
    void aTransactionBegunWithNoOtherRunningRunsAloneAndLogsNoRead() {
        long aloneBefore = heap.stats().aloneCommits();
        a.begin();
        assertTrue(a.isAlone());
        assertEquals(a.slot(), heap.alone(), "it holds the alone word");
        assertEquals(0, a.read(x, 0));
        assertEquals(0, a.readGrowing(x, 1));
        assertEquals(5, a.readIfSame(x, 0, 0L, 1, 5) + 5);
        assertEquals(0, a.readLogEntries(), "no read logged");
        a.write(x, 0, 42);
        assertEquals(42, a.read(x, 0));
        a.commit();
        assertEquals(0, heap.alone(), "given back at the commit");
        assertFalse(a.isAlone());
        assertEquals(aloneBefore + 1, heap.stats().aloneCommits());
        assertEquals(42L, (long) b.atomically(t -> t.read(x, 0)));
    }

    @Test
    void aContextThatBeginsMeanwhileWaitsUntilTheOneAloneHasEnded() throws Exception {
        a.begin();
        assertTrue(a.isAlone());
        a.write(x, 0, 1);
        Elsewhere other = new Elsewhere(b);
        awaitWaiter();
        Thread.sleep(50);
        assertFalse(other.begun.isDone(), "b begins only once a has ended");
        a.write(x, 1, 1); // a goes on alone meanwhile, undisturbed
        a.commit();
        assertFalse(other.begun.get(10, TimeUnit.SECONDS), "having waited, b does not try to run alone");
        // a's next begin finds b inside a transaction: not alone, and no waiting either
        a.begin();
        assertFalse(a.isAlone());
        assertEquals(1, a.read(x, 0));
        assertEquals(1, a.readLogEntries(), "a logged read");
        other.commit();
        a.commit();
    }

    @Test
    void aTransactionBegunBesideAnotherDoesNotRunAlone() {
        b.atomic(t -> {}); // its first look finds that a began since (in setUp): company lately
        b.begin();
        assertTrue(b.isAlone(), "no other has begun since its last look");
        b.commit();
        TxContext c = heap.attach();
        try {
            c.beginWithin(); // inside a transaction without the handshake, as the VM's nested contexts are
            b.begin();
            assertFalse(b.isAlone(), "c is inside a transaction");
            assertEquals(0, heap.alone());
            b.commit();
            c.commit();
        } finally {
            c.close();
        }
    }

    @Test
    void theOneAloneStepsBackForAWaiterWhereItPolls() throws Exception {
        a.begin();
        assertTrue(a.isAlone());
        a.write(x, 0, 7);
        a.pollKilled(); // nobody waits: nothing happens
        Elsewhere other = new Elsewhere(b);
        awaitWaiter();
        TxAbort e = assertThrows(TxAbort.class, a::pollKilled);
        assertEquals(AbortCause.YIELDED, e.abortCause());
        assertFalse(other.begun.get(10, TimeUnit.SECONDS));
        a.beginRetry(false);
        assertFalse(a.isAlone(), "b is inside a transaction");
        assertEquals(0, a.read(x, 0), "the write was rolled back");
        other.commit();
        a.commit();
        assertEquals(1, heap.stats().aborts(AbortCause.YIELDED));
    }

    @Test
    void beforeAWaitInsideItsTransactionTheOneAloneRollsBackAndItsRetriesAreNotAlone() {
        a.begin();
        assertTrue(a.isAlone());
        a.write(x, 0, 9);
        TxAbort e = assertThrows(TxAbort.class, a::leaveAlone);
        assertEquals(AbortCause.YIELDED, e.abortCause());
        assertEquals(0, heap.alone());
        a.beginRetry(false);
        assertFalse(a.isAlone(), "the retry would come back to the same wait");
        assertEquals(0, a.read(x, 0), "the write was rolled back");
        a.leaveAlone(); // not alone: nothing to leave
        a.commit();
        a.begin();
        assertTrue(a.isAlone(), "after a commit it may run alone again");
        a.commit();

        a.begin();
        a.becomeInevitable();
        a.leaveAlone(); // inevitable: it cannot roll back, and waits as it is
        assertTrue(a.isAlone());
        a.commit();
    }

    @Test
    void aContextDoesNotClaimWhenAnotherBeganSinceItsLastLook() {
        a.begin();
        assertTrue(a.isAlone());
        a.commit();
        b.atomic(t -> {}); // began and ended between a's two looks
        a.begin();
        assertFalse(a.isAlone(), "another was active lately");
        a.commit();
        a.begin();
        assertTrue(a.isAlone(), "quiet since the last look");
        a.commit();
    }

    @Test
    void offInTheParamsNoneRunsAlone() {
        try (Heap h = new Heap(Params.defaults().withHeapLimit(1L << 20)); TxContext c = h.attach()) {
            c.begin();
            assertFalse(c.isAlone());
            c.commit();
        }
    }

    @Test
    void checkedReadsNeverRunAlone() {
        a.injectAborts(1e-9, 1);
        a.begin();
        assertFalse(a.isAlone());
        a.commit();
    }
}

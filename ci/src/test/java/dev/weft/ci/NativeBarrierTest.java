package dev.weft.ci;

import static dev.weft.stm.ContextLayout.*;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.stm.AbortCause;
import dev.weft.stm.ConflictRecord;
import dev.weft.stm.Heap;
import dev.weft.stm.ObjectLayout;
import dev.weft.stm.Params;
import dev.weft.stm.TxAbort;
import dev.weft.stm.TxContext;
import dev.weft.x86.stm.StmBarriers;
import dev.weft.x86.stm.StmKernels;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The STM barriers as generated x86-64 code ({@code dev.weft.x86.stm.StmBarriers}), run
 * natively on the heap that the Java barriers use: every path of each barrier on one thread
 * (the fast paths leave the logs exactly as TxContext's would; each slow exit names the right
 * code, object and orec, and {@link TxContext#abortAfterNativeExit} rolls back with the right
 * cause), then bank transfers in generated loops from two threads against each other and
 * against Java transactions, with the invariants checked inside every Java attempt and at the end.
 */
class NativeBarrierTest {
    private Heap heap;
    private TxContext tx;
    private NativeStm stm;

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(64L << 20));
        tx = heap.attach();
        stm = new NativeStm();
    }

    @AfterEach
    void tearDown() {
        stm.close();
        if (tx.isInTransaction()) tx.abort(AbortCause.EXPLICIT);
        tx.close();
        heap.close();
    }

    private static long word(long address) {
        return Heap.MEMORY.get(JAVA_LONG, address);
    }

    private long ctx(int offset) {
        return word(tx.address + offset);
    }

    private static long orec(long obj) {
        return word(obj + ObjectLayout.OREC);
    }

    private static long field(long obj, int i) {
        return word(obj + ObjectLayout.fieldOffset(i));
    }

    /** A committed object with these field values. */
    private long committed(long... values) {
        return tx.atomically(t -> {
            long o = t.allocate(1, values.length);
            for (int i = 0; i < values.length; i++) t.write(o, i, values[i]);
            return o;
        });
    }

    /** Moves the clock on: one committed write. */
    private void tick() {
        long o = committed(0);
        tx.atomic(t -> t.write(o, 0, 1));
    }

    private TxAbort abortAfterExit() {
        return assertThrows(TxAbort.class, () -> tx.abortAfterNativeExit());
    }

    private ConflictRecord lastConflict() {
        List<ConflictRecord> all = heap.conflicts().snapshot();
        return all.get(all.size() - 1);
    }

    // ---------------------------------------------------------------------------------------
    // One thread, one path at a time

    @Test
    void ownedObjectTakesTheFastPathAndLogsNothing() {
        tx.begin();
        long o = tx.allocate(1, 3);
        assertEquals(ctx(LOCK_WORD), orec(o), "allocated: locked by me");
        long readCursor = ctx(READ_LOG_CURSOR), undoCursor = ctx(UNDO_LOG_CURSOR);
        assertEquals(0, stm.write(tx, o, 2, 42));
        assertEquals(new NativeStm.Read(0, 42), stm.read(tx, o, 2));
        assertEquals(new NativeStm.Read(0, 0), stm.read(tx, o, 1));
        assertEquals(readCursor, ctx(READ_LOG_CURSOR), "no read-log entry");
        assertEquals(undoCursor, ctx(UNDO_LOG_CURSOR), "no undo entry");
        tx.commit();
        assertEquals(42, field(o, 2));
    }

    @Test
    void readOfAnotherObjectIsLoggedWithTheOrecSeen() {
        long o = committed(7, 8);
        long orec = orec(o);
        tx.begin();
        long cursor = ctx(READ_LOG_CURSOR);
        assertEquals(new NativeStm.Read(0, 8), stm.read(tx, o, 1));
        assertEquals(cursor + READ_ENTRY, ctx(READ_LOG_CURSOR));
        assertEquals(o, word(cursor), "entry: object");
        assertEquals(orec, word(cursor + 8), "entry: orec seen");
        assertEquals(orec, orec(o), "a read locks nothing");
        tx.commit();
    }

    @Test
    void firstWriteLocksAndLogsTheOldFieldsAndAbortRestoresThem() {
        long o = committed(10, 20, 30);
        long orecBefore = orec(o);
        tx.begin();
        long cursor = ctx(UNDO_LOG_CURSOR);
        assertEquals(0, stm.write(tx, o, 1, 99));
        assertEquals(ctx(LOCK_WORD), orec(o), "locked by me");
        assertEquals(cursor + 24 + 3 * 8, ctx(UNDO_LOG_CURSOR));
        assertEquals(o, word(cursor));
        assertEquals(orecBefore, word(cursor + 8));
        assertEquals(3, word(cursor + 16), "n");
        assertEquals(List.of(10L, 20L, 30L), List.of(word(cursor + 24), word(cursor + 32), word(cursor + 40)));
        assertEquals(99, field(o, 1));
        assertEquals(0, stm.write(tx, o, 2, 77), "second write: owned");
        assertEquals(cursor + 48, ctx(UNDO_LOG_CURSOR), "no second undo entry");
        assertEquals(new NativeStm.Read(0, 99), stm.read(tx, o, 1), "reads its own write");
        tx.abort(AbortCause.EXPLICIT);
        assertEquals(List.of(10L, 20L, 30L), List.of(field(o, 0), field(o, 1), field(o, 2)));
        assertFalse(ObjectLayout.isLocked(orec(o)));
        assertEquals(ObjectLayout.afterAbort(orecBefore, 0, 0), orec(o), "released at the same version, the next incarnation");
        assertTrue(orec(o) != orecBefore, "never the old orec itself (ABA)");
    }

    @Test
    void nativeReadsAndWritesCommitThroughJava() {
        long a = committed(5), b = committed(6);
        tx.begin();
        NativeStm.Read ra = stm.read(tx, a, 0);
        assertEquals(0, stm.write(tx, b, 0, ra.value() + 100));
        assertEquals(0, stm.write(tx, a, 0, 0));
        tx.commit(); // validates the natively logged read of a, now locked by me from the orec seen
        assertEquals(List.of(0L, 105L), List.of(field(a, 0), field(b, 0)));
        assertFalse(ObjectLayout.isLocked(orec(a)) || ObjectLayout.isLocked(orec(b)));
        assertEquals(orec(a), orec(b), "both published at one version");
    }

    @Test
    void readOfAnObjectLockedByAnotherExitsWithReadConflict() throws Exception {
        conflictWithOwner(false);
    }

    @Test
    void writeOfAnObjectLockedByAnotherExitsWithWriteConflict() throws Exception {
        conflictWithOwner(true);
    }

    /** Another thread holds o locked; this one, younger, meets it natively, aborts and waits for it. */
    private void conflictWithOwner(boolean write) throws Exception {
        long o = committed(1, 2);
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var ownerLockWord = new AtomicLong();
        var failure = new AtomicReference<Throwable>();
        Thread owner = new Thread(() -> {
            try (TxContext other = heap.attach()) {
                other.begin();
                other.write(o, 0, 100);
                ownerLockWord.set(orec(o));
                locked.countDown();
                release.await();
                Thread.sleep(50); // the native side is waiting for the orec by now
                other.commit();
            } catch (Throwable e) {
                failure.set(e);
                locked.countDown();
            }
        });
        owner.start();
        locked.await();
        tick(); // the owner is now strictly older (its age is the clock at its begin)
        tx.begin();
        long readCursor = ctx(READ_LOG_CURSOR), undoCursor = ctx(UNDO_LOG_CURSOR);
        long rc = write ? stm.write(tx, o, 1, 5) : stm.read(tx, o, 1).code();
        assertEquals(write ? StmBarriers.CONFLICT_WRITE : StmBarriers.CONFLICT_READ, rc);
        assertEquals(rc, ctx(EXIT_CODE));
        assertEquals(o, ctx(EXIT_OBJECT));
        assertEquals(ownerLockWord.get(), ctx(EXIT_OREC), "the owner's lock word");
        assertEquals(readCursor, ctx(READ_LOG_CURSOR), "nothing logged");
        assertEquals(undoCursor, ctx(UNDO_LOG_CURSOR), "nothing logged");
        assertEquals(2, field(o, 1), "nothing written");
        release.countDown();
        TxAbort e = abortAfterExit();
        assertEquals(write ? AbortCause.WRITE_WRITE : AbortCause.READ_WRITE, e.abortCause());
        assertNotEquals(ownerLockWord.get(), orec(o), "it waited for the owner to let go");
        assertFalse(tx.isInTransaction());
        ConflictRecord r = lastConflict();
        assertEquals(o, r.object());
        assertEquals(ObjectLayout.owner(ownerLockWord.get()), r.other());
        owner.join();
        if (failure.get() != null) throw new AssertionError(failure.get());
        assertEquals(100, field(o, 0), "the owner committed");
    }

    @Test
    void versionNewerThanTheSnapshotExitsWithExtend() {
        for (boolean write : new boolean[] {false, true}) {
            long o = committed(3);
            tx.begin();
            long rv = ctx(READ_VERSION);
            inOtherThread(t -> t.write(o, 0, 4)); // commits after my begin: version > rv
            assertTrue(ObjectLayout.version(orec(o)) > rv);
            long rc = write ? stm.write(tx, o, 0, 9) : stm.read(tx, o, 0).code();
            assertEquals(StmBarriers.EXTEND, rc);
            assertEquals(o, ctx(EXIT_OBJECT));
            assertEquals(orec(o), ctx(EXIT_OREC));
            assertFalse(ObjectLayout.isLocked(orec(o)), "the write did not lock");
            assertEquals(4, field(o, 0));
            assertEquals(AbortCause.VALIDATION, abortAfterExit().abortCause());
            // the retry reads at a new snapshot and gets through
            tx.begin();
            assertEquals(0, write ? stm.write(tx, o, 0, 9) : stm.read(tx, o, 0).code());
            tx.commit();
        }
    }

    @Test
    void anObjectThisThreadWroteLastIsCurrentWhateverItsVersion() {
        for (boolean write : new boolean[] {false, true}) {
            long o = committed(3);
            tx.begin();
            tx.write(o, 0, 5); // this thread publishes o at G + 1, and G stays where it was
            tx.commit();
            tx.begin();
            long rv = ctx(READ_VERSION), g = tx.heap().clock();
            assertTrue(ObjectLayout.version(orec(o)) > rv, "o is newer than the snapshot");
            long rc = write ? stm.write(tx, o, 0, 6) : stm.read(tx, o, 0).code();
            assertEquals(0, rc, "own last write: no EXTEND exit");
            assertEquals(g, tx.heap().clock(), "and no advance of G");
            tx.commit();
            // another thread is not exempt: its read advances G
            inOtherThread(t -> assertEquals(write ? 6 : 5, t.read(o, 0)));
            assertTrue(tx.heap().clock() > g);
        }
    }

    @Test
    void abortRequestedExitsKilledWhereTheOwnedFastPathIsLeft() {
        long o = committed(1), p = committed(2);
        NativeStm.Bank bank = bank(2, 10);
        for (int kind = 0; kind < 3; kind++) {
            tx.begin();
            long mine = tx.allocate(1, 1);
            requestAbort(tx);
            assertEquals(new NativeStm.Read(0, 0), stm.read(tx, mine, 0), "owned: no check, as in TxContext.read");
            assertEquals(0, stm.write(tx, mine, 0, 5));
            long rc = switch (kind) {
                case 0 -> stm.read(tx, o, 0).code();
                case 1 -> stm.write(tx, o, 0, 7);
                default -> stm.transfer(tx, bank, 1, 1, p);
            };
            assertEquals(StmBarriers.KILLED, rc);
            assertEquals(kind < 2 ? o : 0, ctx(EXIT_OBJECT), "the entry check names no object");
            assertEquals(AbortCause.KILLED, abortAfterExit().abortCause());
            assertEquals(1, field(o, 0));
            assertFalse(ObjectLayout.isLocked(orec(o)));
        }
    }

    @Test
    void inevitableTransactionIsRefusedAtEntry() {
        NativeStm.Bank bank = bank(2, 10);
        long counter = committed(0);
        tx.beginInevitable();
        assertEquals(StmBarriers.INEVITABLE, stm.transfer(tx, bank, 3, 1, counter));
        assertEquals(List.of(10L, 10L, 0L), List.of(field(bank.accounts()[0], 0), field(bank.accounts()[1], 0), field(counter, 0)));
        assertThrows(IllegalStateException.class, () -> tx.abortAfterNativeExit());
        assertThrows(IllegalStateException.class, () -> stm.read(tx, counter, 0), "the probes are guarded");
        tx.commit();
    }

    @Test
    void handlerRefusesWhenThereIsNoExit() {
        assertThrows(IllegalStateException.class, () -> tx.abortAfterNativeExit(), "no transaction");
        tx.begin();
        assertThrows(IllegalStateException.class, () -> tx.abortAfterNativeExit(), "exit code 0");
        tx.commit();
    }

    @Test
    void fullReadLogExitsAndTheHandlerGrowsIt() {
        long o = committed(1);
        tx.begin();
        long capacity = (ctx(READ_LOG_LIMIT) - ctx(READ_LOG_CURSOR)) / READ_ENTRY;
        for (long i = 0; i < capacity; i++) assertEquals(0, stm.read(tx, o, 0).code());
        assertEquals(ctx(READ_LOG_LIMIT), ctx(READ_LOG_CURSOR));
        assertEquals(StmBarriers.READ_LOG_FULL, stm.read(tx, o, 0).code());
        assertEquals(o, ctx(EXIT_OBJECT));
        assertEquals(orec(o), ctx(EXIT_OREC));
        assertEquals(AbortCause.EXPLICIT, abortAfterExit().abortCause());
        assertEquals(2 * capacity, (ctx(READ_LOG_LIMIT) - ctx(READ_LOG_CURSOR)) / READ_ENTRY, "grown");
        tx.begin();
        for (long i = 0; i <= capacity; i++) assertEquals(0, stm.read(tx, o, 0).code());
        tx.commit();
    }

    @Test
    void fullUndoLogExitsBeforeLockingAndTheHandlerGrowsIt() {
        int n = 9000; // 24 + 8 * 9000 bytes: more than the 64 KiB undo log
        long big = tx.atomically(t -> { // written while it is new: no undo entry, the log stays small
            long o = t.allocate(1, n);
            for (int i = 0; i < n; i++) t.write(o, i, i * 3L);
            return o;
        });
        long orecBefore = orec(big);
        tx.begin();
        long room = ctx(UNDO_LOG_LIMIT) - ctx(UNDO_LOG_CURSOR);
        assertTrue(room < 24 + 8L * n);
        assertEquals(StmBarriers.UNDO_LOG_FULL, stm.write(tx, big, 3, -1));
        assertEquals(big, ctx(EXIT_OBJECT));
        assertEquals(orecBefore, ctx(EXIT_OREC));
        assertEquals(orecBefore, orec(big), "never locked without its undo entry");
        assertEquals(AbortCause.EXPLICIT, abortAfterExit().abortCause());
        assertTrue(ctx(UNDO_LOG_LIMIT) - ctx(UNDO_LOG_CURSOR) >= 24 + 8L * n, "grown");
        tx.begin();
        long cursor = ctx(UNDO_LOG_CURSOR);
        assertEquals(0, stm.write(tx, big, 3, -1));
        assertEquals(n, word(cursor + 16));
        for (int i = 0; i < n; i++) assertEquals(i * 3L, word(cursor + 24 + 8L * i), "undo copy of field " + i);
        assertEquals(-1, field(big, 3));
        tx.abort(AbortCause.EXPLICIT);
        assertEquals(9, field(big, 3));
    }

    @Test
    void transferLoopMatchesAJavaReplay() {
        NativeStm.Bank bank = bank(8, 1000);
        long counter = committed(0);
        long[] balance = new long[8], touched = new long[8];
        java.util.Arrays.fill(balance, 1000);
        var random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            long seed = random.nextLong() | 1, iterations = round % 7;
            stm.transferTx(tx, bank, iterations, seed, counter);
            long x = seed;
            for (long it = 0; it < iterations; it++) {
                x = StmKernels.xorshift(x);
                int i = (int) (x & 7), j = (int) ((x >>> 20) & 7);
                if (i == j) j = (j + 1) & 7;
                long k = (x >>> 40) & 0xFF;
                balance[i] -= k;
                balance[j] += k;
                touched[i]++;
                touched[j]++;
            }
        }
        for (int i = 0; i < 8; i++) {
            assertEquals(balance[i], field(bank.accounts()[i], 0), "balance " + i);
            assertEquals(touched[i], field(bank.accounts()[i], 1), "touched " + i);
        }
        assertEquals(java.util.stream.LongStream.of(touched).sum() / 2, field(counter, 0));
        assertEquals(0, heap.stats().aborts(), "one thread: nothing to abort");
    }

    // ---------------------------------------------------------------------------------------
    // Threads

    @Test
    void twoNativeThreadsTransferAgainstEachOther() throws Exception {
        runBank(2, 0, false, 8, 4, 20_000);
    }

    @Test
    void nativeThreadsAgainstJavaTransactions() throws Exception {
        runBank(2, 1, true, 8, 3, 10_000);
    }

    @Test
    void heavyContentionOnTwoAccounts() throws Exception {
        runBank(3, 1, true, 2, 2, 5_000);
    }

    /**
     * {@code nativeThreads} threads doing transfers in generated code, {@code javaThreads}
     * doing them through TxContext, and (if {@code checker}) one Java thread summing every
     * balance inside each of its attempts. Each transfer thread increments its own counter
     * object in the same transactions; at the end every counter equals the transfers its
     * thread committed, the balances still add up, and the touch counts add up to twice the
     * transfers.
     */
    private void runBank(int nativeThreads, int javaThreads, boolean checker, int accounts, long iterations,
            int rounds) throws Exception {
        long initial = 1_000;
        NativeStm.Bank bank = bank(accounts, initial);
        long total = initial * accounts;
        int writers = nativeThreads + javaThreads;
        long[] counters = new long[writers];
        for (int w = 0; w < writers; w++) counters[w] = committed(0);
        long[] committedTransfers = new long[writers];
        var done = new AtomicBoolean();
        var checks = new AtomicLong();
        var badSums = new AtomicLong();
        var failures = new AtomicReference<Throwable>();
        var start = new CyclicBarrier(writers + (checker ? 1 : 0));
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int id = w;
            boolean nativeCode = w < nativeThreads;
            threads.add(new Thread(() -> {
                try (TxContext mine = heap.attach()) {
                    var random = new SplittableRandom(1000 + id);
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        long seed = random.nextLong() | 1;
                        if (nativeCode) {
                            stm.transferTx(mine, bank, iterations, seed, counters[id]);
                        } else {
                            mine.atomic(t -> NativeStm.javaTransfer(t, bank, iterations, seed, counters[id]));
                        }
                        committedTransfers[id] += iterations;
                    }
                } catch (Throwable e) {
                    failures.compareAndSet(null, e);
                }
            }, (nativeCode ? "native-" : "java-") + w));
        }
        if (checker) {
            threads.add(new Thread(() -> {
                try (TxContext mine = heap.attach()) {
                    start.await();
                    while (!done.get()) {
                        mine.atomic(t -> {
                            long sum = 0;
                            for (long a : bank.accounts()) sum += t.read(a, 0);
                            checks.incrementAndGet();
                            if (sum != total) badSums.incrementAndGet();
                        });
                    }
                } catch (Throwable e) {
                    failures.compareAndSet(null, e);
                }
            }, "checker"));
        }
        for (Thread t : threads) t.start();
        for (int w = 0; w < writers; w++) {
            threads.get(w).join(120_000);
            if (threads.get(w).isAlive()) fail(threads.get(w).getName() + " did not finish: " + heap.stats());
        }
        done.set(true);
        for (Thread t : threads) t.join(30_000);
        if (failures.get() != null) throw new AssertionError(failures.get());

        long sum = 0, touched = 0, transfers = 0;
        for (long a : bank.accounts()) {
            assertFalse(ObjectLayout.isLocked(orec(a)));
            sum += field(a, 0);
            touched += field(a, 1);
        }
        for (int w = 0; w < writers; w++) {
            assertEquals(committedTransfers[w], field(counters[w], 0), "thread " + w + "'s counter");
            transfers += committedTransfers[w];
        }
        assertEquals(total, sum, "the total");
        assertEquals(2 * transfers, touched, "two touches per transfer");
        assertEquals(0, badSums.get(), "a Java attempt saw a total other than " + total);
        if (checker) assertTrue(checks.get() > 0);
        System.out.printf("bank: %d native + %d Java threads, %d transfers, %d checks; %s%n", nativeThreads, javaThreads,
                transfers, checks.get(), heap.stats());
    }

    // ---------------------------------------------------------------------------------------

    private NativeStm.Bank bank(int n, long initial) {
        long[] accounts = new long[n];
        for (int i = 0; i < n; i++) accounts[i] = committed(initial, 0);
        long table = tx.atomically(t -> {
            long o = t.allocateImmutable(2, n);
            for (int i = 0; i < n; i++) t.write(o, i, accounts[i]);
            return o;
        });
        var bank = new NativeStm.Bank(table, accounts);
        bank.check(heap);
        return bank;
    }

    /** What another thread does to a transaction it wants out of the way (TxContext.requestAbort). */
    private static void requestAbort(TxContext victim) {
        long status = victim.address + STATUS;
        assertTrue(Heap.MEMORY.get(JAVA_LONG, status) == ACTIVE);
        Heap.MEMORY.set(JAVA_LONG, status, ABORT_REQUESTED);
    }

    private void inOtherThread(java.util.function.Consumer<TxContext> body) {
        var failure = new AtomicReference<Throwable>();
        Thread t = new Thread(() -> {
            try (TxContext other = heap.attach()) {
                other.atomic(body);
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        if (failure.get() != null) throw new AssertionError(failure.get());
    }
}

package dev.weft.ci;

import static dev.weft.x86.Reg.*;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.htm.ExecutableMemory;
import dev.weft.stm.AbortCause;
import dev.weft.stm.Heap;
import dev.weft.stm.ObjectLayout;
import dev.weft.stm.Params;
import dev.weft.stm.TxAbort;
import dev.weft.stm.TxContext;
import dev.weft.x86.Assembler;
import dev.weft.x86.Label;
import dev.weft.x86.stm.StmKernels;
import dev.weft.x86.stm.HtmBarriers;
import dev.weft.x86.stm.HtmBarriers.Mode;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hardware-transaction barriers ({@code dev.weft.x86.stm.HtmBarriers}) in TEST mode, run
 * natively on one thread (this host has no RTM, so no xbegin/xend/xabort is ever executed;
 * TEST mode emits the same barrier and commit sequences without them): a committed region
 * updates the fields, ticks G by exactly one and stamps each written orec with
 * {@code next(wv, old) << 15}, writer 0; a region that meets an orec locked by a software
 * transaction answers the status {@code xabort 0x01} would give (0x01000001) and changes
 * nothing; software transactions afterwards see consistent values and conflict correctly.
 */
class NativeHtmBarrierTest {
    private Heap heap;
    private TxContext tx;
    private ExecutableMemory transferCode, writeCode;
    private MethodHandle transfer, writeOnly;

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(64L << 20));
        tx = heap.attach();
        transferCode = ExecutableMemory.of(StmKernels.htmTransfer(Mode.TEST));
        transfer = transferCode.downcall(0, FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
        writeCode = ExecutableMemory.of(writeRegion());
        writeOnly = writeCode.downcall(0, FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    @AfterEach
    void tearDown() {
        transferCode.close();
        writeCode.close();
        if (tx.isInTransaction()) tx.abort(AbortCause.EXPLICIT);
        tx.close();
        heap.close();
    }
    /** {@code long region(ctx, a, v)}: a.f0 = v (no read first); commit. */
    private static byte[] writeRegion() {
        var a = new Assembler();
        Label exit = new Label("exit");
        var h = new HtmBarriers(a, Mode.TEST, RDI, exit);
        h.begin();
        h.write(RSI, 0, RDX);
        h.commit(List.of(RSI));
        a.bind(exit);
        a.ret();
        h.emitStubs();
        return a.finish();
    }

    private long runTransfer(long a, long b, long k) {
        NativeStm.checkObject(heap, a, 0);
        NativeStm.checkObject(heap, b, 0);
        try {
            return (long) transfer.invokeExact(tx.address, a, b, k);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private long runWrite(long a, long v) {
        NativeStm.checkObject(heap, a, 0);
        try {
            return (long) writeOnly.invokeExact(tx.address, a, v);
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private static long word(long address) {
        return Heap.MEMORY.get(JAVA_LONG, address);
    }

    private static long orec(long obj) {
        return word(obj + ObjectLayout.OREC);
    }

    private static long field(long obj, int i) {
        return word(obj + ObjectLayout.fieldOffset(i));
    }

    private long committed(long value) {
        return tx.atomically(t -> {
            long o = t.allocate(1, 1);
            t.write(o, 0, value);
            return o;
        });
    }

    @Test
    void committedRegionUpdatesFieldsTicksTheClockOnceAndStampsTheOrecs() {
        long a = committed(100);
        heap.advanceClock(heap.clock() + 10); // a's version is now below the next wv, b's above it
        long b = committed(50);
        long oldA = orec(a), oldB = orec(b), g = heap.clock();
        long wv = g + 1;
        assertTrue(ObjectLayout.version(oldA) < wv && ObjectLayout.version(oldB) >= wv, "both branches of next()");

        assertEquals(HtmBarriers.COMMITTED, runTransfer(a, b, 7));

        assertEquals(93, field(a, 0));
        assertEquals(57, field(b, 0));
        assertEquals(wv, heap.clock(), "G incremented by exactly 1");
        assertEquals(ObjectLayout.unlocked(ObjectLayout.nextVersion(wv, oldA)), orec(a));
        assertEquals(ObjectLayout.unlocked(ObjectLayout.nextVersion(wv, oldB)), orec(b));
        assertEquals(wv, ObjectLayout.version(orec(a)), "max(wv, version + 1) = wv");
        assertEquals(ObjectLayout.version(oldB) + 1, ObjectLayout.version(orec(b)), "max(wv, version + 1) = version + 1");
        for (long o : new long[] {a, b}) {
            assertFalse(ObjectLayout.isLocked(orec(o)));
            assertEquals(0, ObjectLayout.writer(orec(o)), "writer 0");
        }
        assertTrue(ObjectLayout.version(orec(a)) > ObjectLayout.version(oldA));
        assertTrue(ObjectLayout.version(orec(b)) > ObjectLayout.version(oldB));

        // again: the versions keep growing, G ticks once more
        long a2 = orec(a), b2 = orec(b);
        assertEquals(HtmBarriers.COMMITTED, runTransfer(a, b, 3));
        assertEquals(wv + 1, heap.clock());
        assertEquals(ObjectLayout.unlocked(ObjectLayout.nextVersion(wv + 1, a2)), orec(a));
        assertEquals(ObjectLayout.unlocked(ObjectLayout.nextVersion(wv + 1, b2)), orec(b));
        assertEquals(List.of(90L, 60L), List.of(field(a, 0), field(b, 0)));
    }

    @Test
    void regionMeetingAnOrecLockedOnThisThreadAbortsWithCode1AndChangesNothing() {
        long a = committed(100), b = committed(50);
        for (long locked : new long[] {a, b}) {
            try (TxContext other = heap.attach()) {
                other.begin();
                other.write(locked, 0, 999); // locked by the other context, left open
                assertTrue(ObjectLayout.isLocked(orec(locked)));
                long g = heap.clock(), oa = orec(a), ob = orec(b);
                long fa = field(a, 0), fb = field(b, 0);

                assertEquals(HtmBarriers.LOCKED_STATUS, runTransfer(a, b, 7));
                assertEquals(0x01000001L, runTransfer(a, b, 7));
                assertEquals(HtmBarriers.LOCKED_STATUS, runWrite(locked, 5), "the write barrier's own check");

                assertEquals(g, heap.clock(), "G untouched");
                assertEquals(List.of(oa, ob), List.of(orec(a), orec(b)), "orecs untouched");
                assertEquals(List.of(fa, fb), List.of(field(a, 0), field(b, 0)), "fields untouched");
                other.abort(AbortCause.EXPLICIT);
            }
        }
        assertEquals(List.of(100L, 50L), List.of(field(a, 0), field(b, 0)));
        assertEquals(HtmBarriers.COMMITTED, runTransfer(a, b, 1), "commits once the lock is gone");
        assertEquals(List.of(99L, 51L), List.of(field(a, 0), field(b, 0)));
    }

    /**
     * While a software transaction runs alone (plain reads, no validation), a region must not
     * commit under it: it reads the heap's alone word at its entry and aborts with code 2.
     */
    @Test
    void regionWhileASoftwareTransactionRunsAloneAbortsWithCode2AndChangesNothing() {
        long a = committed(100), b = committed(50);
        long g = heap.clock(), oa = orec(a), ob = orec(b);
        Heap.MEMORY.set(JAVA_LONG, heap.aloneAddress, 3L); // as slot 3's claim leaves it (AloneTest)
        try {
            assertEquals(HtmBarriers.ALONE_STATUS, runTransfer(a, b, 7));
            assertEquals(0x02000001L, runWrite(a, 5));
            assertEquals(g, heap.clock(), "G untouched");
            assertEquals(List.of(oa, ob), List.of(orec(a), orec(b)), "orecs untouched");
            assertEquals(List.of(100L, 50L), List.of(field(a, 0), field(b, 0)), "fields untouched");
        } finally {
            Heap.MEMORY.set(JAVA_LONG, heap.aloneAddress, 0L);
        }
        assertEquals(HtmBarriers.COMMITTED, runTransfer(a, b, 1), "commits once none runs alone");
        assertEquals(List.of(99L, 51L), List.of(field(a, 0), field(b, 0)));
    }

    @Test
    void regionMeetingAnOrecLockedByAnotherThreadAbortsWithCode1() throws Exception {
        long a = committed(100), b = committed(50);
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var failure = new AtomicReference<Throwable>();
        Thread owner = new Thread(() -> {
            try (TxContext other = heap.attach()) {
                other.begin();
                other.write(b, 0, 1000);
                locked.countDown();
                release.await();
                other.commit();
            } catch (Throwable e) {
                failure.set(e);
                locked.countDown();
            }
        });
        owner.start();
        locked.await();
        long g = heap.clock(), oa = orec(a);
        assertEquals(HtmBarriers.LOCKED_STATUS, runTransfer(a, b, 7));
        assertEquals(g, heap.clock());
        assertEquals(oa, orec(a));
        assertEquals(100, field(a, 0));
        release.countDown();
        owner.join(10_000);
        assertNull(failure.get());
        assertEquals(1000, field(b, 0), "the software writer committed");
        assertEquals(HtmBarriers.COMMITTED, runTransfer(a, b, 7));
        assertEquals(List.of(93L, 1007L), List.of(field(a, 0), field(b, 0)));
    }

    @Test
    void softwareTransactionsAfterRegionCommitsSeeConsistentValues() {
        long a = committed(1000), b = committed(0);
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < 200; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            long k = x & 0xFF;
            long g = heap.clock();
            assertEquals(HtmBarriers.COMMITTED, runTransfer(a, b, k));
            assertEquals(g + 1, heap.clock());
            long sum = tx.atomically(t -> t.read(a, 0) + t.read(b, 0));
            assertEquals(1000, sum, "iteration " + i);
            // a software transfer the other way: the orecs the region stamped (writer 0) are read and locked
            long back = k / 2;
            tx.atomic(t -> {
                t.write(b, 0, t.read(b, 0) - back);
                t.write(a, 0, t.read(a, 0) + back);
            });
            assertEquals(1000, field(a, 0) + field(b, 0));
        }
    }

    @Test
    void softwareSnapshotTakenBeforeARegionCommitIsInvalidated() {
        long a = committed(100), b = committed(50);
        heap.advanceClock(ObjectLayout.version(orec(b))); // both current for the next transaction
        tx.begin();
        assertEquals(100, tx.read(a, 0)); // logged with a's orec
        assertEquals(HtmBarriers.COMMITTED, runTransfer(a, b, 7));
        // b is now newer than the snapshot: extending validates the log, which sees a changed
        assertThrows(TxAbort.class, () -> tx.read(b, 0));
        assertFalse(tx.isInTransaction());
        assertEquals(150, (long) tx.atomically(t -> t.read(a, 0) + t.read(b, 0)));
    }
}

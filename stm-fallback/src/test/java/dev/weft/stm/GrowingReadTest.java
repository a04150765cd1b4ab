package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Growing reads ({@link TxContext#readGrowing}), detached writes and published allocations:
 * the TM side of a list growth that does not conflict with readers of the list (issue 6).
 * The shape used is a list's: a mutable header whose field 0 points at an immutable spine of
 * chunk pointers, field 1 the capacity. Two contexts on one thread interleave step by step.
 */
class GrowingReadTest {
    static final int HEADER = 20, SPINE = 21, CHUNK = 22, OTHER_SPINE = 23;

    Heap heap;
    TxContext tx, other;

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(8L << 20).withCheckPointers(true));
        tx = heap.attach();
        other = heap.attach();
    }

    @AfterEach
    void tearDown() {
        if (tx.isInTransaction()) tx.abort(AbortCause.EXCEPTION);
        if (other.isInTransaction()) other.abort(AbortCause.EXCEPTION);
        other.close();
        tx.close();
        heap.close();
    }

    /** n committed one-field chunks holding 100, 101, ... */
    private long[] chunks(int n) {
        return other.atomically(t -> {
            long[] c = new long[n];
            for (int i = 0; i < n; i++) {
                c[i] = t.allocate(CHUNK, 1);
                t.write(c[i], 0, 100 + i);
            }
            return c;
        });
    }

    /** A committed immutable spine (of type {@code type}) over {@code cs}. */
    private long spine(int type, long... cs) {
        return other.atomically(t -> {
            long s = t.allocateImmutable(type, cs.length);
            for (int i = 0; i < cs.length; i++) t.write(s, i, cs[i]);
            return s;
        });
    }

    private long header(long spine) {
        return other.atomically(t -> {
            long h = t.allocate(HEADER, 2);
            t.write(h, 0, spine);
            t.write(h, 1, 0);
            return h;
        });
    }

    private void setSpine(long h, long spine) {
        other.atomic(t -> t.write(h, 0, spine));
    }

    /** Makes tx's running transaction a writer, so that its commit validates. */
    private void makeWriter() {
        tx.write(tx.allocate(9, 1), 0, 1);
    }

    /** tx reads chunk 1's item through the spine it finds in h. */
    private long readItem1(long h) {
        long s = tx.readGrowing(h, 0);
        return tx.read(tx.readImmutable(s, 1), 0);
    }

    @Test
    void aGrowthCommittedAfterTheReadDoesNotAbortIt() {
        long[] c = chunks(3);
        long h = header(spine(SPINE, c[0], c[1]));
        tx.begin();
        assertEquals(101, readItem1(h));
        assertEquals(1, tx.growing.size());
        setSpine(h, spine(SPINE, c[0], c[1], c[2]));
        makeWriter();
        tx.commit();
    }

    @Test
    void aReadAfterTheGrowthSeesTheNewSpineAndStillCommits() {
        long[] c = chunks(3);
        long h = header(spine(SPINE, c[0], c[1]));
        long grown = spine(SPINE, c[0], c[1], c[2]);
        tx.begin();
        assertEquals(101, readItem1(h));
        setSpine(h, grown);
        assertEquals(grown, tx.readGrowing(h, 0)); // too new: the snapshot extends, by value
        makeWriter();
        tx.commit();
    }

    @Test
    void anOrdinaryReadOfTheFieldStillAborts() {
        long[] c = chunks(3);
        long h = header(spine(SPINE, c[0], c[1]));
        tx.begin();
        tx.read(h, 0);
        setSpine(h, spine(SPINE, c[0], c[1], c[2]));
        makeWriter();
        assertEquals(AbortCause.VALIDATION, assertThrows(TxAbort.class, tx::commit).abortCause());
    }

    @Test
    void aReplacementThatIsNotAnExtensionAborts() {
        long[] c = chunks(4);
        long[][] replacements = {
            {c[0], c[3], c[2]}, // another chunk where the reader's was
            {c[0]},             // shorter
        };
        for (long[] r : replacements) {
            long h = header(spine(SPINE, c[0], c[1]));
            tx.begin();
            readItem1(h);
            setSpine(h, spine(SPINE, r));
            makeWriter();
            assertEquals(AbortCause.VALIDATION, assertThrows(TxAbort.class, tx::commit).abortCause());
        }
        // the same fields in an object of another type, or in a mutable one
        long h = header(spine(SPINE, c[0], c[1]));
        tx.begin();
        readItem1(h);
        setSpine(h, spine(OTHER_SPINE, c[0], c[1], c[2]));
        makeWriter();
        assertThrows(TxAbort.class, tx::commit);
        long h2 = header(spine(SPINE, c[0], c[1]));
        tx.begin();
        readItem1(h2);
        setSpine(h2, other.atomically(t -> {
            long s = t.allocate(SPINE, 3);
            for (int i = 0; i < 3; i++) t.write(s, i, c[i]);
            return s;
        }));
        makeWriter();
        assertThrows(TxAbort.class, tx::commit);
    }

    @Test
    void aLockHeldByAnotherTransactionFailsValidation() {
        long[] c = chunks(3);
        long h = header(spine(SPINE, c[0], c[1]));
        tx.begin();
        readItem1(h);
        other.begin();
        other.write(h, 1, 7);
        makeWriter();
        assertEquals(AbortCause.VALIDATION, assertThrows(TxAbort.class, tx::commit).abortCause());
        other.commit();
    }

    @Test
    void itsOwnWriteOfTheFieldIsValidatedAgainstWhatWasThereBefore() {
        long[] c = chunks(3);
        long s = spine(SPINE, c[0], c[1]);
        long h = header(s);
        long unrelated = spine(SPINE, c[2]);
        tx.begin();
        readItem1(h);
        tx.write(h, 0, unrelated); // its own write: validation compares the undo copy, not this
        tx.commit();
        long h2 = header(spine(SPINE, c[0], c[1]));
        tx.begin();
        readItem1(h2);
        setSpine(h2, spine(SPINE, c[1], c[0]));
        // locking h2 extends the snapshot past the change, and the growing entry fails there
        assertEquals(AbortCause.VALIDATION, assertThrows(TxAbort.class, () -> tx.write(h2, 1, 6)).abortCause());
    }

    /**
     * Many growing reads of objects that the transaction then writes itself: every validation
     * (two extensions and the commit) finds each one's value before the lock in the undo log,
     * through the index it makes per validation. An index that answered another object's
     * copy, or the new value, would fail one (the unrelated spine is no extension).
     */
    @Test
    void manyOwnWritesAfterGrowingReadsAreEachValidatedAgainstTheirOwnUndoCopy() {
        long[] c = chunks(3);
        long unrelated = spine(SPINE, c[2]);
        long[] hs = new long[300];
        for (int k = 0; k < hs.length; k++) hs[k] = header(spine(SPINE, c[0], c[1]));
        long[] newer = chunks(2);
        tx.begin();
        for (long h : hs) {
            assertEquals(101, readItem1(h));
            tx.write(h, 0, unrelated);
            tx.write(h, 1, 5); // a second field in the same undo entry
        }
        for (long x : newer) {
            other.atomic(t -> t.write(x, 0, 7));
            assertEquals(7, tx.read(x, 0)); // newer than the snapshot: extends, validating all
        }
        tx.commit();
        assertEquals(unrelated, (long) other.atomically(t -> t.read(hs[hs.length - 1], 0)));
    }

    @Test
    void becomingInevitableChecksGrowingReads() {
        long[] c = chunks(3);
        long h = header(spine(SPINE, c[0], c[1]));
        tx.begin();
        readItem1(h);
        setSpine(h, spine(SPINE, c[0], c[1], c[2]));
        tx.becomeInevitable(); // an extension: it holds
        assertEquals(tx.readLockWord, TxContext.orec(h), "read-locked");
        tx.commit();
        tx.begin();
        readItem1(h);
        setSpine(h, spine(SPINE, c[2]));
        assertEquals(AbortCause.VALIDATION, assertThrows(TxAbort.class, tx::becomeInevitable).abortCause());
    }

    @Test
    void aDetachedWriteIsCommittedAtOnceAndKeepsTheWritersReads() {
        long[] c = chunks(3);
        long s = spine(SPINE, c[0], c[1]);
        long h = header(s);
        long grown = spine(SPINE, c[0], c[1], c[2]);
        tx.begin();
        assertEquals(0, tx.read(h, 1));
        assertTrue(tx.writeDetached(h, 0, grown, 1, 3));
        assertFalse(tx.holdsLock(h));
        // another transaction sees it before tx ends
        assertEquals(grown, (long) other.atomically(t -> t.read(h, 0)));
        assertEquals(3, tx.read(h, 1));
        makeWriter();
        tx.commit();
        // and it stays when the writer aborts
        long again = spine(SPINE, c[0], c[1], c[2], c[0]);
        tx.begin();
        assertTrue(tx.writeDetached(h, 0, again, 1, 4));
        tx.abort(AbortCause.EXCEPTION);
        assertEquals(again, (long) other.atomically(t -> t.read(h, 0)));
    }

    @Test
    void aDetachedWriteIsRefusedWhenTheObjectIsNotFree() {
        long[] c = chunks(2);
        long h = header(spine(SPINE, c[0]));
        long s2 = spine(SPINE, c[0], c[1]);
        // locked by this transaction
        tx.begin();
        tx.write(h, 1, 1);
        assertFalse(tx.writeDetached(h, 0, s2, 1, 2));
        tx.commit();
        // locked by another
        other.begin();
        other.write(h, 1, 2);
        tx.begin();
        assertFalse(tx.writeDetached(h, 0, s2, 1, 2));
        other.commit();
        // changed since this transaction read it
        tx.read(h, 1);
        other.atomic(t -> t.write(h, 1, 3));
        assertFalse(tx.writeDetached(h, 0, s2, 1, 2));
        assertThrows(TxAbort.class, () -> tx.read(h, 0));
        // inevitable
        tx.beginInevitable();
        assertFalse(tx.writeDetached(h, 0, s2, 1, 2));
        tx.commit();
        assertEquals(3, (long) other.atomically(t -> t.read(h, 1)));
    }

    @Test
    void publishedAllocationsOutliveTheTransactionAndAreNotLocked() {
        tx.begin();
        long before = tx.allocate(9, 1); // not published: stays this transaction's
        long mark = tx.undoMark();
        long o = tx.allocate(9, 2);
        tx.write(o, 0, 42);
        tx.publishAllocatedSince(mark);
        assertFalse(tx.holdsLock(o));
        assertTrue(tx.holdsLock(before));
        // another transaction may lock it while tx runs; tx's abort does not touch it
        other.begin();
        other.write(o, 1, 7);
        tx.abort(AbortCause.EXCEPTION);
        assertTrue(other.holdsLock(o));
        other.commit();
        assertEquals(42, (long) other.atomically(t -> t.read(o, 0)));
        assertEquals(7, (long) other.atomically(t -> t.read(o, 1)));
    }

    @Test
    void onlyAllocationsMayFollowThePublishMark() {
        long o = other.atomically(t -> t.allocate(9, 1));
        tx.begin();
        long mark = tx.undoMark();
        tx.allocate(9, 1);
        tx.write(o, 0, 1);
        assertThrows(IllegalStateException.class, () -> tx.publishAllocatedSince(mark));
    }
}

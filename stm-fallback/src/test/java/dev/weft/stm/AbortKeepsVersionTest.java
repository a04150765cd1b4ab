package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An aborted write leaves the object as it was, and so must not fail the transactions that
 * read it before the writer locked it (docs/tm-protocol.md, "Aborts keep the version"): not
 * at a commit's validation, not when the reader becomes inevitable, not before a detached
 * write (a growing read holds anyway: it is validated by value). A commit in the same place
 * must still fail them (the control).
 */
class AbortKeepsVersionTest {
    Heap heap;
    TxContext reader, writer;
    long x, y;

    @BeforeEach
    void setUp() {
        heap = new Heap(Params.defaults().withHeapLimit(4L << 20));
        StmTesting.RootTable roots = new StmTesting.RootTable(2).register(heap);
        reader = heap.attach();
        writer = heap.attach();
        reader.atomic(t -> {
            x = t.allocate(7, 2);
            y = t.allocate(7, 1);
            roots.set(0, x);
            roots.set(1, y);
        });
    }

    @AfterEach
    void tearDown() {
        reader.close();
        writer.close();
        heap.close();
    }

    /** The writer locks x, writes it, and then aborts or commits. */
    private void writeX(boolean commit) {
        writer.begin();
        writer.read(x, 0); // extends its snapshot to x's version (commits do not advance the clock)
        writer.write(x, 0, 99);
        if (commit) writer.commit(); else writer.abort(AbortCause.EXPLICIT);
    }

    @Test
    void aReadBeforeAnAbortedWriteStillHoldsAtCommit() {
        reader.begin();
        assertEquals(0, reader.read(x, 0));
        writeX(false);
        reader.write(y, 0, 1);
        reader.commit();
        assertEquals(0, heap.stats().aborts(AbortCause.VALIDATION));
        assertEquals(1L, (long) reader.atomically(t -> t.read(y, 0)));
    }

    @Test
    void controlAReadBeforeACommittedWriteFailsAtCommit() {
        reader.begin();
        reader.read(x, 0);
        writeX(true);
        reader.write(y, 0, 1);
        assertEquals(AbortCause.VALIDATION, assertThrows(TxAbort.class, reader::commit).abortCause());
    }

    @Test
    void aReadBeforeAnAbortedWriteStillHoldsWhenTheReaderBecomesInevitable() {
        reader.begin();
        reader.read(x, 0);
        writeX(false);
        reader.becomeInevitable();
        reader.write(y, 0, 2);
        reader.commit();
        assertEquals(0, heap.stats().aborts(AbortCause.VALIDATION));
    }

    @Test
    void aGrowingReadBeforeAnAbortedWriteStillHolds() {
        reader.begin();
        reader.readGrowing(x, 1);
        writeX(false);
        reader.write(y, 0, 3);
        reader.commit();
        assertEquals(0, heap.stats().aborts(AbortCause.VALIDATION));
    }

    @Test
    void aDetachedWriteAfterAnAbortedWriteOfWhatItReadStillGoesAhead() {
        reader.begin();
        reader.read(x, 0);
        writeX(false);
        org.junit.jupiter.api.Assertions.assertTrue(reader.writeDetached(x, 0, 6, 1, 7), "its read of x still holds");
        reader.commit();
        assertEquals(7L, (long) writer.atomically(t -> t.read(x, 1)));
    }

    @Test
    void manyAbortsInARowStillLeaveTheReadValidUntilTheLastIncarnation() {
        reader.begin();
        reader.read(x, 0);
        for (int i = 0; i < ObjectLayout.MAX_INCARNATION; i++) writeX(false);
        reader.write(y, 0, 4);
        reader.commit();
        reader.begin();
        reader.read(x, 0);
        for (int i = 0; i <= ObjectLayout.MAX_INCARNATION; i++) writeX(false); // past the last: a new version
        reader.write(y, 0, 5);
        assertEquals(AbortCause.VALIDATION, assertThrows(TxAbort.class, reader::commit).abortCause(),
                "after the last incarnation an abort publishes a new version: conservative, never wrong");
    }
}

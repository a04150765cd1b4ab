package dev.weft.runtime.objects.bigint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.stm.Heap;
import dev.weft.stm.Params;
import dev.weft.stm.TxContext;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bigint layout of BigInts' class comment, and boxing and unboxing at every edge. */
class BigIntsTest {
    private Heap heap;
    private TxContext tx;
    private Mem m;

    @BeforeEach
    void heap() {
        heap = new Heap(Params.defaults().withHeapLimit(64 << 20));
        tx = heap.attach();
        tx.begin();
        m = new Mem(tx, true);
    }

    @AfterEach
    void close() {
        tx.commit();
        tx.close();
        heap.close();
    }

    @Test
    void layoutIsTheWorkedExample() {
        long w = BigInts.box(m, BigInteger.ONE.shiftLeft(50).add(BigInteger.valueOf(7)).negate());

        assertEquals(TypeIds.BIGINT, Mem.typeId(w));
        assertEquals(3, Mem.fieldCount(w));
        assertEquals(0xFFFF_FFFF_FFFF_FFFFL, m.getImm(w, 0));
        assertEquals(0xFFFF_0000_0000_0007L, m.getImm(w, 1));
        assertEquals(0xFFFF_0000_0000_0004L, m.getImm(w, 2));
    }

    @Test
    void valuesThatFitAreSmallInts() {
        for (long v : new long[] {0, 1, -1, Words.MAX_SMALL, Words.MIN_SMALL}) {
            long w = BigInts.box(m, BigInteger.valueOf(v));
            assertTrue(Words.isSmallInt(w), "box(" + v + ")");
            assertEquals(v, Words.toInt(w));
            assertEquals(w, BigInts.box(m, v));
        }
    }

    @Test
    void roundTripsAtTheEdges() {
        long[] edges = {Words.MAX_SMALL + 1, Words.MIN_SMALL - 1, 1L << 48, -(1L << 48), (1L << 48) - 1,
            Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 1L << 62};
        for (long v : edges) {
            long w = BigInts.box(m, v);
            assertTrue(BigInts.isBig(w), "box(" + v + ")");
            assertEquals(BigInteger.valueOf(v), BigInts.toBig(w));
            assertTrue(BigInts.fitsLong(w));
            assertEquals(v, BigInts.toLong(w));
            assertEquals(v, BigInts.toLongExact(w));
            assertEquals(w == 0 ? 0 : BigInteger.valueOf(v).signum(), BigInts.signum(w));
        }
    }

    @Test
    void roundTripsRandomValuesOfEverySize() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            BigInteger v = new BigInteger(1 + random.nextInt(3000), random);
            if (random.nextBoolean()) v = v.negate();
            long w = BigInts.box(m, v);
            assertEquals(v, BigInts.toBig(w));
            assertEquals(BigInts.fitsLong(v), BigInts.fitsLong(w), v.toString());
            assertTrue(BigInts.isInt(w));
            if (BigInts.isBig(w)) assertTrue(Mem.fieldCount(w) - 1 == (v.abs().bitLength() + 47) / 48, "no zero top digit");
        }
    }

    @Test
    void valuesBeyondALongDoNotConvert() {
        long w = BigInts.box(m, BigInteger.ONE.shiftLeft(63));

        assertFalse(BigInts.fitsLong(w));
        PyException e = assertThrows(PyException.class, () -> BigInts.toLongExact(w));
        assertEquals("Python int too large to convert to C ssize_t", e.getMessage());
    }

    @Test
    void boolsAreIntsAndOtherWordsAreNot() {
        assertTrue(BigInts.isInt(Words.TRUE));
        assertEquals(BigInteger.ONE, BigInts.toBig(Words.TRUE));
        assertEquals(0, BigInts.toLong(Words.FALSE));
        assertFalse(BigInts.isInt(Words.NONE));
        assertFalse(BigInts.isInt(Words.fromDouble(1.0)));
        assertFalse(BigInts.isInt(m.allocImmutable(TypeIds.STR, 1)));
    }

    /**
     * box() remembers what it boxed by address; an object that dies and whose cell a new
     * bigint takes must be read as the new value. The values share their field count and
     * lowest digit, so only the invariant (every bigint is made by box(), which rewrites its
     * address's slot) keeps the old one from being answered. Bigints are boxed until one
     * lands in the dead one's cell.
     */
    @Test
    void aNewBigintInTheCellOfADeadOneIsReadAsItself() {
        BigInteger seven = BigInteger.valueOf(7);
        BigInteger old = BigInteger.ONE.shiftLeft(200).multiply(BigInteger.valueOf(5)).add(seven);
        long dead = BigInts.box(m, old);
        assertEquals(old, BigInts.toBig(dead));
        freeEverything();
        boolean reused = false;
        for (int k = 1; k < 20_000 && !reused; k++) {
            BigInteger v = BigInteger.ONE.shiftLeft(200).multiply(BigInteger.valueOf(3)).add(BigInteger.valueOf(k).shiftLeft(100)).add(seven);
            long w = BigInts.box(m, v);
            assertEquals(v, BigInts.toBig(w));
            reused = w == dead;
        }
        assertTrue(reused, "no bigint took the dead one's cell");

        // A bigint made by box(long), without a BigInteger in hand, in the cell of one that
        // box(BigInteger) made: three fields each, lowest digit 7.
        BigInteger big = BigInteger.ONE.shiftLeft(64).add(seven);
        dead = BigInts.box(m, big);
        assertEquals(3, Mem.fieldCount(dead));
        assertEquals(big, BigInts.toBig(dead));
        freeEverything();
        reused = false;
        for (long k = 1; k < 20_000 && !reused; k++) {
            long w = BigInts.box(m, (k << 48) + 7);
            assertEquals(BigInteger.valueOf((k << 48) + 7), BigInts.toBig(w));
            reused = w == dead;
        }
        assertTrue(reused, "no bigint took the dead one's cell");
    }

    /** Aborts the running transaction and collects: with no roots, every object dies. */
    private void freeEverything() {
        tx.abort(dev.weft.stm.AbortCause.INJECTED);
        heap.collector().collect(tx);
        tx.begin();
    }
}

package dev.weft.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.iter.Iter;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.list.WordArray;
import dev.weft.runtime.objects.set.PySet;
import dev.weft.runtime.objects.str.Str;
import dev.weft.stm.Collector;
import dev.weft.stm.Heap;
import dev.weft.stm.Params;
import dev.weft.stm.TxContext;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * The heap side of the containers: str storage widths and round trips, the two-level list
 * storage, and containers that grow across many transactions while the collector runs (a
 * collection must find every chunk through the header, or the list loses items).
 */
class ContainersOnHeapTest {

    /** A context for heap tests: a {@link TestGuest} over {@code tx}. */
    static Ctx ctx(TxContext tx, boolean gil) {
        TestGuest g = new TestGuest();
        Ctx c = new Ctx(new Mem(tx, gil), g);
        g.ctx = c;
        return c;
    }

    @Test
    void strsRoundTripAtEachWidth() {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(16L << 20))) {
            TxContext tx = heap.attach();
            Ctx c = ctx(tx, true);
            tx.atomic(t -> {
                String[] samples = {"", "ascii", "é latin-1 ÿ", "€ BMP ☃", "🐍 astral 𝄞", "lone \ud800 surrogate"};
                int[] widths = {1, 1, 1, 2, 4, 2};
                for (int i = 0; i < samples.length; i++) {
                    long s = Str.of(c.mem, samples[i]);
                    assertEquals(samples[i], Str.value(s));
                    assertEquals(widths[i], Str.width(s), samples[i]);
                    assertEquals(samples[i].codePointCount(0, samples[i].length()), Str.length(s));
                    long again = Str.of(c.mem, samples[i]);
                    assertNotEquals(s, again);
                    assertTrue(Str.equals(s, again));
                    assertEquals(Str.hash(s), Str.hash(again));
                    assertTrue(Words.fitsSmall(Str.hash(s)), "hash(str) is a small int");
                }
                assertEquals(0x1F40D, Str.charAt(Str.of(c.mem, "🐍"), 0));
                assertFalse(Str.equals(Str.of(c.mem, "ab"), Str.of(c.mem, "ac")));
                assertTrue(Str.compare(Str.of(c.mem, "ab"), Str.of(c.mem, "ab\u0000")) < 0);
            });
            tx.close();
        }
    }

    @Test
    void bigListsAreChunkedAndSmallOnesFlat() {
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(64L << 20))) {
            TxContext tx = heap.attach();
            Ctx c = ctx(tx, false);
            tx.atomic(t -> {
                long small = PyList.make(c.mem);
                for (int i = 0; i < 10; i++) PyList.append(c.mem, small, Words.fromInt(i));
                long cap = c.mem.get(small, PyList.CAPACITY);
                assertEquals(cap, Mem.fieldCount(c.mem.get(small, PyList.STORAGE)), "a flat storage holds the items");
                assertEquals(0, c.mem.get(small, PyList.COUNT), "a flat list keeps its size in the header");
                long big = PyList.make(c.mem);
                for (int i = 0; i < 5000; i++) PyList.append(c.mem, big, Words.fromInt(i));
                long bigCap = c.mem.get(big, PyList.CAPACITY);
                long spine = c.mem.get(big, PyList.STORAGE);
                assertTrue(bigCap > WordArray.CHUNK && bigCap % WordArray.CHUNK == 0);
                assertEquals(bigCap / WordArray.CHUNK, Mem.fieldCount(spine), "a spine of chunk pointers");
                long count = c.mem.get(big, PyList.COUNT);
                assertNotEquals(0, count, "a chunked list has a count object");
                assertEquals(5000, c.mem.get(count, 0));
                assertEquals(5000, PyList.size(c.mem, big));
                // the header alone tells the two forms apart (WordArray.at reads no capacity)
                assertEquals(TypeIds.STORAGE_SPINE, Mem.typeId(spine));
                assertEquals(bigCap, WordArray.capacityOf(spine));
                long flat = c.mem.get(PyList.of(c.mem, Words.fromInt(1), Words.fromInt(2)), PyList.STORAGE);
                assertEquals(TypeIds.STORAGE, Mem.typeId(flat));
                assertEquals(Mem.fieldCount(flat), WordArray.capacityOf(flat));
                PyList.set(c.mem, big, 4000, Words.fromInt(-7));
                assertEquals(Words.fromInt(-7), WordArray.at(c.mem, spine, 4000));
                long chunk = c.mem.get(spine, 3);
                assertEquals(TypeIds.STORAGE, Mem.typeId(chunk));
                assertEquals(WordArray.CHUNK, Mem.fieldCount(chunk));
                assertEquals(Words.fromInt(3 * WordArray.CHUNK + 5), c.mem.get(chunk, 5));
                for (int i = 0; i < 5000; i++) assertEquals(Words.fromInt(i == 4000 ? -7 : i), PyList.get(c.mem, big, i));
            });
            tx.close();
        }
    }

    @Test
    void growingContainersSurviveCollections() {
        // 8 MiB of heap, while the list, dict and set below reach about 4 MiB and each round
        // leaves a megabyte of garbage: the collector has to run, and finds the live data
        // only through the headers rooted here
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(8L << 20))) {
            TxContext tx = heap.attach();
            Ctx c = ctx(tx, false);
            long[] roots = new long[3];
            Collector.Roots source = (LongConsumer visit) -> {
                for (long r : roots) visit.accept(r);
            };
            heap.collector().addRoots(source);
            long[] made = tx.atomically(t -> new long[] {PyList.make(c.mem), Dict.make(c.mem), PySet.make(c.mem, false)});
            System.arraycopy(made, 0, roots, 0, 3);
            int rounds = 60, perRound = 1000;
            for (int r = 0; r < rounds; r++) {
                int base = r * perRound;
                tx.atomic(t -> {
                    for (int i = base; i < base + perRound; i++) {
                        PyList.append(c.mem, roots[0], Words.fromInt(i));
                        if (i % 4 == 0) Dict.put(c, roots[1], Words.fromInt(i), Str.of(c.mem, "v" + i));
                        if (i % 8 == 0) PySet.add(c, roots[2], Words.fromInt(i));
                    }
                    for (int g = 0; g < 3000; g++) Str.of(c.mem, "garbage ".repeat(40)); // ~1 MiB a round
                });
            }
            assertTrue(heap.collector().collections() > 0, "the collector ran");
            tx.atomic(t -> {
                int n = rounds * perRound;
                assertEquals(n, PyList.size(c.mem, roots[0]));
                for (int i = 0; i < n; i++) assertEquals(Words.fromInt(i), PyList.get(c.mem, roots[0], i));
                assertEquals(n / 4, Dict.size(c.mem, roots[1]));
                for (int i = 0; i < n; i += 4) assertEquals("v" + i, Str.value(Dict.get(c, roots[1], Words.fromInt(i))));
                assertEquals(n / 8, PySet.size(c.mem, roots[2]));
                long it = Iter.of(c, roots[2]);
                long count = 0;
                for (long v; (v = Iter.next(c, it)) != Words.NULL; count++) assertEquals(0, Words.toInt(v) % 8);
                assertEquals(n / 8, count);
            });
            heap.collector().removeRoots(source);
            tx.close();
        }
    }
}

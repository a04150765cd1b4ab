package dev.weft.stm.htm;

import static dev.weft.htm.RtmStatus.CAPACITY;
import static dev.weft.htm.RtmStatus.COMMITTED;
import static dev.weft.htm.RtmStatus.CONFLICT;
import static dev.weft.htm.RtmStatus.EXPLICIT;
import static dev.weft.htm.RtmStatus.NESTED;
import static dev.weft.htm.RtmStatus.RETRY;
import static dev.weft.stm.htm.HtmTesting.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.weft.htm.RtmStatus;
import dev.weft.stm.Heap;
import dev.weft.stm.ObjectLayout;
import dev.weft.stm.TxContext;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The RTM contract of the emulator: atomic commit or no effect, and the status word of each outcome. */
class RtmEmulatorTest {
    Heap heap;
    TxContext tx;
    RtmEmulator htm = new RtmEmulator();

    @BeforeEach
    void setUp() {
        heap = heap();
        tx = heap.attach();
    }

    @AfterEach
    void tearDown() {
        tx.close();
        heap.close();
    }

    private static String hex(int status) {
        return String.format("0x%08X (%s)", status, RtmStatus.describe(status));
    }

    /**
     * Software commits publish at G + 1 without advancing G (GV5); the first reader of such an
     * object advances it. Advance it past the setup's objects now, so that a test sees only
     * what the region itself does to G. Answers G.
     */
    private long settle(long... objects) {
        long newest = 0;
        for (long o : objects) newest = Math.max(newest, ObjectLayout.version(orec(o)));
        return heap.advanceClock(newest);
    }

    private static void assertStatus(int expected, int actual) {
        assertEquals(expected, actual, () -> "expected " + hex(expected) + ", got " + hex(actual));
    }

    // ---------------------------------------------------------------------------------------
    // Commit and abort

    @Test
    void committedRegionPublishesAllItsWritesAtOnceAndStampsTheOrecs() {
        long a = object(tx, 2, 10), b = object(tx, 1, 20);
        long g0 = settle(a, b);
        int status = htm.run(tx, r -> {
            r.write(a, 0, r.read(a, 0) + 1);
            r.write(a, 1, 12);
            r.write(b, 0, r.read(b, 0) + 1);
            assertEquals(11, r.read(a, 0), "a region reads its own writes");
            // Until the commit, nobody else sees them (buffered, not in place).
            assertEquals(10, readElsewhere(heap, a, 0));
            assertEquals(20, readElsewhere(heap, b, 0));
        });
        assertStatus(COMMITTED, status);
        assertEquals(11, readElsewhere(heap, a, 0));
        assertEquals(12, readElsewhere(heap, a, 1));
        assertEquals(21, readElsewhere(heap, b, 0));
        assertEquals(g0 + 1, heap.clock(), "one tick per committing writer");
        assertEquals(ObjectLayout.unlocked(g0 + 1), orec(a), "written orecs stamped with wv << 1");
        assertEquals(ObjectLayout.unlocked(g0 + 1), orec(b));
    }

    @Test
    void readOnlyRegionCommitsWithoutTicking() {
        long a = object(tx, 1, 5);
        long g0 = settle(a), o0 = orec(a);
        long[] seen = new long[1];
        assertStatus(COMMITTED, htm.run(tx, r -> seen[0] = r.read(a, 0)));
        assertEquals(5, seen[0]);
        assertEquals(g0, heap.clock());
        assertEquals(o0, orec(a));
    }

    @Test
    void explicitAbortCarriesItsCodeAndHasNoEffect() {
        long a = object(tx, 1, 1), b = object(tx, 1, 2);
        long oa = orec(a), g0 = settle(a, b);
        int status = htm.run(tx, r -> {
            r.write(a, 0, 100);
            r.write(b, 0, 200);
            r.xabort(0x2A);
            fail("xabort returned");
        });
        assertStatus(0x2A000001, status);
        assertTrue(RtmStatus.has(status, EXPLICIT));
        assertEquals(0x2A, RtmStatus.abortCode(status));
        assertEquals(1, readElsewhere(heap, a, 0));
        assertEquals(2, readElsewhere(heap, b, 0));
        assertEquals(oa, orec(a), "an aborted region leaves the orecs alone");
        assertEquals(g0, heap.clock());
        assertStatus(0xFF000001, htm.run(tx, r -> r.xabort(0xFF)));
        assertStatus(0x00000001, htm.run(tx, r -> r.xabort(0)));
    }

    @Test
    void lockedOrecAbortsWithCodeOne() throws Exception {
        long a = object(tx, 1, 1), b = object(tx, 1, 2);
        CountDownLatch locked = new CountDownLatch(1), done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread owner = new Thread(() -> {
            try (TxContext other = heap.attach()) {
                other.begin();
                other.write(a, 0, 99); // a's orec is now odd: locked by the other thread's slot
                locked.countDown();
                done.await();
                other.abort(dev.weft.stm.AbortCause.EXPLICIT);
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        owner.start();
        locked.await();
        try {
            assertTrue(ObjectLayout.isLocked(orec(a)));
            assertStatus(0x01000001, htm.run(tx, r -> r.read(a, 0)));
            assertStatus(0x01000001, htm.run(tx, r -> r.write(a, 0, 5)));
            // Writes before the locked access are dropped.
            assertStatus(0x01000001, htm.run(tx, r -> {
                r.write(b, 0, 50);
                r.read(a, 0);
            }));
            assertEquals(2, readElsewhere(heap, b, 0));
        } finally {
            done.countDown();
            owner.join();
        }
        assertNull(failure.get());
        assertEquals(1, readElsewhere(heap, a, 0));
    }

    @Test
    void changeOfSomethingReadIsAConflictAtTheNextBarrier() {
        long a = object(tx, 1, 1);
        long[] second = {-1};
        int status = htm.run(tx, r -> {
            r.read(a, 0);
            writeElsewhere(heap, a, 0, 2);
            second[0] = r.read(a, 0); // must not return 2 (nor 1 as if nothing happened) and go on
        });
        assertStatus(CONFLICT | RETRY, status);
        assertEquals(-1, second[0]);
    }

    @Test
    void changeOfSomethingReadIsAConflictAtCommitAndNothingIsPublished() {
        long a = object(tx, 1, 1), b = object(tx, 1, 2);
        long ob = orec(b);
        int status = htm.run(tx, r -> {
            long v = r.read(a, 0);
            r.write(b, 0, v + 100);
            writeElsewhere(heap, a, 0, 7); // a software transaction commits a write to what the region read
        });
        assertStatus(CONFLICT | RETRY, status);
        assertEquals(2, readElsewhere(heap, b, 0));
        assertEquals(ob, orec(b), "the lock taken at commit is given back with the version seen");
        assertEquals(7, readElsewhere(heap, a, 0));
    }

    @Test
    void writeWriteConflictAtCommit() {
        long a = object(tx, 1, 1);
        int status = htm.run(tx, r -> {
            r.write(a, 0, 100);
            writeElsewhere(heap, a, 0, 7);
        });
        assertStatus(CONFLICT | RETRY, status);
        assertEquals(7, readElsewhere(heap, a, 0));
    }

    @Test
    void allocationAbortsWithCodeTwo() {
        long a = object(tx, 1, 1);
        assertStatus(0x02000001, htm.run(tx, r -> {
            r.write(a, 0, 3);
            r.allocate(1, 2);
        }));
        assertEquals(1, readElsewhere(heap, a, 0));
    }

    @Test
    void exceptionInBodyIsAFaultWithNoReasonAndNoEffect() {
        long a = object(tx, 1, 1);
        assertStatus(0, htm.run(tx, r -> {
            r.write(a, 0, 3);
            throw new IllegalStateException("guest fault");
        }));
        assertEquals(1, readElsewhere(heap, a, 0));
        // checkPointers is on: a bad field index is a fault too
        assertStatus(0, htm.run(tx, r -> r.read(a, 5)));
        // An Error is not swallowed, and still leaves no effect.
        assertThrows(OutOfMemoryError.class, () -> htm.run(tx, r -> {
            r.write(a, 0, 4);
            throw new OutOfMemoryError("test");
        }));
        assertEquals(1, readElsewhere(heap, a, 0));
        assertFalse(tx.isInTransaction(), "the region's safepoint flag is cleared");
    }

    @Test
    void abortCaughtByTheBodyStaysAnAbort() {
        long a = object(tx, 1, 1);
        int status = htm.run(tx, r -> {
            r.write(a, 0, 9);
            try {
                r.xabort(5);
            } catch (RuntimeException swallowed) {
                // a misbehaving body
            }
            assertThrows(RuntimeException.class, () -> r.read(a, 0));
        });
        assertStatus(0x05000001, status);
        assertEquals(1, readElsewhere(heap, a, 0));
    }

    @Test
    void nestingIsFlat() {
        long a = object(tx, 1, 1), b = object(tx, 1, 2);
        int status = htm.run(tx, r -> {
            r.write(a, 0, 10);
            int inner = htm.run(tx, r2 -> r2.write(b, 0, 20));
            assertEquals(COMMITTED, inner);
            assertEquals(2, readElsewhere(heap, b, 0), "an inner commit publishes nothing before the outer one");
        });
        assertStatus(COMMITTED, status);
        assertEquals(10, readElsewhere(heap, a, 0));
        assertEquals(20, readElsewhere(heap, b, 0));

        status = htm.run(tx, r -> {
            r.write(a, 0, 11);
            htm.run(tx, r2 -> r2.xabort(3));
            fail("an inner abort ends the outer region");
        });
        assertStatus(0x03000001 | NESTED, status);
        assertEquals(10, readElsewhere(heap, a, 0));

        int[] depth = {0};
        HtmBody[] deep = new HtmBody[1];
        deep[0] = r -> {
            depth[0]++;
            htm.run(tx, deep[0]);
        };
        assertStatus(NESTED, htm.run(tx, deep[0]));
        assertEquals(EmulatedRegion.MAX_NESTING, depth[0]);
    }

    @Test
    void regionHoldsOffTheCollector() throws Exception {
        long a = object(tx, 1, 1);
        long before = heap.collector().collections();
        Thread[] collector = new Thread[1];
        int status = htm.run(tx, r -> {
            r.read(a, 0);
            assertTrue(tx.isInTransaction(), "a region is a transaction for the safepoint");
            collector[0] = new Thread(() -> heap.collector().collect(null));
            collector[0].start();
            unchecked(() -> {
                Thread.sleep(200);
                return null;
            });
            assertEquals(before, heap.collector().collections(), "no collection while a region runs");
        });
        assertStatus(COMMITTED, status);
        collector[0].join();
        assertEquals(before + 1, heap.collector().collections());
    }

    // ---------------------------------------------------------------------------------------
    // Capacity

    /** A large (block-aligned) object with enough fields for 10 lines 4 KiB apart after some offset. */
    private long bigObject() {
        return tx.atomically(t -> t.allocate(1, 512 * 10 + 512));
    }

    private static int setOf(long address, int sets) {
        return (int) ((address >>> 6) % sets);
    }

    /** The first field, at a multiple of 8 (one line per 8 fields), whose line is in a set other than the orec's and G's. */
    private int freeSetField(long obj, int sets) {
        int orecSet = setOf(obj + ObjectLayout.OREC, sets), clockSet = setOf(heap.clockAddress, sets);
        for (int f = 8; ; f += 8) {
            int s = setOf(obj + ObjectLayout.fieldOffset(f), sets);
            if (s != orecSet && s != clockSet) return f;
        }
    }

    @Test
    void ninthWrittenLineInOneSetIsACapacityAbortButTheEighthIsNot() {
        long obj = bigObject();
        int f0 = freeSetField(obj, 64);
        int set = setOf(obj + ObjectLayout.fieldOffset(f0), 64);
        for (int k = 0; k < 9; k++) {
            assertEquals(set, setOf(obj + ObjectLayout.fieldOffset(f0 + 512 * k), 64), "4 KiB apart: one set");
        }
        assertStatus(COMMITTED, htm.run(tx, r -> {
            for (int k = 0; k < 8; k++) r.write(obj, f0 + 512 * k, k + 1);
        }));
        for (int k = 0; k < 8; k++) assertEquals(k + 1, readElsewhere(heap, obj, f0 + 512 * k));
        assertStatus(CAPACITY, htm.run(tx, r -> {
            for (int k = 0; k < 9; k++) r.write(obj, f0 + 512 * k, 100 + k);
        }));
        for (int k = 0; k < 8; k++) assertEquals(k + 1, readElsewhere(heap, obj, f0 + 512 * k), "no effect");
        // The same 9 lines only read fit: the read set is not bounded by L1's sets.
        assertStatus(COMMITTED, htm.run(tx, r -> {
            for (int k = 0; k < 9; k++) r.read(obj, f0 + 512 * k);
        }));
        // Two fields on one line are one line.
        assertStatus(COMMITTED, htm.run(tx, r -> {
            for (int k = 0; k < 8; k++) {
                r.write(obj, f0 + 512 * k, 7);
                r.write(obj, f0 + 512 * k + 1, 7);
            }
        }));
    }

    @Test
    void theCommitWritesTheClockLine() {
        long obj = bigObject();
        int sets = 64, clockSet = setOf(heap.clockAddress, sets), orecSet = setOf(obj + ObjectLayout.OREC, sets);
        int f0 = -1;
        for (int f = 0; f < 512; f++) {
            if (setOf(obj + ObjectLayout.fieldOffset(f), sets) == clockSet) {
                f0 = f;
                break;
            }
        }
        int field = f0;
        // Seven written lines fit beside G's line in its set. (If G's set is the orec's, f0 is
        // field 0, whose line is the orec's line: still seven lines, then G's.)
        assertTrue(clockSet != orecSet || f0 == 0);
        int room = 7;
        assertStatus(COMMITTED, htm.run(tx, r -> {
            for (int k = 0; k < room; k++) r.write(obj, field + 512 * k, 1);
        }));
        assertStatus(CAPACITY, htm.run(tx, r -> {
            for (int k = 0; k < room + 1; k++) r.write(obj, field + 512 * k, 2);
        }));
        assertEquals(1, readElsewhere(heap, obj, field));
    }

    @Test
    void cacheGeometryIsConfigurable() {
        // 4 KiB, 2 ways: 32 sets, so lines 2 KiB (256 fields) apart share a set; 16 read lines.
        RtmEmulator small = new RtmEmulator(EmulatorParams.defaults().withCache(4096, 2, 16));
        assertEquals(32, small.params().sets());
        long obj = bigObject();
        int f0 = freeSetField(obj, 32);
        assertStatus(COMMITTED, small.run(tx, r -> {
            for (int k = 0; k < 2; k++) r.write(obj, f0 + 256 * k, 1);
        }));
        assertStatus(CAPACITY, small.run(tx, r -> {
            for (int k = 0; k < 3; k++) r.write(obj, f0 + 256 * k, 2);
        }));
        assertEquals(0, readElsewhere(heap, obj, f0 + 512));
        // Read set: fields 0, 8, 16... are one line each, and field 0 shares its line with the orec.
        assertStatus(COMMITTED, small.run(tx, r -> {
            for (int k = 0; k < 16; k++) r.read(obj, 8 * k);
        }));
        assertStatus(CAPACITY, small.run(tx, r -> {
            for (int k = 0; k < 17; k++) r.read(obj, 8 * k);
        }));
        // The default emulator takes these in its stride.
        assertStatus(COMMITTED, htm.run(tx, r -> {
            for (int k = 0; k < 17; k++) r.read(obj, 8 * k);
            for (int k = 0; k < 3; k++) r.write(obj, f0 + 256 * k, 3);
        }));
        // A read set the default bound cannot hold.
        long huge = tx.atomically(t -> t.allocate(1, 8 * 4096 + 8));
        assertStatus(COMMITTED, htm.run(tx, r -> {
            for (int k = 0; k < 4096; k++) r.read(huge, 8 * k);
        }));
        assertStatus(CAPACITY, htm.run(tx, r -> {
            for (int k = 0; k < 4097; k++) r.read(huge, 8 * k);
        }));
    }

    @Test
    void paramsComeFromSystemPropertiesAndAreChecked() {
        EmulatorParams d = EmulatorParams.defaults();
        assertEquals(32 * 1024, d.l1dBytes());
        assertEquals(8, d.l1dWays());
        assertEquals(64, d.sets());
        assertEquals(4096, d.readSetLines());
        String[] keys = {"weft.htm.l1dBytes", "weft.htm.l1dWays", "weft.htm.readSetLines", "weft.htm.injectConflict",
            "weft.htm.explicitCode", "weft.htm.seed"};
        try {
            System.setProperty("weft.htm.l1dBytes", "49152");
            System.setProperty("weft.htm.l1dWays", "12");
            System.setProperty("weft.htm.readSetLines", "100");
            System.setProperty("weft.htm.injectConflict", "0.25");
            System.setProperty("weft.htm.explicitCode", "0x42");
            System.setProperty("weft.htm.seed", "7");
            EmulatorParams p = EmulatorParams.fromSystemProperties();
            assertEquals(49152, p.l1dBytes());
            assertEquals(12, p.l1dWays());
            assertEquals(64, p.sets());
            assertEquals(100, p.readSetLines());
            assertEquals(0.25, p.injectConflict());
            assertEquals(0x42, p.explicitCode());
            assertEquals(7, p.seed());
            RtmEmulator e = (RtmEmulator) Htm.forMode("emulate");
            assertEquals(p, e.params());
            System.setProperty("weft.htm.injectConflict", "lots");
            assertThrows(IllegalArgumentException.class, EmulatorParams::fromSystemProperties);
        } finally {
            for (String k : keys) System.clearProperty(k);
        }
        assertThrows(IllegalArgumentException.class, () -> d.withCache(1000, 8, 10));
        assertThrows(IllegalArgumentException.class, () -> d.withCache(4096, 8, 0));
        assertThrows(IllegalArgumentException.class, () -> d.withInjection(0.6, 0.6, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> d.withExplicitCode(256));
    }

    // ---------------------------------------------------------------------------------------
    // Injection

    @Test
    void injectedKindsHaveTheirStatusWords() {
        long a = object(tx, 1, 1);
        HtmBody body = r -> r.write(a, 0, r.read(a, 0) + 1);
        assertStatus(CONFLICT | RETRY, new RtmEmulator(EmulatorParams.defaults().withInjection(1, 0, 0, 1)).run(tx, body));
        assertStatus(RETRY, new RtmEmulator(EmulatorParams.defaults().withInjection(0, 1, 0, 1)).run(tx, body));
        assertStatus(0x55000001,
                new RtmEmulator(EmulatorParams.defaults().withInjection(0, 0, 1, 1).withExplicitCode(0x55)).run(tx, body));
        assertStatus(0x80000001, new RtmEmulator(EmulatorParams.defaults().withInjection(0, 0, 1, 1)).run(tx, body));
        assertEquals(1, readElsewhere(heap, a, 0));
    }

    @Test
    void injectedAbortsAreAllOrNothingAndDeterministic() {
        long[] objs = new long[4];
        for (int i = 0; i < objs.length; i++) objs[i] = object(tx, 1, 0);
        EmulatorParams p = EmulatorParams.defaults().withInjection(0.05, 0.05, 0.05, 1234);
        int[] first = runSequence(new RtmEmulator(p), objs, 300);
        int[] again = runSequence(new RtmEmulator(p), objs, 300);
        assertArrayEquals(first, again, "same seed, same thread slot: same aborts");
        int[] other = runSequence(new RtmEmulator(p.withInjection(0.05, 0.05, 0.05, 99)), objs, 300);
        assertFalse(java.util.Arrays.equals(first, other), "another seed: other aborts");
        int conflicts = 0, retries = 0, explicits = 0, commits = 0;
        for (int s : first) {
            if (s == COMMITTED) commits++;
            else if (s == (CONFLICT | RETRY)) conflicts++;
            else if (s == RETRY) retries++;
            else if (s == 0x80000001) explicits++;
            else fail("unexpected status " + hex(s));
        }
        // 9 draws per region (8 barriers and the commit) at 15%: about a quarter commit.
        assertTrue(commits > 20 && conflicts > 20 && retries > 20 && explicits > 20,
                commits + " commits, " + conflicts + " conflicts, " + retries + " retries, " + explicits + " explicit");
    }

    /** Regions that add 1 to every object; after each, all objects are equal (committed: +1, aborted: unchanged). */
    private int[] runSequence(RtmEmulator e, long[] objs, int n) {
        int[] statuses = new int[n];
        long expected = readElsewhere(heap, objs[0], 0);
        for (int i = 0; i < n; i++) {
            statuses[i] = e.run(tx, r -> {
                for (long o : objs) r.write(o, 0, r.read(o, 0) + 1);
            });
            if (statuses[i] == COMMITTED) expected++;
            long e0 = expected;
            long[] seen = tx.atomically(t -> {
                long[] v = new long[objs.length];
                for (int k = 0; k < objs.length; k++) v[k] = t.read(objs[k], 0);
                return v;
            });
            for (long v : seen) assertEquals(e0, v, "region " + i + " ended " + hex(statuses[i]));
        }
        return statuses;
    }

    // ---------------------------------------------------------------------------------------
    // Modes

    @Test
    void modesOfTheSwitch() {
        assertInstanceOf(RtmEmulator.class, Htm.forMode("emulate"));
        assertEquals("emulate", Htm.forMode(" Emulate ").mode());
        assertSame(RealRtm.INSTANCE, Htm.forMode("rtm"));
        assertSame(Htm.OFF, Htm.forMode("off"));
        assertThrows(IllegalArgumentException.class, () -> Htm.forMode("hle"));
        AtomicLong ran = new AtomicLong();
        for (Htm h : new Htm[] {Htm.forMode("rtm"), Htm.forMode("off")}) {
            assertFalse(h.usable());
            assertStatus(RtmStatus.UNAVAILABLE, h.run(tx, r -> ran.incrementAndGet()));
        }
        assertEquals(0, ran.get(), "a Java body never runs under real RTM or off");
        assertTrue(Htm.forMode("emulate").usable());
    }
}

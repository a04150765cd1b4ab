package dev.weft.bench;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.weft.stm.Heap;
import dev.weft.stm.Params;
import dev.weft.stm.TxContext;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The software TM's single-thread costs, measured against plain {@link MemorySegment}
 * access to the same memory (what code with no TM at all, as under a global lock, would do).
 *
 * <ul>
 *   <li>{@code plainRead}/{@code plainWrite}: 16 field loads or stores, no TM;
 *   <li>{@code txReadOwned}/{@code txWriteOwned}: the same inside a transaction on objects it
 *       allocated (the owned fast path: one orec check each);
 *   <li>{@code txReadFiltered}: 16 reads of committed objects this transaction has read
 *       before (the read filter's fast path, the common case of a hot loop);
 *   <li>{@code txReadTwoFiltered}, {@code txReadIfSameFiltered}: 16 attribute-cache loads
 *       (field 0 compared, then field 1) of filtered objects, by two reads and by one
 *       {@code readIfSame};
 *   <li>{@code txReadShared}: 16 reads of committed objects (the full read barrier, logged);
 *   <li>{@code txReadAgain}, {@code txReadGrowingAgain}: 16 committed objects read 4 times
 *       each in one transaction, by {@code read} and by {@code readGrowing} (a list's index
 *       read of its storage pointer): after the first round, the filters' fast paths;
 *   <li>{@code txFirstWrites}: 16 first writes (lock + undo copy each) and the commit;
 *   <li>{@code emptyTx}, {@code smallTx}: begin + commit of nothing, and of a 2-read 2-write
 *       transfer.
 * </ul>
 * Each iteration of the per-op benchmarks does 16 accesses: divide by 16 for one barrier.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -jar ci/target/benchmarks.jar StmBench}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class StmBench {
    static final int N = 16;

    private Heap heap;
    private TxContext tx;
    private long[] shared = new long[N];
    private MemorySegment plain;

    @Setup
    public void setup() {
        heap = new Heap(Params.defaults().withHeapLimit(256L << 20));
        tx = heap.attach();
        tx.atomic(t -> {
            for (int i = 0; i < N; i++) shared[i] = t.allocate(1, 2);
        });
        plain = Arena.global().allocate(JAVA_LONG, 2L * N);
    }

    @TearDown
    public void tearDown() {
        if (tx.isInTransaction()) tx.abort(dev.weft.stm.AbortCause.EXPLICIT);
        tx.close();
        heap.close();
    }

    @Benchmark
    public long plainRead() {
        long s = 0;
        for (int i = 0; i < N; i++) s += plain.getAtIndex(JAVA_LONG, 2L * i);
        return s;
    }

    @Benchmark
    public void plainWrite() {
        for (int i = 0; i < N; i++) plain.setAtIndex(JAVA_LONG, 2L * i, i);
    }

    @Benchmark
    public long txReadShared() {
        tx.begin();
        long s = 0;
        for (int i = 0; i < N; i++) s += tx.read(shared[i], 0);
        tx.commit();
        return s;
    }

    @Benchmark
    public long txReadAgain() {
        tx.begin();
        long s = 0;
        for (int r = 0; r < 4; r++) {
            for (int i = 0; i < N; i++) s += tx.read(shared[i], 0);
        }
        tx.commit();
        return s;
    }

    @Benchmark
    public long txReadGrowingAgain() {
        tx.begin();
        long s = 0;
        for (int r = 0; r < 4; r++) {
            for (int i = 0; i < N; i++) s += tx.readGrowing(shared[i], 0);
        }
        tx.commit();
        return s;
    }

    @Benchmark
    public long txFirstWrites() {
        tx.begin();
        for (int i = 0; i < N; i++) tx.write(shared[i], 0, i);
        tx.commit();
        return 0;
    }

    @Benchmark
    public long emptyTx() {
        tx.begin();
        tx.commit();
        return 0;
    }

    @Benchmark
    public long smallTx() {
        tx.begin();
        long a = tx.read(shared[0], 0), b = tx.read(shared[1], 0);
        tx.write(shared[0], 0, a - 1);
        tx.write(shared[1], 0, b + 1);
        tx.commit();
        return a + b;
    }

    /** A transaction kept open across calls, over {@link #N} objects: the states below. */
    public abstract static class OpenTransaction {
        Heap heap;
        TxContext tx;
        long[] objects = new long[N];

        @TearDown
        public void tearDown() {
            tx.commit();
            tx.close();
            heap.close();
        }
    }

    /** Owned objects: allocated by the open transaction, so it holds them. */
    @State(Scope.Thread)
    public static class Owned extends OpenTransaction {
        @Setup
        public void setup() {
            heap = new Heap(Params.defaults().withHeapLimit(64L << 20));
            tx = heap.attach();
            tx.begin();
            for (int i = 0; i < N; i++) objects[i] = tx.allocate(1, 2);
        }
    }

    /** Committed objects already read once by the open transaction: the read filter's hits. */
    @State(Scope.Thread)
    public static class Filtered extends OpenTransaction {
        @Setup
        public void setup() {
            heap = new Heap(Params.defaults().withHeapLimit(64L << 20));
            tx = heap.attach();
            tx.atomic(t -> {
                for (int i = 0; i < N; i++) objects[i] = t.allocate(1, 2);
            });
            tx.begin();
            for (int i = 0; i < N; i++) tx.read(objects[i], 0);
        }
    }

    @Benchmark
    public long txReadFiltered(Filtered o) {
        long s = 0;
        for (int i = 0; i < N; i++) s += o.tx.read(o.objects[i], 0);
        return s;
    }

    /** An attribute cache's load with two barriers: the shape (field 0), then the slot (field 1). */
    @Benchmark
    public long txReadTwoFiltered(Filtered o) {
        long s = 0;
        for (int i = 0; i < N; i++) {
            if (o.tx.read(o.objects[i], 0) == 0) s += o.tx.read(o.objects[i], 1);
        }
        return s;
    }

    /** The same load with one: {@code readIfSame}. */
    @Benchmark
    public long txReadIfSameFiltered(Filtered o) {
        long s = 0;
        for (int i = 0; i < N; i++) s += o.tx.readIfSame(o.objects[i], 0, 0, 1, -1);
        return s;
    }

    @Benchmark
    public long txReadOwned(Owned o) {
        long s = 0;
        for (int i = 0; i < N; i++) s += o.tx.read(o.objects[i], 0);
        return s;
    }

    @Benchmark
    public void txWriteOwned(Owned o) {
        for (int i = 0; i < N; i++) o.tx.write(o.objects[i], 0, i);
    }
}

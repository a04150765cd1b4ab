package dev.weft.bench;

import dev.weft.stm.Heap;
import dev.weft.stm.Params;
import dev.weft.stm.TxContext;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of transactions from one and from two threads: on disjoint objects (each thread
 * its own 8 accounts; two threads should give close to twice one thread's throughput) and on
 * one hot object (every transaction increments the same counter: progress, and the aborts
 * per commit that the teardown prints). A transaction does a few transfers (8 reads, 8 writes), about the size of an
 * interpreter's transaction at a short break budget.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -jar ci/target/benchmarks.jar StmScalingBench}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class StmScalingBench {
    @State(Scope.Benchmark)
    public static class Shared {
        Heap heap;
        long hot;

        @Setup
        public void setup() {
            heap = new Heap(Params.defaults().withHeapLimit(256L << 20));
            try (TxContext tx = heap.attach()) {
                hot = tx.atomically(t -> t.allocate(1, 1));
            }
        }

        /** Prints the run's TM counters: for hot2, the aborts per commit. */
        @TearDown
        public void tearDown() {
            var st = heap.stats();
            System.out.printf("%nTM: %s; aborts per commit %.4f%n", st, (double) st.aborts() / Math.max(1, st.commits()));
            // not closed: JMH may tear this down before the threads' own states detach,
            // and the forked JVM ends right after
        }
    }

    @State(Scope.Thread)
    public static class Mine {
        TxContext tx;
        long[] accounts = new long[8];
        int k;

        @Setup
        public void setup(Shared s) {
            tx = s.heap.attach();
            tx.atomic(t -> {
                for (int i = 0; i < accounts.length; i++) accounts[i] = t.allocate(1, 1);
            });
        }

        @TearDown
        public void tearDown() {
            tx.close();
        }
    }

    static long transfers(TxContext tx, long[] acc, int k) {
        return tx.atomically(t -> {
            for (int i = 0; i < 4; i++) {
                long a = acc[(k + i) & 7], b = acc[(k + i + 3) & 7];
                t.write(a, 0, t.read(a, 0) - 1);
                t.write(b, 0, t.read(b, 0) + 1);
            }
            return 0L;
        });
    }

    @Benchmark
    @Threads(1)
    public long disjoint1(Mine m) {
        return transfers(m.tx, m.accounts, m.k++);
    }

    @Benchmark
    @Threads(2)
    public long disjoint2(Mine m) {
        return transfers(m.tx, m.accounts, m.k++);
    }

    @Benchmark
    @Threads(2)
    public long hot2(Shared s, Mine m) {
        return m.tx.atomically(t -> {
            long x = t.read(s.hot, 0);
            t.write(s.hot, 0, x + 1);
            return x;
        });
    }
}

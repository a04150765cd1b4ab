package dev.weft.ci;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.bench.Kernels;
import dev.weft.htm.ExecutableMemory;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * The whole native path end to end: functions assembled by codegen-x86 ({@link Kernels}),
 * placed in executable memory by htm-native, called through an FFM downcall, their results
 * checked against the same computation in Java.
 */
class GeneratedCodeTest {


    @Test
    void integerLoopSumsPastThirtyTwoBits() throws Throwable {
        try (var code = ExecutableMemory.of(Kernels.sumTo())) {
            MethodHandle sum = code.downcall(0, FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
            for (long n : new long[] {0, 1, 2, 10, 65_536, 100_000, 3_000_000}) {
                long expected = 0;
                for (long i = 1; i <= n; i++) expected += i;
                assertEquals(expected, (long) sum.invokeExact(n), "sum(1.." + n + ")");
            }
            assertEquals(4_500_001_500_000L, (long) sum.invokeExact(3_000_000L));  // > 2^32
        }
    }


    @Test
    void doubleDotProductOverNativeArrays() throws Throwable {
        int n = 1000;
        var random = new Random(42);
        try (var code = ExecutableMemory.of(Kernels.dot()); var arena = Arena.ofConfined()) {
            MemorySegment x = arena.allocate(JAVA_DOUBLE, n), y = arena.allocate(JAVA_DOUBLE, n);
            double expected = 0;
            for (int i = 0; i < n; i++) {
                double xi = random.nextGaussian(), yi = random.nextGaussian() * 1e3;
                x.setAtIndex(JAVA_DOUBLE, i, xi);
                y.setAtIndex(JAVA_DOUBLE, i, yi);
                expected += xi * yi;   // same order and rounding as the generated loop
            }
            MethodHandle dot = code.downcall(0, FunctionDescriptor.of(JAVA_DOUBLE,
                    JAVA_LONG, JAVA_LONG, JAVA_LONG));
            double got = (double) dot.invokeExact(x.address(), y.address(), (long) n);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(got),
                    "dot product: expected " + expected + ", got " + got);
            assertEquals(0.0, (double) dot.invokeExact(x.address(), y.address(), 0L));
        }
    }


    @Test
    void lockCmpxchgLoopFromTwoThreadsLosesNoUpdate() throws Exception {
        long perThread = 2_000_000;
        try (var code = ExecutableMemory.of(Kernels.casIncrement()); var arena = Arena.ofShared()) {
            MemorySegment counter = arena.allocate(JAVA_LONG);
            MethodHandle bump = code.downcall(0, FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));
            var start = new CyclicBarrier(2);
            Throwable[] failure = new Throwable[2];
            Thread[] threads = new Thread[2];
            for (int t = 0; t < 2; t++) {
                int id = t;
                threads[t] = new Thread(() -> {
                    try {
                        start.await();
                        bump.invokeExact(counter.address(), perThread);
                    } catch (Throwable e) {
                        failure[id] = e;
                    }
                });
                threads[t].start();
            }
            for (Thread t : threads) t.join();
            for (Throwable f : failure) if (f != null) throw new AssertionError(f);
            assertEquals(2 * perThread, counter.get(JAVA_LONG, 0));
        }
    }
}

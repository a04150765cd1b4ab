package dev.weft.bench;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.weft.htm.ExecutableMemory;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What entering generated code costs, and what a generated loop gives against the same loop
 * compiled by C2. A trace will be entered by one FFM downcall, so {@link #downcall} (the
 * identity function) is the fixed price of every trace entry; the loop pairs show whether our
 * naive, unoptimised machine code is in C2's range once the call is paid.
 *
 * <p>The handles are static finals so that C2 inlines the downcall stub as it would in the VM.
 * The installed code is never freed: it lives as long as the benchmark JVM.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -jar ci/target/benchmarks.jar Downcall}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class DowncallBench {
    private static final MethodHandle IDENTITY = install(Kernels.identity(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    private static final MethodHandle SUM = install(Kernels.sumTo(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    private static final MethodHandle DOT = install(Kernels.dot(),
            FunctionDescriptor.of(JAVA_DOUBLE, JAVA_LONG, JAVA_LONG, JAVA_LONG));

    @SuppressWarnings("resource") // lives as long as the JVM
    private static MethodHandle install(byte[] code, FunctionDescriptor descriptor) {
        return ExecutableMemory.of(code).downcall(0, descriptor);
    }

    @Param({"1000"})
    public int n;

    private long x;
    private MemorySegment xs, ys;

    @Setup
    public void setup() {
        x = 42;
        xs = Arena.global().allocate(JAVA_DOUBLE, n);
        ys = Arena.global().allocate(JAVA_DOUBLE, n);
        for (int i = 0; i < n; i++) {
            xs.setAtIndex(JAVA_DOUBLE, i, i * 0.5);
            ys.setAtIndex(JAVA_DOUBLE, i, 1.0 / (i + 1));
        }
    }

    @Benchmark
    public long downcall() throws Throwable {
        return (long) IDENTITY.invokeExact(x);
    }

    @Benchmark
    public long sumGenerated() throws Throwable {
        return (long) SUM.invokeExact((long) n);
    }

    @Benchmark
    public long sumJava() {
        long s = 0;
        for (long i = 1; i <= n; i++) s += i;
        return s;
    }

    @Benchmark
    public double dotGenerated() throws Throwable {
        return (double) DOT.invokeExact(xs.address(), ys.address(), (long) n);
    }

    @Benchmark
    public double dotJava() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += xs.getAtIndex(JAVA_DOUBLE, i) * ys.getAtIndex(JAVA_DOUBLE, i);
        }
        return s;
    }
}

package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.objects.bigint.BigInts;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

/**
 * The {@code time} module's clocks and {@code sleep}: {@code time} (the wall clock, since the
 * epoch), {@code monotonic} and {@code perf_counter} (one monotonic clock, as on Linux),
 * {@code process_time} (CPU time of the whole process) and {@code thread_time} (CPU time of the
 * calling thread), each also as integer nanoseconds ({@code *_ns}).
 */
final class TimeModule {
    private TimeModule() {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static long make(Vm vm) {
        return StdModules.make(vm, "time", b -> {
            clock(b, "time", TimeModule::wallNanos);
            clock(b, "monotonic", System::nanoTime);
            clock(b, "perf_counter", System::nanoTime);
            clock(b, "process_time", TimeModule::processNanos);
            clock(b, "thread_time", THREADS::getCurrentThreadCpuTime);
            b.fn("sleep", 1, 1, false, (ctx, a, n, kw) -> {
                sleep(MathModule.in(ctx), a[0]);
                return NONE;
            });
        });
    }

    /**
     * name() as float seconds and name_ns() as int nanoseconds, from one nanosecond clock.
     * Reading the wall clock makes the transaction inevitable, as other input does (as in
     * PyPy-STM; transaction.time() is the one that does not).
     */
    private static void clock(StdModules.Builder b, String name, java.util.function.LongSupplier nanos) {
        boolean input = name.equals("time");
        b.fn(name, 0, 0, false, (ctx, a, n, kw) -> {
            if (input) ((Interp) ctx.guest).becomeInevitable();
            return fromDouble(nanos.getAsLong() / 1e9);
        });
        b.fn(name + "_ns", 0, 0, false, (ctx, a, n, kw) -> {
            if (input) ((Interp) ctx.guest).becomeInevitable();
            return BigInts.box(ctx.mem, nanos.getAsLong());
        });
    }

    private static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long processNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return THREADS.getCurrentThreadCpuTime();
    }

    private static void sleep(Interp in, long secs) {
        double s;
        long v = in.baseValue(secs);
        if (isFloat(v)) {
            s = toDouble(v);
        } else if (BigInts.isInt(v)) {
            s = dev.weft.runtime.num.Num.toDouble(v);
        } else if (in.attrs.lookupUserSpecial(secs, "__float__") != NULL || in.attrs.lookupUserSpecial(secs, "__index__") != NULL) {
            s = MathModule.real(in.ctx, secs);
        } else {
            throw PyException.typeError("'" + in.typeName(secs) + "' object cannot be interpreted as an integer");
        }
        if (Double.isNaN(s)) throw PyException.valueError("Invalid value NaN (not a number)");
        if (s < 0) throw PyException.valueError("sleep length must be non-negative");
        if (s > 9.2e9) throw PyException.of(ExcKind.OVERFLOW_ERROR, "timestamp too large to convert to C _PyTime_t");
        long nanos = (long) Math.ceil(s * 1e9);
        // outside any transaction, holding nothing (not the GIL): sleep(0) is just that, a
        // transaction break that lets other threads in
        in.waiting.outside(() -> {
            try {
                if (nanos == 0) Thread.yield();
                else Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
            } catch (InterruptedException e) {
                if (in.vm.threads.closing) throw new GuestThreads.Exit();
                Thread.currentThread().interrupt();
            }
            return true;
        });
    }
}

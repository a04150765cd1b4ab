package dev.weft.stm.htm;

import dev.weft.stm.Heap;
import dev.weft.stm.ObjectLayout;
import dev.weft.stm.Params;
import dev.weft.stm.TxContext;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Helpers of the emulator's tests: a small heap, and software transactions run from another thread. */
final class HtmTesting {
    private HtmTesting() {}

    static Heap heap() {
        return new Heap(Params.defaults().withHeapLimit(64L << 20).withCheckPointers(true));
    }

    /** Runs {@code work} on a new thread attached to {@code heap}, waits for it, answers its result (or rethrows). */
    static <T> T onOtherThread(Heap heap, Function<TxContext, T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try (TxContext tx = heap.attach()) {
                result.set(work.apply(tx));
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        if (failure.get() instanceof RuntimeException e) throw e;
        if (failure.get() instanceof Error e) throw e;
        return result.get();
    }

    /** Field {@code i} of {@code obj}, read by another thread's software transaction. */
    static long readElsewhere(Heap heap, long obj, int i) {
        return onOtherThread(heap, tx -> tx.atomically(t -> t.read(obj, i)));
    }

    /** Writes {@code value} to field {@code i} of {@code obj} in another thread's software transaction (committed on return). */
    static void writeElsewhere(Heap heap, long obj, int i, long value) {
        onOtherThread(heap, tx -> {
            tx.atomic(t -> t.write(obj, i, value));
            return null;
        });
    }

    /** A committed object of {@code fields} fields, each set to {@code initial}. */
    static long object(TxContext tx, int fields, long initial) {
        return tx.atomically(t -> {
            long o = t.allocate(1, fields);
            for (int i = 0; i < fields; i++) t.write(o, i, initial);
            return o;
        });
    }

    static long orec(long obj) {
        return Heap.MEMORY.get(java.lang.foreign.ValueLayout.JAVA_LONG, obj + ObjectLayout.OREC);
    }

    static <T> T unchecked(Callable<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}

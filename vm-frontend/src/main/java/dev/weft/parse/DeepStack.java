package dev.weft.parse;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a recursive-descent job (parsing, scope analysis) so that deep but legal nesting never
 * fails for lack of Java stack: it runs on the caller's thread, and only if that stack
 * overflows is it run again on a fresh thread with a large stack. Nesting is bounded anyway
 * (200 brackets by the tokenizer, about 3000 unary levels by the parser, as in CPython), so the
 * large stack is always enough; a second overflow is reported as {@link ParserMemoryError}.
 */
final class DeepStack {
    /** Stack size of the retry thread: reserved address space, committed only as used. */
    private static final long BIG_STACK = 256L * 1024 * 1024;

    private DeepStack() {
    }

    static <T> T call(Supplier<T> job) {
        try {
            return job.get();
        } catch (StackOverflowError e) {
            return onBigStack(job);
        }
    }

    private static <T> T onBigStack(Supplier<T> job) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(job.get());
            } catch (StackOverflowError e) {
                failure.set(new ParserMemoryError());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "weft-parse-deep", BIG_STACK);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) throw re;
        if (f instanceof Error er) throw er;
        return result.get();
    }
}

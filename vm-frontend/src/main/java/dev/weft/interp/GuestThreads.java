package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.stm.TxContext;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The guest threads of one VM: each a Java platform thread with its own {@link Interp} (frames,
 * caches) and its own transaction context on the shared heap. The main thread's interpreter
 * is {@link Vm#mainInterp}.
 *
 * <p><b>Starting.</b> {@link #start} is irrevocable, so the starting transaction becomes
 * inevitable first (it can no longer abort and take the start back), then the thread is made
 * and told to run {@code fn(*args, **kwargs)}, and the starter's transaction ends at its next
 * step, so that the new thread soon sees the objects it was given as committed. Until then
 * the new thread's reads of them wait for the starter, as any conflicting read does.
 *
 * <p><b>Under {@code --tm=gil}</b> every transaction holds {@link #gil}, a fair lock, so that
 * one thread runs at a time and a thread at a transaction break hands over to one that waits.
 *
 * <p><b>Ending.</b> A thread ends when its function returns or raises; it then leaves the
 * heap. When the program ends, threads still running (daemon threads, or threads made with
 * {@code _thread}: CPython does not wait for either) are stopped at their next transaction
 * break or wait ({@link Exit}) before the heap is freed.
 */
final class GuestThreads {
    /** Unwinds a guest thread when the VM closes: not a guest exception, so no guest code sees it. */
    static final class Exit extends Error {
        Exit() {
            super(null, null, false, false);
        }
    }

    /** The file name of the thread's first frame, which tracebacks leave out. */
    static final String BOOTSTRAP_FILE = "<weft-thread>";

    private static final String BOOTSTRAP_SOURCE = """
            def bootstrap(f, a, k):
                if k is None:
                    f(*a)
                else:
                    f(*a, **k)
            """;

    /** A Java thread that runs guest code. */
    static final class GuestThread extends Thread {
        final Interp interp;

        GuestThread(Interp interp, Runnable body, String name, long stackSize) {
            super(null, body, name, stackSize);
            this.interp = interp;
        }
    }

    private final Vm vm;
    /** Every live interpreter, the main one included (the collector's roots). */
    final CopyOnWriteArrayList<Interp> all = new CopyOnWriteArrayList<>();
    final Parking parking = new Parking();
    private final ReentrantLock gil = new ReentrantLock(true);
    private final CopyOnWriteArrayList<GuestThread> started = new CopyOnWriteArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger startedEver = new AtomicInteger();
    /** Threads that wait outside a transaction with built-in code on their Java stack (see {@link Waiting#outside}). */
    final AtomicInteger nestedWaiting = new AtomicInteger();
    volatile boolean closing;
    private volatile Code bootstrap;
    /** The Java stack of a guest thread: as the main thread's, reserved, not committed until used. */
    private long stackSize = 256L << 20;

    GuestThreads(Vm vm) {
        this.vm = vm;
    }

    /** The interpreter of the calling thread (the main one for any thread not started here). */
    Interp current() {
        return Thread.currentThread() instanceof GuestThread g ? g.interp : vm.mainInterp();
    }

    /** How many threads started here are still running (the main thread not counted). */
    int running() {
        return running.get();
    }

    /** How many threads the program started (the main thread not counted). */
    int started() {
        return startedEver.get();
    }

    long stackSize() {
        return stackSize;
    }

    void stackSize(long bytes) {
        stackSize = bytes;
    }

    void gilLock() {
        gil.lock();
    }

    void gilUnlock() {
        gil.unlock();
    }

    /**
     * Starts a thread running {@code fn(*args, **kwargs)} ({@code kwargs} NULL for none);
     * answers its ident. {@code done}, if not NULL, is a held lock that is released when the
     * thread has ended.
     */
    long start(Interp parent, long fn, long args, long kwargs, long done) {
        if (closing) throw PyException.of(ExcKind.RUNTIME_ERROR, "can't create new thread at interpreter shutdown");
        parent.becomeInevitable();
        TxContext tx;
        try {
            tx = vm.heap.attach();
        } catch (IllegalStateException e) {
            throw PyException.of(ExcKind.RUNTIME_ERROR, "can't start new thread (" + e.getMessage() + ")");
        }
        Interp child = new Interp(vm, tx);
        if (vm.params.injectAborts() > 0) tx.injectAborts(vm.params.injectAborts(), 42 + tx.slot());
        child.waiting.pin(fn, args, kwargs, done);
        child.doneLock = done;
        all.add(child);
        GuestThread t = new GuestThread(child, () -> run(child, fn, args, kwargs), "weft-thread-" + tx.slot(), stackSize);
        t.setDaemon(true);
        running.incrementAndGet();
        startedEver.incrementAndGet();
        started.add(t);
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            ended(child, t);
            throw PyException.of(ExcKind.RUNTIME_ERROR, "can't start new thread");
        }
        parent.breakSoon();
        return t.threadId();
    }

    private void run(Interp in, long fn, long args, long kwargs) {
        try {
            in.txs.runTopLevel(bootstrapFrame(in, fn, args, kwargs));
        } catch (PyException e) {
            reportUnraisable(in, e, fn);
            in.escaped = in.escapedArg = NULL;
        } catch (Exit e) {
            // the VM is closing
        } catch (RuntimeException | Error e) {
            vm.err.println("weft: internal error in thread " + Thread.currentThread().getName() + ": " + e);
            if (System.getenv("WEFT_DEBUG") != null) e.printStackTrace(vm.err);
        } finally {
            ended(in, (GuestThread) Thread.currentThread());
        }
    }

    /**
     * A thread made by {@code _thread.start_new_thread} ended with an exception: printed as
     * CPython's unraisable hook prints it (SystemExit ends the thread silently).
     */
    private void reportUnraisable(Interp in, PyException e, long fn) {
        try {
            in.txs.atomically(() -> {
                long exc = e.object() != NULL ? e.object() : in.exc.materialize(e, null);
                if (in.exc.isInstance(exc, ExcKind.SYSTEM_EXIT)) return;
                String text = "Exception ignored in thread started by: " + in.repr(fn) + "\n" + in.exc.format(exc);
                if (!TextFiles.writeRedirectedStderr(in, text)) vm.err.print(text);
            });
        } catch (PyException again) {
            String what = again.kind != null ? again.kind.pyName : "an exception";
            vm.err.println("Exception ignored in thread started by a function (" + what + " while printing it)");
        }
        vm.err.flush();
    }

    /** A first frame that calls {@code fn(*args, **kwargs)}, so that the call is an ordinary top-level one. */
    Frame bootstrapFrame(Interp in, long fn, long args, long kwargs) {
        Code c = bootstrap;
        if (c == null) {
            synchronized (this) {
                c = bootstrap;
                if (c == null) {
                    Code module = Vm.compile(BOOTSTRAP_SOURCE.getBytes(java.nio.charset.StandardCharsets.UTF_8), BOOTSTRAP_FILE, false);
                    for (Object o : module.constObjects) {
                        if (o instanceof dev.weft.compile.Compiler.CodeConst cc) c = cc.code();
                    }
                    vm.link(c);
                    bootstrap = c;
                }
            }
        }
        Frame f = new Frame(c, vm.builtinsDict, vm.builtinsDict, NULL, NULL, in.nextSerial());
        f.slots[0] = fn;
        f.slots[1] = args;
        f.slots[2] = kwargs == NULL ? NONE : kwargs;
        return f;
    }

    private void ended(Interp in, GuestThread t) {
        if (in.tx.isInTransaction()) { // only after an internal error: end it, keeping what it did
            try {
                in.txs.commitTx();
            } catch (RuntimeException e) {
                vm.err.println("weft: internal error ending thread " + t.getName() + ": " + e);
            }
        }
        if (in.doneLock != NULL && !closing) {
            try {
                in.txs.atomically(() -> {
                    in.mem.put(in.doneLock, 0, fromInt(0));
                    in.waiting.wakeAfterCommit(in.doneLock);
                });
            } catch (Exit | RuntimeException e) {
                if (!closing) vm.err.println("weft: internal error ending thread " + t.getName() + ": " + e);
            }
        }
        all.remove(in);
        started.remove(t);
        in.tx.close();
        running.decrementAndGet();
    }

    /**
     * The program has ended: stops every thread still running (each leaves at its next
     * transaction break or wait) and waits until they are gone, so that the heap can be freed;
     * answers false if one did not stop (the heap must then stay).
     */
    boolean close() {
        closing = true;
        parking.close();
        for (GuestThread t : started) t.interrupt();
        for (GuestThread t : started) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (t.isAlive()) {
                vm.err.println("weft: thread " + t.getName() + " did not stop at exit");
                return false;
            }
        }
        return true;
    }
}

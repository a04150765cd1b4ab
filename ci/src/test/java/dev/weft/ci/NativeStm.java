package dev.weft.ci;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.weft.htm.ExecutableMemory;
import dev.weft.stm.Heap;
import dev.weft.stm.ObjectLayout;
import dev.weft.stm.TxContext;
import dev.weft.x86.stm.StmKernels;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated STM kernels of {@link StmKernels}, installed and callable, each call guarded
 * so that no bad address reaches native code: the context must be the running, non-inevitable
 * transaction's; objects must be heap objects with the field asked for. A guard failure
 * throws {@link IllegalArgumentException} or {@link IllegalStateException} before the call.
 */
final class NativeStm implements AutoCloseable {
    static final int PROBE_FIELDS = 4;

    private final List<ExecutableMemory> code = new ArrayList<>();
    private final MethodHandle[] read = new MethodHandle[PROBE_FIELDS];
    private final MethodHandle[] write = new MethodHandle[PROBE_FIELDS];
    private final MethodHandle transfer;

    NativeStm() {
        for (int f = 0; f < PROBE_FIELDS; f++) {
            read[f] = install(StmKernels.readField(f), FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            write[f] = install(StmKernels.writeField(f), FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
        }
        transfer = install(StmKernels.transfer(), FunctionDescriptor.of(JAVA_LONG,
                JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    }

    private MethodHandle install(byte[] bytes, FunctionDescriptor fd) {
        ExecutableMemory m = ExecutableMemory.of(bytes);
        code.add(m);
        return m.downcall(0, fd);
    }

    /** The result of one barrier probe: the exit code, and the value read (when the code is 0). */
    record Read(long code, long value) {}

    /** Field {@code field} of {@code obj} through the native read barrier. */
    Read read(TxContext tx, long obj, int field) {
        checkTx(tx, true);
        checkObject(tx.heap(), obj, field);
        try (Arena arena = Arena.ofConfined()) {
            var out = arena.allocate(JAVA_LONG);
            out.set(JAVA_LONG, 0, 0xDEADL);
            long rc = (long) read[field].invokeExact(tx.address, obj, out.address());
            return new Read(rc, out.get(JAVA_LONG, 0));
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Sets field {@code field} of {@code obj} through the native write barrier; the exit code. */
    long write(TxContext tx, long obj, int field, long value) {
        checkTx(tx, true);
        checkObject(tx.heap(), obj, field);
        try {
            return (long) write[field].invokeExact(tx.address, obj, value);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /**
     * The accounts of a bank: an immutable table object holding the account addresses (a power
     * of two of them, at least 2), each account a 2-field object (balance, times touched).
     * Checked once here, so that a transfer call need not check it again.
     */
    record Bank(long table, long[] accounts) {
        Bank {
            int n = accounts.length;
            if (n < 2 || Integer.bitCount(n) != 1) throw new IllegalArgumentException("need a power of two >= 2 accounts, got " + n);
        }

        long mask() {
            return accounts.length - 1;
        }

        void check(Heap heap) {
            checkObject(heap, table, accounts.length - 1);
            long header = Heap.MEMORY.get(JAVA_LONG, table + ObjectLayout.HEADER);
            if ((header & ObjectLayout.IMMUTABLE) == 0 || ObjectLayout.fieldCount(header) != accounts.length) {
                throw new IllegalArgumentException("the table must be an immutable object of " + accounts.length + " fields");
            }
            for (int i = 0; i < accounts.length; i++) {
                long a = Heap.MEMORY.get(JAVA_LONG, table + ObjectLayout.fieldOffset(i));
                if (a != accounts[i]) throw new IllegalArgumentException("table field " + i + " is not account " + i);
                checkObject(heap, a, 1);
            }
        }
    }

    /**
     * {@code iterations} transfers ({@link StmKernels#transfer()}) in the running transaction;
     * the exit code. The bank must have been {@linkplain Bank#check checked}.
     */
    long transfer(TxContext tx, Bank bank, long iterations, long seed, long counter) {
        checkTx(tx, false);
        checkObject(tx.heap(), counter, 0);
        if (seed == 0) throw new IllegalArgumentException("xorshift seed 0");
        if (iterations < 0) throw new IllegalArgumentException("iterations " + iterations);
        try {
            return (long) transfer.invokeExact(tx.address, bank.table(), bank.mask(), iterations, seed, counter);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** The same transfers as {@link #transfer}, through the Java barriers. */
    static void javaTransfer(TxContext t, Bank bank, long iterations, long seed, long counter) {
        long x = seed, mask = bank.mask();
        for (long it = 0; it < iterations; it++) {
            x = StmKernels.xorshift(x);
            int i = (int) (x & mask), j = (int) ((x >>> 20) & mask);
            if (i == j) j = (int) ((j + 1) & mask);
            long k = (x >>> 40) & 0xFF;
            long from = bank.accounts()[i], to = bank.accounts()[j];
            t.write(from, 0, t.read(from, 0) - k);
            t.write(from, 1, t.read(from, 1) + 1);
            t.write(to, 0, t.read(to, 0) + k);
            t.write(to, 1, t.read(to, 1) + 1);
            t.write(counter, 0, t.read(counter, 0) + 1);
        }
    }

    /**
     * One transaction of transfers, retried until it commits: native code while the attempt
     * is an ordinary one, the Java barriers when it runs inevitable (native code never does);
     * a slow exit hands the attempt to {@link TxContext#abortAfterNativeExit}.
     */
    void transferTx(TxContext tx, Bank bank, long iterations, long seed, long counter) {
        tx.atomic(t -> {
            if (t.isInevitable()) {
                javaTransfer(t, bank, iterations, seed, counter);
                return;
            }
            long rc = transfer(t, bank, iterations, seed, counter);
            if (rc != 0) t.abortAfterNativeExit();
        });
    }

    /** Probes have no entry check, so they must not run in an inevitable transaction; transfer has one. */
    private static void checkTx(TxContext tx, boolean probe) {
        if (tx == null) throw new IllegalArgumentException("no context");
        if (!tx.isInTransaction()) throw new IllegalStateException("no transaction is running on this context");
        if (probe && tx.isInevitable()) throw new IllegalStateException("the native barriers do not run inevitable transactions");
    }

    static void checkObject(Heap heap, long obj, int field) {
        if (!heap.isObject(obj)) throw new IllegalArgumentException("not a heap object: 0x" + Long.toHexString(obj));
        int n = ObjectLayout.fieldCount(Heap.MEMORY.get(JAVA_LONG, obj + ObjectLayout.HEADER));
        if (field < 0 || field >= n) throw new IllegalArgumentException("field " + field + " of a " + n + "-field object");
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException r) return r;
        if (e instanceof Error err) throw err;
        return new IllegalStateException(e);
    }

    @Override
    public void close() {
        for (ExecutableMemory m : code) m.close();
    }
}

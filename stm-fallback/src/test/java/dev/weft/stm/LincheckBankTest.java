package dev.weft.stm;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Lincheck (stress strategy): a small bank whose every operation is one transaction over heap
 * objects is linearizable. Lincheck runs random concurrent scenarios of the operations below
 * and checks each outcome against some sequential order of the same operations (run on a
 * fresh instance, one at a time), so a lost update, a transfer half seen by a reader or a
 * total read across two states fails it.
 *
 * <p>All instances share one heap (each allocates its own accounts, kept alive through a
 * root); each Lincheck thread attaches once, on first use.
 */
@Param(name = "account", gen = IntGen.class, conf = "0:2")
@Param(name = "amount", gen = IntGen.class, conf = "1:4")
public class LincheckBankTest {
    static final int ACCOUNTS = 3;
    static final long INITIAL = 5;
    static final Heap HEAP = new Heap(Params.defaults().withHeapLimit(256L << 20));
    static final ThreadLocal<TxContext> CONTEXT = ThreadLocal.withInitial(HEAP::attach);
    static final Queue<Long> KEEP = new ConcurrentLinkedQueue<>();

    static {
        HEAP.collector().addRoots(visit -> KEEP.forEach(visit::accept));
    }

    private final long bank;

    public LincheckBankTest() {
        bank = CONTEXT.get().atomically(t -> {
            long b = t.allocate(90, ACCOUNTS);
            KEEP.add(b);
            for (int i = 0; i < ACCOUNTS; i++) {
                long a = t.allocate(91, 1);
                t.write(a, 0, INITIAL);
                t.write(b, i, a);
            }
            return b;
        });
    }

    /** Moves {@code amount} if the source has it; says whether it did. */
    @Operation
    public boolean transfer(@Param(name = "account") int from, @Param(name = "account") int to, @Param(name = "amount") int amount) {
        return CONTEXT.get().atomically(t -> {
            long a = t.read(bank, from), b = t.read(bank, to);
            long have = t.read(a, 0);
            if (have < amount) return false;
            t.write(a, 0, have - amount);
            t.write(b, 0, t.read(b, 0) + amount);
            return true;
        });
    }

    @Operation
    public long deposit(@Param(name = "account") int to, @Param(name = "amount") int amount) {
        return CONTEXT.get().atomically(t -> {
            long a = t.read(bank, to);
            long v = t.read(a, 0) + amount;
            t.write(a, 0, v);
            return v;
        });
    }

    @Operation
    public long balance(@Param(name = "account") int of) {
        return CONTEXT.get().atomically(t -> t.read(t.read(bank, of), 0));
    }

    /** All balances, read in one transaction: a string so that Lincheck compares the lot. */
    @Operation
    public String balances() {
        return CONTEXT.get().atomically(t -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < ACCOUNTS; i++) sb.append(t.read(t.read(bank, i), 0)).append(' ');
            return sb.toString();
        });
    }

    @Test
    void linearizableUnderStress() {
        new StressOptions()
                .iterations(30)
                .invocationsPerIteration(300)
                .threads(3)
                .actorsPerThread(3)
                .check(LincheckBankTest.class);
    }
}

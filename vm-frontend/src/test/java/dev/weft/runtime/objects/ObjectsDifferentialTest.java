package dev.weft.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.stm.Heap;
import dev.weft.stm.Params;
import dev.weft.stm.TxContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays cases.txt (written by gen_cases.py under CPython 3.11: operations on str, tuple,
 * list, dict, set, frozenset, range and slice values with CPython's results, reprs and error
 * messages) against the heap implementations, once with plain accesses ({@code --tm=gil})
 * and once through the TM's barriers. Each receiver's operations run in one transaction.
 */
class ObjectsDifferentialTest {

    record Op(int line, String op, String args, String expected, String after) {}

    record Case(int line, String src, List<Op> ops) {}

    static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = ObjectsDifferentialTest.class.getResourceAsStream("/runtime/objects/cases.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String[] f = lines[n].split("\t", -1);
            if (f[0].equals("S")) {
                out.add(new Case(n + 1, f[1], new ArrayList<>()));
            } else if (f[0].equals("O")) {
                out.get(out.size() - 1).ops().add(new Op(n + 1, f[1], f[2], f[3], f[4]));
            }
        }
        return out;
    }

    /** Replays every case; answers the mismatches. */
    static List<String> replay(boolean gil, long heapBytes) throws IOException {
        List<Case> cases = cases();
        List<String> failures = new ArrayList<>();
        try (Heap heap = new Heap(Params.defaults().withHeapLimit(heapBytes))) {
            TxContext tx = heap.attach();
            TestGuest guest = new TestGuest();
            Ctx ctx = new Ctx(new Mem(tx, gil), guest);
            guest.ctx = ctx;
            for (Case c : cases) {
                List<String> f = tx.atomically(t -> run(ctx, c));
                failures.addAll(f);
            }
            tx.close();
        }
        return failures;
    }

    static List<String> run(Ctx ctx, Case c) {
        List<String> failures = new ArrayList<>();
        long x = Lit.parse(ctx, c.src());
        for (Op op : c.ops()) {
            boolean mutable = Harness.isMutable(x);
            String got;
            try {
                Lit.Arguments args = Lit.parseArgs(ctx, op.args());
                Harness.Outcome o = Harness.run(ctx, op.op(), x, args);
                x = o.receiver();
                got = "R:" + (o.shown() != null ? o.shown() : Harness.shown(ctx, o.result()));
            } catch (PyException e) {
                got = "E:" + Harness.describe(ctx, e);
            } catch (RuntimeException e) {
                if (e.getClass().getName().startsWith("dev.weft.stm")) throw e;
                got = "J:" + e;
            }
            String after = mutable ? Harness.shown(ctx, x) : "";
            if (!got.equals(op.expected()) || !after.equals(op.after())) {
                failures.add("line " + op.line() + ": x = " + c.src() + "; " + op.op() + " (" + op.args() + ")\n    expected "
                        + op.expected() + (op.after().isEmpty() ? "" : "  then x = " + op.after()) + "\n    got      "
                        + got + (after.isEmpty() ? "" : "  then x = " + after));
            }
        }
        return failures;
    }

    private static void check(List<String> failures) throws IOException {
        if (!failures.isEmpty()) {
            // all of them, for the one debugging: the assertion message shows the first 40
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "weft-objects-mismatches.txt"),
                    failures);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < Math.min(40, failures.size()); k++) sb.append(failures.get(k)).append('\n');
        assertTrue(failures.isEmpty(), failures.size() + " mismatches with CPython:\n" + sb);
    }

    @Test
    void matchesCPythonWithoutBarriers() throws IOException {
        check(replay(true, 256L << 20));
    }

    @Test
    void matchesCPythonThroughTmBarriers() throws IOException {
        check(replay(false, 256L << 20));
    }

    @Test
    void dataCoversEveryType() throws IOException {
        String all = String.join("\n", cases().stream().map(Case::src).toList());
        for (String want : new String[] {"'", "(", "[", "{", "set(", "frozenset(", "range(", "slice(", ".keys()"}) {
            assertTrue(all.contains(want), want);
        }
        assertEquals(Words.NONE, Words.NONE);
    }
}

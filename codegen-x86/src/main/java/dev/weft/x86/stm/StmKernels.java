package dev.weft.x86.stm;

import static dev.weft.x86.Reg.*;

import dev.weft.x86.Assembler;
import dev.weft.x86.Cond;
import dev.weft.x86.Label;
import dev.weft.x86.Mem;

/**
 * Small transactional functions built on {@link StmBarriers}, the way a trace compiler will
 * use them: System V AMD64 (what an FFM downcall calls), the context block's address in
 * {@code rdi}, the exit code in {@code rax} (0: done, commit; else a slow exit, see
 * {@link StmBarriers}). They run inside a software transaction that Java has begun on the same
 * context, and never begin, commit or roll back themselves.
 *
 * <p>They trust their arguments: the caller (Java) must pass the address of the calling
 * thread's context block and addresses of live heap objects with the fields used.
 */
public final class StmKernels {
    private StmKernels() {}

    /**
     * {@code long readField(ctx, obj, long *out)}: {@code *out = obj.field[field]} through the
     * read barrier, and nothing else: a probe of one barrier, with no {@link StmBarriers#enter()
     * entry check} (so the caller must not call it in an inevitable transaction).
     */
    public static byte[] readField(int field) {
        var a = new Assembler();
        Label exit = new Label("exit");
        var b = new StmBarriers(a, RDI, exit);
        b.read(R8, RSI, field);
        a.mov(Mem.qwordPtr(RDX, 0), R8);
        a.xor(EAX, EAX);
        a.bind(exit);
        a.ret();
        b.emitStubs();
        return a.finish();
    }

    /**
     * {@code long writeField(ctx, obj, long value)}: {@code obj.field[field] = value} through
     * the write barrier; a probe like {@link #readField}, with no entry check.
     */
    public static byte[] writeField(int field) {
        var a = new Assembler();
        Label exit = new Label("exit");
        var b = new StmBarriers(a, RDI, exit);
        b.write(RSI, field, RDX);
        a.xor(EAX, EAX);
        a.bind(exit);
        a.ret();
        b.emitStubs();
        return a.finish();
    }

    /**
     * {@code long transfer(ctx, table, mask, iterations, seed, counter)}: {@code iterations}
     * bank transfers in one transaction. {@code table} is an immutable heap object whose
     * {@code mask + 1} fields (a power of two, at least 2) are the addresses of the accounts;
     * it is read with plain loads (immutable objects need no barrier). An account is a heap
     * object of at least two fields: 0 its balance, 1 how many transfers touched it. Each
     * iteration steps the xorshift64 state {@code x} ({@code x ^= x << 13; x ^= x >>> 7;
     * x ^= x << 17}; seed must not be 0), takes {@code i = x & mask}, {@code j = (x >>> 20) &
     * mask} (or {@code (j + 1) & mask} if equal to i) and {@code k = (x >>> 40) & 0xFF}, and
     * moves k from account i to account j: every access through a barrier, plus one to field 0
     * of {@code counter}. The loop checks for a kill request on every iteration (its accesses
     * soon all hit owned objects, whose barriers do not look).
     */
    public static byte[] transfer() {
        var a = new Assembler();
        Label exit = new Label("exit"), loop = new Label("loop"), done = new Label("done"),
                distinct = new Label("distinct");
        // rdi ctx, rsi table, rdx mask, rcx iterations, r8 x, r9 counter
        // rbx account i, r12 account j, r13 k, r14 value / index i, r15 index j
        a.push(RBX);
        a.push(R12);
        a.push(R13);
        a.push(R14);
        a.push(R15);
        var b = new StmBarriers(a, RDI, exit);
        b.enter();
        a.bind(loop);
        a.test(RCX, RCX);
        a.jcc(Cond.E, done);
        b.checkKilled();
        a.mov(RAX, R8);                 // xorshift64
        a.shl(RAX, 13);
        a.xor(R8, RAX);
        a.mov(RAX, R8);
        a.shr(RAX, 7);
        a.xor(R8, RAX);
        a.mov(RAX, R8);
        a.shl(RAX, 17);
        a.xor(R8, RAX);
        a.mov(R14, R8);                 // i
        a.and(R14, RDX);
        a.mov(R15, R8);                 // j
        a.shr(R15, 20);
        a.and(R15, RDX);
        a.cmp(R14, R15);
        a.jcc(Cond.NE, distinct);
        a.inc(R15);
        a.and(R15, RDX);
        a.bind(distinct);
        a.mov(R13, R8);                 // k
        a.shr(R13, 40);
        a.and(R13, 0xFF);
        a.mov(RBX, Mem.qwordPtr(RSI, R14, 8, 16));
        a.mov(R12, Mem.qwordPtr(RSI, R15, 8, 16));
        b.read(R14, RBX, 0);            // from.balance -= k
        a.sub(R14, R13);
        b.write(RBX, 0, R14);
        b.read(R14, RBX, 1);            // from.touched++
        a.inc(R14);
        b.write(RBX, 1, R14);
        b.read(R14, R12, 0);            // to.balance += k
        a.add(R14, R13);
        b.write(R12, 0, R14);
        b.read(R14, R12, 1);            // to.touched++
        a.inc(R14);
        b.write(R12, 1, R14);
        b.read(R14, R9, 0);             // counter++
        a.inc(R14);
        b.write(R9, 0, R14);
        a.dec(RCX);
        a.jmp(loop);
        a.bind(done);
        a.xor(EAX, EAX);
        a.bind(exit);
        a.pop(R15);
        a.pop(R14);
        a.pop(R13);
        a.pop(R12);
        a.pop(RBX);
        a.ret();
        b.emitStubs();
        return a.finish();
    }

    /** One step of the xorshift64 generator {@link #transfer()} uses, for Java-side replays. */
    public static long xorshift(long x) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        return x;
    }

    /**
     * {@code int transfer(ctx, a, b, long k)}: one hardware-transaction region (HtmBarriers) that
     * moves {@code k} from {@code a.field[0]} to {@code b.field[0]}: answers the RTM status word
     * (0xFFFFFFFF committed, 0x01000001 for a locked orec). In {@link HtmBarriers.Mode#TEST}
     * it runs without XBEGIN, on any x86-64 (see HtmBarriers for what that mode guarantees).
     */
    public static byte[] htmTransfer(HtmBarriers.Mode mode) {
        var a = new Assembler();
        Label exit = new Label("exit");
        var h = new HtmBarriers(a, mode, RDI, exit);
        h.begin();
        h.read(R8, RSI, 0);
        h.read(R9, RDX, 0);
        a.sub(R8, RCX);
        a.add(R9, RCX);
        h.write(RSI, 0, R8);
        h.write(RDX, 0, R9);
        h.commit(java.util.List.of(RSI, RDX));
        a.bind(exit);
        a.ret();
        h.emitStubs();
        return a.finish();
    }
}

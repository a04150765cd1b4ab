package dev.weft.bench;

import static dev.weft.x86.Reg.*;

import dev.weft.x86.Assembler;
import dev.weft.x86.Cond;
import dev.weft.x86.Label;
import dev.weft.x86.Mem;
import dev.weft.x86.Xmm;

/**
 * Small functions assembled with codegen-x86, shared by the end-to-end tests and the JMH
 * benchmarks so that both run the very same bytes. Each follows the System V AMD64 ABI that
 * an FFM downcall uses: integer and pointer arguments in rdi, rsi, rdx; the result in rax, or
 * xmm0 for a double; rax, rcx, rdx and xmm0-1 are scratch.
 */
public final class Kernels {
    private Kernels() {}

    /** {@code long identity(long x)}: the cheapest possible call, for the downcall's cost. */
    public static byte[] identity() {
        var a = new Assembler();
        a.mov(RAX, RDI);
        a.ret();
        return a.finish();
    }

    /** {@code long sum(long n)}: 1 + 2 + ... + n, a counted loop with a backward jump. */
    public static byte[] sumTo() {
        var a = new Assembler();
        Label loop = new Label(), done = new Label();
        a.xor(EAX, EAX);            // rax = 0 (a 32-bit write clears the upper half)
        a.mov(ECX, 1);              // rcx = 1
        a.bind(loop);
        a.cmp(RCX, RDI);
        a.jcc(Cond.G, done);        // forward: rel32, patched when done is bound
        a.add(RAX, RCX);
        a.inc(RCX);
        a.jmp(loop);                // backward: rel8
        a.bind(done);
        a.ret();
        return a.finish();
    }

    /** {@code double dot(double *x, double *y, long n)}: scalar SSE2, summed in index order. */
    public static byte[] dot() {
        var a = new Assembler();
        Label loop = new Label(), done = new Label();
        a.xorpd(Xmm.XMM0, Xmm.XMM0);
        a.xor(ECX, ECX);
        a.bind(loop);
        a.cmp(RCX, RDX);
        a.jcc(Cond.GE, done);
        a.movsd(Xmm.XMM1, Mem.of(RDI, RCX, 8, 0));
        a.mulsd(Xmm.XMM1, Mem.of(RSI, RCX, 8, 0));
        a.addsd(Xmm.XMM0, Xmm.XMM1);
        a.inc(RCX);
        a.jmp(loop);
        a.bind(done);
        a.ret();
        return a.finish();
    }

    /** {@code void bump(long *counter, long times)}: each increment a lock cmpxchg retry loop. */
    public static byte[] casIncrement() {
        var a = new Assembler();
        Label next = new Label(), retry = new Label(), done = new Label();
        a.bind(next);
        a.test(RSI, RSI);
        a.jcc(Cond.E, done);
        a.mov(RAX, Mem.of(RDI, 0));
        a.bind(retry);
        a.lea(RDX, Mem.of(RAX, 1));
        a.lockCmpxchg(Mem.qwordPtr(RDI, 0), RDX);   // on failure rax = the current value
        a.jcc(Cond.NE, retry);
        a.dec(RSI);
        a.jmp(next);
        a.bind(done);
        a.ret();
        return a.finish();
    }
}

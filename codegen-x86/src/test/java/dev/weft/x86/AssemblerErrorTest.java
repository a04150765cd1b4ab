package dev.weft.x86;

import static dev.weft.x86.Reg.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input fails at the call, with a message naming the instruction and its operands, and
 * leaves the code buffer as it was.
 */
class AssemblerErrorTest {

    private final Assembler a = new Assembler();

    /** Runs {@code call}, expects an AsmException whose message contains every fragment. */
    private void fails(Executable call, String... fragments) {
        int before = a.position();
        AsmException e = assertThrows(AsmException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "message '" + e.getMessage() + "' lacks '" + f + "'");
        }
        assertEquals(before, a.position(), "a failed instruction must emit nothing");
    }

    @Test
    void rspCannotBeAnIndex() {
        fails(() -> Mem.of(RAX, RSP, 2, 8), "[rax+rsp*2+8]", "rsp cannot be an index");
        fails(() -> Mem.indexed(RSP, 1, 0), "rsp cannot be an index");
    }

    @Test
    void scaleMustBe1248() {
        fails(() -> Mem.of(RAX, RCX, 3, 0), "[rax+rcx*3]", "scale 3 not in {1, 2, 4, 8}");
        fails(() -> Mem.of(RAX, RCX, 0, 0), "scale 0");
        fails(() -> Mem.indexed(RCX, 16, 0), "scale 16");
    }

    @Test
    void addressRegistersMustBe64Bit() {
        fails(() -> Mem.of(EAX, 0), "base register eax must be a 64-bit register");
        fails(() -> Mem.of(RAX, ECX, 1, 0), "index register ecx must be a 64-bit register");
        fails(() -> Mem.of(RAX, 0).withWidth(24), "width 24");
    }

    @Test
    void immediateThatDoesNotFit() {
        fails(() -> a.add(RAX, 0x80000000L), "add rax, 2147483648", "does not fit in a sign-extended imm32");
        fails(() -> a.cmp(RCX, -0x80000001L), "cmp rcx", "sign-extended imm32");
        fails(() -> a.add(AL, 256), "add al, 256", "does not fit in imm8");
        fails(() -> a.sub(BL, -129), "sub bl, -129", "imm8");
        fails(() -> a.mov(AX, 65536), "mov ax, 65536", "imm16");
        fails(() -> a.mov(EAX, 0x100000000L), "mov eax, 0x100000000", "imm32");
        fails(() -> a.mov(Mem.qwordPtr(RAX, 0), 0x80000000L), "mov qword ptr [rax], 2147483648");
        fails(() -> a.test(R9B, 300), "test r9b, 300");
        fails(() -> a.imul(RAX, RBX, 1L << 40), "imul rax, 0x10000000000");
        fails(() -> a.push(1L << 32), "push 0x100000000");
        fails(() -> a.shl(RAX, 256), "shl rax, 256", "shift count 256");
        fails(() -> a.sar(RAX, -1), "sar rax, -1");
        fails(() -> a.xabort(256), "xabort 256");
        fails(() -> a.ret(0x10000), "ret 65536");
    }

    @Test
    void mixedRegisterWidths() {
        fails(() -> a.add(RAX, EBX), "add rax, ebx", "mixed register widths (64 and 32 bits)");
        fails(() -> a.mov(AL, R8W), "mov al, r8w", "mixed register widths");
        fails(() -> a.xchg(ECX, RDX), "xchg ecx, rdx");
        fails(() -> a.test(SIL, DX), "test sil, dx");
        fails(() -> a.cmovcc(Cond.E, EAX, RBX), "cmove eax, rbx");
        fails(() -> a.imul(R8, R9D), "imul r8, r9d");
    }

    @Test
    void registerAndMemoryWidthsDiffer() {
        fails(() -> a.mov(EAX, Mem.qwordPtr(RBX, 8)), "mov eax, qword ptr [rbx+8]", "operand widths differ (32 and 64 bits)");
        fails(() -> a.add(Mem.bytePtr(RSP, 0), R12), "add byte ptr [rsp], r12");
        fails(() -> a.lockCmpxchg(Mem.dwordPtr(RDI, 0), RSI), "lock cmpxchg dword ptr [rdi], rsi");
        fails(() -> a.addsd(Xmm.XMM0, Mem.dwordPtr(RAX, 0)), "addsd xmm0, dword ptr [rax]", "must be 64 bits");
        fails(() -> a.xorpd(Xmm.XMM0, Mem.qwordPtr(RAX, 0)), "xorpd xmm0, qword ptr [rax]", "must be 128 bits");
        fails(() -> a.jmp(Mem.dwordPtr(RAX, 0)), "jmp dword ptr [rax]", "must be a qword");
    }

    @Test
    void unsizedMemoryWhereOnlyMemoryGivesTheSize() {
        fails(() -> a.mov(Mem.of(RAX, 0), 1), "mov [rax], 1", "operand size unspecified");
        fails(() -> a.inc(Mem.of(R13, 0)), "inc [r13]", "operand size unspecified");
        fails(() -> a.shl(Mem.of(RAX, 0), 3), "shl [rax], 3", "operand size unspecified");
        fails(() -> a.movzx(EAX, Mem.of(RAX, 0)), "movzx eax, [rax]", "byte ptr or word ptr");
        fails(() -> a.cvtsi2sd(Xmm.XMM1, Mem.of(RAX, 0)), "cvtsi2sd xmm1, [rax]", "dword ptr or qword ptr");
    }

    @Test
    void wrongRegisterKinds() {
        fails(() -> a.shl(RAX, RCX), "shl rax, rcx", "must be cl");
        fails(() -> a.push(EAX), "push eax", "needs 64 bits");
        fails(() -> a.pop(R8W), "pop r8w");
        fails(() -> a.jmp(EAX), "jmp eax");
        fails(() -> a.call(R11D), "call r11d");
        fails(() -> a.lea(AL, Mem.of(RAX, 0)), "lea al, [rax]", "needs 16/32/64 bits");
        fails(() -> a.imul(AL, BL), "imul al, bl");
        fails(() -> a.cmovcc(Cond.L, AL, BL), "cmovl al, bl");
        fails(() -> a.setcc(Cond.NE, EAX), "setne eax", "needs 8 bits");
        fails(() -> a.movzx(EAX, EBX), "movzx eax, ebx", "needs 8/16 bits");
        fails(() -> a.movzx(AX, CX), "movzx ax, cx");
        fails(() -> a.movsx(AX, Mem.wordPtr(RAX, 0)), "movsx ax, word ptr [rax]", "wider");
        fails(() -> a.movsxd(EAX, EBX), "movsxd eax, ebx");
        fails(() -> a.movabs(EAX, 1), "movabs eax, 1");
        fails(() -> a.cvtsi2sd(Xmm.XMM0, AX), "cvtsi2sd xmm0, ax");
        fails(() -> a.cvttsd2si(R8B, Xmm.XMM0), "cvttsd2si r8b, xmm0");
        fails(() -> a.movq(Xmm.XMM0, EAX), "movq xmm0, eax");
        fails(() -> a.movd(RAX, Xmm.XMM0), "movd rax, xmm0");
        fails(() -> a.sse(SseOp.CVTSI2SD, Xmm.XMM0, Xmm.XMM1), "cvtsi2sd xmm0, xmm1", "general register");
    }

    @Test
    void labelBoundTwice() {
        Label l = new Label("top");
        a.bind(l);
        a.ret();
        fails(() -> a.bind(l), "bind top", "already bound at offset 0x0");
    }

    @Test
    void labelNeverBound() {
        Label l = new Label("exit");
        a.jcc(Cond.O, l);
        AsmException e = assertThrows(AsmException.class, a::finish);
        assertTrue(e.getMessage().contains("finish: label exit is referenced at offset 0x2 but never bound"),
                e.getMessage());
        assertThrows(AsmException.class, new Label("x")::position);
    }

    @Test
    void shortJumpOutOfReach() {
        Label back = new Label("back");
        a.bind(back);
        a.nop(200);
        fails(() -> a.jmpShort(back), "jmp back", "displacement -202 does not fit in rel8");
        fails(() -> a.jccShort(Cond.E, back), "je back");

        Label fwd = new Label("fwd");
        a.jmpShort(fwd);
        a.nop(128);
        assertThrows(AsmException.class, () -> a.bind(fwd), "the short jump cannot reach fwd");
    }

    @Test
    void labelOfAnotherAssembler() {
        Label l = new Label("other");
        new Assembler().jmp(l);
        fails(() -> a.jmp(l), "label other belongs to another assembler");
    }

    @Test
    void badPadding() {
        fails(() -> a.align(3), "align 3", "power of two");
        fails(() -> a.nop(-1), "nop -1");
    }

    // ---------------------------------------------------------------------------------------
    // What a label does, beyond the bytes that GnuAs checks.

    @Test
    void forwardReferencesArePatchedAtBind() {
        Label l = new Label();
        a.jmp(l);                                  // e9 rel32 at 0
        a.mov(Mem.rip(l).withWidth(32), 7);        // c7 05 disp32 imm32 at 5: 4 bytes after the field
        a.jccShort(Cond.NE, l);                    // 75 rel8 at 15
        a.bind(l);                                 // at 17
        byte[] code = a.finish();
        assertEquals(17, code.length);
        assertEquals(17 - 5, code[1]);             // relative to the end of the jmp
        assertEquals(17 - 15, code[7]);            // relative to the end of the mov, after its imm32
        assertEquals(17 - 17, code[16]);
        assertEquals(17, l.position());
    }

    @Test
    void backwardJumpsPickRel8OnlyWhenItFits() {
        Label top = new Label();
        a.bind(top);
        a.nop(126);
        a.jmp(top);                                // -128: rel8
        assertEquals(128, a.position());
        a.jmp(top);                                // -133: rel32
        assertEquals(133, a.position());
        a.jccNear(Cond.E, top);                    // forced rel32
        assertEquals(139, a.position());
    }

    @Test
    void bufferGrowsPastItsInitialCapacity() {
        Assembler small = new Assembler(16);
        Label top = new Label();
        small.bind(top);
        for (int i = 0; i < 20_000; i++) {
            small.add(R15, Mem.qwordPtr(R12, RBP, 8, 0x1000));
        }
        small.jmp(top);
        byte[] code = small.finish();
        assertEquals(20_000 * 8 + 5, code.length);
        byte[] expectedJmp = {(byte) 0xE9, 0, 0, 0, 0};
        int rel = -code.length;
        for (int i = 0; i < 4; i++) {
            expectedJmp[1 + i] = (byte) (rel >> (8 * i));
        }
        assertArrayEquals(expectedJmp, java.util.Arrays.copyOfRange(code, code.length - 5, code.length));
    }

    @Test
    void operandValues() {
        assertEquals(R9B, R9.withWidth(8));
        assertEquals(EAX, Reg.of(0, 32));
        assertEquals(12, R12W.number());
        assertEquals(16, R12W.width());
        assertTrue(SIL.needsRex() && !AL.needsRex() && !R8B.needsRex() && !ESI.needsRex());
        assertEquals(Cond.NE, Cond.E.negate());
        assertEquals(Cond.GE, Cond.L.negate());
        assertEquals(Cond.Z, Cond.E);
        assertEquals("qword ptr [r12+rcx*8+16]", Mem.qwordPtr(R12, RCX, 8, 16).toString());
        assertEquals("[rip-8]", Mem.rip(-8).toString());
        assertEquals(Xmm.XMM15, Xmm.of(15));
        assertArrayEquals(new byte[] {0x0F, 0x01, (byte) 0xD5}, FixedOp.XEND.bytes());
    }
}

package dev.weft.x86;

import static dev.weft.x86.Reg.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.x86.stm.StmBarriers;
import dev.weft.x86.stm.StmKernels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The STM barriers' code, read back by GNU objdump: the instruction counts of each fast path
 * that StmBarriers and codegen-x86/README.md state, and the operand rules. (That the code does
 * the right thing is checked by running it: ci's NativeBarrierTest.)
 */
class StmBarriersTest {
    @Test
    void readFastPaths() {
        var a = new Assembler();
        var exit = new Label("exit");
        var b = new StmBarriers(a, RDI, exit);
        b.read(R8, RSI, 2);
        int end = a.position();
        a.bind(exit);
        a.ret();
        b.emitStubs();
        byte[] inline = Arrays.copyOf(a.finish(), end);
        List<String> ins = GnuBinutils.instructions(inline);
        System.out.println("read barrier (r8 = rsi.field[2], ctx in rdi):\n" + GnuBinutils.disassemble(inline));
        assertEquals(StmBarriers.READ_LOGGED_INSTRUCTIONS, ins.size(), String.join("\n", ins));
        assertTrue(ins.get(StmBarriers.READ_OWNED_INSTRUCTIONS - 1).startsWith("je "), ins.toString());
        assertEquals("mov rax,QWORD PTR [rsi+0x8]", ins.get(0));
        assertEquals("mov r8,QWORD PTR [rsi+0x20]", ins.get(1));
        assertEquals("cmp rax,QWORD PTR [rdi+0x8]", ins.get(2));
        assertTrue(ins.get(ins.size() - 1).startsWith("add QWORD PTR [rdi+0x20],0x10"), ins.toString());
    }

    @Test
    void writeFastPathsAndFirstWrite() {
        var a = new Assembler();
        var exit = new Label("exit");
        var b = new StmBarriers(a, RDI, exit);
        b.write(RSI, 1, RDX);
        a.bind(exit);
        a.ret();
        b.emitStubs();
        byte[] code = a.finish();
        List<String> ins = GnuBinutils.instructions(code);
        System.out.println("write barrier (rsi.field[1] = rdx, ctx in rdi), inline then out of line:\n"
                + GnuBinutils.disassemble(code));
        int ret = ins.indexOf("ret");
        assertEquals(StmBarriers.WRITE_OWNED_INSTRUCTIONS, ret, ins.toString());
        assertEquals("mov QWORD PTR [rsi+0x18],rdx", ins.get(3));
        // the locking stub runs from just after ret to its jmp back to the store
        int jmpBack = -1;
        for (int i = ret + 1; i < ins.size(); i++) {
            if (ins.get(i).startsWith("jmp ")) {
                jmpBack = i;
                break;
            }
        }
        List<String> stub = ins.subList(ret + 1, jmpBack + 1);
        assertTrue(stub.contains("lock cmpxchg QWORD PTR [rsi+0x8],r10"), stub.toString());
        assertTrue(stub.contains("movzx r11d,WORD PTR [rsi+0x4]"), stub.toString());
        // inline without the store (3) + the stub, its 4-instruction copy loop counted per field + the store
        int loop = StmBarriers.WRITE_FIRST_PER_FIELD;
        assertEquals(StmBarriers.WRITE_FIRST_INSTRUCTIONS, 3 + (stub.size() - loop) + 1, stub.toString());
    }

    @Test
    void kernelsAssemble() {
        for (byte[] code : List.of(StmKernels.readField(0), StmKernels.writeField(3), StmKernels.transfer())) {
            assertTrue(code.length > 0);
            assertTrue(GnuBinutils.instructions(code).stream().noneMatch(s -> s.contains("bad")), "objdump reads every instruction");
        }
    }

    @Test
    void operandRules() {
        var a = new Assembler();
        var exit = new Label();
        assertThrows(AsmException.class, () -> new StmBarriers(a, RAX, exit));
        assertThrows(AsmException.class, () -> new StmBarriers(a, EDI, exit));
        var b = new StmBarriers(a, RDI, exit);
        assertThrows(AsmException.class, () -> b.read(R10, RSI, 0), "scratch destination");
        assertThrows(AsmException.class, () -> b.read(R8, R11, 0), "scratch object");
        assertThrows(AsmException.class, () -> b.read(RSI, RSI, 0), "destination = object");
        assertThrows(AsmException.class, () -> b.read(R8, RDI, 0), "object = ctx");
        assertThrows(AsmException.class, () -> b.read(R8, RSI, -1));
        assertThrows(AsmException.class, () -> b.read(R8, RSI, dev.weft.stm.ObjectLayout.MAX_FIELDS));
        assertThrows(AsmException.class, () -> b.write(RSI, 0, RAX), "scratch value");
        assertThrows(AsmException.class, () -> b.write(RSP, 0, RDX));
        assertEquals(0, a.position(), "a rejected barrier emits nothing");
        b.write(RSI, 0, RSI); // storing an object into itself is fine
    }
}

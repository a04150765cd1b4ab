package dev.weft.x86;

import static dev.weft.x86.Reg.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.x86.stm.StmKernels;
import dev.weft.x86.stm.HtmBarriers;
import dev.weft.x86.stm.HtmBarriers.Mode;
import dev.weft.stm.ObjectLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hardware-transaction barriers' code, never executed here (RTM mode would raise #UD on a
 * host without RTM; ci's NativeHtmBarrierTest runs the TEST-mode code): a whole region in
 * each mode assembled by GNU as from hand-written text must give our bytes, and objdump's
 * reading of them gives the stated instruction counts and the xbegin/xabort 0x01/xend places.
 */
class HtmBarriersTest {
    /** The same region, written out for GNU as. */
    private static String transferText(Mode mode) {
        boolean rtm = mode == Mode.RTM;
        StringBuilder s = new StringBuilder(".intel_syntax noprefix\n.text\n");
        if (rtm) s.append("xbegin fallback\n");
        s.append("mov rax, qword ptr [rdi+112]\ncmp qword ptr [rax], 0\n{disp32} jne abortAlone\n");
        for (String[] r : new String[][] {{"r8", "rsi"}, {"r9", "rdx"}}) {
            s.append("mov rax, qword ptr [").append(r[1]).append("+8]\ntest al, 1\n{disp32} jne abortLocked\n");
            s.append("mov ").append(r[0]).append(", qword ptr [").append(r[1]).append("+16]\n");
        }
        s.append("sub r8, rcx\nadd r9, rcx\n");
        for (String[] r : new String[][] {{"r8", "rsi"}, {"r9", "rdx"}}) {
            s.append("mov rax, qword ptr [").append(r[1]).append("+8]\ntest al, 1\n{disp32} jne abortLocked\n");
            s.append("mov qword ptr [").append(r[1]).append("+16], ").append(r[0]).append('\n');
        }
        s.append("mov r10, qword ptr [rdi+64]\nmov r11, qword ptr [r10]\ninc r11\nmov qword ptr [r10], r11\nshl r11, " + ObjectLayout.VERSION_SHIFT + "\n");
        for (String o : List.of("rsi", "rdx")) {
            s.append("mov rax, qword ptr [").append(o).append("+8]\nand rax, " + (-1L << ObjectLayout.VERSION_SHIFT) + "\nadd rax, " + (1L << ObjectLayout.VERSION_SHIFT) + "\ncmp rax, r11\n"
                    + "cmovb rax, r11\nmov qword ptr [").append(o).append("+8], rax\n");
        }
        if (rtm) s.append("xend\n");
        s.append("mov eax, 0xFFFFFFFF\nexit:\nret\nabortLocked:\n");
        if (rtm) s.append("xabort 0x01\n");
        s.append("mov eax, 0x01000001\njmp exit\nabortAlone:\n");
        if (rtm) s.append("xabort 0x02\n");
        s.append("mov eax, 0x02000001\njmp exit\n");
        if (rtm) s.append("fallback:\nmov eax, eax\njmp exit\n");
        return s.toString();
    }
    @Test
    void rtmRegionMatchesGnuAs() {
        byte[] ours = StmKernels.htmTransfer(Mode.RTM);
        GnuBinutils.Result as = GnuBinutils.assemble(transferText(Mode.RTM));
        assertNotNull(as.text(), as.errors());
        System.out.println("RTM region (a.f0 -= k, b.f0 += k):\n" + GnuBinutils.disassemble(ours));
        assertArrayEquals(as.text(), ours, () -> "ours: " + GnuBinutils.hex(ours) + "\nas:   " + GnuBinutils.hex(as.text())
                + "\nours read back:\n" + GnuBinutils.disassemble(ours));
    }

    @Test
    void testRegionMatchesGnuAsAndHasNoRtmInstructions() {
        byte[] ours = StmKernels.htmTransfer(Mode.TEST);
        GnuBinutils.Result as = GnuBinutils.assemble(transferText(Mode.TEST));
        assertNotNull(as.text(), as.errors());
        assertArrayEquals(as.text(), ours, () -> "ours: " + GnuBinutils.hex(ours) + "\nas:   " + GnuBinutils.hex(as.text()));
        for (String i : GnuBinutils.instructions(ours)) {
            assertFalse(i.startsWith("xbegin") || i.startsWith("xend") || i.startsWith("xabort"), i);
        }
    }

    @Test
    void rtmMnemonicsAndCounts() {
        List<String> ins = GnuBinutils.instructions(StmKernels.htmTransfer(Mode.RTM));
        List<String> mn = ins.stream().map(s -> s.split(" ")[0]).toList();
        int n = 0;
        assertTrue(ins.get(n++).startsWith("xbegin "), ins.toString());
        // the alone word: while a software transaction runs alone, abort with code 0x02
        assertEquals(List.of("mov", "cmp", "jne"), mn.subList(n, n + HtmBarriers.ENTRY_INSTRUCTIONS), ins.toString());
        assertEquals("mov rax,QWORD PTR [rdi+0x70]", ins.get(n));
        n += HtmBarriers.ENTRY_INSTRUCTIONS;
        // two reads, then sub/add, then two writes: each barrier mov, test, jne, mov
        for (int b = 0; b < 4; b++) {
            if (b == 2) n += 2;
            assertEquals(List.of("mov", "test", "jne", "mov"), mn.subList(n, n + HtmBarriers.READ_INSTRUCTIONS), ins.toString());
            n += HtmBarriers.READ_INSTRUCTIONS;
        }
        assertEquals(HtmBarriers.READ_INSTRUCTIONS, HtmBarriers.WRITE_INSTRUCTIONS);
        assertEquals(List.of("mov", "mov", "inc", "mov", "shl"), mn.subList(n, n + HtmBarriers.COMMIT_CLOCK_INSTRUCTIONS));
        assertEquals("mov r10,QWORD PTR [rdi+0x40]", ins.get(n));
        n += HtmBarriers.COMMIT_CLOCK_INSTRUCTIONS;
        for (int o = 0; o < 2; o++) {
            assertEquals(List.of("mov", "and", "add", "cmp", "cmovb", "mov"), mn.subList(n, n + HtmBarriers.COMMIT_PER_OBJECT));
            n += HtmBarriers.COMMIT_PER_OBJECT;
        }
        assertEquals("xend", ins.get(n++));
        assertEquals("mov eax,0xffffffff", ins.get(n++));
        assertEquals("ret", ins.get(n++));
        assertEquals("xabort 0x1", ins.get(n++));
        assertEquals("mov eax,0x1000001", ins.get(n++));
        assertTrue(ins.get(n++).startsWith("jmp "));
        assertEquals("xabort 0x2", ins.get(n++));
        assertEquals("mov eax,0x2000001", ins.get(n++));
        assertTrue(ins.get(n++).startsWith("jmp "));
        assertEquals("mov eax,eax", ins.get(n++));
        assertTrue(ins.get(n++).startsWith("jmp "));
        assertEquals(n, ins.size(), ins.toString());
    }

    @Test
    void statusConstants() {
        assertEquals(0x01000001L, HtmBarriers.LOCKED_STATUS);
        assertEquals(0x02000001L, HtmBarriers.ALONE_STATUS);
        assertEquals(0xFFFFFFFFL, HtmBarriers.COMMITTED);
    }

    @Test
    void operandRules() {
        var a = new Assembler();
        var h = new HtmBarriers(a, Mode.TEST, RDI, new Label());
        assertThrows(AsmException.class, () -> h.read(R8, RSI, 0), "before begin");
        h.begin();
        assertThrows(AsmException.class, () -> h.read(RAX, RSI, 0));
        assertThrows(AsmException.class, () -> h.read(R8, R10, 0));
        assertThrows(AsmException.class, () -> h.read(R8, RDI, 0), "ctx");
        assertThrows(AsmException.class, () -> h.read(R8, R8, 0));
        assertThrows(AsmException.class, () -> h.read(R8D, RSI, 0));
        assertThrows(AsmException.class, () -> h.write(RSI, -1, R8));
        h.write(RSI, 0, R8);
        assertThrows(AsmException.class, () -> h.commit(List.of(RDX)), "rsi written but not listed");
        assertThrows(AsmException.class, () -> h.commit(List.of(RSI, RSI)), "listed twice");
        assertThrows(AsmException.class, () -> new HtmBarriers(a, Mode.RTM, R11, new Label()));
    }
}

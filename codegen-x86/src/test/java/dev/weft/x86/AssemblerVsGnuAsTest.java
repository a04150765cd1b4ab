package dev.weft.x86;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The assembler's golden test, with GNU as as the judge: each row is one call on our
 * {@link Assembler} and the same instruction in Intel syntax; all rows of a test are
 * assembled by one {@code as --64} run (a symbol before and after each row splits its
 * bytes), and every row's bytes must equal ours. Mismatches are collected, then reported
 * with the row text, both encodings and objdump's reading of both.
 *
 * <p>The rows are generated: every instruction form across all sixteen registers at each
 * width, a spread of addressing forms (rsp/r12 bases that need a SIB byte, rbp/r13 bases that
 * need a disp8 of 0, every scale, no base, absolute, RIP-relative), displacements and
 * immediates at the edges of the 8- and 32-bit ranges. Jumps and other label uses are
 * compared as whole snippets, because their bytes depend on where the label is.
 *
 * <p>The assembly text is written here from the test's own description of each operand, not
 * by {@link Mem#toString()}, so that a mistake in our operand model cannot hide itself.
 */
class AssemblerVsGnuAsTest {

    private record Row(String preamble, String text, byte[] ours, String error) {}

    private final List<Row> rows = new ArrayList<>();

    // ---------------------------------------------------------------------------------------
    // Operands and their Intel-syntax text, written independently of Mem.toString

    private static final int[] GPR_WIDTHS = {8, 16, 32, 64};

    private static Reg[] regs(int width) {
        Reg[] r = new Reg[16];
        for (int i = 0; i < 16; i++) {
            r[i] = Reg.of(i, width);
        }
        return r;
    }

    private static String ptr(int width) {
        return switch (width) {
            case 8 -> "byte ptr ";
            case 16 -> "word ptr ";
            case 32 -> "dword ptr ";
            case 64 -> "qword ptr ";
            case 128 -> "xmmword ptr ";
            default -> "";
        };
    }

    private static String signed(long d) {
        return d == 0 ? "" : d > 0 ? "+" + d : "-" + (-d);
    }

    /** A memory operand as the test sees it: kind B = base(+index), I = no base, A = absolute, R = rip. */
    private record M(char kind, Reg base, Reg index, int scale, int disp) {
        Mem mem(int width) {
            Mem m = switch (kind) {
                case 'B' -> index == null ? Mem.of(base, disp) : Mem.of(base, index, scale, disp);
                case 'I' -> Mem.indexed(index, scale, disp);
                case 'A' -> Mem.absolute(disp);
                default -> Mem.rip(disp);
            };
            return m.withWidth(width);
        }

        String text(int width) {
            String addr = switch (kind) {
                case 'B' -> base.name().toLowerCase() + (index == null ? "" : "+" + index.name().toLowerCase() + "*" + scale)
                        + signed(disp);
                case 'I' -> index.name().toLowerCase() + "*" + scale + signed(disp);
                case 'A' -> Integer.toString(disp);
                default -> "rip" + (disp == 0 ? "+0" : signed(disp));
            };
            return ptr(width) + "[" + addr + "]";
        }
    }

    private static final int[] DISPS = {0, 1, -1, 127, -128, 128, -129, 0x7fffffff, -0x80000000};
    private static final Reg[] INDEXES = {Reg.RAX, Reg.RBX, Reg.RBP, Reg.RSI, Reg.R8, Reg.R12, Reg.R13, Reg.R15};

    /** Every base with and without the indexes above, every scale and every edge displacement. */
    private static List<M> fullMems() {
        List<M> ms = new ArrayList<>();
        for (Reg base : regs(64)) {
            for (int d : DISPS) {
                ms.add(new M('B', base, null, 1, d));
                for (Reg index : INDEXES) {
                    for (int scale = 1; scale <= 8; scale <<= 1) {
                        ms.add(new M('B', base, index, scale, d));
                    }
                }
            }
        }
        for (Reg index : regs(64)) {
            if (index != Reg.RSP) {
                for (int scale = 1; scale <= 8; scale <<= 1) {
                    for (int d : DISPS) {
                        ms.add(new M('I', null, index, scale, d));
                    }
                }
            }
        }
        for (int d : DISPS) {
            ms.add(new M('A', null, null, 1, d));
            ms.add(new M('R', null, null, 1, d));
        }
        return ms;
    }

    /** A sample for the instructions other than mov and lea: each quirk at least once. */
    private static final List<M> MEMS = List.of(
            new M('B', Reg.RAX, null, 1, 0),
            new M('B', Reg.RCX, null, 1, 8),
            new M('B', Reg.RSP, null, 1, 0),
            new M('B', Reg.RSP, null, 1, 8),
            new M('B', Reg.RBP, null, 1, 0),
            new M('B', Reg.RBP, null, 1, -8),
            new M('B', Reg.R12, null, 1, 0),
            new M('B', Reg.R12, null, 1, 0x100),
            new M('B', Reg.R13, null, 1, 0),
            new M('B', Reg.R13, null, 1, 127),
            new M('B', Reg.R15, null, 1, -128),
            new M('B', Reg.RDI, null, 1, 128),
            new M('B', Reg.RBX, Reg.RCX, 2, 0),
            new M('B', Reg.RSP, Reg.RBP, 4, 128),
            new M('B', Reg.RBP, Reg.R12, 8, -129),
            new M('B', Reg.R13, Reg.R13, 1, 0),
            new M('B', Reg.R8, Reg.RAX, 8, 0x7fffffff),
            new M('B', Reg.RDI, Reg.R15, 4, -0x80000000),
            new M('B', Reg.R12, Reg.R9, 2, 16),
            new M('I', null, Reg.RCX, 4, 16),
            new M('I', null, Reg.R13, 8, 0),
            new M('I', null, Reg.R12, 1, -8),
            new M('A', null, null, 1, 0x1000),
            new M('A', null, null, 1, -0x80000000),
            new M('R', null, null, 1, 0),
            new M('R', null, null, 1, -128),
            new M('R', null, null, 1, 0x12345));

    private static final long[] IMM8 = {0, 1, -1, 127, -128, 128, 255, 0x55};
    private static final long[] IMM16 = {0, 1, -1, 127, -128, 128, -129, 255, 256, 0x7fff, -0x8000, 0xffff};
    private static final long[] IMM32 = {0, 1, -1, 127, -128, 128, -129, 0x7fff, 0x10000, 0x7fffffff, -0x80000000L,
            0x80000000L, 0xffffffffL, 0x12345678};
    private static final long[] IMM64 = {0, 1, -1, 127, -128, 128, -129, 0x7fffffff, -0x80000000L, 0x12345678};
    private static final long[] IMM64_MOV = {0, 1, -1, 127, -128, 128, 0x7fffffff, -0x80000000L, 0x80000000L,
            0xffffffffL, 0x100000000L, -0x80000001L, Long.MIN_VALUE, Long.MAX_VALUE, 0x123456789abcdef0L};

    private static long[] imms(int width) {
        return switch (width) {
            case 8 -> IMM8;
            case 16 -> IMM16;
            case 32 -> IMM32;
            default -> IMM64;
        };
    }

    private static String imm(long v) {
        return v >= Integer.MIN_VALUE && v <= 0xffffffffL ? Long.toString(v) : "0x" + Long.toHexString(v);
    }

    // ---------------------------------------------------------------------------------------
    // Rows and the check

    private void row(String text, Consumer<Assembler> emit) {
        row("", text, emit);
    }

    /** A row; "@" in the text stands for a prefix unique to the row, for snippet-local labels. */
    private void row(String preamble, String text, Consumer<Assembler> emit) {
        String t = text.replace("@", "s" + rows.size() + "_");
        try {
            Assembler a = new Assembler();
            emit.accept(a);
            rows.add(new Row(preamble, t, a.finish(), null));
        } catch (RuntimeException e) {
            rows.add(new Row(preamble, t, null, e.toString()));
        }
    }

    private void check(int minRows) {
        StringBuilder src = new StringBuilder(".intel_syntax noprefix\n.text\n");
        int line = 3;
        int[] firstLine = new int[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            firstLine[i] = line;
            String body = r.preamble + (r.preamble.isEmpty() ? "" : "\n") + "row_" + i + ":\n" + r.text + "\nend_" + i
                    + ":\n";
            src.append(body);
            line += (int) body.chars().filter(c -> c == '\n').count();
        }
        firstLine[rows.size()] = line;
        GnuBinutils.Result as = GnuBinutils.assemble(src.toString());
        List<String> problems = new ArrayList<>();
        if (as.text() == null) {
            for (String msg : as.errors().split("\n")) {
                problems.add(msg + "  <- " + rowOfLine(msg, firstLine));
            }
        } else {
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                byte[] theirs = Arrays.copyOfRange(as.text(), as.symbols().get("row_" + i), as.symbols().get("end_" + i));
                if (r.ours == null || !Arrays.equals(r.ours, theirs)) {
                    String ours = r.ours == null ? r.error : shortHex(r.ours);
                    String msg = "row " + i + ": " + r.text.replace("\n", "; ") + "\n    ours: " + ours + "\n    as:   "
                            + shortHex(theirs);
                    if (problems.size() < 20 && r.ours != null && r.ours.length <= 32) {
                        msg += "\n    as reads ours as: "
                                + GnuBinutils.disassemble(r.ours).replace("\n", " | ");
                    }
                    problems.add(msg);
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " of " + rows.size() + " rows differ from GNU as:\n"
                    + String.join("\n", problems.subList(0, Math.min(200, problems.size()))));
        }
        assertTrue(rows.size() >= minRows, "only " + rows.size() + " rows were generated");
    }

    private static String shortHex(byte[] b) {
        String h = GnuBinutils.hex(b);
        return h.length() <= 3 * 48 ? h : h.substring(0, 3 * 24) + "... " + h.substring(h.length() - 3 * 24 + 1)
                + " (" + b.length + " bytes)";
    }

    private String rowOfLine(String asMessage, int[] firstLine) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+):").matcher(asMessage);
        if (!m.find()) {
            return "";
        }
        int line = Integer.parseInt(m.group(1));
        for (int i = 0; i < rows.size(); i++) {
            if (line >= firstLine[i] && line < firstLine[i + 1]) {
                return "row " + i + ": " + rows.get(i).text.replace("\n", "; ");
            }
        }
        return "";
    }

    // ---------------------------------------------------------------------------------------
    // The tables

    @Test
    void movMovzxMovsxLea() {
        for (int w : GPR_WIDTHS) {
            Reg[] rs = regs(w);
            for (Reg d : rs) {
                for (Reg s : rs) {
                    row("mov " + d + ", " + s, a -> a.mov(d, s));
                }
                for (long v : w == 64 ? IMM64_MOV : imms(w)) {
                    row("mov " + d + ", " + imm(v), a -> a.mov(d, v));
                }
            }
            int k = 0;
            for (M m : MEMS) {
                for (Reg r : rs) {
                    row("mov " + r + ", " + m.text(w), a -> a.mov(r, m.mem(w)));
                    row("mov " + m.text(w) + ", " + r, a -> a.mov(m.mem(w), r));
                }
                for (long v : imms(w)) {
                    row("mov " + m.text(w) + ", " + imm(v), a -> a.mov(m.mem(w), v));
                }
                Reg r = rs[k++ % 16];
                row("mov " + r + ", " + m.text(0), a -> a.mov(r, m.mem(0)));
            }
        }
        for (Reg r : regs(64)) {
            for (long v : new long[] {0, 1, -1, Long.MIN_VALUE, 0x123456789abcdef0L}) {
                row("movabs " + r + ", " + imm(v), a -> a.movabs(r, v));
            }
        }
        // Every addressing form, through mov and lea.
        int k = 0;
        for (M m : fullMems()) {
            Reg r = Reg.of(k++ % 16, 64);
            Reg r32 = Reg.of((k * 7) % 16, 32);
            row("mov " + r + ", " + m.text(64), a -> a.mov(r, m.mem(64)));
            row("lea " + r32 + ", " + m.text(0), a -> a.lea(r32, m.mem(0)));
        }
        for (int w : new int[] {16, 32, 64}) {
            for (M m : MEMS) {
                Reg r = Reg.of(k++ % 16, w);
                row("lea " + r + ", " + m.text(0), a -> a.lea(r, m.mem(0)));
            }
        }
        for (int dw : new int[] {16, 32, 64}) {
            for (int sw : new int[] {8, 16}) {
                if (sw >= dw) {
                    continue;
                }
                for (Reg d : regs(dw)) {
                    for (Reg s : regs(sw)) {
                        row("movzx " + d + ", " + s, a -> a.movzx(d, s));
                        row("movsx " + d + ", " + s, a -> a.movsx(d, s));
                    }
                }
                for (M m : MEMS) {
                    Reg d = Reg.of(k++ % 16, dw);
                    row("movzx " + d + ", " + m.text(sw), a -> a.movzx(d, m.mem(sw)));
                    row("movsx " + d + ", " + m.text(sw), a -> a.movsx(d, m.mem(sw)));
                }
            }
        }
        for (Reg d : regs(64)) {
            for (Reg s : regs(32)) {
                row("movsxd " + d + ", " + s, a -> a.movsxd(d, s));
            }
        }
        for (M m : MEMS) {
            Reg d = Reg.of(k++ % 16, 64);
            row("movsxd " + d + ", " + m.text(32), a -> a.movsxd(d, m.mem(32)));
        }
        check(10_000);
    }

    @Test
    void aluAndTest() {
        for (AluOp op : AluOp.values()) {
            for (int w : GPR_WIDTHS) {
                Reg[] rs = regs(w);
                for (Reg d : rs) {
                    for (Reg s : rs) {
                        row(op + " " + d + ", " + s, a -> a.alu(op, d, s));
                    }
                    for (long v : imms(w)) {
                        row(op + " " + d + ", " + imm(v), a -> a.alu(op, d, v));
                    }
                }
                int k = op.ordinal();
                for (M m : MEMS) {
                    Reg r = rs[k++ % 16];
                    row(op + " " + r + ", " + m.text(w), a -> a.alu(op, r, m.mem(w)));
                    row(op + " " + m.text(w) + ", " + r, a -> a.alu(op, m.mem(w), r));
                    for (long v : imms(w)) {
                        row(op + " " + m.text(w) + ", " + imm(v), a -> a.alu(op, m.mem(w), v));
                    }
                }
            }
        }
        // The named shorthands are the same table rows.
        row("add rax, rbx", a -> a.add(Reg.RAX, Reg.RBX));
        row("sub ecx, 5", a -> a.sub(Reg.ECX, 5));
        row("and r9, qword ptr [rsp+8]", a -> a.and(Reg.R9, Mem.qwordPtr(Reg.RSP, 8)));
        row("or byte ptr [r13], sil", a -> a.or(Mem.bytePtr(Reg.R13, 0), Reg.SIL));
        row("xor dword ptr [rax], 0x1000", a -> a.xor(Mem.dwordPtr(Reg.RAX, 0), 0x1000));
        row("cmp r12w, 128", a -> a.cmp(Reg.R12W, 128));
        for (int w : GPR_WIDTHS) {
            Reg[] rs = regs(w);
            for (Reg d : rs) {
                for (Reg s : rs) {
                    row("test " + d + ", " + s, a -> a.test(d, s));
                }
                for (long v : imms(w)) {
                    row("test " + d + ", " + imm(v), a -> a.test(d, v));
                }
            }
            int k = 3;
            for (M m : MEMS) {
                Reg r = rs[k++ % 16];
                row("test " + m.text(w) + ", " + r, a -> a.test(m.mem(w), r));
                row("test " + r + ", " + m.text(w), a -> a.test(r, m.mem(w)));
                for (long v : imms(w)) {
                    row("test " + m.text(w) + ", " + imm(v), a -> a.test(m.mem(w), v));
                }
            }
        }
        check(20_000);
    }

    @Test
    void mulDivUnaryShifts() {
        for (int w : new int[] {16, 32, 64}) {
            Reg[] rs = regs(w);
            for (Reg d : rs) {
                for (Reg s : rs) {
                    row("imul " + d + ", " + s, a -> a.imul(d, s));
                    for (long v : new long[] {3, -128, 128, w == 16 ? 0x7fff : 0x7fffffff}) {
                        row("imul " + d + ", " + s + ", " + imm(v), a -> a.imul(d, s, v));
                    }
                }
                row("imul " + d + ", 10", a -> a.imul(d, 10));
                row("imul " + d + ", 1000", a -> a.imul(d, 1000));
            }
            int k = 0;
            for (M m : MEMS) {
                Reg r = rs[k++ % 16];
                row("imul " + r + ", " + m.text(w), a -> a.imul(r, m.mem(w)));
                row("imul " + r + ", " + m.text(w) + ", 7", a -> a.imul(r, m.mem(w), 7));
                row("imul " + r + ", " + m.text(w) + ", -300", a -> a.imul(r, m.mem(w), -300));
            }
        }
        for (UnaryOp op : UnaryOp.values()) {
            for (int w : GPR_WIDTHS) {
                for (Reg r : regs(w)) {
                    row(op + " " + r, a -> a.unary(op, r));
                }
                for (M m : MEMS) {
                    row(op + " " + m.text(w), a -> a.unary(op, m.mem(w)));
                }
            }
        }
        row("neg rax", a -> a.neg(Reg.RAX));
        row("not r11d", a -> a.not(Reg.R11D));
        row("inc qword ptr [rsp]", a -> a.inc(Mem.qwordPtr(Reg.RSP, 0)));
        row("dec r13b", a -> a.dec(Reg.R13B));
        row("mul rcx", a -> a.mul(Reg.RCX));
        row("imul r8", a -> a.imul(Reg.R8));
        row("div qword ptr [rbp]", a -> a.div(Mem.qwordPtr(Reg.RBP, 0)));
        row("cqo\nidiv rcx", a -> {
            a.cqo();
            a.idiv(Reg.RCX);
        });
        row("cdq\nidiv r9d", a -> {
            a.cdq();
            a.idiv(Reg.R9D);
        });
        for (ShiftOp op : ShiftOp.values()) {
            for (int w : GPR_WIDTHS) {
                for (Reg r : regs(w)) {
                    for (int c : new int[] {0, 1, 2, 7, 31, 63, 255}) {
                        row(op + " " + r + ", " + c, a -> a.shift(op, r, c));
                    }
                    row(op + " " + r + ", cl", a -> a.shift(op, r, Reg.CL));
                }
                for (M m : MEMS) {
                    row(op + " " + m.text(w) + ", 1", a -> a.shift(op, m.mem(w), 1));
                    row(op + " " + m.text(w) + ", 5", a -> a.shift(op, m.mem(w), 5));
                    row(op + " " + m.text(w) + ", cl", a -> a.shift(op, m.mem(w), Reg.CL));
                }
            }
        }
        row("shl rax, 3\nshr r9d, cl\nsar byte ptr [rsp], 1\nshl word ptr [r12], cl\nsar r15, 1\nshr qword ptr [rax], 9",
                a -> {
                    a.shl(Reg.RAX, 3);
                    a.shr(Reg.R9D, Reg.CL);
                    a.sar(Mem.bytePtr(Reg.RSP, 0), 1);
                    a.shl(Mem.wordPtr(Reg.R12, 0), Reg.CL);
                    a.sar(Reg.R15, 1);
                    a.shr(Mem.qwordPtr(Reg.RAX, 0), 9);
                });
        check(8_000);
    }

    /** Every condition under its main name and its aliases, as assemblers spell them. */
    private static final Map<String, Cond> COND_NAMES = new LinkedHashMap<>();

    static {
        for (Cond c : Cond.values()) {
            COND_NAMES.put(c.toString(), c);
        }
        Object[] aliases = {"c", Cond.C, "nae", Cond.NAE, "nb", Cond.NB, "nc", Cond.NC, "z", Cond.Z, "nz", Cond.NZ,
            "na", Cond.NA, "nbe", Cond.NBE, "pe", Cond.PE, "po", Cond.PO, "nge", Cond.NGE, "nl", Cond.NL,
            "ng", Cond.NG, "nle", Cond.NLE};
        for (int i = 0; i < aliases.length; i += 2) {
            COND_NAMES.put((String) aliases[i], (Cond) aliases[i + 1]);
        }
    }

    @Test
    void conditionsStackAndIndirectControl() {
        COND_NAMES.forEach((name, c) -> {
            for (int w : new int[] {16, 32, 64}) {
                for (Reg d : regs(w)) {
                    Reg s = Reg.of((d.number() * 5 + 3) % 16, w);
                    row("cmov" + name + " " + d + ", " + s, a -> a.cmovcc(c, d, s));
                }
                for (M m : MEMS.subList(0, 8)) {
                    Reg d = Reg.of(m.disp() & 15, w);
                    row("cmov" + name + " " + d + ", " + m.text(w), a -> a.cmovcc(c, d, m.mem(w)));
                }
            }
            for (Reg r : regs(8)) {
                row("set" + name + " " + r, a -> a.setcc(c, r));
            }
            for (M m : MEMS) {
                row("set" + name + " " + m.text(8), a -> a.setcc(c, m.mem(8)));
            }
        });
        for (Reg r : regs(64)) {
            row("push " + r, a -> a.push(r));
            row("pop " + r, a -> a.pop(r));
            row("jmp " + r, a -> a.jmp(r));
            row("call " + r, a -> a.call(r));
        }
        for (M m : MEMS) {
            row("push " + m.text(64), a -> a.push(m.mem(64)));
            row("pop " + m.text(64), a -> a.pop(m.mem(64)));
            row("jmp " + m.text(64), a -> a.jmp(m.mem(64)));
            row("call " + m.text(64), a -> a.call(m.mem(64)));
        }
        for (long v : IMM64) {
            row("push " + imm(v), a -> a.push(v));
        }
        row("ret", Assembler::ret);
        row("ret 16", a -> a.ret(16));
        row("ret 0xffff", a -> a.ret(0xffff));
        check(3_000);
    }

    @Test
    void atomicsFencesRtmAndFixed() {
        for (int w : GPR_WIDTHS) {
            for (Reg d : regs(w)) {
                for (Reg s : regs(w)) {
                    row("xchg " + d + ", " + s, a -> a.xchg(d, s));
                }
            }
            int k = 0;
            for (M m : MEMS) {
                Reg r = Reg.of(k++ % 16, w);
                row("xchg " + m.text(w) + ", " + r, a -> a.xchg(m.mem(w), r));
                row("xchg " + r + ", " + m.text(w), a -> a.xchg(r, m.mem(w)));
                row("lock cmpxchg " + m.text(w) + ", " + r, a -> a.lockCmpxchg(m.mem(w), r));
                row("cmpxchg " + m.text(w) + ", " + r, a -> a.cmpxchg(m.mem(w), r));
                row("lock xadd " + m.text(w) + ", " + r, a -> a.lockXadd(m.mem(w), r));
                row("xadd " + m.text(w) + ", " + r, a -> a.xadd(m.mem(w), r));
            }
        }
        for (FixedOp op : FixedOp.values()) {
            row(op.toString(), a -> a.emit(op));
        }
        row("mfence\nlfence\nsfence\npause\nint3\nud2\nhlt\nleave\nxend\nxtest\ncqo\ncdq\nnop", a -> {
            a.mfence();
            a.lfence();
            a.sfence();
            a.pause();
            a.int3();
            a.ud2();
            a.hlt();
            a.leave();
            a.xend();
            a.xtest();
            a.cqo();
            a.cdq();
            a.nop();
        });
        for (int code : new int[] {0, 1, 0x7f, 0x80, 0xff}) {
            row("xabort " + code, a -> a.xabort(code));
        }
        for (int n = 1; n <= 40; n++) {
            int len = n;
            row(".nops " + n, a -> a.nop(len));
        }
        // align: the row starts 64-aligned in as's output, as our buffer starts at 0.
        for (int align : new int[] {1, 2, 4, 8, 16, 32, 64}) {
            for (int before : new int[] {0, 1, 3, 7, 15, 17, 33}) {
                row(".p2align 6", (before == 0 ? "" : ".nops " + before + "\n") + ".p2align "
                        + Integer.numberOfTrailingZeros(align) + "\nint3", a -> {
                            a.nop(before);
                            a.align(align);
                            a.int3();
                        });
            }
        }
        check(1_500);
    }

    @Test
    void sse2ScalarDouble() {
        SseOp[] xx = {SseOp.MOVSD_LOAD, SseOp.MOVAPD, SseOp.MOVQ_LOAD, SseOp.ADDSD, SseOp.SUBSD, SseOp.MULSD,
            SseOp.DIVSD, SseOp.SQRTSD, SseOp.MINSD, SseOp.MAXSD, SseOp.UCOMISD, SseOp.COMISD, SseOp.ANDPD,
            SseOp.ANDNPD, SseOp.ORPD, SseOp.XORPD, SseOp.CVTTSD2SI};
        for (SseOp op : xx) {
            if (op != SseOp.CVTTSD2SI) {
                for (Xmm d : Xmm.values()) {
                    for (Xmm s : Xmm.values()) {
                        row(op + " " + d + ", " + s, a -> a.sse(op, d, s));
                    }
                }
                int k = 0;
                for (M m : MEMS) {
                    Xmm d = Xmm.of(k++ % 16);
                    row(op + " " + d + ", " + m.text(op.memWidth), a -> a.sse(op, d, m.mem(op.memWidth)));
                    row(op + " " + d + ", " + m.text(0), a -> a.sse(op, d, m.mem(0)));
                }
            }
        }
        row("movsd xmm1, xmm2\nmovsd xmm3, qword ptr [rsp+8]\nmovsd qword ptr [r12], xmm15\naddsd xmm0, xmm1\n"
                + "subsd xmm2, qword ptr [rax]\nmulsd xmm8, xmm9\ndivsd xmm0, qword ptr [rip+16]\nsqrtsd xmm1, xmm1\n"
                + "minsd xmm2, xmm3\nmaxsd xmm4, qword ptr [rbp]\nucomisd xmm0, xmm1\nxorpd xmm0, xmm0\n"
                + "andpd xmm1, xmmword ptr [rip+0]\nmovapd xmm5, xmm6\nmovq xmm7, xmm8\nmovq xmm1, qword ptr [rdi]\n"
                + "addsd xmm2, qword ptr [r13]\nmulsd xmm3, qword ptr [rbx]\ndivsd xmm4, xmm5\nsqrtsd xmm6, qword ptr [rcx]\n"
                + "minsd xmm7, qword ptr [rdx]\nmaxsd xmm8, xmm9\nucomisd xmm10, qword ptr [rsi]\nxorpd xmm11, xmmword ptr [rax]\n"
                + "andpd xmm12, xmm13\nmovq qword ptr [rsp], xmm14", a -> {
                    a.movsd(Xmm.XMM1, Xmm.XMM2);
                    a.movsd(Xmm.XMM3, Mem.qwordPtr(Reg.RSP, 8));
                    a.movsd(Mem.qwordPtr(Reg.R12, 0), Xmm.XMM15);
                    a.addsd(Xmm.XMM0, Xmm.XMM1);
                    a.subsd(Xmm.XMM2, Mem.of(Reg.RAX, 0));
                    a.mulsd(Xmm.XMM8, Xmm.XMM9);
                    a.divsd(Xmm.XMM0, Mem.rip(16));
                    a.sqrtsd(Xmm.XMM1, Xmm.XMM1);
                    a.minsd(Xmm.XMM2, Xmm.XMM3);
                    a.maxsd(Xmm.XMM4, Mem.qwordPtr(Reg.RBP, 0));
                    a.ucomisd(Xmm.XMM0, Xmm.XMM1);
                    a.xorpd(Xmm.XMM0, Xmm.XMM0);
                    a.andpd(Xmm.XMM1, Mem.rip(0).withWidth(128));
                    a.movapd(Xmm.XMM5, Xmm.XMM6);
                    a.movq(Xmm.XMM7, Xmm.XMM8);
                    a.movq(Xmm.XMM1, Mem.qwordPtr(Reg.RDI, 0));
                    a.addsd(Xmm.XMM2, Mem.qwordPtr(Reg.R13, 0));
                    a.mulsd(Xmm.XMM3, Mem.qwordPtr(Reg.RBX, 0));
                    a.divsd(Xmm.XMM4, Xmm.XMM5);
                    a.sqrtsd(Xmm.XMM6, Mem.qwordPtr(Reg.RCX, 0));
                    a.minsd(Xmm.XMM7, Mem.qwordPtr(Reg.RDX, 0));
                    a.maxsd(Xmm.XMM8, Xmm.XMM9);
                    a.ucomisd(Xmm.XMM10, Mem.qwordPtr(Reg.RSI, 0));
                    a.xorpd(Xmm.XMM11, Mem.of(Reg.RAX, 0));
                    a.andpd(Xmm.XMM12, Xmm.XMM13);
                    a.movq(Mem.qwordPtr(Reg.RSP, 0), Xmm.XMM14);
                });
        int k = 0;
        for (M m : MEMS) {
            Xmm x = Xmm.of(k++ % 16);
            row("movsd " + m.text(64) + ", " + x, a -> a.movsd(m.mem(64), x));
            row("movq " + m.text(64) + ", " + x, a -> a.movq(m.mem(64), x));
            row("cvtsi2sd " + x + ", " + m.text(32), a -> a.cvtsi2sd(x, m.mem(32)));
            row("cvtsi2sd " + x + ", " + m.text(64), a -> a.cvtsi2sd(x, m.mem(64)));
            for (int w : new int[] {32, 64}) {
                Reg r = Reg.of(k % 16, w);
                row("cvttsd2si " + r + ", " + m.text(64), a -> a.cvttsd2si(r, m.mem(64)));
            }
        }
        for (Xmm x : Xmm.values()) {
            for (Reg r : regs(64)) {
                row("cvtsi2sd " + x + ", " + r, a -> a.cvtsi2sd(x, r));
                row("cvttsd2si " + r + ", " + x, a -> a.cvttsd2si(r, x));
                row("movq " + x + ", " + r, a -> a.movq(x, r));
                row("movq " + r + ", " + x, a -> a.movq(r, x));
            }
            for (Reg r : regs(32)) {
                row("cvtsi2sd " + x + ", " + r, a -> a.cvtsi2sd(x, r));
                row("cvttsd2si " + r + ", " + x, a -> a.cvttsd2si(r, x));
                row("movd " + x + ", " + r, a -> a.movd(x, r));
                row("movd " + r + ", " + x, a -> a.movd(r, x));
            }
        }
        check(5_000);
    }

    private static void pad(Assembler a, int n) {
        for (int i = 0; i < n; i++) {
            a.int3();
        }
    }

    @Test
    void labelsJumpsAndRipRelativeSnippets() {
        // Backward jumps: rel8 up to a displacement of -128, rel32 beyond.
        for (int gap : new int[] {0, 1, 100, 125, 126, 127, 128, 300}) {
            // int3 padding: gas's .nops jumps over long runs of NOPs.
            String pad = gap == 0 ? "" : ".fill " + gap + ", 1, 0xcc\n";
            row("@top:\n" + pad + "jmp @top", a -> {
                Label top = new Label();
                a.bind(top);
                pad(a, gap);
                a.jmp(top);
            });
            COND_NAMES.forEach((name, c) -> row("@top:\n" + pad + "j" + name + " @top", a -> {
                Label top = new Label();
                a.bind(top);
                pad(a, gap);
                a.jcc(c, top);
            }));
            // Forward jumps: always rel32 (as would relax them, so the text says {disp32}).
            row("{disp32} jmp @fwd\n" + pad + "@fwd:", a -> {
                Label fwd = new Label();
                a.jmp(fwd);
                pad(a, gap);
                a.bind(fwd);
            });
            COND_NAMES.forEach((name, c) -> row("{disp32} j" + name + " @fwd\n" + pad + "@fwd:", a -> {
                Label fwd = new Label();
                a.jcc(c, fwd);
                pad(a, gap);
                a.bind(fwd);
            }));
            row("call @fwd\n" + pad + "@fwd:\n" + pad + "call @fwd", a -> {
                Label fwd = new Label();
                a.call(fwd);
                pad(a, gap);
                a.bind(fwd);
                pad(a, gap);
                a.call(fwd);
            });
            row("xbegin @abort\n" + pad + "xend\n@abort:\n" + pad + "xbegin @abort", a -> {
                Label abort = new Label();
                a.xbegin(abort);
                pad(a, gap);
                a.xend();
                a.bind(abort);
                pad(a, gap);
                a.xbegin(abort);
            });
            if (gap <= 125) { // both short jumps must reach: the first one jumps over the second
                row("{disp8} jmp @fwd\n{disp8} jne @fwd\n" + pad + "@fwd:", a -> {
                    Label fwd = new Label();
                    a.jmpShort(fwd);
                    a.jccShort(Cond.NE, fwd);
                    pad(a, gap);
                    a.bind(fwd);
                });
            }
            row("@top:\n" + pad + "{disp32} jmp @top\n{disp32} jl @top", a -> {
                Label top = new Label();
                a.bind(top);
                pad(a, gap);
                a.jmpNear(top);
                a.jccNear(Cond.L, top);
            });
        }
        // RIP-relative to labels, before and after, with immediates after the displacement.
        row("lea rax, [rip+@data]\nmov r9, qword ptr [rip+@data]\nmov qword ptr [rip+@data], 5\n"
                + "mov dword ptr [rip+@data], 0x12345678\nmov word ptr [rip+@data], 0x1234\ncmp byte ptr [rip+@data], 1\n"
                + "add qword ptr [rip+@data], 1000\nmovsd xmm3, qword ptr [rip+@data]\nimul rcx, qword ptr [rip+@data], 1000\n"
                + "shl dword ptr [rip+@data], 3\ntest word ptr [rip+@data], 7\n"
                + "ret\n@data:\n.quad 0\nlea rdx, [rip+@data]\nmov dword ptr [rip+@data], 7\nmovsd xmm9, qword ptr [rip+@data]",
                a -> {
                    Label data = new Label("data");
                    a.lea(Reg.RAX, Mem.rip(data));
                    a.mov(Reg.R9, Mem.rip(data));
                    a.mov(Mem.rip(data).withWidth(64), 5);
                    a.mov(Mem.rip(data).withWidth(32), 0x12345678);
                    a.mov(Mem.rip(data).withWidth(16), 0x1234);
                    a.cmp(Mem.rip(data).withWidth(8), 1);
                    a.add(Mem.rip(data).withWidth(64), 1000);
                    a.movsd(Xmm.XMM3, Mem.rip(data));
                    a.imul(Reg.RCX, Mem.rip(data), 1000);
                    a.shl(Mem.rip(data).withWidth(32), 3);
                    a.test(Mem.rip(data).withWidth(16), 7);
                    a.ret();
                    a.bind(data);
                    a.emit64(0);
                    a.lea(Reg.RDX, Mem.rip(data));
                    a.mov(Mem.rip(data).withWidth(32), 7);
                    a.movsd(Xmm.XMM9, Mem.rip(data));
                });
        // Many references to one label, and a sum 1..n loop as the README shows it.
        row("{disp32} je @out\n{disp32} jmp @out\ncall @out\nxbegin @out\nlea rax, [rip+@out]\n@out:\nret", a -> {
            Label out = new Label();
            a.jcc(Cond.E, out);
            a.jmp(out);
            a.call(out);
            a.xbegin(out);
            a.lea(Reg.RAX, Mem.rip(out));
            a.bind(out);
            a.ret();
        });
        row("xor eax, eax\nmov ecx, 1\n@loop:\ncmp rcx, rdi\n{disp32} jg @done\nadd rax, rcx\nadd rcx, 1\njmp @loop\n"
                + "@done:\nret", a -> {
                    Label loop = new Label("loop");
                    Label done = new Label("done");
                    a.xor(Reg.EAX, Reg.EAX);
                    a.mov(Reg.ECX, 1);
                    a.bind(loop);
                    a.cmp(Reg.RCX, Reg.RDI);
                    a.jcc(Cond.G, done);
                    a.add(Reg.RAX, Reg.RCX);
                    a.add(Reg.RCX, 1);
                    a.jmp(loop);
                    a.bind(done);
                    a.ret();
                });
        check(500);
    }
}

package dev.weft.x86;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * The byte level under {@link Assembler}: a growable code buffer, the label bookkeeping
 * (references recorded while a label is unbound, patched by {@link #bind}), and the one
 * routine that turns a register or a {@link Mem} operand into prefixes, REX, ModRM, SIB and
 * displacement bytes. Every instruction method in {@code Assembler} ends here, so each
 * addressing quirk below is handled once.
 *
 * <p><b>The encoding.</b> An instruction is
 * {@code [66] [F2|F3] [F0] [REX] opcode [ModRM [SIB] [disp8|disp32]] [imm]}, prefixes in the
 * order GNU as writes them (operand size 66 or mandatory SSE prefix, then LOCK, then REX).
 * <pre>
 *   REX   = 0100 W R X B   W: 64-bit operand; R, X, B: bit 3 of ModRM.reg, SIB.index,
 *                          ModRM.rm or SIB.base (so r8..r15 and xmm8..15 are reachable).
 *                          An empty REX (0x40) is needed to name spl, bpl, sil, dil.
 *   ModRM = mod(2) reg(3) rm(3)
 *           mod 11: rm is a register; else memory: 00 no disp, 01 disp8, 10 disp32
 *           rm 100 (rsp, r12): a SIB byte follows
 *           rm 101 (rbp, r13) with mod 00: no base, [rip + disp32]
 *   SIB   = scale(2) index(3) base(3)   scale = log2(1, 2, 4, 8)
 *           index 100 (rsp): no index; base 101 (rbp, r13) with mod 00: no base, disp32
 * </pre>
 * Hence the quirks: rsp and r12 as a base always need a SIB byte; rbp and r13 as a base need
 * a disp8 of 0 when there is no displacement; rsp cannot be an index; no base at all is SIB
 * base 101 with a disp32 ({@code [rcx*4+16]}, and absolute {@code [0x1000]} with index 100);
 * a bare [disp32] in ModRM means RIP-relative.
 *
 * <p>Worked example: {@code mov rax, qword ptr [r12+rcx*8+16]} is opcode 8B (r64, r/m64)
 * <pre>
 *   REX   0100 1 0 0 1  = 49   W=1 (64-bit), R=0 (rax), X=0 (rcx), B=1 (r12 = 1 100)
 *   8B
 *   ModRM 01 000 100    = 44   disp8 follows; reg = rax; rm = 100: SIB follows
 *   SIB   11 001 100    = CC   scale 8; index = rcx (001); base = r12's low bits (100)
 *   disp8 10
 * </pre>
 * giving {@code 49 8B 44 CC 10}.
 */
abstract sealed class Encoder permits Assembler {
    // Prefix flags for the encoders.
    static final int REX_W = 1;
    static final int P66 = 2;
    static final int PF2 = 4;
    static final int PF3 = 8;
    static final int LOCK = 16;
    static final int FORCE_REX = 32;

    /**
     * The NOP of each length 1..11 that GNU as pads with ({@code .nops}, {@code .p2align}):
     * Intel's recommended {@code 0F 1F /0} forms up to 9 bytes, then extra 66 and CS prefixes.
     */
    static final byte[][] NOPS = {
        {},
        {(byte) 0x90},
        {0x66, (byte) 0x90},
        {0x0F, 0x1F, 0x00},
        {0x0F, 0x1F, 0x40, 0x00},
        {0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
        {0x0F, 0x1F, (byte) 0x80, 0x00, 0x00, 0x00, 0x00},
        {0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x2E, 0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x66, 0x66, 0x2E, 0x0F, 0x1F, (byte) 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    };

    private byte[] code;
    private int size;
    /** Every label that had a reference added while unbound; checked by finish(). */
    private final ArrayList<Label> referenced = new ArrayList<>();

    Encoder(int initialCapacity) {
        code = new byte[Math.max(16, initialCapacity)];
    }

    /** The offset at which the next instruction will be written. */
    public int position() {
        return size;
    }

    /**
     * The code so far. Fails if a label that was jumped to (or otherwise referenced) was
     * never bound, since its displacement would be garbage.
     */
    public byte[] finish() {
        for (Label l : referenced) {
            if (!l.isBound()) {
                throw new AsmException("finish: label " + l + " is referenced at offset 0x"
                        + Integer.toHexString(l.refs[0] >>> 4) + " but never bound");
            }
        }
        return Arrays.copyOf(code, size);
    }

    /** Binds {@code label} to the current position and patches every earlier reference to it. */
    public void bind(Label label) {
        own(label);
        if (label.isBound()) {
            throw new AsmException("bind " + label + ": label already bound at offset 0x"
                    + Integer.toHexString(label.position));
        }
        label.position = size;
        for (int i = 0; i < label.refCount; i++) {
            int ref = label.refs[i];
            int fieldPos = ref >>> 4;
            int trailing = (ref >> 1) & 7;
            boolean isShort = (ref & 1) != 0;
            int disp = size - (fieldPos + (isShort ? 1 : 4) + trailing);
            if (isShort) {
                if (disp != (byte) disp) {
                    throw new AsmException("bind " + label + ": the short jump at offset 0x"
                            + Integer.toHexString(fieldPos - 1) + " cannot reach it (displacement "
                            + disp + " does not fit in rel8)");
                }
                code[fieldPos] = (byte) disp;
            } else {
                put32(fieldPos, disp);
            }
        }
        label.refCount = 0;
    }

    // ---------------------------------------------------------------------------------------
    // Raw bytes

    /** Appends one byte (data in code, or an encoding this class lacks). */
    public void emit8(int b) {
        if (size == code.length) {
            code = Arrays.copyOf(code, code.length * 2);
        }
        code[size++] = (byte) b;
    }

    public void emit16(int v) {
        emit8(v);
        emit8(v >> 8);
    }

    public void emit32(int v) {
        emit16(v);
        emit16(v >> 16);
    }

    public void emit64(long v) {
        emit32((int) v);
        emit32((int) (v >>> 32));
    }

    final void put32(int pos, int v) {
        code[pos] = (byte) v;
        code[pos + 1] = (byte) (v >> 8);
        code[pos + 2] = (byte) (v >> 16);
        code[pos + 3] = (byte) (v >> 24);
    }

    final void emitImm(long v, int bytes) {
        switch (bytes) {
            case 1 -> emit8((int) v);
            case 2 -> emit16((int) v);
            case 4 -> emit32((int) v);
            default -> emit64(v);
        }
    }

    // ---------------------------------------------------------------------------------------
    // The encoding core: prefixes, REX, opcode, ModRM/SIB/displacement.

    final void prefixes(int flags, int reg, int index, int base) {
        if ((flags & P66) != 0) {
            emit8(0x66);
        }
        if ((flags & PF2) != 0) {
            emit8(0xF2);
        }
        if ((flags & PF3) != 0) {
            emit8(0xF3);
        }
        if ((flags & LOCK) != 0) {
            emit8(0xF0);
        }
        int rex = (flags & REX_W) << 3 | (reg >> 3) << 2 | (index >> 3) << 1 | base >> 3;
        if (rex != 0 || (flags & FORCE_REX) != 0) {
            emit8(0x40 | rex);
        }
    }

    /** Opcodes of one, two or three bytes, packed big-endian (the first byte is never 0 when longer). */
    final void opcode(int op) {
        if (op > 0xFFFF) {
            emit8(op >> 16);
        }
        if (op > 0xFF) {
            emit8(op >> 8);
        }
        emit8(op);
    }

    /** Register-direct form: ModRM mod=11, {@code reg} in ModRM.reg, {@code rm} in ModRM.rm. */
    final void rr(int flags, int op, int reg, int rm) {
        prefixes(flags, reg, 0, rm);
        opcode(op);
        emit8(0xC0 | (reg & 7) << 3 | (rm & 7));
    }

    /** Memory form; {@code trailing} is the size of the immediate after the displacement. */
    final void rm(int flags, int op, int reg, Mem m, int trailing) {
        prefixes(flags, reg, m.index() == null ? 0 : m.index().number(),
                m.base() == null ? 0 : m.base().number());
        opcode(op);
        modrmMem(reg, m, trailing);
    }

    /** Opcode with the register in its low three bits (B8+r, 50+r, 90+r), REX.B for r8..r15. */
    final void opReg(int flags, int op, int reg) {
        prefixes(flags, 0, 0, reg);
        emit8(op + (reg & 7));
    }


    /**
     * {@code op r/m, reg} in register-direct form, for an opcode pair whose byte form is
     * {@code op} (88/89 mov, 84/85 test, 86/87 xchg, the ALU ops): size prefix, REX.W and the
     * empty REX of spl..dil all follow from the registers' width.
     */
    final void regToRm(int op, Reg rmReg, Reg reg) {
        int w = reg.width();
        rr(sizeFlags(w) | byteRex(rmReg) | byteRex(reg), wide(op, w), reg.number(), rmReg.number());
    }

    /** {@code op} with {@code reg} in ModRM.reg and a memory operand, sized by {@code reg}. */
    final void regMem(int op, Reg reg, Mem m) {
        int w = reg.width();
        rm(sizeFlags(w) | byteRex(reg), wide(op, w), reg.number(), m, 0);
    }

    final void modrmMem(int reg, Mem m, int trailing) {
        int r = (reg & 7) << 3;
        if (m.isRipRelative()) {
            emit8(0x05 | r);
            if (m.label() != null) {
                rel32(m.label(), trailing);
            } else {
                emit32(m.disp());
            }
            return;
        }
        Reg base = m.base();
        Reg index = m.index();
        int sib = Integer.numberOfTrailingZeros(m.scale()) << 6 | (index == null ? 4 : index.number() & 7) << 3;
        int disp = m.disp();
        if (base == null) {
            emit8(0x04 | r);
            emit8(sib | 5);
            emit32(disp);
            return;
        }
        int b = base.number() & 7;
        int mod = disp == 0 && b != 5 ? 0x00 : disp == (byte) disp ? 0x40 : 0x80;
        if (index == null && b != 4) {
            emit8(mod | r | b);
        } else {
            emit8(mod | r | 4);
            emit8(sib | b);
        }
        if (mod == 0x40) {
            emit8(disp);
        } else if (mod == 0x80) {
            emit32(disp);
        }
    }

    final void own(Label l) {
        if (l.owner == null) {
            l.owner = this;
        } else if (l.owner != this) {
            throw new AsmException("label " + l + " belongs to another assembler");
        }
    }

    /** A rel32 field to {@code l}, relative to the end of an instruction with {@code trailing} more bytes. */
    final void rel32(Label l, int trailing) {
        own(l);
        if (l.isBound()) {
            emit32(l.position - (size + 4 + trailing));
        } else {
            addRef(l, trailing, false);
            emit32(0);
        }
    }

    /** A rel8 field to {@code target}; a jump out of reach fails now, or when target is bound. */
    final void rel8(String mn, Label target) {
        own(target);
        if (target.isBound()) {
            int disp = target.position - (size + 1);
            if (!fits8(disp)) {
                size--; // take back the opcode byte
                throw AsmException.of(mn, "short jump displacement " + disp + " does not fit in rel8", target);
            }
            emit8(disp);
        } else {
            addRef(target, 0, true);
            emit8(0);
        }
    }

    final void addRef(Label l, int trailing, boolean isShort) {
        if (l.refCount == 0) {
            referenced.add(l);
        }
        l.addRef(size, trailing, isShort);
    }

    // ---------------------------------------------------------------------------------------
    // Operand checks

    static int sizeFlags(int width) {
        return width == 16 ? P66 : width == 64 ? REX_W : 0;
    }

    static int byteRex(Reg r) {
        return r.needsRex() ? FORCE_REX : 0;
    }

    /** The byte form's opcode, or the next one for 16/32/64-bit operands. */
    static int wide(int op, int width) {
        return width == 8 ? op : op + 1;
    }

    static void sameWidth(String mn, Reg a, Reg b) {
        if (a.width() != b.width()) {
            throw AsmException.of(mn, "mixed register widths (" + a.width() + " and " + b.width() + " bits)", a, b);
        }
    }

    /** The memory operand must be unsized or as wide as the register. */
    static void memMatches(String mn, Reg r, Mem m, Object first, Object second) {
        if (m.width() != 0 && m.width() != r.width()) {
            throw AsmException.of(mn, "operand widths differ (" + r.width() + " and " + m.width() + " bits)",
                    first, second);
        }
    }

    /** The memory operand alone gives the width: it must be sized 8..64. */
    static int sized(String mn, Mem m, Object... ops) {
        int w = m.width();
        if (w != 8 && w != 16 && w != 32 && w != 64) {
            throw AsmException.of(mn, w == 0
                    ? "operand size unspecified (use Mem.withWidth or qwordPtr/dwordPtr/wordPtr/bytePtr)"
                    : "memory operand width " + w + " not in {8, 16, 32, 64}", ops);
        }
        return w;
    }

    static void widthIn(String mn, Reg r, int widths, Object... ops) {
        if ((r.width() & widths) == 0) {
            throw AsmException.of(mn, r + " is a " + r.width() + "-bit register; needs " + widthList(widths), ops);
        }
    }

    static String widthList(int widths) {
        StringBuilder sb = new StringBuilder();
        for (int w = 8; w <= 64; w <<= 1) {
            if ((widths & w) != 0) {
                sb.append(sb.length() == 0 ? "" : "/").append(w);
            }
        }
        return sb.append(" bits").toString();
    }

    static final int W16_32_64 = 16 | 32 | 64;
    static final int W32_64 = 32 | 64;

    /**
     * Checks that {@code v} is a valid immediate for a {@code width}-bit operation and returns
     * it as the operation sees it, sign-extended from {@code width} bits. Like GNU as, an 8-,
     * 16- or 32-bit operation accepts signed or unsigned values of its width ({@code add eax,
     * 0xffffffff} is {@code add eax, -1}); a 64-bit one takes a sign-extended imm32.
     */
    static long imm(String mn, int width, long v, Object dst) {
        long lo = width == 64 ? Integer.MIN_VALUE : -(1L << (width - 1));
        long hi = width == 64 ? Integer.MAX_VALUE : (1L << width) - 1;
        if (v < lo || v > hi) {
            throw AsmException.of(mn, "immediate " + v + " does not fit in "
                    + (width == 64 ? "a sign-extended imm32" : "imm" + width), dst, v);
        }
        return switch (width) {
            case 8 -> (byte) v;
            case 16 -> (short) v;
            default -> (int) v;
        };
    }

    static boolean fits8(long v) {
        return v == (byte) v;
    }

    /** Immediate bytes for a full-size immediate at this width (imm64 never: sign-extended imm32). */
    static int immBytes(int width) {
        return width == 8 ? 1 : width == 16 ? 2 : 4;
    }

}

package dev.weft.x86;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * An x86-64 assembler in the style of ObjectWeb ASM's {@code MethodVisitor}: one method per
 * instruction form appends its encoding to a growable byte buffer; {@link Label}s mark
 * positions, may be used before they are bound, and are patched by {@link #bind}; {@link
 * #finish} returns the bytes. Operands are the immutable values {@link Reg}, {@link Xmm},
 * {@link Mem}, {@link Cond}, {@link Label} and {@code long} immediates; a combination that has
 * no encoding throws {@link AsmException} at the call, naming the instruction and operands.
 *
 * <p>The bytes are those GNU as 2.40 ({@code as --64}, Intel syntax) produces for the same
 * instruction, form choices included (store form for reg, reg; imm8 and accumulator short
 * forms; the by-1 shifts; mov r64, imm32 sign-extended before movabs). {@code
 * AssemblerVsGnuAsTest} checks this on thousands of instructions.
 *
 * <p><b>Jump sizes.</b> A jump to a label already bound (a backward jump) takes the 2-byte
 * rel8 form if the displacement fits, else rel32. A jump to a label not yet bound (a forward
 * jump) always takes rel32: the assembler is one pass, and patching cannot shrink code.
 * The cost is three or four bytes per forward jump, mostly to side exits that are rarely
 * taken. Where the caller knows the target is near, {@link #jmpShort}/{@link #jccShort}
 * force rel8 (and {@link #bind} fails if it was wrong); {@link #jmpNear}/{@link #jccNear}
 * force rel32 even backward (a patchable jump). In GNU as terms: {@code jmp L} with L
 * bound behind, {@code {disp32} jmp L} forward, {@code {disp8} jmp L} for the short hint.
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
 *
 * <p>Not thread-safe; one assembler builds one piece of code.
 */
public final class Assembler {
    // Prefix flags for the encoders.
    private static final int REX_W = 1;
    private static final int P66 = 2;
    private static final int PF2 = 4;
    private static final int PF3 = 8;
    private static final int LOCK = 16;
    private static final int FORCE_REX = 32;

    // Opcodes of the instructions that are alone in their kind (the groups have tables:
    // AluOp, ShiftOp, UnaryOp, SseOp, FixedOp). For byte/other pairs, the byte form.
    private static final int MOV_RM_R = 0x88;      // 88/89 mov r/m, r
    private static final int MOV_R_RM = 0x8A;      // 8A/8B mov r, r/m
    private static final int MOV_R_IMM8 = 0xB0;    // B0+r ib
    private static final int MOV_R_IMM = 0xB8;     // B8+r iw/id/io
    private static final int MOV_RM_IMM = 0xC6;    // C6/C7 /0 ib/iz
    private static final int MOVZX = 0x0FB6;       // 0F B6 (r/m8), 0F B7 (r/m16)
    private static final int MOVSX = 0x0FBE;       // 0F BE (r/m8), 0F BF (r/m16)
    private static final int MOVSXD = 0x63;        // REX.W 63 /r
    private static final int LEA = 0x8D;
    private static final int TEST_RM_R = 0x84;     // 84/85 /r
    private static final int TEST_ACC_IMM = 0xA8;  // A8 ib, A9 iz
    private static final int TEST_RM_IMM = 0xF6;   // F6/F7 /0
    private static final int IMUL_R_RM = 0x0FAF;
    private static final int IMUL_R_RM_IMM8 = 0x6B;
    private static final int IMUL_R_RM_IMM = 0x69;
    private static final int CMOVCC = 0x0F40;      // 0F 40+cc /r
    private static final int SETCC = 0x0F90;       // 0F 90+cc /0
    private static final int JCC_REL8 = 0x70;      // 70+cc cb
    private static final int JCC_REL32 = 0x0F80;   // 0F 80+cc cd
    private static final int JMP_REL8 = 0xEB;
    private static final int JMP_REL32 = 0xE9;
    private static final int CALL_REL32 = 0xE8;
    private static final int GROUP_FF = 0xFF;      // /2 call, /4 jmp, /6 push (r/m64)
    private static final int PUSH_R = 0x50;        // 50+r
    private static final int POP_R = 0x58;         // 58+r
    private static final int POP_RM = 0x8F;        // 8F /0
    private static final int PUSH_IMM8 = 0x6A;
    private static final int PUSH_IMM32 = 0x68;
    private static final int RET_IMM16 = 0xC2;
    private static final int XCHG_ACC = 0x90;      // 90+r: xchg (e/r)ax, r
    private static final int XCHG_RM_R = 0x86;     // 86/87 /r
    private static final int CMPXCHG = 0x0FB0;     // 0F B0/B1 /r
    private static final int XADD = 0x0FC0;        // 0F C0/C1 /r
    private static final int XBEGIN = 0xC7F8;      // C7 F8 cd
    private static final int XABORT = 0xC6F8;      // C6 F8 ib

    /**
     * The NOP of each length 1..11 that GNU as pads with ({@code .nops}, {@code .p2align}):
     * Intel's recommended {@code 0F 1F /0} forms up to 9 bytes, then extra 66 and CS prefixes.
     */
    private static final byte[][] NOPS = {
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

    public Assembler() {
        this(256);
    }

    public Assembler(int initialCapacity) {
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

    private void put32(int pos, int v) {
        code[pos] = (byte) v;
        code[pos + 1] = (byte) (v >> 8);
        code[pos + 2] = (byte) (v >> 16);
        code[pos + 3] = (byte) (v >> 24);
    }

    private void emitImm(long v, int bytes) {
        switch (bytes) {
            case 1 -> emit8((int) v);
            case 2 -> emit16((int) v);
            case 4 -> emit32((int) v);
            default -> emit64(v);
        }
    }

    // ---------------------------------------------------------------------------------------
    // The encoding core: prefixes, REX, opcode, ModRM/SIB/displacement.

    private void prefixes(int flags, int reg, int index, int base) {
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
    private void opcode(int op) {
        if (op > 0xFFFF) {
            emit8(op >> 16);
        }
        if (op > 0xFF) {
            emit8(op >> 8);
        }
        emit8(op);
    }

    /** Register-direct form: ModRM mod=11, {@code reg} in ModRM.reg, {@code rm} in ModRM.rm. */
    private void rr(int flags, int op, int reg, int rm) {
        prefixes(flags, reg, 0, rm);
        opcode(op);
        emit8(0xC0 | (reg & 7) << 3 | (rm & 7));
    }

    /** Memory form; {@code trailing} is the size of the immediate after the displacement. */
    private void rm(int flags, int op, int reg, Mem m, int trailing) {
        prefixes(flags, reg, m.index() == null ? 0 : m.index().number(),
                m.base() == null ? 0 : m.base().number());
        opcode(op);
        modrmMem(reg, m, trailing);
    }

    /** Opcode with the register in its low three bits (B8+r, 50+r, 90+r), REX.B for r8..r15. */
    private void opReg(int flags, int op, int reg) {
        prefixes(flags, 0, 0, reg);
        emit8(op + (reg & 7));
    }

    private void modrmMem(int reg, Mem m, int trailing) {
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

    private void own(Label l) {
        if (l.owner == null) {
            l.owner = this;
        } else if (l.owner != this) {
            throw new AsmException("label " + l + " belongs to another assembler");
        }
    }

    /** A rel32 field to {@code l}, relative to the end of an instruction with {@code trailing} more bytes. */
    private void rel32(Label l, int trailing) {
        own(l);
        if (l.isBound()) {
            emit32(l.position - (size + 4 + trailing));
        } else {
            addRef(l, trailing, false);
            emit32(0);
        }
    }

    private void addRef(Label l, int trailing, boolean isShort) {
        if (l.refCount == 0) {
            referenced.add(l);
        }
        l.addRef(size, trailing, isShort);
    }

    // ---------------------------------------------------------------------------------------
    // Operand checks

    private static int sizeFlags(int width) {
        return width == 16 ? P66 : width == 64 ? REX_W : 0;
    }

    private static int byteRex(Reg r) {
        return r.needsRex() ? FORCE_REX : 0;
    }

    /** The byte form's opcode, or the next one for 16/32/64-bit operands. */
    private static int wide(int op, int width) {
        return width == 8 ? op : op + 1;
    }

    private static void sameWidth(String mn, Reg a, Reg b) {
        if (a.width() != b.width()) {
            throw AsmException.of(mn, "mixed register widths (" + a.width() + " and " + b.width() + " bits)", a, b);
        }
    }

    /** The memory operand must be unsized or as wide as the register. */
    private static void memMatches(String mn, Reg r, Mem m, Object first, Object second) {
        if (m.width() != 0 && m.width() != r.width()) {
            throw AsmException.of(mn, "operand widths differ (" + r.width() + " and " + m.width() + " bits)",
                    first, second);
        }
    }

    /** The memory operand alone gives the width: it must be sized 8..64. */
    private static int sized(String mn, Mem m, Object... ops) {
        int w = m.width();
        if (w != 8 && w != 16 && w != 32 && w != 64) {
            throw AsmException.of(mn, w == 0
                    ? "operand size unspecified (use Mem.withWidth or qwordPtr/dwordPtr/wordPtr/bytePtr)"
                    : "memory operand width " + w + " not in {8, 16, 32, 64}", ops);
        }
        return w;
    }

    private static void widthIn(String mn, Reg r, int widths, Object... ops) {
        if ((r.width() & widths) == 0) {
            throw AsmException.of(mn, r + " is a " + r.width() + "-bit register; needs " + widthList(widths), ops);
        }
    }

    private static String widthList(int widths) {
        StringBuilder sb = new StringBuilder();
        for (int w = 8; w <= 64; w <<= 1) {
            if ((widths & w) != 0) {
                sb.append(sb.length() == 0 ? "" : "/").append(w);
            }
        }
        return sb.append(" bits").toString();
    }

    private static final int W16_32_64 = 16 | 32 | 64;
    private static final int W32_64 = 32 | 64;

    /**
     * Checks that {@code v} is a valid immediate for a {@code width}-bit operation and returns
     * it as the operation sees it, sign-extended from {@code width} bits. Like GNU as, an 8-,
     * 16- or 32-bit operation accepts signed or unsigned values of its width ({@code add eax,
     * 0xffffffff} is {@code add eax, -1}); a 64-bit one takes a sign-extended imm32.
     */
    private static long imm(String mn, int width, long v, Object dst) {
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

    private static boolean fits8(long v) {
        return v == (byte) v;
    }

    /** Immediate bytes for a full-size immediate at this width (imm64 never: sign-extended imm32). */
    private static int immBytes(int width) {
        return width == 8 ? 1 : width == 16 ? 2 : 4;
    }

    // ---------------------------------------------------------------------------------------
    // mov and friends

    /** {@code mov dst, src}. */
    public void mov(Reg dst, Reg src) {
        sameWidth("mov", dst, src);
        rr(sizeFlags(dst.width()) | byteRex(dst) | byteRex(src), wide(MOV_RM_R, dst.width()), src.number(), dst.number());
    }

    /** {@code mov dst, [mem]}: a load. */
    public void mov(Reg dst, Mem src) {
        memMatches("mov", dst, src, dst, src);
        rm(sizeFlags(dst.width()) | byteRex(dst), wide(MOV_R_RM, dst.width()), dst.number(), src, 0);
    }

    /** {@code mov [mem], src}: a store. */
    public void mov(Mem dst, Reg src) {
        memMatches("mov", src, dst, dst, src);
        rm(sizeFlags(src.width()) | byteRex(src), wide(MOV_RM_R, src.width()), src.number(), dst, 0);
    }

    /**
     * {@code mov dst, imm}. For a 64-bit register: {@code REX.W C7 /0 id} (7 bytes) when the
     * value is a sign-extended imm32, else {@code movabs} with an imm64 (10 bytes). A 32-bit
     * {@code mov} zero-extends, so {@code mov(EAX, 0xFFFFFFFFL)} is the short way to load
     * 0xFFFFFFFF into rax.
     */
    public void mov(Reg dst, long imm) {
        int w = dst.width();
        if (w == 64) {
            if (imm == (int) imm) {
                rr(REX_W, MOV_RM_IMM + 1, 0, dst.number());
                emit32((int) imm);
            } else {
                movabs(dst, imm);
            }
            return;
        }
        long v = imm("mov", w, imm, dst);
        opReg(sizeFlags(w) | byteRex(dst), w == 8 ? MOV_R_IMM8 : MOV_R_IMM, dst.number());
        emitImm(v, immBytes(w));
    }

    /** {@code movabs dst, imm64}: always the 10-byte form (e.g. a constant to patch later). */
    public void movabs(Reg dst, long imm) {
        widthIn("movabs", dst, 64, dst, imm);
        opReg(REX_W, MOV_R_IMM, dst.number());
        emit64(imm);
    }

    /** {@code mov size ptr [mem], imm}: the memory operand must be sized. */
    public void mov(Mem dst, long imm) {
        int w = sized("mov", dst, dst, imm);
        long v = imm("mov", w, imm, dst);
        rm(sizeFlags(w), wide(MOV_RM_IMM, w), 0, dst, immBytes(w));
        emitImm(v, immBytes(w));
    }

    /** {@code movzx dst, src}: zero-extends an 8- or 16-bit register into a wider one. */
    public void movzx(Reg dst, Reg src) {
        extend("movzx", MOVZX, dst, src);
    }

    /** {@code movzx dst, byte/word ptr [mem]}. */
    public void movzx(Reg dst, Mem src) {
        extend("movzx", MOVZX, dst, src);
    }

    /** {@code movsx dst, src}: sign-extends an 8- or 16-bit register into a wider one. */
    public void movsx(Reg dst, Reg src) {
        extend("movsx", MOVSX, dst, src);
    }

    /** {@code movsx dst, byte/word ptr [mem]}. */
    public void movsx(Reg dst, Mem src) {
        extend("movsx", MOVSX, dst, src);
    }

    private void extend(String mn, int op, Reg dst, Reg src) {
        widthIn(mn, src, 8 | 16, dst, src);
        if (dst.width() <= src.width()) {
            throw AsmException.of(mn, "destination must be wider than the source", dst, src);
        }
        rr(sizeFlags(dst.width()) | byteRex(src), op + (src.width() == 16 ? 1 : 0), dst.number(), src.number());
    }

    private void extend(String mn, int op, Reg dst, Mem src) {
        int sw = src.width();
        if (sw != 8 && sw != 16) {
            throw AsmException.of(mn, "source must be a byte ptr or word ptr", dst, src);
        }
        if (dst.width() <= sw) {
            throw AsmException.of(mn, "destination must be wider than the source", dst, src);
        }
        rm(sizeFlags(dst.width()), op + (sw == 16 ? 1 : 0), dst.number(), src, 0);
    }

    /** {@code movsxd dst64, src32}: sign-extends a 32-bit register. */
    public void movsxd(Reg dst, Reg src) {
        widthIn("movsxd", dst, 64, dst, src);
        widthIn("movsxd", src, 32, dst, src);
        rr(REX_W, MOVSXD, dst.number(), src.number());
    }

    /** {@code movsxd dst64, dword ptr [mem]}. */
    public void movsxd(Reg dst, Mem src) {
        widthIn("movsxd", dst, 64, dst, src);
        if (src.width() != 32 && src.width() != 0) {
            throw AsmException.of("movsxd", "source must be a dword ptr", dst, src);
        }
        rm(REX_W, MOVSXD, dst.number(), src, 0);
    }

    /** {@code lea dst, [mem]}: the address itself; the memory operand's width is ignored. */
    public void lea(Reg dst, Mem src) {
        widthIn("lea", dst, W16_32_64, dst, src);
        rm(sizeFlags(dst.width()), LEA, dst.number(), src, 0);
    }

    // ---------------------------------------------------------------------------------------
    // Integer arithmetic

    /** {@code op dst, src} for the ALU operations of {@link AluOp}. */
    public void alu(AluOp op, Reg dst, Reg src) {
        sameWidth(op.toString(), dst, src);
        int w = dst.width();
        rr(sizeFlags(w) | byteRex(dst) | byteRex(src), wide(op.base, w), src.number(), dst.number());
    }

    /** {@code op dst, [mem]}. */
    public void alu(AluOp op, Reg dst, Mem src) {
        memMatches(op.toString(), dst, src, dst, src);
        int w = dst.width();
        rm(sizeFlags(w) | byteRex(dst), wide(op.base + 2, w), dst.number(), src, 0);
    }

    /** {@code op [mem], src}. */
    public void alu(AluOp op, Mem dst, Reg src) {
        memMatches(op.toString(), src, dst, dst, src);
        int w = src.width();
        rm(sizeFlags(w) | byteRex(src), wide(op.base, w), src.number(), dst, 0);
    }

    /**
     * {@code op dst, imm}, in the shortest form as GNU as picks it: {@code 83 /digit ib} when
     * the value fits a sign-extended imm8 (16 to 64-bit operands), else the accumulator form
     * ({@code base+4}/{@code base+5}) for al/ax/eax/rax, else {@code 80}/{@code 81}.
     */
    public void alu(AluOp op, Reg dst, long imm) {
        int w = dst.width();
        long v = imm(op.toString(), w, imm, dst);
        int flags = sizeFlags(w) | byteRex(dst);
        if (w != 8 && fits8(v)) {
            rr(flags, 0x83, op.digit, dst.number());
            emit8((int) v);
        } else if (dst.number() == 0) {
            prefixes(flags, 0, 0, 0);
            emit8(wide(op.base + 4, w));
            emitImm(v, immBytes(w));
        } else {
            rr(flags, wide(0x80, w), op.digit, dst.number());
            emitImm(v, immBytes(w));
        }
    }

    /** {@code op size ptr [mem], imm}: the memory operand must be sized. */
    public void alu(AluOp op, Mem dst, long imm) {
        int w = sized(op.toString(), dst, dst, imm);
        long v = imm(op.toString(), w, imm, dst);
        if (w != 8 && fits8(v)) {
            rm(sizeFlags(w), 0x83, op.digit, dst, 1);
            emit8((int) v);
        } else {
            rm(sizeFlags(w), wide(0x80, w), op.digit, dst, immBytes(w));
            emitImm(v, immBytes(w));
        }
    }

    public void add(Reg dst, Reg src) { alu(AluOp.ADD, dst, src); }
    public void add(Reg dst, Mem src) { alu(AluOp.ADD, dst, src); }
    public void add(Mem dst, Reg src) { alu(AluOp.ADD, dst, src); }
    public void add(Reg dst, long imm) { alu(AluOp.ADD, dst, imm); }
    public void add(Mem dst, long imm) { alu(AluOp.ADD, dst, imm); }
    public void sub(Reg dst, Reg src) { alu(AluOp.SUB, dst, src); }
    public void sub(Reg dst, Mem src) { alu(AluOp.SUB, dst, src); }
    public void sub(Mem dst, Reg src) { alu(AluOp.SUB, dst, src); }
    public void sub(Reg dst, long imm) { alu(AluOp.SUB, dst, imm); }
    public void sub(Mem dst, long imm) { alu(AluOp.SUB, dst, imm); }
    public void and(Reg dst, Reg src) { alu(AluOp.AND, dst, src); }
    public void and(Reg dst, Mem src) { alu(AluOp.AND, dst, src); }
    public void and(Mem dst, Reg src) { alu(AluOp.AND, dst, src); }
    public void and(Reg dst, long imm) { alu(AluOp.AND, dst, imm); }
    public void and(Mem dst, long imm) { alu(AluOp.AND, dst, imm); }
    public void or(Reg dst, Reg src) { alu(AluOp.OR, dst, src); }
    public void or(Reg dst, Mem src) { alu(AluOp.OR, dst, src); }
    public void or(Mem dst, Reg src) { alu(AluOp.OR, dst, src); }
    public void or(Reg dst, long imm) { alu(AluOp.OR, dst, imm); }
    public void or(Mem dst, long imm) { alu(AluOp.OR, dst, imm); }
    public void xor(Reg dst, Reg src) { alu(AluOp.XOR, dst, src); }
    public void xor(Reg dst, Mem src) { alu(AluOp.XOR, dst, src); }
    public void xor(Mem dst, Reg src) { alu(AluOp.XOR, dst, src); }
    public void xor(Reg dst, long imm) { alu(AluOp.XOR, dst, imm); }
    public void xor(Mem dst, long imm) { alu(AluOp.XOR, dst, imm); }
    public void cmp(Reg dst, Reg src) { alu(AluOp.CMP, dst, src); }
    public void cmp(Reg dst, Mem src) { alu(AluOp.CMP, dst, src); }
    public void cmp(Mem dst, Reg src) { alu(AluOp.CMP, dst, src); }
    public void cmp(Reg dst, long imm) { alu(AluOp.CMP, dst, imm); }
    public void cmp(Mem dst, long imm) { alu(AluOp.CMP, dst, imm); }

    /** {@code test a, b}: the AND of both, for the flags only. */
    public void test(Reg a, Reg b) {
        sameWidth("test", a, b);
        rr(sizeFlags(a.width()) | byteRex(a) | byteRex(b), wide(TEST_RM_R, a.width()), b.number(), a.number());
    }

    /** {@code test [mem], r}. */
    public void test(Mem a, Reg b) {
        memMatches("test", b, a, a, b);
        rm(sizeFlags(b.width()) | byteRex(b), wide(TEST_RM_R, b.width()), b.number(), a, 0);
    }

    /** {@code test r, [mem]}: the same instruction as {@code test [mem], r}. */
    public void test(Reg a, Mem b) {
        memMatches("test", a, b, a, b);
        rm(sizeFlags(a.width()) | byteRex(a), wide(TEST_RM_R, a.width()), a.number(), b, 0);
    }

    /** {@code test r, imm}: no imm8 form exists; the accumulator form when r is al/ax/eax/rax. */
    public void test(Reg a, long imm) {
        int w = a.width();
        long v = imm("test", w, imm, a);
        int flags = sizeFlags(w) | byteRex(a);
        if (a.number() == 0) {
            prefixes(flags, 0, 0, 0);
            emit8(wide(TEST_ACC_IMM, w));
        } else {
            rr(flags, wide(TEST_RM_IMM, w), 0, a.number());
        }
        emitImm(v, immBytes(w));
    }

    /** {@code test size ptr [mem], imm}. */
    public void test(Mem a, long imm) {
        int w = sized("test", a, a, imm);
        long v = imm("test", w, imm, a);
        rm(sizeFlags(w), wide(TEST_RM_IMM, w), 0, a, immBytes(w));
        emitImm(v, immBytes(w));
    }

    /** {@code imul dst, src}: dst = low half of dst * src (16/32/64 bits). */
    public void imul(Reg dst, Reg src) {
        sameWidth("imul", dst, src);
        widthIn("imul", dst, W16_32_64, dst, src);
        rr(sizeFlags(dst.width()), IMUL_R_RM, dst.number(), src.number());
    }

    /** {@code imul dst, [mem]}. */
    public void imul(Reg dst, Mem src) {
        widthIn("imul", dst, W16_32_64, dst, src);
        memMatches("imul", dst, src, dst, src);
        rm(sizeFlags(dst.width()), IMUL_R_RM, dst.number(), src, 0);
    }

    /** {@code imul dst, src, imm}: dst = src * imm ({@code 6B} with imm8, else {@code 69}). */
    public void imul(Reg dst, Reg src, long imm) {
        sameWidth("imul", dst, src);
        widthIn("imul", dst, W16_32_64, dst, src, imm);
        int w = dst.width();
        long v = imm("imul", w, imm, dst);
        boolean short8 = fits8(v);
        rr(sizeFlags(w), short8 ? IMUL_R_RM_IMM8 : IMUL_R_RM_IMM, dst.number(), src.number());
        emitImm(v, short8 ? 1 : immBytes(w));
    }

    /** {@code imul dst, [mem], imm}. */
    public void imul(Reg dst, Mem src, long imm) {
        widthIn("imul", dst, W16_32_64, dst, src, imm);
        memMatches("imul", dst, src, dst, src);
        int w = dst.width();
        long v = imm("imul", w, imm, dst);
        boolean short8 = fits8(v);
        int bytes = short8 ? 1 : immBytes(w);
        rm(sizeFlags(w), short8 ? IMUL_R_RM_IMM8 : IMUL_R_RM_IMM, dst.number(), src, bytes);
        emitImm(v, bytes);
    }

    /** {@code imul dst, imm}, i.e. {@code imul dst, dst, imm}. */
    public void imul(Reg dst, long imm) {
        imul(dst, dst, imm);
    }

    /** One-operand instructions of {@link UnaryOp} on a register. */
    public void unary(UnaryOp op, Reg r) {
        rr(sizeFlags(r.width()) | byteRex(r), wide(op.opcode, r.width()), op.digit, r.number());
    }

    /** One-operand instructions of {@link UnaryOp} on sized memory. */
    public void unary(UnaryOp op, Mem m) {
        int w = sized(op.toString(), m, m);
        rm(sizeFlags(w), wide(op.opcode, w), op.digit, m, 0);
    }

    public void neg(Reg r) { unary(UnaryOp.NEG, r); }
    public void neg(Mem m) { unary(UnaryOp.NEG, m); }
    public void not(Reg r) { unary(UnaryOp.NOT, r); }
    public void not(Mem m) { unary(UnaryOp.NOT, m); }
    public void inc(Reg r) { unary(UnaryOp.INC, r); }
    public void inc(Mem m) { unary(UnaryOp.INC, m); }
    public void dec(Reg r) { unary(UnaryOp.DEC, r); }
    public void dec(Mem m) { unary(UnaryOp.DEC, m); }
    /** Unsigned rdx:rax = rax * r (at r's width). */
    public void mul(Reg r) { unary(UnaryOp.MUL, r); }
    public void mul(Mem m) { unary(UnaryOp.MUL, m); }
    /** Signed rdx:rax = rax * r, the one-operand imul. */
    public void imul(Reg r) { unary(UnaryOp.IMUL, r); }
    public void imul(Mem m) { unary(UnaryOp.IMUL, m); }
    /** Unsigned rax = rdx:rax / r, rdx = remainder; zero rdx first. */
    public void div(Reg r) { unary(UnaryOp.DIV, r); }
    public void div(Mem m) { unary(UnaryOp.DIV, m); }
    /** Signed rax = rdx:rax / r (truncating), rdx = remainder; sign-extend with {@link #cqo} first. */
    public void idiv(Reg r) { unary(UnaryOp.IDIV, r); }
    public void idiv(Mem m) { unary(UnaryOp.IDIV, m); }

    /** {@code cqo}: rdx:rax = sign-extended rax (before a 64-bit idiv). */
    public void cqo() { emit(FixedOp.CQO); }
    /** {@code cdq}: edx:eax = sign-extended eax (before a 32-bit idiv). */
    public void cdq() { emit(FixedOp.CDQ); }

    /** {@code op r, count} for the shifts and rotates of {@link ShiftOp}; count 1 uses the D0/D1 form. */
    public void shift(ShiftOp op, Reg r, int count) {
        shiftCount(op, r, count);
        int w = r.width();
        int flags = sizeFlags(w) | byteRex(r);
        if (count == 1) {
            rr(flags, wide(ShiftOp.BY_ONE, w), op.digit, r.number());
        } else {
            rr(flags, wide(ShiftOp.BY_IMM, w), op.digit, r.number());
            emit8(count);
        }
    }

    /** {@code op size ptr [mem], count}. */
    public void shift(ShiftOp op, Mem m, int count) {
        int w = sized(op.toString(), m, m, (long) count);
        shiftCount(op, m, count);
        if (count == 1) {
            rm(sizeFlags(w), wide(ShiftOp.BY_ONE, w), op.digit, m, 0);
        } else {
            rm(sizeFlags(w), wide(ShiftOp.BY_IMM, w), op.digit, m, 1);
            emit8(count);
        }
    }

    /** {@code op r, cl}: {@code cl} must be {@link Reg#CL}, the only register x86 shifts by. */
    public void shift(ShiftOp op, Reg r, Reg cl) {
        requireCl(op, r, cl);
        rr(sizeFlags(r.width()) | byteRex(r), wide(ShiftOp.BY_CL, r.width()), op.digit, r.number());
    }

    /** {@code op size ptr [mem], cl}. */
    public void shift(ShiftOp op, Mem m, Reg cl) {
        requireCl(op, m, cl);
        int w = sized(op.toString(), m, m, cl);
        rm(sizeFlags(w), wide(ShiftOp.BY_CL, w), op.digit, m, 0);
    }

    private static void shiftCount(ShiftOp op, Object dst, int count) {
        if (count < 0 || count > 255) {
            throw AsmException.of(op.toString(), "shift count " + count + " does not fit in imm8 (0..255)",
                    dst, (long) count);
        }
    }

    private static void requireCl(ShiftOp op, Object dst, Reg cl) {
        if (cl != Reg.CL) {
            throw AsmException.of(op.toString(), "a shift count register must be cl", dst, cl);
        }
    }

    public void shl(Reg r, int count) { shift(ShiftOp.SHL, r, count); }
    public void shl(Mem m, int count) { shift(ShiftOp.SHL, m, count); }
    public void shl(Reg r, Reg cl) { shift(ShiftOp.SHL, r, cl); }
    public void shl(Mem m, Reg cl) { shift(ShiftOp.SHL, m, cl); }
    public void shr(Reg r, int count) { shift(ShiftOp.SHR, r, count); }
    public void shr(Mem m, int count) { shift(ShiftOp.SHR, m, count); }
    public void shr(Reg r, Reg cl) { shift(ShiftOp.SHR, r, cl); }
    public void shr(Mem m, Reg cl) { shift(ShiftOp.SHR, m, cl); }
    public void sar(Reg r, int count) { shift(ShiftOp.SAR, r, count); }
    public void sar(Mem m, int count) { shift(ShiftOp.SAR, m, count); }
    public void sar(Reg r, Reg cl) { shift(ShiftOp.SAR, r, cl); }
    public void sar(Mem m, Reg cl) { shift(ShiftOp.SAR, m, cl); }

    // ---------------------------------------------------------------------------------------
    // Conditions

    /** {@code cmovcc dst, src} (16/32/64 bits). */
    public void cmovcc(Cond cc, Reg dst, Reg src) {
        sameWidth("cmov" + cc, dst, src);
        widthIn("cmov" + cc, dst, W16_32_64, dst, src);
        rr(sizeFlags(dst.width()), CMOVCC + cc.code(), dst.number(), src.number());
    }

    /** {@code cmovcc dst, [mem]}. */
    public void cmovcc(Cond cc, Reg dst, Mem src) {
        widthIn("cmov" + cc, dst, W16_32_64, dst, src);
        memMatches("cmov" + cc, dst, src, dst, src);
        rm(sizeFlags(dst.width()), CMOVCC + cc.code(), dst.number(), src, 0);
    }

    /** {@code setcc r8}: r8 = cc ? 1 : 0. */
    public void setcc(Cond cc, Reg dst) {
        widthIn("set" + cc, dst, 8, dst);
        rr(byteRex(dst), SETCC + cc.code(), 0, dst.number());
    }

    /** {@code setcc byte ptr [mem]}. */
    public void setcc(Cond cc, Mem dst) {
        if (dst.width() != 8 && dst.width() != 0) {
            throw AsmException.of("set" + cc, "operand must be a byte", dst);
        }
        rm(0, SETCC + cc.code(), 0, dst, 0);
    }

    // ---------------------------------------------------------------------------------------
    // Control flow

    /** {@code jmp target}: rel8 if target is bound and within reach, else rel32 (see the class comment). */
    public void jmp(Label target) {
        own(target);
        if (target.isBound() && fits8(target.position - (size + 2))) {
            emit8(JMP_REL8);
            emit8(target.position - (size + 1));
        } else {
            jmpNear(target);
        }
    }

    /** {@code jmp target} always rel8; fails (now, or when target is bound) if out of reach. */
    public void jmpShort(Label target) {
        emit8(JMP_REL8);
        rel8("jmp", target);
    }

    /** {@code jmp target} always rel32 (5 bytes), even when a short form would do. */
    public void jmpNear(Label target) {
        emit8(JMP_REL32);
        rel32(target, 0);
    }

    /** {@code jcc target}: rel8 if target is bound and within reach, else rel32. */
    public void jcc(Cond cc, Label target) {
        own(target);
        if (target.isBound() && fits8(target.position - (size + 2))) {
            emit8(JCC_REL8 + cc.code());
            emit8(target.position - (size + 1));
        } else {
            jccNear(cc, target);
        }
    }

    /** {@code jcc target} always rel8; fails (now, or when target is bound) if out of reach. */
    public void jccShort(Cond cc, Label target) {
        emit8(JCC_REL8 + cc.code());
        rel8("j" + cc, target);
    }

    /** {@code jcc target} always rel32 (6 bytes). */
    public void jccNear(Cond cc, Label target) {
        opcode(JCC_REL32 + cc.code());
        rel32(target, 0);
    }

    private void rel8(String mn, Label target) {
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

    /** {@code jmp r64}: indirect. */
    public void jmp(Reg target) {
        widthIn("jmp", target, 64, target);
        rr(0, GROUP_FF, 4, target.number());
    }

    /** {@code jmp qword ptr [mem]}: indirect through memory. */
    public void jmp(Mem target) {
        requireQword("jmp", target);
        rm(0, GROUP_FF, 4, target, 0);
    }

    /** {@code call target}: always rel32. */
    public void call(Label target) {
        emit8(CALL_REL32);
        rel32(target, 0);
    }

    /** {@code call r64}: indirect. */
    public void call(Reg target) {
        widthIn("call", target, 64, target);
        rr(0, GROUP_FF, 2, target.number());
    }

    /** {@code call qword ptr [mem]}. */
    public void call(Mem target) {
        requireQword("call", target);
        rm(0, GROUP_FF, 2, target, 0);
    }

    private static void requireQword(String mn, Mem m) {
        if (m.width() != 64 && m.width() != 0) {
            throw AsmException.of(mn, "operand must be a qword", m);
        }
    }

    public void ret() {
        emit(FixedOp.RET);
    }

    /** {@code ret imm16}: return and pop {@code bytes} more. */
    public void ret(int bytes) {
        if (bytes < 0 || bytes > 0xFFFF) {
            throw AsmException.of("ret", "immediate " + bytes + " does not fit in imm16", (long) bytes);
        }
        emit8(RET_IMM16);
        emit16(bytes);
    }

    /** {@code push r64}. */
    public void push(Reg r) {
        widthIn("push", r, 64, r);
        opReg(0, PUSH_R, r.number());
    }

    /** {@code push imm}: a sign-extended imm8 or imm32 pushed as 64 bits. */
    public void push(long imm) {
        if (imm != (int) imm) {
            throw AsmException.of("push", "immediate " + imm + " does not fit in a sign-extended imm32", imm);
        }
        if (fits8(imm)) {
            emit8(PUSH_IMM8);
            emit8((int) imm);
        } else {
            emit8(PUSH_IMM32);
            emit32((int) imm);
        }
    }

    /** {@code push qword ptr [mem]}. */
    public void push(Mem m) {
        requireQword("push", m);
        rm(0, GROUP_FF, 6, m, 0);
    }

    /** {@code pop r64}. */
    public void pop(Reg r) {
        widthIn("pop", r, 64, r);
        opReg(0, POP_R, r.number());
    }

    /** {@code pop qword ptr [mem]}. */
    public void pop(Mem m) {
        requireQword("pop", m);
        rm(0, POP_RM, 0, m, 0);
    }

    // ---------------------------------------------------------------------------------------
    // Atomics and fences

    /**
     * {@code xchg a, b}. With al..r15 of 16 to 64 bits and the accumulator on either side,
     * the 1-byte {@code 90+r} form, as GNU as does; {@code xchg eax, eax} cannot use it (90
     * is nop and would not zero-extend rax) and {@code xchg rax, rax} is plain {@code 90}.
     */
    public void xchg(Reg a, Reg b) {
        sameWidth("xchg", a, b);
        int w = a.width();
        if (w != 8 && (a.number() == 0 || b.number() == 0) && !(w == 32 && a.number() == 0 && b.number() == 0)) {
            int other = a.number() == 0 ? b.number() : a.number();
            opReg(other == 0 && w == 64 ? 0 : sizeFlags(w), XCHG_ACC, other);
        } else {
            rr(sizeFlags(w) | byteRex(a) | byteRex(b), wide(XCHG_RM_R, w), b.number(), a.number());
        }
    }

    /** {@code xchg [mem], r}: implicitly locked by the hardware. */
    public void xchg(Mem m, Reg r) {
        memMatches("xchg", r, m, m, r);
        rm(sizeFlags(r.width()) | byteRex(r), wide(XCHG_RM_R, r.width()), r.number(), m, 0);
    }

    /** {@code xchg r, [mem]}: the same instruction as {@code xchg [mem], r}. */
    public void xchg(Reg r, Mem m) {
        memMatches("xchg", r, m, r, m);
        rm(sizeFlags(r.width()) | byteRex(r), wide(XCHG_RM_R, r.width()), r.number(), m, 0);
    }

    /** {@code cmpxchg [mem], r}: if [mem] == rax then [mem] = r else rax = [mem]; not atomic without lock. */
    public void cmpxchg(Mem m, Reg r) {
        atomic("cmpxchg", 0, CMPXCHG, m, r);
    }

    /** {@code lock cmpxchg [mem], r}: the atomic compare-and-swap. */
    public void lockCmpxchg(Mem m, Reg r) {
        atomic("lock cmpxchg", LOCK, CMPXCHG, m, r);
    }

    /** {@code xadd [mem], r}: r, [mem] = [mem], [mem] + r; not atomic without lock. */
    public void xadd(Mem m, Reg r) {
        atomic("xadd", 0, XADD, m, r);
    }

    /** {@code lock xadd [mem], r}: the atomic fetch-and-add. */
    public void lockXadd(Mem m, Reg r) {
        atomic("lock xadd", LOCK, XADD, m, r);
    }

    private void atomic(String mn, int lock, int op, Mem m, Reg r) {
        memMatches(mn, r, m, m, r);
        rm(lock | sizeFlags(r.width()) | byteRex(r), wide(op, r.width()), r.number(), m, 0);
    }

    public void mfence() { emit(FixedOp.MFENCE); }
    public void lfence() { emit(FixedOp.LFENCE); }
    public void sfence() { emit(FixedOp.SFENCE); }
    public void pause() { emit(FixedOp.PAUSE); }
    public void int3() { emit(FixedOp.INT3); }
    public void ud2() { emit(FixedOp.UD2); }
    public void hlt() { emit(FixedOp.HLT); }
    public void leave() { emit(FixedOp.LEAVE); }

    /** Appends an operand-less instruction. */
    public void emit(FixedOp op) {
        for (byte b : op.raw()) {
            emit8(b);
        }
    }

    // ---------------------------------------------------------------------------------------
    // RTM

    /**
     * {@code xbegin abort}: starts a hardware transaction; on abort, execution resumes at
     * {@code abort} with the status in eax. Always rel32 ({@code C7 F8 cd}).
     */
    public void xbegin(Label abort) {
        opcode(XBEGIN);
        rel32(abort, 0);
    }

    /** {@code xend}: commits the hardware transaction. */
    public void xend() { emit(FixedOp.XEND); }

    /** {@code xtest}: ZF = 0 inside a transaction. */
    public void xtest() { emit(FixedOp.XTEST); }

    /** {@code xabort imm8}: aborts, with {@code code} in bits 31..24 of eax at the abort label. */
    public void xabort(int code) {
        if (code < 0 || code > 255) {
            throw AsmException.of("xabort", "immediate " + code + " does not fit in imm8 (0..255)", (long) code);
        }
        opcode(XABORT);
        emit8(code);
    }

    // ---------------------------------------------------------------------------------------
    // Padding

    /** {@code n} bytes of NOPs, in as few instructions as GNU as's {@code .nops n} uses. */
    public void nop(int n) {
        if (n < 0) {
            throw AsmException.of("nop", "negative length", (long) n);
        }
        int longest = NOPS.length - 1;
        for (; n > longest; n -= longest) {
            emitNop(longest);
        }
        emitNop(n);
    }

    private void emitNop(int n) {
        for (byte b : NOPS[n]) {
            emit8(b);
        }
    }

    /** {@code nop}: one byte. */
    public void nop() {
        nop(1);
    }

    /**
     * Pads with NOPs to a multiple of {@code alignment} (a power of two), relative to the
     * start of the buffer: the code must later be placed at an address that is itself a
     * multiple of {@code alignment} for this to mean anything.
     */
    public void align(int alignment) {
        if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw AsmException.of("align", "alignment must be a power of two", (long) alignment);
        }
        nop(-size & (alignment - 1));
    }

    // ---------------------------------------------------------------------------------------
    // SSE2 scalar double

    /** {@code op dst, src} for an xmm, xmm form of {@link SseOp}. */
    public void sse(SseOp op, Xmm dst, Xmm src) {
        if (op.memWidth == 0) {
            throw AsmException.of(op.mnemonic, "this form takes a general register", dst, src);
        }
        rr(ssePrefix(op), op.opcode, dst.number(), src.number());
    }

    /** {@code op dst, [mem]} for a load form of {@link SseOp}. */
    public void sse(SseOp op, Xmm dst, Mem src) {
        sseMem(op, src, dst, src);
        rm(ssePrefix(op), op.opcode, dst.number(), src, 0);
    }

    private static void sseMem(SseOp op, Mem m, Object first, Object second) {
        if (op.memWidth == 0 || (m.width() != 0 && m.width() != op.memWidth)) {
            throw AsmException.of(op.mnemonic, "memory operand must be " + op.memWidth + " bits", first, second);
        }
    }

    private static int ssePrefix(SseOp op) {
        return switch (op.prefix) {
            case 0x66 -> P66;
            case 0xF2 -> PF2;
            default -> PF3;
        };
    }

    public void movsd(Xmm dst, Xmm src) { sse(SseOp.MOVSD_LOAD, dst, src); }
    public void movsd(Xmm dst, Mem src) { sse(SseOp.MOVSD_LOAD, dst, src); }

    /** {@code movsd qword ptr [mem], src}: a store. */
    public void movsd(Mem dst, Xmm src) {
        sseMem(SseOp.MOVSD_STORE, dst, dst, src);
        rm(PF2, SseOp.MOVSD_STORE.opcode, src.number(), dst, 0);
    }

    public void movapd(Xmm dst, Xmm src) { sse(SseOp.MOVAPD, dst, src); }
    public void addsd(Xmm dst, Xmm src) { sse(SseOp.ADDSD, dst, src); }
    public void addsd(Xmm dst, Mem src) { sse(SseOp.ADDSD, dst, src); }
    public void subsd(Xmm dst, Xmm src) { sse(SseOp.SUBSD, dst, src); }
    public void subsd(Xmm dst, Mem src) { sse(SseOp.SUBSD, dst, src); }
    public void mulsd(Xmm dst, Xmm src) { sse(SseOp.MULSD, dst, src); }
    public void mulsd(Xmm dst, Mem src) { sse(SseOp.MULSD, dst, src); }
    public void divsd(Xmm dst, Xmm src) { sse(SseOp.DIVSD, dst, src); }
    public void divsd(Xmm dst, Mem src) { sse(SseOp.DIVSD, dst, src); }
    public void sqrtsd(Xmm dst, Xmm src) { sse(SseOp.SQRTSD, dst, src); }
    public void sqrtsd(Xmm dst, Mem src) { sse(SseOp.SQRTSD, dst, src); }
    public void minsd(Xmm dst, Xmm src) { sse(SseOp.MINSD, dst, src); }
    public void minsd(Xmm dst, Mem src) { sse(SseOp.MINSD, dst, src); }
    public void maxsd(Xmm dst, Xmm src) { sse(SseOp.MAXSD, dst, src); }
    public void maxsd(Xmm dst, Mem src) { sse(SseOp.MAXSD, dst, src); }
    /** {@code ucomisd a, b}: unordered compare; ZF, PF, CF as for unsigned (P = unordered). */
    public void ucomisd(Xmm a, Xmm b) { sse(SseOp.UCOMISD, a, b); }
    public void ucomisd(Xmm a, Mem b) { sse(SseOp.UCOMISD, a, b); }
    public void xorpd(Xmm dst, Xmm src) { sse(SseOp.XORPD, dst, src); }
    public void xorpd(Xmm dst, Mem src) { sse(SseOp.XORPD, dst, src); }
    public void andpd(Xmm dst, Xmm src) { sse(SseOp.ANDPD, dst, src); }
    public void andpd(Xmm dst, Mem src) { sse(SseOp.ANDPD, dst, src); }

    /** {@code cvtsi2sd dst, src}: a signed 32- or 64-bit integer to double. */
    public void cvtsi2sd(Xmm dst, Reg src) {
        widthIn("cvtsi2sd", src, W32_64, dst, src);
        rr(PF2 | (src.width() == 64 ? REX_W : 0), SseOp.CVTSI2SD.opcode, dst.number(), src.number());
    }

    /** {@code cvtsi2sd dst, dword/qword ptr [mem]}. */
    public void cvtsi2sd(Xmm dst, Mem src) {
        int w = src.width();
        if (w != 32 && w != 64) {
            throw AsmException.of("cvtsi2sd", "source must be a dword ptr or qword ptr", dst, src);
        }
        rm(PF2 | (w == 64 ? REX_W : 0), SseOp.CVTSI2SD.opcode, dst.number(), src, 0);
    }

    /** {@code cvttsd2si dst, src}: double to signed 32/64-bit integer, truncating (0x80..0 if out of range). */
    public void cvttsd2si(Reg dst, Xmm src) {
        widthIn("cvttsd2si", dst, W32_64, dst, src);
        rr(PF2 | (dst.width() == 64 ? REX_W : 0), SseOp.CVTTSD2SI.opcode, dst.number(), src.number());
    }

    /** {@code cvttsd2si dst, qword ptr [mem]}. */
    public void cvttsd2si(Reg dst, Mem src) {
        widthIn("cvttsd2si", dst, W32_64, dst, src);
        sseMem(SseOp.CVTTSD2SI, src, dst, src);
        rm(PF2 | (dst.width() == 64 ? REX_W : 0), SseOp.CVTTSD2SI.opcode, dst.number(), src, 0);
    }

    /** {@code movq dst, src}: the 64 bits of a general register into an xmm register (upper half zeroed). */
    public void movq(Xmm dst, Reg src) {
        widthIn("movq", src, 64, dst, src);
        rr(P66 | REX_W, SseOp.MOVQ_TO_XMM.opcode, dst.number(), src.number());
    }

    /** {@code movq dst, src}: the low 64 bits of an xmm register into a general register. */
    public void movq(Reg dst, Xmm src) {
        widthIn("movq", dst, 64, dst, src);
        rr(P66 | REX_W, SseOp.MOVQ_FROM_XMM.opcode, src.number(), dst.number());
    }

    /** {@code movd dst, src32}. */
    public void movd(Xmm dst, Reg src) {
        widthIn("movd", src, 32, dst, src);
        rr(P66, SseOp.MOVQ_TO_XMM.opcode, dst.number(), src.number());
    }

    /** {@code movd dst32, src}. */
    public void movd(Reg dst, Xmm src) {
        widthIn("movd", dst, 32, dst, src);
        rr(P66, SseOp.MOVQ_FROM_XMM.opcode, src.number(), dst.number());
    }

    /** {@code movq dst, src}: low 64 bits, upper half zeroed. */
    public void movq(Xmm dst, Xmm src) { sse(SseOp.MOVQ_LOAD, dst, src); }

    /** {@code movq dst, qword ptr [mem]}. */
    public void movq(Xmm dst, Mem src) { sse(SseOp.MOVQ_LOAD, dst, src); }

    /** {@code movq qword ptr [mem], src}. */
    public void movq(Mem dst, Xmm src) {
        sseMem(SseOp.MOVQ_STORE, dst, dst, src);
        rm(P66, SseOp.MOVQ_STORE.opcode, src.number(), dst, 0);
    }
}

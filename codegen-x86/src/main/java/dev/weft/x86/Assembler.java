package dev.weft.x86;

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
 * <p>The encoding itself (prefixes, REX, ModRM, SIB, displacements) and the label
 * bookkeeping live in {@link Encoder}; this class is the catalogue of instruction forms.
 *
 * <p>Not thread-safe; one assembler builds one piece of code.
 */
public final class Assembler extends Encoder {
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

    public Assembler() {
        super(256);
    }

    public Assembler(int initialCapacity) {
        super(initialCapacity);
    }

    // ---------------------------------------------------------------------------------------
    // mov and friends

    /** {@code mov dst, src}. */
    public void mov(Reg dst, Reg src) {
        sameWidth("mov", dst, src);
        regToRm(MOV_RM_R, dst, src);
    }

    /** {@code mov dst, [mem]}: a load. */
    public void mov(Reg dst, Mem src) {
        memMatches("mov", dst, src, dst, src);
        regMem(MOV_R_RM, dst, src);
    }

    /** {@code mov [mem], src}: a store. */
    public void mov(Mem dst, Reg src) {
        memMatches("mov", src, dst, dst, src);
        regMem(MOV_RM_R, src, dst);
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
        regToRm(op.base, dst, src);
    }

    /** {@code op dst, [mem]}. */
    public void alu(AluOp op, Reg dst, Mem src) {
        memMatches(op.toString(), dst, src, dst, src);
        int w = dst.width();
        regMem(op.base + 2, dst, src);
    }

    /** {@code op [mem], src}. */
    public void alu(AluOp op, Mem dst, Reg src) {
        memMatches(op.toString(), src, dst, dst, src);
        int w = src.width();
        regMem(op.base, src, dst);
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
        regToRm(TEST_RM_R, a, b);
    }

    /** {@code test [mem], r}. */
    public void test(Mem a, Reg b) {
        memMatches("test", b, a, a, b);
        regMem(TEST_RM_R, b, a);
    }

    /** {@code test r, [mem]}: the same instruction as {@code test [mem], r}. */
    public void test(Reg a, Mem b) {
        memMatches("test", a, b, a, b);
        regMem(TEST_RM_R, a, b);
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
        if (target.isBound() && fits8(target.position - (position() + 2))) {
            emit8(JMP_REL8);
            emit8(target.position - (position() + 1));
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
        if (target.isBound() && fits8(target.position - (position() + 2))) {
            emit8(JCC_REL8 + cc.code());
            emit8(target.position - (position() + 1));
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
            regToRm(XCHG_RM_R, a, b);
        }
    }

    /** {@code xchg [mem], r}: implicitly locked by the hardware. */
    public void xchg(Mem m, Reg r) {
        memMatches("xchg", r, m, m, r);
        regMem(XCHG_RM_R, r, m);
    }

    /** {@code xchg r, [mem]}: the same instruction as {@code xchg [mem], r}. */
    public void xchg(Reg r, Mem m) {
        memMatches("xchg", r, m, r, m);
        regMem(XCHG_RM_R, r, m);
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
        nop(-position() & (alignment - 1));
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

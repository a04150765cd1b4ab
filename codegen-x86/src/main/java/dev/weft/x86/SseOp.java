package dev.weft.x86;

/**
 * The SSE2 encodings the JIT uses for scalar doubles, one row per opcode form.
 *
 * <p>Every row is {@code prefix [REX] 0F op /r}: the mandatory prefix (66, F2 or F3) selects
 * the data type (F2 = scalar double, 66 = packed double), comes before any REX prefix, and
 * the register operand goes in ModRM.reg, the xmm-or-memory operand in ModRM.rm. E.g.
 * {@code addsd xmm9, qword ptr [rax+8]} is {@code F2 44 0F 58 48 08}: REX.R (0x44) for xmm9.
 * {@code memWidth} is the width a memory operand must have (or be unsized); 0 means it
 * follows a general register's width (the conversions).
 *
 * <p>Rows are opcode forms rather than mnemonics: {@code movsd} is a load form (0F 10) and a
 * store form (0F 11); {@code movq} has five forms, some with a different prefix.
 */
public enum SseOp {
    MOVSD_LOAD("movsd", 0xF2, 0x0F10, 64),
    MOVSD_STORE("movsd", 0xF2, 0x0F11, 64),
    MOVAPD("movapd", 0x66, 0x0F28, 128),
    /** movq xmm, xmm/m64 (zero-extends). */
    MOVQ_LOAD("movq", 0xF3, 0x0F7E, 64),
    /** movq m64, xmm. */
    MOVQ_STORE("movq", 0x66, 0x0FD6, 64),
    /** movq xmm, r/m64 (REX.W) and movd xmm, r/m32. */
    MOVQ_TO_XMM("movq", 0x66, 0x0F6E, 0),
    /** movq r/m64, xmm (REX.W) and movd r/m32, xmm. */
    MOVQ_FROM_XMM("movq", 0x66, 0x0F7E, 0),
    ADDSD("addsd", 0xF2, 0x0F58, 64),
    MULSD("mulsd", 0xF2, 0x0F59, 64),
    SUBSD("subsd", 0xF2, 0x0F5C, 64),
    MINSD("minsd", 0xF2, 0x0F5D, 64),
    DIVSD("divsd", 0xF2, 0x0F5E, 64),
    MAXSD("maxsd", 0xF2, 0x0F5F, 64),
    SQRTSD("sqrtsd", 0xF2, 0x0F51, 64),
    UCOMISD("ucomisd", 0x66, 0x0F2E, 64),
    COMISD("comisd", 0x66, 0x0F2F, 64),
    ANDPD("andpd", 0x66, 0x0F54, 128),
    ANDNPD("andnpd", 0x66, 0x0F55, 128),
    ORPD("orpd", 0x66, 0x0F56, 128),
    XORPD("xorpd", 0x66, 0x0F57, 128),
    /** cvtsi2sd xmm, r/m32 or r/m64 (REX.W). */
    CVTSI2SD("cvtsi2sd", 0xF2, 0x0F2A, 0),
    /** cvttsd2si r32 or r64 (REX.W), xmm/m64: truncating. */
    CVTTSD2SI("cvttsd2si", 0xF2, 0x0F2C, 64),
    /** cvtsd2si r32 or r64 (REX.W), xmm/m64: rounding per MXCSR. */
    CVTSD2SI("cvtsd2si", 0xF2, 0x0F2D, 64);

    final String mnemonic;
    final int prefix;
    final int opcode;
    final int memWidth;

    SseOp(String mnemonic, int prefix, int opcode, int memWidth) {
        this.mnemonic = mnemonic;
        this.prefix = prefix;
        this.opcode = opcode;
        this.memWidth = memWidth;
    }

    @Override
    public String toString() {
        return mnemonic;
    }
}

package dev.weft.x86;

/**
 * The eight classic two-operand integer operations, which x86 encodes all alike: one table
 * row per operation holds the two facts that differ between them.
 *
 * <p>{@code base} is the first of six consecutive opcodes, and {@code digit} the ModRM reg
 * field ("/digit") used when the second operand is an immediate:
 * <pre>
 *   base+0  r/m8, r8        base+1  r/m, r        (also reg, reg: GNU as picks these)
 *   base+2  r8, r/m8        base+3  r, r/m
 *   base+4  AL, imm8        base+5  AX/EAX/RAX, imm16/imm32   (the short accumulator forms)
 *   80 /digit ib   r/m8, imm8
 *   81 /digit iz   r/m, imm16/imm32
 *   83 /digit ib   r/m, imm8 sign-extended
 * </pre>
 * E.g. {@code sub r/m64, imm8} is {@code REX.W 83 /5 ib}: {@code sub rbx, 8} is {@code 48 83 EB
 * 08}. {@link Assembler#alu} picks among the forms exactly as GNU as does.
 */
public enum AluOp {
    ADD(0x00, 0),
    OR(0x08, 1),
    ADC(0x10, 2),
    SBB(0x18, 3),
    AND(0x20, 4),
    SUB(0x28, 5),
    XOR(0x30, 6),
    CMP(0x38, 7);

    /** First of the six register/memory/accumulator opcodes. */
    final int base;
    /** ModRM reg field of the 80/81/83 immediate forms. */
    final int digit;

    AluOp(int base, int digit) {
        this.base = base;
        this.digit = digit;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

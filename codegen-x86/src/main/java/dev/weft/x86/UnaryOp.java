package dev.weft.x86;

/**
 * One-operand integer instructions: the F6/F7 group (not, neg, and the widening mul, imul,
 * div, idiv that use rdx:rax) and the FE/FF group (inc, dec).
 *
 * <p>{@code opcode} is the byte-operand opcode; the 16/32/64-bit form is {@code opcode + 1}.
 * E.g. {@code idiv r/m64} is {@code REX.W F7 /7}: {@code idiv rcx} is {@code 48 F7 F9}.
 */
public enum UnaryOp {
    NOT(0xF6, 2),
    NEG(0xF6, 3),
    MUL(0xF6, 4),
    IMUL(0xF6, 5),
    DIV(0xF6, 6),
    IDIV(0xF6, 7),
    INC(0xFE, 0),
    DEC(0xFE, 1);

    final int opcode;
    final int digit;

    UnaryOp(int opcode, int digit) {
        this.opcode = opcode;
        this.digit = digit;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

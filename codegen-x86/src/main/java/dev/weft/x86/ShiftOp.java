package dev.weft.x86;

/**
 * Shifts and rotates: one opcode group, told apart by the ModRM reg field ("/digit").
 *
 * <pre>
 *   D0 /digit      r/m8, 1        D1 /digit      r/m, 1      (GNU as uses these for a count of 1)
 *   D2 /digit      r/m8, cl       D3 /digit      r/m, cl
 *   C0 /digit ib   r/m8, imm8     C1 /digit ib   r/m, imm8
 * </pre>
 * E.g. {@code sar r/m64, imm8} is {@code REX.W C1 /7 ib}: {@code sar rdx, 3} is {@code 48 C1 FA 03}.
 */
public enum ShiftOp {
    ROL(0),
    ROR(1),
    RCL(2),
    RCR(3),
    SHL(4),
    SHR(5),
    SAR(7);

    static final int BY_ONE = 0xD0;
    static final int BY_CL = 0xD2;
    static final int BY_IMM = 0xC0;

    final int digit;

    ShiftOp(int digit) {
        this.digit = digit;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

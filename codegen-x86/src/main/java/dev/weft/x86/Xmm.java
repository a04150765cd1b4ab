package dev.weft.x86;

/**
 * The sixteen SSE registers. Floats are unboxed 64-bit words in Weft, so the JIT uses these
 * for scalar doubles only; the number is encoded like a general register's (low three bits in
 * ModRM, bit 3 in REX.R or REX.B).
 */
public enum Xmm {
    XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
    XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15;

    /** The hardware register number, 0..15. */
    public int number() {
        return ordinal();
    }

    /** The register with number {@code number} (0..15). */
    public static Xmm of(int number) {
        if (number < 0 || number > 15) {
            throw new AsmException("xmm register number " + number + " not in 0..15");
        }
        return values()[number];
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

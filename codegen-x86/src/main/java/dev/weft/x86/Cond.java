package dev.weft.x86;

/**
 * The sixteen x86 condition codes, as used by {@code jcc}, {@code setcc} and {@code cmovcc}.
 *
 * <p>The constant's {@link #code()} is the 4-bit condition field that the hardware adds to the
 * opcode's base: {@code 0x70 + cc} (jcc rel8), {@code 0F 80 + cc} (jcc rel32), {@code 0F 90 +
 * cc} (setcc), {@code 0F 40 + cc} (cmovcc). Inverting a condition flips bit 0, which is why
 * {@link #negate()} is one XOR. The aliases that assemblers accept (JZ for JE, JC for JB, ...)
 * are static fields naming the same constant, so {@code Cond.Z == Cond.E}.
 */
public enum Cond {
    /** Overflow (OF=1). */
    O(0x0),
    /** No overflow. */
    NO(0x1),
    /** Below, unsigned (CF=1). */
    B(0x2),
    /** Above or equal, unsigned (CF=0). */
    AE(0x3),
    /** Equal (ZF=1). */
    E(0x4),
    /** Not equal. */
    NE(0x5),
    /** Below or equal, unsigned (CF=1 or ZF=1). */
    BE(0x6),
    /** Above, unsigned. */
    A(0x7),
    /** Sign (SF=1). */
    S(0x8),
    /** No sign. */
    NS(0x9),
    /** Parity even (PF=1); after {@code ucomisd}: unordered. */
    P(0xA),
    /** Parity odd. */
    NP(0xB),
    /** Less, signed (SF!=OF). */
    L(0xC),
    /** Greater or equal, signed. */
    GE(0xD),
    /** Less or equal, signed. */
    LE(0xE),
    /** Greater, signed. */
    G(0xF);

    public static final Cond C = B, NAE = B;
    public static final Cond NB = AE, NC = AE;
    public static final Cond Z = E;
    public static final Cond NZ = NE;
    public static final Cond NA = BE;
    public static final Cond NBE = A;
    public static final Cond PE = P;
    public static final Cond PO = NP;
    public static final Cond NGE = L;
    public static final Cond NL = GE;
    public static final Cond NG = LE;
    public static final Cond NLE = G;

    private final int code;

    Cond(int code) {
        this.code = code;
    }

    /** The 4-bit condition field. */
    public int code() {
        return code;
    }

    /** The opposite condition: {@code E.negate() == NE}, {@code L.negate() == GE}. */
    public Cond negate() {
        return values()[code ^ 1];
    }

    /** The lower-case suffix as in {@code jne}, {@code setge}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package dev.weft.x86;

/**
 * The sixteen general-purpose registers at each of their four widths: {@code RAX..R15}
 * (64 bits), {@code EAX..R15D} (32), {@code AX..R15W} (16), {@code AL..R15B} (8).
 *
 * <p>One enum constant per (number, width) pair, ordered so that {@code ordinal() = 16 * k +
 * number} with k = 0, 1, 2, 3 for widths 64, 32, 16, 8. The number is the hardware register
 * number of the encoding (rax=0, rcx=1, rdx=2, rbx=3, rsp=4, rbp=5, rsi=6, rdi=7, r8..r15 =
 * 8..15): its low three bits go into a ModRM/SIB field or the low bits of an opcode, bit 3
 * into REX.R, REX.X or REX.B (see {@link Assembler}).
 *
 * <p>The legacy high-byte registers AH, CH, DH, BH are deliberately absent. They share
 * numbers 4..7 with SPL, BPL, SIL, DIL and can only be encoded <em>without</em> a REX prefix,
 * so every instruction mixing them with r8..r15 or with SPL..DIL would need a special error;
 * a JIT has no use for them. Without them, the 8-bit registers are uniform: SPL, BPL, SIL
 * and DIL merely force an (otherwise empty) REX prefix, see {@link #needsRex()}.
 */
public enum Reg {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15,
    EAX, ECX, EDX, EBX, ESP, EBP, ESI, EDI, R8D, R9D, R10D, R11D, R12D, R13D, R14D, R15D,
    AX, CX, DX, BX, SP, BP, SI, DI, R8W, R9W, R10W, R11W, R12W, R13W, R14W, R15W,
    AL, CL, DL, BL, SPL, BPL, SIL, DIL, R8B, R9B, R10B, R11B, R12B, R13B, R14B, R15B;

    private static final Reg[] ALL = values();

    /** The hardware register number, 0..15. */
    public int number() {
        return ordinal() & 15;
    }

    /** The width in bits: 64, 32, 16 or 8. */
    public int width() {
        return 64 >> (ordinal() >> 4);
    }

    /** The register with hardware number {@code number} (0..15) at {@code width} bits. */
    public static Reg of(int number, int width) {
        if (number < 0 || number > 15) {
            throw new AsmException("register number " + number + " not in 0..15");
        }
        return ALL[16 * widthIndex(width) + number];
    }

    /** This register at another width: {@code RAX.withWidth(8) == AL}, {@code R9B.withWidth(64) == R9}. */
    public Reg withWidth(int width) {
        return of(number(), width);
    }

    /** Whether this is one of r8..r15 (at any width), which need a REX bit. */
    public boolean isExtended() {
        return number() >= 8;
    }

    /**
     * Whether this register needs a REX prefix even with all REX bits clear: SPL, BPL, SIL,
     * DIL, whose numbers 4..7 mean AH, CH, DH, BH when no REX prefix is present.
     */
    public boolean needsRex() {
        return width() == 8 && number() >= 4 && number() < 8;
    }

    private static int widthIndex(int width) {
        return switch (width) {
            case 64 -> 0;
            case 32 -> 1;
            case 16 -> 2;
            case 8 -> 3;
            default -> throw new AsmException("register width " + width + " not in {8, 16, 32, 64}");
        };
    }

    /** The Intel-syntax name, e.g. {@code r12d}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

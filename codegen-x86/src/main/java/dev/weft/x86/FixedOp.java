package dev.weft.x86;

/**
 * Instructions without operands: their whole encoding is a constant byte string.
 * {@code xend}/{@code xtest} belong to RTM (see {@link Assembler#xbegin}); {@code pause} is the
 * spin-wait hint; {@code int3}/{@code ud2} trap (a debugger break, a "cannot happen" marker).
 */
public enum FixedOp {
    RET(0xC3),
    LEAVE(0xC9),
    CQO(0x48, 0x99),
    CDQ(0x99),
    MFENCE(0x0F, 0xAE, 0xF0),
    LFENCE(0x0F, 0xAE, 0xE8),
    SFENCE(0x0F, 0xAE, 0xF8),
    PAUSE(0xF3, 0x90),
    INT3(0xCC),
    UD2(0x0F, 0x0B),
    HLT(0xF4),
    XEND(0x0F, 0x01, 0xD5),
    XTEST(0x0F, 0x01, 0xD6);

    private final byte[] bytes;

    FixedOp(int... bytes) {
        this.bytes = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            this.bytes[i] = (byte) bytes[i];
        }
    }

    /** A copy of the encoding. */
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] raw() {
        return bytes;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

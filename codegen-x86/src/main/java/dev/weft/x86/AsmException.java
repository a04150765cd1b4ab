package dev.weft.x86;

/**
 * Thrown the moment an instruction cannot be encoded: an operand combination x86-64 has no
 * encoding for (rsp as an index, mixed register widths), an immediate or displacement that
 * does not fit, or a label misused (bound twice, never bound, short jump out of range).
 *
 * <p>Failing at the call that made the mistake, with the instruction and its operands in the
 * message, is the point (Graal's {@code OpAssertion}): a wrong byte found later, when a trace
 * crashes, is far harder to trace back to the lowering rule that produced it. It extends
 * {@link IllegalArgumentException} because every case is a bad argument to a call.
 */
public final class AsmException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public AsmException(String message) {
        super(message);
    }

    /** A message of the form {@code "add rax, ebx: mixed register widths (64 and 32 bits)"}. */
    static AsmException of(String mnemonic, String why, Object... operands) {
        StringBuilder sb = new StringBuilder(mnemonic);
        for (int i = 0; i < operands.length; i++) {
            sb.append(i == 0 ? " " : ", ").append(format(operands[i]));
        }
        return new AsmException(sb.append(": ").append(why).toString());
    }

    private static String format(Object operand) {
        if (operand instanceof Long v) {
            return v >= -0x8000_0000L && v <= 0xFFFF_FFFFL ? Long.toString(v) : "0x" + Long.toHexString(v);
        }
        return String.valueOf(operand);
    }
}

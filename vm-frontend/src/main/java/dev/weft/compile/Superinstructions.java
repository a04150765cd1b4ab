package dev.weft.compile;

/**
 * The interpreter's copy of a code object's instructions, with the commonest pairs fused into
 * one instruction each ({@link Code#quick}), so that the dispatch loop runs once for both.
 * Each dispatch costs the JVM's interpreter loop far more than it costs CPython's (one
 * indirect jump that every instruction shares, and the loop's state spilled and reloaded
 * around it); the pairs come from counting the instruction pairs the benchmark suite runs
 * (docs/interpreter.md).
 *
 * <p>Only the first instruction of a pair changes: it becomes the fused opcode with its own
 * argument, and the second stays where it was, unchanged. A fused instruction reads the
 * second's argument from the next slot and steps past it (a triple, from the next two); a jump
 * to the second instruction runs it alone, as before. So every index, jump target, line and
 * exception range means what it meant, and an error in either half is reported at its own
 * instruction: the program counter has stepped past the first half when the second runs. A
 * pair may span two lines for that reason (nothing in Weft observes a line being entered).
 *
 * <p>A back edge to a loop header counts the loop as the header would and jumps past it.
 */
public final class Superinstructions {
    private Superinstructions() {}

    /** The fused form of {@code code} (a new array; {@code code} itself is not changed). */
    public static int[] of(int[] code) {
        int[] quick = code.clone();
        for (int i = 0; i + 1 < code.length; i++) {
            Op a = Op.of(code[i]);
            if (a == Op.JUMP_BACKWARD) {
                int target = Op.argOf(code[i]);
                if (Op.of(code[target]) == Op.LOOP_HEADER) quick[i] = Op.JUMP_BACKWARD_PAST_HEADER.with(target);
                continue;
            }
            Op fused = i + 2 < code.length && a == Op.LOAD_FAST && Op.of(code[i + 1]) == Op.LOAD_FAST
                    && Op.of(code[i + 2]) == Op.BINARY_OP ? Op.LOAD_FAST_LOAD_FAST_BINARY_OP : fuse(a, Op.of(code[i + 1]));
            if (fused != null) quick[i] = fused.with(Op.argOf(code[i]));
        }
        return quick;
    }

    private static Op fuse(Op first, Op second) {
        return switch (first) {
            case LOAD_FAST -> switch (second) {
                case LOAD_FAST -> Op.LOAD_FAST_LOAD_FAST;
                case LOAD_CONST -> Op.LOAD_FAST_LOAD_CONST;
                case LOAD_ATTR -> Op.LOAD_FAST_LOAD_ATTR;
                case BINARY_OP -> Op.LOAD_FAST_BINARY_OP;
                case LOAD_METHOD -> Op.LOAD_FAST_LOAD_METHOD;
                default -> null;
            };
            case LOAD_CONST -> second == Op.BINARY_OP ? Op.LOAD_CONST_BINARY_OP : null;
            case STORE_FAST -> switch (second) {
                case LOAD_FAST -> Op.STORE_FAST_LOAD_FAST;
                case STORE_FAST -> Op.STORE_FAST_STORE_FAST;
                default -> null;
            };
            case BINARY_OP -> switch (second) {
                case STORE_FAST -> Op.BINARY_OP_STORE_FAST;
                case BINARY_OP -> Op.BINARY_OP_BINARY_OP;
                default -> null;
            };
            case PUSH_NULL -> second == Op.LOAD_GLOBAL ? Op.PUSH_NULL_LOAD_GLOBAL : null;
            case COMPARE_OP -> second == Op.POP_JUMP_IF_FALSE ? Op.COMPARE_OP_POP_JUMP_IF_FALSE : null;
            default -> null;
        };
    }
}

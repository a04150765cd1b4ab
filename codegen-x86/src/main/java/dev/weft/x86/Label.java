package dev.weft.x86;

import java.util.Arrays;

/**
 * A position in the code, possibly not known yet: the target of a jump, a call, an
 * {@code xbegin} or a {@code [rip + label]} operand. As in ObjectWeb ASM, a label used before
 * it is bound remembers where its displacement fields are, and {@link Assembler#bind} patches
 * them all once the position is known.
 *
 * <p><b>The forward-reference encoding.</b> Each pending reference is one {@code int} in
 * {@link #refs}:
 * <pre>
 *   bits 31..4  fieldPos   offset of the displacement field in the code buffer
 *   bits  3..1  trailing   bytes of the instruction after the field (an immediate): 0, 1, 2 or 4
 *   bit      0  short      1 if the field is a rel8, 0 if it is a rel32
 * </pre>
 * A displacement is relative to the end of its instruction, {@code fieldPos + (short ? 1 : 4)
 * + trailing}. Worked example: at offset 0x10 we emit {@code jne L} with L unbound. The
 * assembler writes {@code 0F 85} and four zero bytes, and records {@code 0x12 << 4 | 0 << 1 |
 * 0 = 0x120}. Later {@code mov dword ptr [rip+L], 7} at 0x16 emits {@code C7 05}, a zero
 * disp32 at 0x18 and the imm32 7, and records {@code 0x18 << 4 | 4 << 1 | 0 = 0x188}. When L
 * is bound at 0x30, the first field gets 0x30 - (0x12 + 4) = 0x1A and the second 0x30 -
 * (0x18 + 4 + 4) = 0x10.
 */
public final class Label {
    private final String name;
    /** Position once bound, else -1. */
    int position = -1;
    /** The assembler this label was first used in; a label cannot span two code buffers. */
    Encoder owner;
    int[] refs = new int[0];
    int refCount;

    /** An anonymous label. */
    public Label() {
        this(null);
    }

    /** A label with a name for error messages and dumps. */
    public Label(String name) {
        this.name = name;
    }

    public boolean isBound() {
        return position >= 0;
    }

    /** The bound position. */
    public int position() {
        if (position < 0) {
            throw new AsmException("label " + this + " is not bound");
        }
        return position;
    }

    void addRef(int fieldPos, int trailing, boolean isShort) {
        if (refCount == refs.length) {
            refs = Arrays.copyOf(refs, Math.max(4, refCount * 2));
        }
        refs[refCount++] = fieldPos << 4 | trailing << 1 | (isShort ? 1 : 0);
    }

    @Override
    public String toString() {
        return name != null ? name : "L" + Integer.toHexString(System.identityHashCode(this));
    }
}

package dev.weft.interp;

import dev.weft.compile.Code;
import java.util.Arrays;

/**
 * One activation of a code object: its slots (locals, cells, then the value stack), stack
 * pointer and pc. Frames live on the Java heap and link to their caller through {@link #back};
 * a call pushes a frame instead of recursing on the Java stack.
 *
 * <p><b>Checkpoints.</b> A transaction that aborts must leave the frames as they were when it
 * began. The heap is restored by the TM; frames by a copy taken lazily: when a transaction
 * begins, the running frame is saved, and any older frame is saved the first time the
 * transaction switches to it (a return into the caller, a generator resumed). Frames created
 * by the transaction itself are never saved: an abort forgets them. Only the running frame
 * is ever written, so this covers every change.
 */
final class Frame {
    final Code code;
    long[] slots;
    int sp;
    int pc;
    final long globals;
    final long builtins;
    /** The namespace dict of a module or class body (LOAD_NAME); 0 in a function. */
    final long locals;
    /** The function being run (0 for module code). */
    final long function;
    Frame back;
    /** The exception being handled in this frame (by an except or finally body), or NULL. */
    long handled;
    /** Keyword names for the next CALL (set by KW_NAMES). */
    String[] kwnames;
    /** For a frame running __init__ from a class call: the instance to answer instead of None. */
    long initSelf;
    /** The generator this frame belongs to, or 0. */
    long generator;
    /** Depth in the call chain, for the recursion limit. */
    int depth;
    /** A number no other frame of this run has, for tracebacks. */
    final long serial;
    /** The transaction epoch that created this frame. */
    long createdEpoch;
    /** The epoch of the last checkpoint, and the checkpoint (made on the first; most frames never need one). */
    long savedEpoch = -1;
    private Saved saved;

    /** What {@link #save} keeps of a frame, apart from the frame so that a call allocates less. */
    private static final class Saved {
        long[] slots;
        int sp, pc, depth;
        Frame back;
        long handled, initSelf;
        String[] kwnames;
    }

    Frame(Code code, long globals, long builtins, long locals, long function, long serial) {
        this.code = code;
        this.slots = new long[code.fixedSlots() + code.stackSize];
        this.sp = code.fixedSlots();
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
        this.serial = serial;
    }

    int line() {
        int at = Math.max(0, Math.min(pc - 1, code.lines.length - 1));
        return code.lines.length == 0 ? code.firstLine : code.lines[at];
    }

    void save(long epoch) {
        savedEpoch = epoch;
        Saved c = saved;
        if (c == null) saved = c = new Saved();
        if (c.slots == null || c.slots.length != slots.length) c.slots = new long[slots.length];
        System.arraycopy(slots, 0, c.slots, 0, sp);
        c.sp = sp;
        c.pc = pc;
        c.back = back;
        c.handled = handled;
        c.initSelf = initSelf;
        c.kwnames = kwnames;
        c.depth = depth;
    }

    void restore() {
        Saved c = saved;
        System.arraycopy(c.slots, 0, slots, 0, c.sp);
        Arrays.fill(slots, c.sp, slots.length, 0);
        sp = c.sp;
        pc = c.pc;
        back = c.back;
        handled = c.handled;
        initSelf = c.initSelf;
        kwnames = c.kwnames;
        depth = c.depth;
    }
}

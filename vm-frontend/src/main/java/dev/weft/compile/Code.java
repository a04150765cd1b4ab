package dev.weft.compile;

/**
 * A compiled function, class body or module: bytecode and what it refers to. Immutable once
 * built and never seen by guest code as such (a function object refers to it by index), so it
 * lives on the Java heap.
 *
 * <p>Slots of a frame: {@code [0, nlocals)} the local variables (parameters first, in order:
 * positional, keyword-only, *args, **kwargs), then {@code cellNames.length} cells of this code's
 * own variables that inner functions capture, then {@code freeNames.length} cells handed in by
 * the enclosing function's closure, then the value stack. A cell slot holds a heap CELL object.
 *
 * <p>Exception handlers come from a table, one entry per instruction: {@code handler[pc]} is
 * the pc of the handler that covers instruction pc (-1 for none) and {@code handlerDepth[pc]}
 * the stack depth to cut back to before pushing the exception. A frame therefore has no block
 * stack: its whole state is its slots, its stack depth and its pc.
 */
public final class Code {
    public static final int GENERATOR = 1;
    public static final int VARARGS = 2;
    public static final int VARKEYWORDS = 4;
    public static final int COROUTINE = 8;
    /** A class body or module: names live in a namespace dict (LOAD_NAME), not in slots. */
    public static final int NAMESPACE = 16;
    /** An {@code async def} that contains {@code yield} (always with GENERATOR and COROUTINE). */
    public static final int ASYNC_GENERATOR = 32;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLine;
    public final int flags;
    public final int argCount;
    public final int posOnlyCount;
    public final int kwOnlyCount;
    /** Local variable names, parameters first. */
    public final String[] varNames;
    public final String[] cellNames;
    public final String[] freeNames;
    /** Names used by LOAD_NAME, LOAD_GLOBAL, LOAD_ATTR and the like. */
    public final String[] names;
    /** Constant words (immortal heap objects or immediates); 0 where the constant is a Java object. */
    public final long[] consts;
    /** Java constants (keyword-name arrays), null where the constant is a word. */
    public final Object[] constObjects;
    public final int[] code;
    /** What the interpreter runs: {@link #code} with its commonest pairs fused ({@link Superinstructions}). */
    public final int[] quick;
    /** Source line of each instruction. */
    public final int[] lines;
    public final int[] handler;
    public final int[] handlerDepth;
    public final int stackSize;
    /** How many loops (LOOP_HEADER instructions) the code has. */
    public final int loopCount;
    /**
     * How many times each loop's header has run (indexed by LOOP_HEADER's argument): what the
     * tracing JIT will read to find hot loops. Plain ints, not atomic: threads that race on one
     * lose a count now and then, which a hotness heuristic does not mind.
     */
    public final int[] loopCounters;
    /**
     * Six ints per instruction: line, end line, column, end column (UTF-8 byte offsets, -1 when
     * unknown) of the source it came from, then the anchors of a binary operator (the left
     * operand's end column, the right operand's start column) or of a subscript (the value's end
     * column, and -2 - the index's end column), -1 when none. Tracebacks mark that span.
     */
    public int[] positions;

    /** The docstring (the first statement, when it is a string literal), or null. */
    public String doc;
    /** The interned str word of each name, filled by the VM when it links the code. */
    public long[] nameWords;
    /**
     * Two ints per instruction that the interpreter keeps for it: the dict positions where a
     * name instruction found its name last time (see the interpreter's SiteHints). Made by
     * the VM when it links the code; only guesses, checked at each use.
     */
    public int[] hints;
    /**
     * Per instruction, what the interpreter remembers of it as an immutable Java object that
     * all threads may share (see the interpreter's SiteHints): for LOAD_GLOBAL, a proof that
     * the name was not in the globals; for LOAD_ATTR and STORE_ATTR, where the attribute was
     * in instances of the shapes met. Made with {@link #hints}.
     */
    public Object[] siteCaches;
    /** Index of this code in the VM's code registry (set once, when registered). */
    public int index = -1;

    public Code(String name, String qualname, String filename, int firstLine, int flags, int argCount, int posOnlyCount,
            int kwOnlyCount, String[] varNames, String[] cellNames, String[] freeNames, String[] names, long[] consts,
            Object[] constObjects, int[] code, int[] lines, int[] handler, int[] handlerDepth, int stackSize, int loopCount) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.flags = flags;
        this.argCount = argCount;
        this.posOnlyCount = posOnlyCount;
        this.kwOnlyCount = kwOnlyCount;
        this.varNames = varNames;
        this.cellNames = cellNames;
        this.freeNames = freeNames;
        this.names = names;
        this.consts = consts;
        this.constObjects = constObjects;
        this.code = code;
        this.quick = Superinstructions.of(code);
        this.lines = lines;
        this.handler = handler;
        this.handlerDepth = handlerDepth;
        this.stackSize = stackSize;
        this.loopCount = loopCount;
        this.loopCounters = new int[loopCount];
        this.plainCall = plainArguments() && !isGenerator();
    }

    /** {@link #plainArguments} and not a generator: a call passing argCount positional arguments just copies them. */
    public final boolean plainCall;

    public int nlocals() {
        return varNames.length;
    }

    /** Slots before the value stack. */
    public int fixedSlots() {
        return varNames.length + cellNames.length + freeNames.length;
    }

    /**
     * Whether a call that passes exactly {@link #argCount} positional arguments only fills the
     * parameters: no *args, **kwargs or keyword-only parameters, no cells or free variables.
     */
    public boolean plainArguments() {
        return (flags & (VARARGS | VARKEYWORDS)) == 0 && kwOnlyCount == 0 && cellNames.length == 0 && freeNames.length == 0;
    }

    public boolean isGenerator() {
        return (flags & GENERATOR) != 0;
    }

    /** An {@code async def}: calling it makes a coroutine (or an async generator). */
    public boolean isCoroutine() {
        return (flags & COROUTINE) != 0;
    }

    /** A listing, one instruction per line, for tests and {@code --dump-bytecode}. */
    public String disassemble() {
        var sb = new StringBuilder();
        sb.append("code ").append(qualname).append(" (").append(filename).append(':').append(firstLine).append(")\n");
        int lastLine = -1;
        for (int pc = 0; pc < code.length; pc++) {
            Op op = Op.of(code[pc]);
            int arg = Op.argOf(code[pc]);
            sb.append(lines[pc] != lastLine ? String.format("%4d", lines[pc]) : "    ");
            lastLine = lines[pc];
            sb.append(String.format(" %4d %-20s", pc, op));
            switch (op.arg) {
                case NONE -> {}
                case LOCAL -> sb.append(arg).append(" (").append(varNames[arg]).append(')');
                case CELL -> sb.append(arg).append(" (").append(cellName(arg)).append(')');
                case NAME -> sb.append(arg).append(" (").append(names[arg]).append(')');
                case CONST -> sb.append(arg).append(constObjects[arg] instanceof String[] s ? " " + String.join(",", s) : "");
                case BINOP -> sb.append(BinOp.of(arg).symbol).append(BinOp.isInplace(arg) ? "=" : "");
                default -> sb.append(arg);
            }
            if (handler[pc] >= 0) sb.append("  [handler ").append(handler[pc]).append(" depth ").append(handlerDepth[pc]).append(']');
            sb.append('\n');
        }
        return sb.toString();
    }

    public String cellName(int i) {
        return i < cellNames.length ? cellNames[i] : freeNames[i - cellNames.length];
    }
}

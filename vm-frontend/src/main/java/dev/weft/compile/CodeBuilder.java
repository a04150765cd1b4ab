package dev.weft.compile;

import dev.weft.parse.ast.Located;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The assembler side of the compiler: one code object under construction. It appends
 * instructions, binds labels and patches jumps, keeps the constant and name tables, the
 * compile-time stack of exception handlers, and the static stack depth of every instruction
 * (from each {@link Op}'s stack effect, and the depth recorded at each jump for its target),
 * which gives both the code's stack size and the depth each handler cuts the stack back to.
 * {@link Compiler} walks the AST and drives it.
 */
class CodeBuilder {
    final String filename;
    final String name;
    final String qualname;
    final int firstLine;
    final int flags;
    final List<String> varNames;
    final List<String> cellNames;
    final List<String> freeNames;
    final List<String> names = new ArrayList<>();
    final List<Object> consts = new ArrayList<>();
    int[] code = new int[64];
    int[] lines = new int[64];
    int[] handlerLabel = new int[64];
    int[] handlerDepthAt = new int[64];
    int size;
    int line;
    /** The source span of what is being compiled (for the carets of tracebacks). */
    int endLine, col = -1, endCol = -1;
    /** Anchors of a binary operator or subscript (UTF-8 columns), -1 when none. */
    int anchorLeft = -1, anchorRight = -1;
    int[] positions = new int[64 * 6];
    int depth;
    int maxDepth;
    int loops;
    /** Bound pc of each label, -1 while unbound. */
    final List<Integer> labelPc = new ArrayList<>();
    /** Stack depth at each label as recorded by jumps to it, -1 if none yet. */
    final List<Integer> labelDepth = new ArrayList<>();
    /** The handler stack: a label, and the depth to cut to. */
    int handler = -1;
    int handlerDepth;
    final List<int[]> handlerStack = new ArrayList<>();

    CodeBuilder(String name, String qualname, String filename, int firstLine, int flags, List<String> varNames,
            List<String> cellNames, List<String> freeNames) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.flags = flags;
        this.varNames = new ArrayList<>(varNames);
        this.cellNames = cellNames;
        this.freeNames = freeNames;
        this.line = firstLine;
    }

    // emitting -----------------------------------------------------------------------

    void emit(Op op, int arg) {
        if (size == code.length) {
            int n = size * 2;
            code = Arrays.copyOf(code, n);
            lines = Arrays.copyOf(lines, n);
            handlerLabel = Arrays.copyOf(handlerLabel, n);
            handlerDepthAt = Arrays.copyOf(handlerDepthAt, n);
        }
        code[size] = op.with(arg);
        lines[size] = line;
        if (positions.length < (size + 1) * 6) positions = Arrays.copyOf(positions, positions.length * 2);
        positions[size * 6] = line;
        positions[size * 6 + 1] = endLine;
        positions[size * 6 + 2] = col;
        positions[size * 6 + 3] = endCol;
        positions[size * 6 + 4] = anchorLeft;
        positions[size * 6 + 5] = anchorRight;
        handlerLabel[size] = handler;
        handlerDepthAt[size] = handlerDepth;
        size++;
        if (op.arg == Op.Arg.JUMP) recordDepth(arg, depth + op.jumpEffect());
        depth += op.stackEffect(arg);
        if (depth < 0) throw new IllegalStateException("compiler bug: stack depth " + depth + " after " + op + " in " + qualname);
        maxDepth = Math.max(maxDepth, depth);
    }

    void emit(Op op) {
        emit(op, 0);
    }

    int newLabel() {
        labelPc.add(-1);
        labelDepth.add(-1);
        return labelPc.size() - 1;
    }

    void recordDepth(int label, int d) {
        int known = labelDepth.get(label);
        if (known < 0) labelDepth.set(label, d);
    }

    void bind(int label) {
        labelPc.set(label, size);
        int d = labelDepth.get(label);
        if (d >= 0) depth = d;
        else labelDepth.set(label, depth);
    }

    void pushHandler(int label, int cutDepth) {
        handlerStack.add(new int[] {handler, handlerDepth});
        handler = label;
        handlerDepth = cutDepth;
        recordDepth(label, cutDepth + 1);
    }

    void popHandler() {
        int[] h = handlerStack.remove(handlerStack.size() - 1);
        handler = h[0];
        handlerDepth = h[1];
    }

    int name(String n) {
        int i = names.indexOf(n);
        if (i >= 0) return i;
        names.add(n);
        return names.size() - 1;
    }

    int constIndex(Object value) {
        for (int i = 0; i < consts.size(); i++) {
            if (sameConstant(consts.get(i), value)) return i;
        }
        consts.add(value);
        return consts.size() - 1;
    }

    void loadConst(Object value) {
        emit(Op.LOAD_CONST, constIndex(value));
    }

    void at(Located node) {
        line = node.lineno();
        endLine = node.endLineno();
        col = node.colOffset();
        endCol = node.endColOffset();
    }

    Code build(int argCount, int posOnly, int kwOnly) {
        int[] finalCode = Arrays.copyOf(code, size);
        int[] handlers = new int[size];
        for (int pc = 0; pc < size; pc++) {
            Op op = Op.of(finalCode[pc]);
            if (op.arg == Op.Arg.JUMP) finalCode[pc] = op.with(labelPc.get(Op.argOf(finalCode[pc])));
            handlers[pc] = handlerLabel[pc] < 0 ? -1 : labelPc.get(handlerLabel[pc]);
        }
        Object[] constObjects = consts.toArray();
        Code c = newCode(argCount, posOnly, kwOnly, finalCode, handlers, constObjects);
        c.positions = Arrays.copyOf(positions, size * 6);
        return c;
    }

    Code newCode(int argCount, int posOnly, int kwOnly, int[] finalCode, int[] handlers, Object[] constObjects) {
        return new Code(name, qualname, filename, firstLine, flags, argCount, posOnly, kwOnly,
                varNames.toArray(String[]::new), cellNames.toArray(String[]::new), freeNames.toArray(String[]::new),
                names.toArray(String[]::new), new long[constObjects.length], constObjects, finalCode,
                Arrays.copyOf(lines, size), handlers, Arrays.copyOf(handlerDepthAt, size), maxDepth + 1, loops);
    }

    // names --------------------------------------------------------------------------

    int cellIndex(String n) {
        int i = cellNames.indexOf(n);
        if (i >= 0) return i;
        i = freeNames.indexOf(n);
        if (i >= 0) return cellNames.size() + i;
        throw new IllegalStateException("compiler bug: " + n + " is not a cell of " + qualname);
    }

    int localIndex(String n) {
        int i = varNames.indexOf(n);
        if (i < 0) {
            varNames.add(n);
            i = varNames.size() - 1;
        }
        return i;
    }

static boolean sameConstant(Object a, Object b) {
    if (a == b) return true;
    if (a == null || b == null || a.getClass() != b.getClass()) return false;
    if (a instanceof Double x) return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits((Double) b);
    if (a instanceof String[] x) return Arrays.equals(x, (String[]) b);
    if (a instanceof byte[] x) return Arrays.equals(x, (byte[]) b);
    if (a instanceof Compiler.CodeConst) return false;
    return a.equals(b);
}
}

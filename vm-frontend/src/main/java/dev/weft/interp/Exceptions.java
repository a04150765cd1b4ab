package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Guest exceptions: making the exception object for a {@link PyException} raised by built-in
 * code, raise and re-raise with {@code __cause__} and {@code __context__}, matching except
 * clauses, tracebacks, and printing an uncaught exception exactly as CPython 3.11 does
 * (chained exceptions included).
 */
final class Exceptions {
    private final Interp in;
    private final Mem m;

    Exceptions(Interp in) {
        this.in = in;
        this.m = in.mem;
    }

    /** The interpreter's unwinding: handles exception e raised in frame f: answers the frame whose handler takes it, or throws it out of entry. */
    Frame unwind(Frame f, PyException e, Frame entry) {
        boolean fresh = e.object() == NULL;
        long excObj = materialize(e, f);
        if (fresh && (e.missingName != null || e.missingOn != NULL)) rememberSuggestion(excObj, e, f);
        for (;;) {
            addTraceback(excObj, f);
            int at = f.pc - 1;
            int h = at >= 0 && at < f.code.handler.length ? f.code.handler[at] : -1;
            if (h >= 0) {
                int base = f.code.fixedSlots();
                int cut = base + f.code.handlerDepth[at];
                java.util.Arrays.fill(f.slots, cut, f.sp, 0);
                f.sp = cut;
                f.slots[f.sp++] = excObj;
                f.pc = h;
                f.kwnames = null;
                return f;
            }
            // leaves frame f
            if (f.generator != 0) {
                m.put(f.generator, G_STATE, fromInt(GEN_DONE));
                in.vm.freeHandle((int) toInt(m.get(f.generator, G_FRAME)));
                if (isInstance(excObj, ExcKind.STOP_ITERATION)) {
                    PyException re = PyException.of(ExcKind.RUNTIME_ERROR, Generators.kind(f.generator) + " raised StopIteration");
                    long reObj = materialize(re, f);
                    m.put(reObj, E_CAUSE, excObj);
                    m.put(reObj, E_CONTEXT, excObj);
                    m.put(reObj, E_SUPPRESS, TRUE);
                    excObj = reObj;
                    e = re;
                }
            }
            Frame back = f.back;
            if (f == entry) {
                in.top = back;
                if (back != null) in.checkpoint(back);
                if (e.object() != excObj) e = PyException.ofObject(excObj);
                throw e;
            }
            f = back;
            in.enter(f);
        }
    }

    long newException(int typeId, long args) {
        long e = m.alloc(typeId, E_FIELDS);
        m.init(e, E_DICT, NULL);
        m.init(e, E_ARGS, args);
        m.init(e, E_TRACEBACK, NULL);
        m.init(e, E_CAUSE, NULL);
        m.init(e, E_CONTEXT, NULL);
        m.init(e, E_SUPPRESS, FALSE);
        return e;
    }

    /**
     * The exception object of e, made now if built-in code raised it by kind. A new exception
     * gets the exception being handled in frame f (if any) as its {@code __context__}.
     */
    long materialize(PyException e, Frame f) {
        long obj = e.object();
        if (obj == NULL) {
            long args;
            if (e.arg != NULL) args = H.tuple(m, e.arg);
            else if (e.getMessage() == null || e.getMessage().isEmpty() && e.kind != ExcKind.ASSERTION_ERROR) args = in.vm.emptyTuple;
            else args = H.tuple(m, in.str(e.getMessage()));
            if (e.getMessage() != null && e.getMessage().isEmpty()) args = in.vm.emptyTuple;
            obj = newException(e.kind.typeId(), args);
            e.materialized(obj);
            chainContext(obj, f);
        }
        return obj;
    }

    private void chainContext(long obj, Frame f) {
        if (f == null) return;
        long handled = currentHandled(f);
        if (handled != NULL && handled != NONE && handled != obj && m.get(obj, E_CONTEXT) == NULL) {
            // avoid a cycle: cut the chain where obj already appears
            long c = handled;
            for (int guard = 0; c != NULL && c != NONE && guard < 1000; guard++) {
                long next = m.get(c, E_CONTEXT);
                if (next == obj) {
                    m.put(c, E_CONTEXT, NULL);
                    break;
                }
                c = next;
            }
            m.put(obj, E_CONTEXT, handled);
        }
    }

    /** The exception being handled where frame f runs (its own, or its callers'), or NULL. */
    long currentHandled(Frame f) {
        for (Frame x = f; x != null; x = x.back) {
            if (x.handled != NULL && x.handled != NONE) return x.handled;
        }
        return NULL;
    }

    /** {@code raise e} / {@code raise e from cause}. */
    PyException raise(long e, long cause, boolean hasCause) {
        long obj = instantiate(e);
        if (hasCause) {
            long c = cause == NONE ? NONE : instantiateCause(cause);
            m.put(obj, E_CAUSE, c == NONE ? NULL : c);
            m.put(obj, E_SUPPRESS, TRUE);
        }
        chainContext(obj, in.top);
        return PyException.ofObject(obj);
    }

    private long instantiateCause(long cause) {
        if (H.isType(cause, TypeIds.TYPE) || isException(cause)) return instantiate(cause);
        throw PyException.typeError("exception causes must derive from BaseException");
    }

    /** An exception instance from a raise operand: an instance, or a class to call. */
    private long instantiate(long e) {
        if (isException(e)) return e;
        if (H.isType(e, TypeIds.TYPE)) {
            TypeInfo t = in.vm.typeOfTypeObject(e);
            if (isExceptionType(t)) {
                long obj = in.calls.call0(e);
                if (!isException(obj)) {
                    throw PyException.typeError("calling " + t.name + " should have returned an instance of BaseException, not " + in.typeName(obj));
                }
                return obj;
            }
        }
        throw PyException.typeError("exceptions must derive from BaseException");
    }

    PyException reraise(long e) {
        return PyException.ofObject(e);
    }

    boolean isExceptionType(TypeInfo t) {
        return t.layout == TypeInfo.Layout.EXCEPTION;
    }

    boolean isException(long w) {
        return isPointer(w) && isExceptionType(in.vm.typeInfo(w));
    }

    boolean isInstance(long excObj, ExcKind kind) {
        return in.vm.classes.isSubtype(in.vm.typeInfo(excObj), in.vm.types[kind.typeId()]);
    }

    /** except clause matching: type is a class or a tuple of classes. */
    boolean matches(long excObj, long type) {
        if (H.isTuple(type)) {
            for (int i = 0, n = H.tupleSize(type); i < n; i++) {
                if (matches(excObj, H.tupleGet(type, i))) return true;
            }
            return false;
        }
        if (!H.isType(type, TypeIds.TYPE) || !isExceptionType(in.vm.typeOfTypeObject(type))) {
            throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return in.vm.classes.isInstance(excObj, type);
    }

    long typeOfExc(long e) {
        return in.vm.typeInfo(e).typeObject;
    }

    long traceback(long e) {
        long tb = m.get(e, E_TRACEBACK);
        return tb == NULL ? NONE : tb;
    }

    /** Adds frame f's current line to e's traceback, unless f is there already (a re-raise). */
    void addTraceback(long e, Frame f) {
        long tb = m.get(e, E_TRACEBACK);
        if (tb != NULL && tb != NONE && toInt(m.getImm(tb, TB_FRAME)) == f.serial) {
            // the same frame again: update the line (CPython reports where it passed last)
            return;
        }
        long entry = m.allocImmutable(TypeIds.TRACEBACK, TB_FIELDS);
        m.init(entry, TB_NEXT, tb == NONE ? NULL : tb);
        m.init(entry, TB_CODE, fromInt(f.code.index));
        m.init(entry, TB_LINE, fromInt(f.line()));
        m.init(entry, TB_FRAME, fromInt(f.serial));
        m.init(entry, TB_PC, fromInt(f.pc - 1));
        m.put(e, E_TRACEBACK, entry);
    }

    // ------------------------------------------------------------------------------------
    // "Did you mean" (CPython 3.11's suggestions.c: the nearest name by a weighted Levenshtein
    // distance, no more than about a third of the characters changed)

    private final java.util.Map<Long, String> suggestions = new java.util.HashMap<>();

    void rememberSuggestion(long excObj, PyException e, Frame f) {
        String s;
        if (e.missingOn != NULL) {
            long dir = Builtins.dir(in, e.missingOn);
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int i = 0, n = H.listSize(in.ctx, dir); i < n; i++) names.add(H.jstr(H.listGet(in.ctx, dir, i)));
            s = suggest(names, e.missingName);
        } else {
            java.util.List<String> locals = java.util.Arrays.asList(f.code.varNames);
            s = suggest(locals, e.missingName);
            if (s == null) s = suggest(keys(f.globals), e.missingName);
            if (s == null) s = suggest(keys(f.builtins), e.missingName);
        }
        if (s != null) suggestions.put(excObj, s);
    }

    private java.util.List<String> keys(long dict) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0, end = H.dictEnd(in.ctx, dict); i < end; i++) {
            long k = H.dictKeyAt(in.ctx, dict, i);
            if (k != NULL && H.isStr(k)) out.add(H.jstr(k));
        }
        return out;
    }

    private static final int MOVE_COST = 2, CASE_COST = 1, MAX_STRING_SIZE = 40, MAX_CANDIDATES = 750;

    static String suggest(java.util.List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) return null;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        byte[] a = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String item : candidates) {
            if (item.equals(name)) continue;
            byte[] b = item.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int max = (a.length + b.length + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = levenshtein(a, b, max);
            if (d > max) continue;
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        int x = a >= 'A' && a <= 'Z' ? a + 32 : a;
        int y = b >= 'A' && b <= 'Z' ? b + 32 : b;
        return x == y ? CASE_COST : MOVE_COST;
    }

    private static int levenshtein(byte[] a0, byte[] b0, int maxCost) {
        int as = 0, ae = a0.length, bs = 0, be = b0.length;
        while (as < ae && bs < be && a0[as] == b0[bs]) {
            as++;
            bs++;
        }
        while (as < ae && bs < be && a0[ae - 1] == b0[be - 1]) {
            ae--;
            be--;
        }
        int an = ae - as, bn = be - bs;
        if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
        if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return maxCost + 1;
        byte[] a = java.util.Arrays.copyOfRange(a0, as, ae), b = java.util.Arrays.copyOfRange(b0, bs, be);
        if (b.length < a.length) {
            byte[] t = a;
            a = b;
            b = t;
        }
        if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
        int[] buffer = new int[a.length];
        for (int i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < b.length; bi++) {
            byte code = b[bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < a.length; ai++) {
                int substitute = distance + substitutionCost(code, a[ai]);
                distance = buffer[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[ai] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }

    // ------------------------------------------------------------------------------------
    // str and repr

    String str(long e) {
        long args = m.get(e, E_ARGS);
        int n = H.tupleSize(args);
        TypeInfo t = in.vm.typeInfo(e);
        if (n == 0) return "";
        if (n >= 2 && n <= 5 && in.vm.classes.isSubtype(t, in.vm.types[ExcKind.OS_ERROR.typeId()])) {
            String s = "[Errno " + in.str(H.tupleGet(args, 0)) + "] " + in.str(H.tupleGet(args, 1));
            if (n >= 3) s += ": " + in.repr(H.tupleGet(args, 2));
            return s;
        }
        if (n == 2 && H.isTuple(H.tupleGet(args, 1)) && H.tupleSize(H.tupleGet(args, 1)) >= 2
                && in.vm.classes.isSubtype(t, in.vm.types[ExcKind.SYNTAX_ERROR.typeId()])) {
            return syntaxErrorStr(in.str(H.tupleGet(args, 0)), H.tupleGet(H.tupleGet(args, 1), 0), H.tupleGet(H.tupleGet(args, 1), 1));
        }
        if (n == 1) {
            long a = H.tupleGet(args, 0);
            if (isKeyError(t)) return in.repr(a);
            return in.str(a);
        }
        return in.repr(args);
    }

    /** CPython's SyntaxError.__str__: "msg (file, line N)", the file's last path component. */
    private static String syntaxErrorStr(String msg, long filename, long lineno) {
        String file = H.isStr(filename) ? H.jstr(filename) : null;
        if (file != null) file = file.substring(file.lastIndexOf('/') + 1);
        boolean line = isSmallInt(lineno);
        if (file != null && line) return msg + " (" + file + ", line " + toInt(lineno) + ")";
        if (file != null) return msg + " (" + file + ")";
        if (line) return msg + " (line " + toInt(lineno) + ")";
        return msg;
    }

    private boolean isKeyError(TypeInfo t) {
        return in.vm.classes.isSubtype(t, in.vm.types[ExcKind.KEY_ERROR.typeId()]);
    }

    String repr(long e) {
        long args = m.get(e, E_ARGS);
        String name = in.vm.typeInfo(e).name;
        int n = H.tupleSize(args);
        if (n == 1) return name + "(" + in.repr(H.tupleGet(args, 0)) + ")";
        String r = in.repr(args);
        return name + (n == 0 ? "()" : r);
    }

    // ------------------------------------------------------------------------------------
    // Printing an uncaught exception

    /** The text CPython prints to stderr for an uncaught exception e. */
    String format(long e) {
        var sb = new StringBuilder();
        format(e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private void format(long e, StringBuilder sb, IdentityHashMap<Long, Boolean> seen) {
        seen.put(e, true);
        long cause = m.get(e, E_CAUSE);
        long context = m.get(e, E_CONTEXT);
        boolean suppress = m.get(e, E_SUPPRESS) == TRUE;
        if (cause != NULL && cause != NONE && !seen.containsKey(cause)) {
            format(cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (!suppress && context != NULL && context != NONE && !seen.containsKey(context)) {
            format(context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        long tb = m.get(e, E_TRACEBACK);
        if (tb != NULL && tb != NONE) {
            sb.append("Traceback (most recent call last):\n");
            List<long[]> entries = new ArrayList<>();
            for (long t = tb; t != NULL && t != NONE; t = m.getImm(t, TB_NEXT)) {
                entries.add(new long[] {toInt(m.getImm(t, TB_CODE)), toInt(m.getImm(t, TB_LINE)), toInt(m.getImm(t, TB_PC))});
            }
            // each frame prepended its entry as the exception left it: the chain runs outermost first
            for (int i = 0; i < entries.size(); i++) {
                // a thread's first frame, which calls the thread's function, is not the program's
                if (in.vm.code.get((int) entries.get(i)[0]).filename.equals(GuestThreads.BOOTSTRAP_FILE)) continue;
                appendEntry(sb, entries, i);
            }
        }
        if (isInstance(e, ExcKind.SYNTAX_ERROR)) {
            long args = m.get(e, E_ARGS);
            if (H.tupleSize(args) == 2 && H.isTuple(H.tupleGet(args, 1)) && H.tupleSize(H.tupleGet(args, 1)) == 6) {
                long d = H.tupleGet(args, 1);
                long text = H.tupleGet(d, 3);
                sb.append(Program.syntaxErrorText(in.vm.typeInfo(e).name, in.str(H.tupleGet(d, 0)), (int) toInt(H.tupleGet(d, 1)),
                        (int) toInt(H.tupleGet(d, 2)), text == NONE ? null : H.jstr(text), (int) toInt(H.tupleGet(d, 4)),
                        (int) toInt(H.tupleGet(d, 5))));
                sb.append(in.vm.typeInfo(e).name).append(": ").append(in.str(H.tupleGet(args, 0))).append('\n');
                return;
            }
        }
        sb.append(lastLine(e)).append('\n');
    }

    private void appendEntry(StringBuilder sb, List<long[]> entries, int i) {
        Code code = in.vm.code.get((int) entries.get(i)[0]);
        int line = (int) entries.get(i)[1];
        sb.append("  File \"").append(code.filename).append("\", line ").append(line).append(", in ").append(code.name).append('\n');
        String src = in.vm.sourceLine(code.filename, line);
        if (src != null && !src.isBlank()) {
            sb.append("    ").append(src.strip()).append('\n');
            int pc = (int) entries.get(i)[2];
            if (code.positions != null && pc >= 0 && pc * 6 + 5 < code.positions.length && code.positions[pc * 6] == line) {
                String carets = Carets.line(src, code.positions, pc);
                if (carets != null) sb.append(carets).append('\n');
            }
        }
    }

    /** "ValueError: message" (or just the name when the message is empty). */
    String lastLine(long e) {
        TypeInfo t = in.vm.typeInfo(e);
        String name = t.user ? qualifiedName(t) : t.name;
        String msg;
        try {
            long strMethod = in.attrs.lookupUserSpecial(e, "__str__");
            msg = strMethod != NULL ? H.jstr(in.calls.call0(strMethod)) : str(e);
        } catch (PyException x) {
            msg = "<exception str() failed>";
        }
        String suggestion = suggestions.get(e);
        if (suggestion != null) msg += ". Did you mean: '" + suggestion + "'?";
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    private String qualifiedName(TypeInfo t) {
        long mod = H.dictGet(in.ctx, m.getImm(t.typeObject, T_DICT), in.vm.intern("__module__"));
        String qual = H.jstr(m.get(t.typeObject, T_QUALNAME));
        if (mod == NULL || !H.isStr(mod)) return qual;
        String ms = H.jstr(mod);
        return ms.equals("__main__") || ms.equals("builtins") ? qual : ms + "." + qual;
    }

    /**
     * Where this thread is, for the conflict log: its frames as a JSON array of [file, line,
     * function], outermost first (a thread's first frame, which is not the program's, left out).
     */
    String site() {
        java.util.ArrayList<Frame> frames = new java.util.ArrayList<>();
        for (Frame f = in.top; f != null; f = f.back) frames.add(f);
        var sb = new StringBuilder("[");
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            if (f.code.filename.equals(GuestThreads.BOOTSTRAP_FILE)) continue;
            if (sb.length() > 1) sb.append(',');
            sb.append('[');
            dev.weft.stm.ConflictLog.string(sb, f.code.filename);
            sb.append(',').append(f.line()).append(',');
            dev.weft.stm.ConflictLog.string(sb, f.code.name);
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}

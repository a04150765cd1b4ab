package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.compile.Compiler;
import dev.weft.runtime.Ctx;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * The built-in functions {@code exec} and {@code eval}: source text (a str, or bytes read as
 * UTF-8) compiled as {@code "<string>"} and run in a frame of its own, in the caller's
 * namespaces or the dicts given. The frame runs nested, as any Python code called from a
 * built-in does. Code objects (from {@code compile()}) and exec's {@code closure} are not
 * supported: such a call raises NotImplementedError.
 */
final class EvalBuiltins {
    private EvalBuiltins() {}

    static void register(Vm vm, BiConsumer<String, Long> put) {
        put.accept("exec", vm.builtinFunction("exec", 1, 3, true, (ctx, a, n, kw) -> run(ctx, "exec", a, n, kw)));
        put.accept("eval", vm.builtinFunction("eval", 1, 3, true, (ctx, a, n, kw) -> run(ctx, "eval", a, n, kw)));
    }

    private static long run(Ctx ctx, String fn, long[] a, int n, String[] kw) {
        Interp in = (Interp) ctx.guest;
        boolean eval = fn.equals("eval");
        if (kw.length > 0) {
            if (eval) throw PyException.typeError("eval() takes no keyword arguments");
            if (!kw[0].equals("closure")) throw PyException.typeError("'" + kw[0] + "' is an invalid keyword argument for exec()");
            throw PyException.of(dev.weft.runtime.ExcKind.NOT_IMPLEMENTED_ERROR, "exec() with closure= is not supported by Weft");
        }
        String source = source(in, fn, a[0]);
        long globals = n > 1 ? a[1] : NONE;
        long locals = n > 2 ? a[2] : NONE;
        if (globals != NONE && !H.isType(globals, TypeIds.DICT)) {
            throw PyException.typeError(eval ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "exec() globals must be a dict, not " + in.typeName(globals));
        }
        Frame caller = in.top;
        if (globals == NONE) {
            globals = caller.globals;
            if (locals == NONE) locals = callerLocals(in, caller);
        } else if (locals == NONE) {
            locals = globals;
        }
        if (H.dictGet(in.ctx, globals, in.vm.intern("__builtins__")) == NULL) {
            H.dictPut(in.ctx, globals, in.vm.intern("__builtins__"), in.vm.builtinsDict);
        }
        Code code;
        try {
            var r = eval ? dev.weft.parse.Frontend.compileExpression(source, "<string>") : dev.weft.parse.Frontend.compile(source, "<string>");
            var scope = ScopeAdapter.of(r.scopes());
            code = eval ? Compiler.compileExpression(r.module(), "<string>", scope) : Compiler.compileModule(r.module(), "<string>", scope);
        } catch (dev.weft.parse.PySyntaxError e) {
            throw in.vm.syntaxErrorException(e);
        }
        in.vm.link(code);
        long r = in.runNested(new Frame(code, globals, in.vm.builtinsDict, locals, NULL, in.nextSerial()));
        return eval ? r : NONE;
    }

    private static String source(Interp in, String fn, long src) {
        if (H.isStr(src)) return H.jstr(src);
        if (isPointer(src) && (dev.weft.runtime.Mem.typeId(src) == TypeIds.BYTES)) {
            return new String(dev.weft.runtime.objects.bytes.Bytes.data(in.mem, src), StandardCharsets.UTF_8);
        }
        if (H.isType(src, TypeIds.CODE)) {
            throw PyException.of(dev.weft.runtime.ExcKind.NOT_IMPLEMENTED_ERROR, fn + "() of a code object is not supported by Weft");
        }
        throw PyException.typeError(fn + "() arg 1 must be a string, bytes or code object");
    }

    /** The caller's local namespace: its dict at module or class level, else a snapshot, as locals() gives. */
    private static long callerLocals(Interp in, Frame f) {
        if (f.locals != NULL) return f.locals;
        long d = H.dict(in.ctx);
        for (int i = 0; i < f.code.nlocals(); i++) {
            if (f.slots[i] != NULL) H.dictPut(in.ctx, d, in.vm.intern(f.code.varNames[i]), f.slots[i]);
        }
        return d;
    }
}

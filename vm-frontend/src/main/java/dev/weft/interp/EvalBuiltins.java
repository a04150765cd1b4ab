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
 * The built-in functions {@code exec}, {@code eval} and {@code compile}: source text (a str,
 * or bytes read as UTF-8) compiled as {@code "<string>"} (or compile()'s filename) and run in
 * a frame of its own, in the caller's namespaces or the dicts given. The frame runs nested, as
 * any Python code called from a built-in does. Code made by compile() stays registered for
 * the run, like all code. exec's {@code closure}, compile()'s flags and its mode 'single' are
 * not supported: they raise NotImplementedError.
 */
final class EvalBuiltins {
    private EvalBuiltins() {}

    static void register(Vm vm, BiConsumer<String, Long> put) {
        put.accept("exec", vm.builtinFunction("exec", 1, 3, true, (ctx, a, n, kw) -> run(ctx, "exec", a, n, kw)));
        put.accept("eval", vm.builtinFunction("eval", 1, 3, true, (ctx, a, n, kw) -> run(ctx, "eval", a, n, kw)));
        put.accept("compile", vm.builtinFunction("compile", 3, 6, true, EvalBuiltins::compile));
    }

    /**
     * {@code compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)} for the
     * modes 'exec' and 'eval': a code object for exec() and eval(). Flags (such as
     * ast.PyCF_ONLY_AST) and mode 'single' are not supported and say so.
     */
    private static long compile(Ctx ctx, long[] a, int n, String[] kw) {
        Interp in = (Interp) ctx.guest;
        int npos = n - kw.length;
        if (npos < 3) throw PyException.typeError("compile() missing required argument 'mode' (pos 3)");
        long flags = npos > 3 ? a[3] : NULL;
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "flags" -> flags = a[npos + k];
                case "dont_inherit", "optimize", "_feature_version" -> {}
                default -> throw PyException.typeError("compile() got an unexpected keyword argument '" + kw[k] + "'");
            }
        }
        String source = source(in, "compile", a[0]);
        if (!H.isStr(a[1])) throw PyException.typeError("compile() argument 'filename' must be str, not " + in.typeName(a[1]));
        if (!H.isStr(a[2])) throw PyException.typeError("compile() argument 'mode' must be str, not " + in.typeName(a[2]));
        String mode = H.jstr(a[2]);
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw PyException.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (mode.equals("single")) throw PyException.of(dev.weft.runtime.ExcKind.NOT_IMPLEMENTED_ERROR, "compile() mode 'single' is not supported by Weft");
        if (flags != NULL && flags != fromInt(0) && flags != FALSE) {
            throw PyException.of(dev.weft.runtime.ExcKind.NOT_IMPLEMENTED_ERROR, "compile() flags are not supported by Weft");
        }
        return in.vm.codeObject(compileText(in, source, H.jstr(a[1]), mode.equals("eval")));
    }

    /** Source text compiled as a module (exec) or an expression (eval), linked; SyntaxError as a guest exception. */
    private static Code compileText(Interp in, String source, String filename, boolean eval) {
        try {
            var r = eval ? dev.weft.parse.Frontend.compileExpression(source, filename) : dev.weft.parse.Frontend.compile(source, filename);
            var scope = ScopeAdapter.of(r.scopes());
            Code code = eval ? Compiler.compileExpression(r.module(), filename, scope) : Compiler.compileModule(r.module(), filename, scope);
            in.vm.link(code);
            return code;
        } catch (dev.weft.parse.PySyntaxError e) {
            throw in.vm.syntaxErrorException(e);
        }
    }

    private static long run(Ctx ctx, String fn, long[] a, int n, String[] kw) {
        Interp in = (Interp) ctx.guest;
        boolean eval = fn.equals("eval");
        if (kw.length > 0) {
            if (eval) throw PyException.typeError("eval() takes no keyword arguments");
            if (!kw[0].equals("closure")) throw PyException.typeError("'" + kw[0] + "' is an invalid keyword argument for exec()");
            throw PyException.of(dev.weft.runtime.ExcKind.NOT_IMPLEMENTED_ERROR, "exec() with closure= is not supported by Weft");
        }
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
        Code code = H.isType(a[0], TypeIds.CODE) ? in.vm.codeOf(a[0]) : compileText(in, source(in, fn, a[0]), "<string>", eval);
        long r = in.runNested(new Frame(code, globals, in.vm.builtinsDict, locals, NULL, in.nextSerial()));
        return eval ? r : NONE;
    }

    private static String source(Interp in, String fn, long src) {
        if (H.isStr(src)) return H.jstr(src);
        if (isPointer(src) && (dev.weft.runtime.Mem.typeId(src) == TypeIds.BYTES)) {
            return new String(dev.weft.runtime.objects.bytes.Bytes.data(in.mem, src), StandardCharsets.UTF_8);
        }
        if (fn.equals("compile")) throw PyException.typeError("compile() arg 1 must be a string, bytes or AST object");
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

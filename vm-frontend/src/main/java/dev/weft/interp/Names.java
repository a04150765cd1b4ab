package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;

/**
 * Name lookup for LOAD_NAME (namespace, then globals, then builtins; LOAD_GLOBAL is in
 * {@link SiteHints}), and the exceptions of names and frames: NameError (which remembers the
 * name, for "Did you mean"), UnboundLocalError, free variables without a value,
 * KeyboardInterrupt.
 */
final class Names {
    private Names() {}

    static long load(Interp in, Frame f, int i) {
        long key = f.code.nameWords[i];
        long v = H.dictGet(in.ctx, f.locals, key);
        if (v != NULL) return v;
        if (f.locals != f.globals) {
            v = H.dictGet(in.ctx, f.globals, key);
            if (v != NULL) return v;
        }
        v = H.dictGet(in.ctx, f.builtins, key);
        if (v != NULL) return v;
        throw nameError(f.code.names[i]);
    }

    static PyException keyboardInterrupt() {
        Program.interrupted = false;
        return PyException.of(ExcKind.KEYBOARD_INTERRUPT, "");
    }

    static PyException nameError(String name) {
        PyException e = PyException.of(ExcKind.NAME_ERROR, "name '" + name + "' is not defined");
        e.missingName = name;
        return e;
    }

    static PyException unboundLocal(String name) {
        return PyException.of(ExcKind.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    static PyException unboundDeref(Frame f, int i) {
        String name = f.code.cellName(i);
        if (i < f.code.cellNames.length) return unboundLocal(name);
        return PyException.of(ExcKind.NAME_ERROR,
                "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
    }
}

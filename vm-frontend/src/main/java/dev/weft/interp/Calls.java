package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls: binding arguments to parameters (with CPython's error messages), making frames for
 * Python functions, calling built-in functions, bound methods and types, and making function
 * objects. The loop asks {@link #frameFor} first, so that a call to a Python function pushes a
 * frame instead of recursing; everything else goes through {@link #call}.
 */
final class Calls {
    private final Interp in;
    private final Mem m;

    Calls(Interp in) {
        this.in = in;
        this.m = in.mem;
    }

    // ------------------------------------------------------------------------------------
    // Function objects

    long makeFunction(long codeObj, long globals, long defaults, long kwdefaults, long closure) {
        Code code = in.vm.codeOf(codeObj);
        long fn = m.alloc(TypeIds.FUNCTION, FN_FIELDS);
        m.init(fn, FN_CODE, fromInt(code.index));
        m.init(fn, FN_GLOBALS, globals);
        m.init(fn, FN_NAME, in.vm.intern(code.name));
        m.init(fn, FN_QUALNAME, in.vm.intern(code.qualname));
        m.init(fn, FN_DEFAULTS, defaults);
        m.init(fn, FN_KWDEFAULTS, kwdefaults);
        m.init(fn, FN_CLOSURE, closure);
        long modName = H.dictGet(in.ctx, globals, in.vm.intern("__name__"));
        m.init(fn, FN_MODULE, modName == NULL ? NONE : modName);
        m.init(fn, FN_DOC, code.doc == null ? NONE : in.vm.intern(code.doc));
        return fn;
    }

    Code codeOfFunction(long fn) {
        return in.vm.code.get((int) toInt(m.getImm(fn, FN_CODE)));
    }

    // ------------------------------------------------------------------------------------
    // Frames for Python functions

    /**
     * The frame to push for calling {@code callable} with the given arguments, when it is a
     * Python function (or a bound method of one, or a class whose __init__ is one); null when
     * the call must go through {@link #call}.
     */
    Frame frameFor(long callable, long[] s, int first, int argc, String[] kw, Frame caller) {
        // a plain function given exactly its parameters, as bind does it: small enough for C2 to inline
        if (kw == null && isPointer(callable) && Mem.typeId(callable) == TypeIds.FUNCTION) {
            Code code = codeOfFunction(callable);
            if (code.plainCall && argc == code.argCount) {
                Frame f = newFrame(callable, code);
                System.arraycopy(s, first, f.slots, 0, argc);
                return f;
            }
        }
        return frameForSlow(callable, s, first, argc, kw);
    }

    private Frame frameForSlow(long callable, long[] s, int first, int argc, String[] kw) {
        if (!isPointer(callable)) return null;
        int type = Mem.typeId(callable);
        if (type == TypeIds.FUNCTION) {
            Code code = codeOfFunction(callable);
            if (code.isGenerator()) return null;
            return bind(callable, code, s, first, argc, kw, NULL);
        }
        if (type == TypeIds.METHOD) {
            long fn = m.getImm(callable, M_FUNC);
            if (!H.isType(fn, TypeIds.FUNCTION)) return null;
            Code code = codeOfFunction(fn);
            if (code.isGenerator()) return null;
            return bind(fn, code, s, first, argc, kw, m.getImm(callable, M_SELF));
        }
        if (type == TypeIds.TYPE) {
            TypeInfo t = in.vm.typeOfTypeObject(callable);
            if (!t.user || t.meta != null) return null; // a metaclass may define __call__
            long init = in.attrs.lookupInMro(callable, in.vm.intern("__init__"));
            if (!H.isType(init, TypeIds.FUNCTION)) return null;
            Code code = codeOfFunction(init);
            if (code.isGenerator()) return null;
            long self = in.vm.classes.newInstance(callable, t, s, first, argc, kw);
            if (in.vm.typeInfo(self).id != t.id && !in.vm.classes.isSubtype(in.vm.typeInfo(self), t)) {
                return null; // __new__ answered something else: no __init__ (handled by call)
            }
            Frame f = bind(init, code, s, first, argc, kw, self);
            f.initSelf = self;
            return f;
        }
        return null;
    }

    /** A frame for running function fn, whose code is {@code code}, its slots still empty. */
    private Frame newFrame(long fn, Code code) {
        return new Frame(code, m.getImm(fn, FN_GLOBALS), in.vm.builtinsDict, NULL, fn, in.nextSerial());
    }

    /** A frame for fn(code) with arguments s[first, first+argc) (the last kw.length by keyword), self first if not NULL. */
    Frame bind(long fn, Code code, long[] s, int first, int argc, String[] kw, long self) {
        Frame f = newFrame(fn, code);
        long[] slots = f.slots;
        int nkw = kw == null ? 0 : kw.length;
        int npos = argc - nkw + (self != NULL ? 1 : 0);
        int params = code.argCount;
        if (nkw == 0 && npos == params && code.plainArguments()) {
            int o = 0;
            if (self != NULL) slots[o++] = self;
            System.arraycopy(s, first, slots, o, argc);
            return f;
        }
        int kwonly = code.kwOnlyCount;
        boolean varargs = (code.flags & Code.VARARGS) != 0;
        boolean varkw = (code.flags & Code.VARKEYWORDS) != 0;
        int varargsSlot = params + kwonly;
        int varkwSlot = varargsSlot + (varargs ? 1 : 0);
        // positional
        int n = Math.min(npos, params);
        for (int i = 0; i < n; i++) slots[i] = positional(s, first, self, i);
        if (npos > params) {
            if (!varargs) throw tooManyPositional(fn, code, npos);
            long[] extra = new long[npos - params];
            for (int i = params; i < npos; i++) extra[i - params] = positional(s, first, self, i);
            slots[varargsSlot] = H.tuple(m, extra);
        } else if (varargs) {
            slots[varargsSlot] = in.vm.emptyTuple;
        }
        long kwdict = NULL;
        if (varkw) {
            kwdict = H.dict(in.ctx);
            slots[varkwSlot] = kwdict;
        }
        // keywords
        int kwBase = first + argc - nkw;
        for (int k = 0; k < nkw; k++) {
            String name = kw[k];
            long v = s[kwBase + k];
            int slot = -1;
            for (int i = code.posOnlyCount; i < params + kwonly; i++) {
                if (code.varNames[i].equals(name)) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                if (varkw) {
                    H.dictPut(in.ctx, kwdict, in.vm.intern(name), v);
                    continue;
                }
                for (int i = 0; i < code.posOnlyCount; i++) {
                    if (code.varNames[i].equals(name)) {
                        throw PyException.typeError(qualname(fn) + "() got some positional-only arguments passed as keyword arguments: '" + name + "'");
                    }
                }
                throw PyException.typeError(qualname(fn) + "() got an unexpected keyword argument '" + name + "'");
            }
            if (slots[slot] != NULL) {
                throw PyException.typeError(qualname(fn) + "() got multiple values for argument '" + name + "'");
            }
            slots[slot] = v;
        }
        // defaults
        if (npos < params) {
            long defaults = m.get(fn, FN_DEFAULTS);
            int nd = defaults == NULL ? 0 : H.tupleSize(defaults);
            List<String> missing = null;
            for (int i = npos; i < params; i++) {
                if (slots[i] != NULL) continue;
                int d = i - (params - nd);
                if (d >= 0) {
                    slots[i] = H.tupleGet(defaults, d);
                } else {
                    if (missing == null) missing = new ArrayList<>();
                    missing.add(code.varNames[i]);
                }
            }
            if (missing != null) throw missing(fn, missing, "positional");
        }
        if (kwonly > 0) {
            long kwdefaults = m.get(fn, FN_KWDEFAULTS);
            List<String> missing = null;
            for (int i = params; i < params + kwonly; i++) {
                if (slots[i] != NULL) continue;
                long d = kwdefaults == NULL ? NULL : H.dictGet(in.ctx, kwdefaults, in.vm.intern(code.varNames[i]));
                if (d != NULL) {
                    slots[i] = d;
                } else {
                    if (missing == null) missing = new ArrayList<>();
                    missing.add(code.varNames[i]);
                }
            }
            if (missing != null) throw missing(fn, missing, "keyword-only");
        }
        // cells and free variables
        int nl = code.nlocals();
        for (int i = 0; i < code.cellNames.length; i++) {
            long cell = m.alloc(TypeIds.CELL, CELL_FIELDS);
            String cn = code.cellNames[i];
            for (int p = 0; p < nl; p++) {
                if (code.varNames[p].equals(cn)) {
                    m.init(cell, 0, slots[p]);
                    break;
                }
            }
            slots[nl + i] = cell;
        }
        if (code.freeNames.length > 0) {
            long closure = m.getImm(fn, FN_CLOSURE);
            for (int i = 0; i < code.freeNames.length; i++) slots[nl + code.cellNames.length + i] = H.tupleGet(closure, i);
        }
        return f;
    }

    private static long positional(long[] s, int first, long self, int i) {
        if (self != NULL) return i == 0 ? self : s[first + i - 1];
        return s[first + i];
    }

    /** How CPython names a callable in call errors: "__main__.f()", "print()". */
    String funcStr(long f) {
        if (H.isType(f, TypeIds.FUNCTION)) {
            long mod = m.get(f, FN_MODULE);
            String q = qualname(f);
            return (H.isStr(mod) && !H.jstr(mod).equals("builtins") ? H.jstr(mod) + "." : "") + q + "()";
        }
        if (H.isType(f, TypeIds.METHOD)) return funcStr(m.getImm(f, M_FUNC));
        if (H.isType(f, TypeIds.BUILTIN_FUNCTION)) return in.vm.builtinAt((int) toInt(m.getImm(f, BF_INDEX))).displayName() + "()";
        if (H.isType(f, TypeIds.TYPE)) return in.vm.typeOfTypeObject(f).name + "()";
        return in.typeName(f) + " object";
    }

    String qualname(long fn) {
        return H.jstr(m.get(fn, FN_QUALNAME));
    }

    private PyException tooManyPositional(long fn, Code code, int given) {
        long defaults = m.get(fn, FN_DEFAULTS);
        int nd = defaults == NULL ? 0 : H.tupleSize(defaults);
        int params = code.argCount;
        String takes = nd > 0 ? "from " + (params - nd) + " to " + params + " positional arguments"
                : params + " positional argument" + (params == 1 ? "" : "s");
        return PyException.typeError(qualname(fn) + "() takes " + takes + " but " + given + (given == 1 ? " was" : " were") + " given");
    }

    private PyException missing(long fn, List<String> names, String kind) {
        var sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyException.typeError(qualname(fn) + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + sb);
    }

    // ------------------------------------------------------------------------------------
    // The general call

    long call(long callable, long[] s, int first, int argc, String[] kw) {
        if (isPointer(callable)) {
            switch (Mem.typeId(callable)) {
                case TypeIds.FUNCTION -> {
                    Code code = codeOfFunction(callable);
                    Frame f = bind(callable, code, s, first, argc, kw, NULL);
                    if (code.isGenerator()) return Generators.make(in, f, callable);
                    return in.runNested(f);
                }
                case TypeIds.METHOD -> {
                    long fn = m.getImm(callable, M_FUNC);
                    long self = m.getImm(callable, M_SELF);
                    if (H.isType(fn, TypeIds.FUNCTION)) {
                        Code code = codeOfFunction(fn);
                        Frame f = bind(fn, code, s, first, argc, kw, self);
                        if (code.isGenerator()) return Generators.make(in, f, fn);
                        return in.runNested(f);
                    }
                    long[] args = new long[argc + 1];
                    args[0] = self;
                    System.arraycopy(s, first, args, 1, argc);
                    return call(fn, args, 0, argc + 1, kw);
                }
                case TypeIds.BUILTIN_FUNCTION -> {
                    return callBuiltin(callable, s, first, argc, kw);
                }
                case TypeIds.TYPE -> {
                    return in.vm.classes.callType(in, callable, s, first, argc, kw);
                }
                default -> {}
            }
        }
        long callMethod = in.attrs.lookupSpecial(callable, "__call__");
        if (callMethod != NULL) return call(callMethod, s, first, argc, kw);
        throw PyException.typeError("'" + in.typeName(callable) + "' object is not callable");
    }

    long callBuiltin(long bf, long[] s, int first, int argc, String[] kw) {
        Vm.Builtin b = in.vm.builtinAt((int) toInt(m.getImm(bf, BF_INDEX)));
        long self = m.getImm(bf, BF_SELF);
        int nkw = kw == null ? 0 : kw.length;
        int total = argc + (self != NULL ? 1 : 0);
        int npos = total - nkw;
        if (nkw > 0 && !b.keywords()) throw PyException.typeError(b.displayName() + "() takes no keyword arguments");
        if (npos < b.min() || npos > b.max()) throw arity(b, npos, self != NULL);
        long[] args = new long[Math.max(total, 1)];
        int o = 0;
        if (self != NULL) args[o++] = self;
        System.arraycopy(s, first, args, o, argc);
        if (b.unwrap() != ValueTypes.KEEP) return ValueTypes.callUnwrapped(in, b, args, npos, kw == null ? NO_KW : kw);
        return b.code().call(in.ctx, args, npos, kw == null ? NO_KW : kw);
    }

    static final String[] NO_KW = new String[0];

    private static PyException arity(Vm.Builtin b, int given, boolean bound) {
        int min = b.min(), max = b.max();
        if (bound) {
            min--;
            max = max == Integer.MAX_VALUE ? max : max - 1;
            given--;
        }
        String name = b.displayName();
        if (min == max) {
            if (min == 0) return PyException.typeError(name + "() takes no arguments (" + given + " given)");
            if (min == 1) return PyException.typeError(name + "() takes exactly one argument (" + given + " given)");
            return PyException.typeError(name + "() takes exactly " + min + " arguments (" + given + " given)");
        }
        if (given < min) return PyException.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + given);
        return PyException.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + given);
    }

    /** f(*args, **kwargs). */
    long callEx(long callable, long args, long kwargs) {
        return callEx(callable, args, kwargs, null);
    }

    /**
     * {@code callable(*args, **kwargs)}. With {@code frameOut}, a Python function is not run
     * here: its frame goes to {@code frameOut[0]} (and NULL is answered) for the caller's loop
     * to run, as CALL_FUNCTION_EX does, so that the call is not a nested one.
     */
    long callEx(long callable, long args, long kwargs, Frame[] frameOut) {
        int n = H.tupleSize(args);
        int nkw = kwargs == NULL ? 0 : H.dictSize(in.ctx, kwargs);
        long[] s = new long[n + nkw];
        for (int i = 0; i < n; i++) s[i] = H.tupleGet(args, i);
        String[] kw = null;
        if (nkw > 0) {
            kw = new String[nkw];
            int k = 0;
            for (int i = 0, end = H.dictEnd(in.ctx, kwargs); i < end; i++) {
                long key = H.dictKeyAt(in.ctx, kwargs, i);
                if (key == NULL) continue;
                if (!H.isStr(key)) throw PyException.typeError("keywords must be strings");
                kw[k] = H.jstr(key);
                s[n + k] = H.dictValueAt(in.ctx, kwargs, i);
                k++;
            }
        }
        Frame f = frameFor(callable, s, 0, n + nkw, kw, in.top);
        if (f != null) {
            if (frameOut == null) return in.runNested(f);
            frameOut[0] = f;
            return NULL;
        }
        return call(callable, s, 0, n + nkw, kw);
    }

    long call0(long f) {
        return call(f, EMPTY, 0, 0, null);
    }

    long call1(long f, long a) {
        return call(f, new long[] {a}, 0, 1, null);
    }

    long call2(long f, long a, long b) {
        return call(f, new long[] {a, b}, 0, 2, null);
    }

    long call3(long f, long a, long b, long c) {
        return call(f, new long[] {a, b, c}, 0, 3, null);
    }

    long callArgs(long f, long... args) {
        return call(f, args, 0, args.length, null);
    }

    /** obj.name(args...) */
    long callMethod(long obj, String name, long... args) {
        long meth = in.attrs.get(obj, in.vm.intern(name));
        return call(meth, args, 0, args.length, null);
    }

    private static final long[] EMPTY = new long[1];
}

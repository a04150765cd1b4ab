package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.TypeIds;

/**
 * The data attributes of built-in objects that are not methods: {@code slice.start},
 * {@code range.step}, {@code (3).real}, {@code StopIteration.value}, {@code OSError.errno},
 * {@code f.__closure__}, {@code f.__code__.co_varnames}, {@code file.closed} and the like. In
 * CPython they are getset descriptors on the type; here they are computed on lookup.
 */
final class BuiltinAttributes {
    private BuiltinAttributes() {}

    /** The attribute, or NULL when obj's type has no such data attribute. */
    static long get(Interp in, long obj, TypeInfo t, String name) {
        Mem m = in.mem;
        if (isSmallInt(obj) || isBool(obj) || H.isType(obj, TypeIds.BIGINT)) {
            return switch (name) {
                case "real", "numerator" -> isBool(obj) ? fromInt(obj == TRUE ? 1 : 0) : obj;
                case "imag" -> fromInt(0);
                case "denominator" -> fromInt(1);
                default -> NULL;
            };
        }
        if (isFloat(obj)) {
            return switch (name) {
                case "real" -> obj;
                case "imag" -> fromDouble(0.0);
                default -> NULL;
            };
        }
        if (!isPointer(obj)) return NULL;
        int id = Mem.typeId(obj);
        if (name.equals("__call__") && (id == TypeIds.FUNCTION || id == TypeIds.BUILTIN_FUNCTION || id == TypeIds.METHOD
                || id == TypeIds.TYPE)) {
            return obj; // calling f.__call__ is calling f
        }
        switch (id) {
            case TypeIds.COMPLEX -> {
                return ComplexBuiltins.attribute(obj, name);
            }
            case TypeIds.SLICE -> {
                return switch (name) {
                    case "start" -> dev.weft.runtime.objects.slice.Slice.start(obj);
                    case "stop" -> dev.weft.runtime.objects.slice.Slice.stop(obj);
                    case "step" -> dev.weft.runtime.objects.slice.Slice.step(obj);
                    default -> NULL;
                };
            }
            case TypeIds.RANGE -> {
                return switch (name) {
                    case "start" -> dev.weft.runtime.objects.range.Range.fieldWord(in.mem, obj, dev.weft.runtime.objects.range.Range.START);
                    case "stop" -> dev.weft.runtime.objects.range.Range.fieldWord(in.mem, obj, dev.weft.runtime.objects.range.Range.STOP);
                    case "step" -> dev.weft.runtime.objects.range.Range.fieldWord(in.mem, obj, dev.weft.runtime.objects.range.Range.STEP);
                    default -> NULL;
                };
            }
            case TypeIds.FUNCTION -> {
                switch (name) {
                    case "__closure__" -> {
                        long c = m.getImm(obj, FN_CLOSURE);
                        return c == NULL ? NONE : c;
                    }
                    case "__code__" -> {
                        return in.vm.codeObject(in.calls.codeOfFunction(obj));
                    }
                    case "__globals__" -> {
                        return m.getImm(obj, FN_GLOBALS);
                    }
                    default -> {
                        return NULL;
                    }
                }
            }
            case TypeIds.CODE -> {
                Code c = in.vm.codeOf(obj);
                return switch (name) {
                    case "co_name" -> in.vm.intern(c.name);
                    case "co_qualname" -> in.vm.intern(c.qualname);
                    case "co_filename" -> in.vm.intern(c.filename);
                    case "co_firstlineno" -> fromInt(c.firstLine);
                    case "co_argcount" -> fromInt(c.argCount);
                    case "co_posonlyargcount" -> fromInt(c.posOnlyCount);
                    case "co_kwonlyargcount" -> fromInt(c.kwOnlyCount);
                    case "co_varnames" -> names(in, c.varNames);
                    case "co_cellvars" -> names(in, c.cellNames);
                    case "co_freevars" -> names(in, c.freeNames);
                    case "co_names" -> names(in, c.names);
                    case "co_nlocals" -> fromInt(c.nlocals());
                    case "co_flags" -> fromInt(Coroutines.coFlags(c));
                    default -> NULL;
                };
            }
            case TypeIds.CELL -> {
                if (name.equals("cell_contents")) {
                    long v = m.get(obj, 0);
                    if (v == NULL) throw dev.weft.runtime.PyException.valueError("Cell is empty");
                    return v;
                }
                return NULL;
            }
            case TypeIds.PROPERTY -> {
                return switch (name) {
                    case "fget" -> m.getImm(obj, P_GET);
                    case "fset" -> m.getImm(obj, P_SET);
                    case "fdel" -> m.getImm(obj, P_DEL);
                    case "__doc__" -> {
                        long doc = m.getImm(obj, P_DOC);
                        if (doc != NONE) yield doc;
                        long get = m.getImm(obj, P_GET);
                        yield H.isType(get, TypeIds.FUNCTION) ? m.get(get, FN_DOC) : NONE;
                    }
                    default -> NULL;
                };
            }
            case TypeIds.STATICMETHOD, TypeIds.CLASSMETHOD -> {
                return name.equals("__func__") || name.equals("__wrapped__") ? m.getImm(obj, 0) : NULL;
            }
            case TypeIds.FILE -> {
                TextFiles.PyFile f = TextFiles.file(in, obj);
                return switch (name) {
                    case "closed" -> fromBool(f.closed);
                    case "name" -> in.str(f.name);
                    case "mode" -> in.str(f.mode);
                    case "encoding" -> in.vm.intern("utf-8");
                    default -> NULL;
                };
            }
            case TypeIds.GENERATOR, TypeIds.COROUTINE, TypeIds.ASYNC_GENERATOR -> {
                String prefix = id == TypeIds.GENERATOR ? "gi_" : id == TypeIds.COROUTINE ? "cr_" : "ag_";
                if (!name.startsWith(prefix)) return NULL;
                return switch (name.substring(3)) {
                    case "running" -> fromBool(toInt(m.get(obj, G_STATE)) == GEN_RUNNING);
                    case "code" -> in.vm.codeObject(Generators.frameOf(in, obj).code);
                    default -> NULL;
                };
            }
            default -> {}
        }
        if (t.layout == TypeInfo.Layout.EXCEPTION) {
            long args = m.get(obj, E_ARGS);
            int n = H.tupleSize(args);
            if (in.exc.isInstance(obj, ExcKind.STOP_ITERATION) && name.equals("value")) return n > 0 ? H.tupleGet(args, 0) : NONE;
            if (in.exc.isInstance(obj, ExcKind.SYSTEM_EXIT) && name.equals("code")) {
                return n == 0 ? NONE : n == 1 ? H.tupleGet(args, 0) : args;
            }
            if (in.exc.isInstance(obj, ExcKind.OS_ERROR)) {
                switch (name) {
                    case "errno" -> {
                        return n >= 2 ? H.tupleGet(args, 0) : NONE;
                    }
                    case "strerror" -> {
                        return n >= 2 ? H.tupleGet(args, 1) : NONE;
                    }
                    case "filename" -> {
                        return n >= 3 ? H.tupleGet(args, 2) : NONE;
                    }
                    default -> {}
                }
            }
            if (in.exc.isInstance(obj, ExcKind.SYNTAX_ERROR) && n == 2 && H.isTuple(H.tupleGet(args, 1))) {
                long d = H.tupleGet(args, 1);
                int i = switch (name) {
                    case "filename" -> 0;
                    case "lineno" -> 1;
                    case "offset" -> 2;
                    case "text" -> 3;
                    case "end_lineno" -> 4;
                    case "end_offset" -> 5;
                    default -> -1;
                };
                if (i >= 0 && i < H.tupleSize(d)) return H.tupleGet(d, i);
                if (name.equals("msg")) return H.tupleGet(args, 0);
            }
            if (in.exc.isInstance(obj, ExcKind.IMPORT_ERROR) && (name.equals("name") || name.equals("path"))) {
                long d = m.get(obj, E_DICT);
                long v = d == NULL ? NULL : H.dictGet(in.ctx, d, in.vm.intern(name));
                return v == NULL ? NONE : v;
            }
        }
        return NULL;
    }

    private static long names(Interp in, String[] names) {
        long[] w = new long[names.length];
        for (int i = 0; i < w.length; i++) w[i] = in.vm.intern(names[i]);
        return H.tuple(in.mem, w);
    }
}

package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.BinOp;
import dev.weft.runtime.BuiltinCode;
import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.objects.set.SetBuiltins;

/**
 * The builtins namespace: the built-in functions (print, len, sorted, isinstance ...), the
 * constructors of the built-in types (what {@code int(x)} or {@code list(it)} does), and the
 * constants. Each function checks its arguments with CPython's messages.
 */
final class Builtins {
    private Builtins() {}

    private static Interp in(Ctx ctx) {
        return (Interp) ctx.guest;
    }

    static void install(Vm vm) {
        Mem m = vm.immortalMem();
        Ctx c = vm.immortalCtx();
        long d = vm.keep(H.dict(c));
        vm.builtinsDict = d;
        java.util.function.BiConsumer<String, Long> put = (name, w) -> H.dictPut(c, d, vm.intern(name), w);
        // types
        put.accept("object", vm.typeObjectOf(TypeIds.OBJECT));
        put.accept("type", vm.typeObjectOf(TypeIds.TYPE));
        put.accept("int", vm.typeObjectOf(TypeIds.INT));
        put.accept("bool", vm.typeObjectOf(TypeIds.BOOL));
        put.accept("float", vm.typeObjectOf(TypeIds.FLOAT));
        put.accept("complex", vm.typeObjectOf(TypeIds.COMPLEX));
        put.accept("str", vm.typeObjectOf(TypeIds.STR));
        put.accept("bytes", vm.typeObjectOf(TypeIds.BYTES));
        put.accept("bytearray", vm.typeObjectOf(TypeIds.BYTEARRAY));
        put.accept("tuple", vm.typeObjectOf(TypeIds.TUPLE));
        put.accept("list", vm.typeObjectOf(TypeIds.LIST));
        put.accept("dict", vm.typeObjectOf(TypeIds.DICT));
        put.accept("set", vm.typeObjectOf(TypeIds.SET));
        put.accept("frozenset", vm.typeObjectOf(TypeIds.FROZENSET));
        put.accept("range", vm.typeObjectOf(TypeIds.RANGE));
        put.accept("slice", vm.typeObjectOf(TypeIds.SLICE));
        put.accept("property", vm.typeObjectOf(TypeIds.PROPERTY));
        put.accept("staticmethod", vm.typeObjectOf(TypeIds.STATICMETHOD));
        put.accept("classmethod", vm.typeObjectOf(TypeIds.CLASSMETHOD));
        put.accept("super", vm.typeObjectOf(TypeIds.SUPER));
        put.accept("enumerate", vm.typeObjectOf(IterObjects.ENUMERATE));
        put.accept("zip", vm.typeObjectOf(IterObjects.ZIP));
        put.accept("map", vm.typeObjectOf(IterObjects.MAP));
        put.accept("filter", vm.typeObjectOf(IterObjects.FILTER));
        put.accept("reversed", vm.typeObjectOf(IterObjects.REVERSED));
        for (ExcKind k : ExcKind.values()) put.accept(k.pyName, vm.excType(k));
        put.accept("EnvironmentError", vm.excType(ExcKind.OS_ERROR));
        put.accept("IOError", vm.excType(ExcKind.OS_ERROR));
        put.accept("None", NONE);
        put.accept("True", TRUE);
        put.accept("False", FALSE);
        put.accept("NotImplemented", NOT_IMPLEMENTED);
        put.accept("Ellipsis", ELLIPSIS);
        put.accept("__name__", vm.intern("builtins"));
        put.accept("__debug__", TRUE);
        // constructors
        constructors(vm);
        // functions
        vm.buildClassFunction = vm.builtinFunction("__build_class__", 2, MAX, true, (ctx, a, n, kw) -> vm.classes.buildClass(in(ctx), a, n, kw));
        put.accept("__build_class__", vm.buildClassFunction);
        fn(vm, put, "print", 0, MAX, true, Builtins::print);
        fn(vm, put, "len", 1, 1, false, (ctx, a, n, kw) -> fromInt(in(ctx).ops.len(a[0])));
        fn(vm, put, "repr", 1, 1, false, (ctx, a, n, kw) -> in(ctx).str(in(ctx).ops.repr(a[0])));
        fn(vm, put, "ascii", 1, 1, false, (ctx, a, n, kw) -> in(ctx).str(in(ctx).ops.ascii(in(ctx).ops.repr(a[0]))));
        fn(vm, put, "hash", 1, 1, false, (ctx, a, n, kw) -> dev.weft.runtime.objects.bigint.BigInts.box(ctx.mem, in(ctx).ops.hash(a[0])));
        fn(vm, put, "id", 1, 1, false, (ctx, a, n, kw) -> fromInt(a[0] & 0x7FFF_FFFF_FFFFL));
        fn(vm, put, "abs", 1, 1, false, (ctx, a, n, kw) -> Numbers.abs(in(ctx), a[0]));
        fn(vm, put, "divmod", 2, 2, false, (ctx, a, n, kw) -> Numbers.divmod(in(ctx), a[0], a[1]));
        fn(vm, put, "pow", 2, 3, true, (ctx, a, n, kw) -> Numbers.pow(in(ctx), a, n, kw));
        fn(vm, put, "round", 1, 2, true, (ctx, a, n, kw) -> Numbers.round(in(ctx), a, n, kw));
        fn(vm, put, "hex", 1, 1, false, (ctx, a, n, kw) -> Numbers.radix(in(ctx), a[0], 16));
        fn(vm, put, "oct", 1, 1, false, (ctx, a, n, kw) -> Numbers.radix(in(ctx), a[0], 8));
        fn(vm, put, "bin", 1, 1, false, (ctx, a, n, kw) -> Numbers.radix(in(ctx), a[0], 2));
        fn(vm, put, "ord", 1, 1, false, Builtins::ord);
        fn(vm, put, "chr", 1, 1, false, Builtins::chr);
        fn(vm, put, "format", 1, 2, false, (ctx, a, n, kw) -> in(ctx).ops.format(a[0], n > 1 ? strArg(in(ctx), a[1], "format", 2) : ""));
        fn(vm, put, "isinstance", 2, 2, false, (ctx, a, n, kw) -> fromBool(vm.classes.isInstanceOf(a[0], a[1])));
        fn(vm, put, "issubclass", 2, 2, false, (ctx, a, n, kw) -> fromBool(vm.classes.isSubclassOf(a[0], a[1])));
        fn(vm, put, "callable", 1, 1, false, (ctx, a, n, kw) -> fromBool(isCallable(in(ctx), a[0])));
        fn(vm, put, "iter", 1, 2, false, (ctx, a, n, kw) -> {
            if (n == 2) return IterObjects.callableIter(in(ctx), a[0], a[1]);
            return in(ctx).ops.iter(a[0]);
        });
        fn(vm, put, "next", 1, 2, false, (ctx, a, n, kw) -> {
            Interp in = in(ctx);
            if (!in.ops.isIterator(a[0])) throw PyException.typeError("'" + in.typeName(a[0]) + "' object is not an iterator");
            long v = in.ops.next(a[0]);
            if (v != NULL) return v;
            if (n == 2) return a[1];
            throw H.isType(a[0], TypeIds.GENERATOR) ? Generators.stopIteration(in) : PyException.of(ExcKind.STOP_ITERATION, "");
        });
        fn(vm, put, "getattr", 2, 3, false, (ctx, a, n, kw) -> {
            Interp in = in(ctx);
            long name = attributeName(in, a[1]);
            if (n == 2) return in.attrs.get(a[0], name);
            try {
                return in.attrs.get(a[0], name);
            } catch (PyException e) {
                if (isAttributeError(in, e)) return a[2];
                throw e;
            }
        });
        fn(vm, put, "setattr", 3, 3, false, (ctx, a, n, kw) -> {
            in(ctx).attrs.set(a[0], attributeName(in(ctx), a[1]), a[2]);
            return NONE;
        });
        fn(vm, put, "delattr", 2, 2, false, (ctx, a, n, kw) -> {
            in(ctx).attrs.delete(a[0], attributeName(in(ctx), a[1]));
            return NONE;
        });
        fn(vm, put, "hasattr", 2, 2, false, (ctx, a, n, kw) -> {
            Interp in = in(ctx);
            long name = attributeName(in, a[1]);
            try {
                in.attrs.get(a[0], name);
                return TRUE;
            } catch (PyException e) {
                if (isAttributeError(in, e)) return FALSE;
                throw e;
            }
        });
        fn(vm, put, "sorted", 1, 1, true, Builtins::sorted);
        fn(vm, put, "min", 1, MAX, true, (ctx, a, n, kw) -> minMax(in(ctx), a, n, kw, true));
        fn(vm, put, "max", 1, MAX, true, (ctx, a, n, kw) -> minMax(in(ctx), a, n, kw, false));
        fn(vm, put, "sum", 1, 2, true, Builtins::sum);
        fn(vm, put, "any", 1, 1, false, (ctx, a, n, kw) -> {
            Interp in = in(ctx);
            long it = in.ops.iter(a[0]);
            for (long v = in.ops.next(it); v != NULL; v = in.ops.next(it)) {
                if (in.truthy(v)) return TRUE;
            }
            return FALSE;
        });
        fn(vm, put, "all", 1, 1, false, (ctx, a, n, kw) -> {
            Interp in = in(ctx);
            long it = in.ops.iter(a[0]);
            for (long v = in.ops.next(it); v != NULL; v = in.ops.next(it)) {
                if (!in.truthy(v)) return FALSE;
            }
            return TRUE;
        });
        fn(vm, put, "input", 0, 1, false, (ctx, a, n, kw) -> SysModule.input(in(ctx), n == 1 ? a[0] : NULL));
        fn(vm, put, "open", 1, 3, true, (ctx, a, n, kw) -> TextFiles.open(in(ctx), a, n, kw));
        BuiltinCode exit = (ctx, a, n, kw) -> {
            throw PyException.withArg(ExcKind.SYSTEM_EXIT, n > 0 ? a[0] : NONE);
        };
        fn(vm, put, "exit", 0, 1, false, exit);
        fn(vm, put, "quit", 0, 1, false, exit);
        EvalBuiltins.register(vm, put);
        fn(vm, put, "globals", 0, 0, false, (ctx, a, n, kw) -> in(ctx).top.globals);
        fn(vm, put, "locals", 0, 0, false, (ctx, a, n, kw) -> locals(in(ctx)));
        fn(vm, put, "vars", 0, 1, false, (ctx, a, n, kw) -> {
            Interp in = in(ctx);
            if (n == 0) return locals(in);
            long dict = H.isType(a[0], TypeIds.TYPE) ? in.mem.getImm(a[0], T_DICT) : in.attrs.instanceDict(a[0]);
            if (dict == NULL && H.isType(a[0], TypeIds.TYPE)) {
                // a built-in type: its methods, in a new dict (CPython answers a read-only mappingproxy)
                TypeInfo t = vm.typeInfo(a[0]);
                dict = H.dict(ctx);
                for (dev.weft.runtime.MethodTable.Entry e : t.methods.entries()) {
                    H.dictPut(ctx, dict, vm.intern(e.name()), vm.builtinMethod(t, e.name()));
                }
                return dict;
            }
            if (dict == NULL) throw PyException.typeError("vars() argument must have __dict__ attribute");
            return dict;
        });
        fn(vm, put, "dir", 0, 1, false, (ctx, a, n, kw) -> n == 0 ? dirOf(in(ctx), locals(in(ctx))) : dir(in(ctx), a[0]));
        fn(vm, put, "__import__", 1, 5, true, (ctx, a, n, kw) -> vm.imports.importName(in(ctx), in(ctx).top, H.jstr(a[0]), NONE, 0));
    }

    static final int MAX = Integer.MAX_VALUE;

    /** The str an attribute name stands for (an instance of a str subclass gives its value); TypeError if none. */
    private static long attributeName(Interp in, long name) {
        long s = ValueTypes.unwrap(in.vm, in.mem, name);
        if (!H.isStr(s)) throw PyException.typeError("attribute name must be string, not '" + in.typeName(name) + "'");
        return s;
    }

    private static void fn(Vm vm, java.util.function.BiConsumer<String, Long> put, String name, int min, int max, boolean kw, BuiltinCode code) {
        put.accept(name, vm.builtinFunction(name, min, max, kw, code));
    }

    static boolean isAttributeError(Interp in, PyException e) {
        long obj = e.object();
        if (obj == NULL) return e.kind != null && e.kind.isA(ExcKind.ATTRIBUTE_ERROR);
        return in.exc.isInstance(obj, ExcKind.ATTRIBUTE_ERROR);
    }

    static boolean isCallable(Interp in, long v) {
        if (!isPointer(v)) return false;
        int id = Mem.typeId(v);
        if (id == TypeIds.FUNCTION || id == TypeIds.BUILTIN_FUNCTION || id == TypeIds.METHOD || id == TypeIds.TYPE) return true;
        return in.attrs.lookupSpecial(v, "__call__") != NULL;
    }

    private static String strArg(Interp in, long w, String fn, int pos) {
        if (!H.isStr(w)) throw PyException.typeError(fn + "() argument " + pos + " must be str, not " + in.typeName(w));
        return H.jstr(w);
    }

    private static long locals(Interp in) {
        Frame f = in.top;
        if (f.locals != NULL) return f.locals;
        long d = H.dict(in.ctx);
        for (int i = 0; i < f.code.nlocals(); i++) {
            if (f.slots[i] != NULL) H.dictPut(in.ctx, d, in.vm.intern(f.code.varNames[i]), f.slots[i]);
        }
        return d;
    }

    static long dir(Interp in, long obj) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        long d = in.attrs.instanceDict(obj);
        if (d != NULL) collect(in, d, names);
        long type = H.isType(obj, TypeIds.TYPE) ? obj : in.vm.typeInfo(obj).typeObject;
        long mro = in.mem.getImm(type, T_MRO);
        for (int i = 0; i < H.tupleSize(mro); i++) {
            long c = H.tupleGet(mro, i);
            TypeInfo t = in.vm.typeOfTypeObject(c);
            if (t.user) collect(in, in.mem.getImm(c, T_DICT), names);
            else if (t.methods != null) t.methods.entries().forEach(e -> names.add(e.name()));
        }
        long l = H.list(in.ctx);
        for (String s : names) H.listAppend(in.ctx, l, in.str(s));
        return l;
    }

    private static long dirOf(Interp in, long dict) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        collect(in, dict, names);
        long l = H.list(in.ctx);
        for (String s : names) H.listAppend(in.ctx, l, in.str(s));
        return l;
    }

    private static void collect(Interp in, long dict, java.util.Set<String> names) {
        for (int i = 0, end = H.dictEnd(in.ctx, dict); i < end; i++) {
            long k = H.dictKeyAt(in.ctx, dict, i);
            if (k != NULL && H.isStr(k)) names.add(H.jstr(k));
        }
    }

    // ------------------------------------------------------------------------------------

    private static long print(Ctx ctx, long[] a, int n, String[] kw) {
        Interp in = in(ctx);
        String sep = " ", end = "\n";
        long file = NONE;
        boolean flush = false;
        for (int k = 0; k < kw.length; k++) {
            long v = a[n + k];
            switch (kw[k]) {
                case "sep" -> {
                    if (v != NONE && !H.isStr(v)) throw PyException.typeError("sep must be None or a string, not " + in.typeName(v));
                    if (v != NONE) sep = H.jstr(v);
                }
                case "end" -> {
                    if (v != NONE && !H.isStr(v)) throw PyException.typeError("end must be None or a string, not " + in.typeName(v));
                    if (v != NONE) end = H.jstr(v);
                }
                case "file" -> file = v;
                case "flush" -> flush = in.truthy(v);
                default -> throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for print()");
            }
        }
        long target = file != NONE ? file : SysModule.stream(in, "stdout", in.vm.stdout);
        if (target == NONE) return NONE;
        if (H.isType(target, TypeIds.FILE)) {
            var sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(sep);
                sb.append(in.str(a[i]));
            }
            sb.append(end);
            TextFiles.write(in, target, sb.toString());
        } else {
            // any object with a write method gets each piece in turn, as from CPython
            for (int i = 0; i < n; i++) {
                if (i > 0) in.calls.callMethod(target, "write", in.str(sep));
                in.calls.callMethod(target, "write", in.str(in.str(a[i])));
            }
            in.calls.callMethod(target, "write", in.str(end));
        }
        if (flush) in.calls.callMethod(target, "flush");
        return NONE;
    }

    private static long ord(Ctx ctx, long[] a, int n, String[] kw) {
        Interp in = in(ctx);
        if (!H.isStr(a[0])) throw PyException.typeError("ord() expected string of length 1, but " + in.typeName(a[0]) + " found");
        String s = H.jstr(a[0]);
        int len = s.codePointCount(0, s.length());
        if (len != 1) throw PyException.typeError("ord() expected a character, but string of length " + len + " found");
        return fromInt(s.codePointAt(0));
    }

    private static long chr(Ctx ctx, long[] a, int n, String[] kw) {
        Interp in = in(ctx);
        long v = a[0];
        if (isBool(v)) v = fromInt(v == TRUE ? 1 : 0);
        if (!isSmallInt(v)) {
            if (Numbers.isInt(v)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "Python int too large to convert to C int");
            throw PyException.typeError("'" + in.typeName(v) + "' object cannot be interpreted as an integer");
        }
        long c = toInt(v);
        if (c < 0 || c > 0x10FFFF) throw PyException.valueError("chr() arg not in range(0x110000)");
        return in.str(new String(Character.toChars((int) c)));
    }

    private static long sorted(Ctx ctx, long[] a, int n, String[] kw) {
        Interp in = in(ctx);
        long l = H.list(ctx);
        in.ops.listExtend(l, a[0]);
        long sort = in.vm.builtinMethod(in.vm.types[TypeIds.LIST], "sort");
        long[] args = new long[1 + kw.length];
        args[0] = l;
        System.arraycopy(a, n, args, 1, kw.length);
        in.calls.call(sort, args, 0, args.length, kw.length == 0 ? null : kw);
        return l;
    }

    private static long minMax(Interp in, long[] a, int n, String[] kw, boolean min) {
        String name = min ? "min" : "max";
        long key = NONE, dflt = NULL;
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "key" -> key = a[n + k];
                case "default" -> dflt = a[n + k];
                default -> throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        long it;
        if (n == 1) {
            it = in.ops.iter(a[0]);
        } else {
            if (dflt != NULL) throw PyException.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            it = in.ops.iter(H.tuple(in.mem, a, 0, n));
        }
        long best = NULL, bestKey = NULL;
        for (long v = in.ops.next(it); v != NULL; v = in.ops.next(it)) {
            long k = key == NONE ? v : in.calls.call1(key, v);
            if (best == NULL || (min ? in.lt(k, bestKey) : in.lt(bestKey, k))) {
                best = v;
                bestKey = k;
            }
        }
        if (best == NULL) {
            if (dflt != NULL) return dflt;
            throw PyException.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static long sum(Ctx ctx, long[] a, int n, String[] kw) {
        Interp in = in(ctx);
        long acc = n > 1 ? a[1] : fromInt(0);
        for (int k = 0; k < kw.length; k++) {
            if (kw[k].equals("start")) acc = a[n + k];
            else throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for sum()");
        }
        if (H.isStr(acc)) throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        long it = in.ops.iter(a[0]);
        for (long v = in.ops.next(it); v != NULL; v = in.ops.next(it)) {
            if (isSmallInt(acc) && isSmallInt(v)) {
                long r = toInt(acc) + toInt(v);
                if (fitsSmall(r)) {
                    acc = fromInt(r);
                    continue;
                }
            }
            acc = in.ops.binary(BinOp.ADD, false, acc, v);
        }
        return acc;
    }

    // ------------------------------------------------------------------------------------
    // Constructors of the built-in types

    private static void constructors(Vm vm) {
        vm.types[TypeIds.OBJECT].constructor = (ctx, a, n, kw) -> {
            if (n > 0) throw PyException.typeError("object() takes no arguments");
            long o = ctx.mem.alloc(TypeIds.OBJECT, 0);
            return o;
        };
        vm.types[TypeIds.NONE_TYPE].constructor = (ctx, a, n, kw) -> {
            if (n > 0 || kw.length > 0) throw PyException.typeError("NoneType takes no arguments");
            return NONE;
        };
        vm.types[TypeIds.INT].constructor = (ctx, a, n, kw) -> Numbers.intConstructor(in(ctx), a, n, kw);
        vm.types[TypeIds.FLOAT].constructor = (ctx, a, n, kw) -> Numbers.floatConstructor(in(ctx), a, n, kw);
        vm.types[TypeIds.BOOL].constructor = (ctx, a, n, kw) -> {
            if (n > 1) throw PyException.typeError("bool expected at most 1 argument, got " + n);
            return n == 0 ? FALSE : fromBool(in(ctx).truthy(a[0]));
        };
        vm.types[TypeIds.STR].constructor = (ctx, a, n, kw) -> {
            if (kw.length > 0 || n > 1) return dev.weft.runtime.objects.bytes.BytesConstructors.str(ctx, a, n, kw);
            return n == 0 ? vm.intern("") : H.isStr(a[0]) ? a[0] : in(ctx).str(in(ctx).str(a[0]));
        };
        vm.types[TypeIds.BYTES].constructor = (ctx, a, n, kw) -> dev.weft.runtime.objects.bytes.BytesConstructors.make(ctx, a, n, kw, false);
        vm.types[TypeIds.BYTEARRAY].constructor = (ctx, a, n, kw) -> dev.weft.runtime.objects.bytes.BytesConstructors.make(ctx, a, n, kw, true);
        vm.types[TypeIds.TUPLE].constructor = (ctx, a, n, kw) -> {
            noKeywords("tuple", kw);
            if (n > 1) throw PyException.typeError("tuple expected at most 1 argument, got " + n);
            return n == 0 ? vm.emptyTuple : in(ctx).ops.toTuple(a[0]);
        };
        vm.types[TypeIds.LIST].constructor = (ctx, a, n, kw) -> {
            noKeywords("list", kw);
            if (n > 1) throw PyException.typeError("list expected at most 1 argument, got " + n);
            long l = H.list(ctx);
            if (n == 1) in(ctx).ops.listExtend(l, a[0]);
            return l;
        };
        vm.types[TypeIds.DICT].constructor = (ctx, a, n, kw) -> {
            Interp in = in(ctx);
            if (n > 1) throw PyException.typeError("dict expected at most 1 argument, got " + n);
            long d = H.dict(ctx);
            if (n == 1) dictFrom(in, d, a[0]);
            for (int k = 0; k < kw.length; k++) H.dictPut(ctx, d, vm.intern(kw[k]), a[n + k]);
            return d;
        };
        vm.types[TypeIds.SET].constructor = (ctx, a, n, kw) -> SetBuiltins.construct(ctx, a, n, kw, false);
        vm.types[TypeIds.FROZENSET].constructor = (ctx, a, n, kw) -> SetBuiltins.construct(ctx, a, n, kw, true);
        vm.types[TypeIds.RANGE].constructor = (ctx, a, n, kw) -> {
            for (int i = 0; i < n; i++) {
                if (isPointer(a[i]) && Mem.typeId(a[i]) >= TypeIds.FIRST_USER) a[i] = Numbers.index(in(ctx), a[i]);
            }
            return dev.weft.runtime.objects.range.RangeBuiltins.construct(ctx, a, n, kw);
        };
        vm.types[TypeIds.SLICE].constructor = (ctx, a, n, kw) -> {
            noKeywords("slice", kw);
            if (n < 1 || n > 3) throw PyException.typeError("slice expected at least 1 argument, got " + n);
            if (n == 1) return dev.weft.runtime.objects.slice.Slice.make(ctx.mem, NONE, a[0], NONE);
            return dev.weft.runtime.objects.slice.Slice.make(ctx.mem, a[0], a[1], n == 3 ? a[2] : NONE);
        };
        vm.types[TypeIds.PROPERTY].constructor = (ctx, a, n, kw) -> {
            long[] f = {NONE, NONE, NONE, NONE};
            for (int i = 0; i < n && i < 4; i++) f[i] = a[i];
            for (int k = 0; k < kw.length; k++) {
                int at = switch (kw[k]) {
                    case "fget" -> 0;
                    case "fset" -> 1;
                    case "fdel" -> 2;
                    case "doc" -> 3;
                    default -> throw PyException.typeError("property() got an unexpected keyword argument '" + kw[k] + "'");
                };
                f[at] = a[n + k];
            }
            return ObjectBuiltins.property(ctx.mem, f[0], f[1], f[2], f[3]);
        };
        vm.types[TypeIds.STATICMETHOD].constructor = (ctx, a, n, kw) -> wrap(ctx.mem, TypeIds.STATICMETHOD, a, n);
        vm.types[TypeIds.CLASSMETHOD].constructor = (ctx, a, n, kw) -> wrap(ctx.mem, TypeIds.CLASSMETHOD, a, n);
        vm.types[TypeIds.SUPER].constructor = (ctx, a, n, kw) -> superCall(in(ctx), a, n);
        IterObjects.constructors(vm);
    }

    private static void noKeywords(String name, String[] kw) {
        if (kw.length > 0) throw PyException.typeError(name + "() takes no keyword arguments");
    }

    private static long wrap(Mem m, int type, long[] a, int n) {
        if (n != 1) throw PyException.typeError((type == TypeIds.STATICMETHOD ? "staticmethod" : "classmethod") + " expected 1 argument, got " + n);
        long w = m.allocImmutable(type, 1);
        m.init(w, 0, a[0]);
        return w;
    }

    /** dict(mapping) or dict(iterable of pairs) into d. */
    static void dictFrom(Interp in, long d, long src) {
        if (H.isDict(src) || in.attrs.lookupSpecial(src, "keys") != NULL) {
            in.ops.dictUpdate(d, src, false);
            return;
        }
        long it = in.ops.iter(src);
        int i = 0;
        for (long item = in.ops.next(it); item != NULL; item = in.ops.next(it), i++) {
            long pit;
            try {
                pit = in.ops.iter(item);
            } catch (PyException e) {
                throw PyException.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            long k = in.ops.next(pit), v = k == NULL ? NULL : in.ops.next(pit);
            int len = k == NULL ? 0 : v == NULL ? 1 : in.ops.next(pit) == NULL ? 2 : 3;
            if (len != 2) {
                throw PyException.valueError("dictionary update sequence element #" + i + " has length " + len + "; 2 is required");
            }
            H.dictPut(in.ctx, d, k, v);
        }
    }

    private static long superCall(Interp in, long[] a, int n) {
        if (n == 2) return ObjectBuiltins.superObject(in, a[0], a[1]);
        if (n != 0) throw PyException.typeError("super() takes 0 or 2 arguments in weft");
        Frame f = in.top;
        if (f == null || f.code.argCount == 0 && (f.code.flags & dev.weft.compile.Code.VARARGS) == 0) {
            throw PyException.of(ExcKind.RUNTIME_ERROR, "super(): no arguments");
        }
        int cls = -1;
        for (int i = 0; i < f.code.freeNames.length; i++) {
            if (f.code.freeNames[i].equals("__class__")) cls = f.code.nlocals() + f.code.cellNames.length + i;
        }
        if (cls < 0) throw PyException.of(ExcKind.RUNTIME_ERROR, "super(): __class__ cell not found");
        long type = in.mem.get(f.slots[cls], 0);
        if (type == NULL) throw PyException.of(ExcKind.RUNTIME_ERROR, "super(): empty __class__ cell");
        long self = f.slots[0];
        String first = f.code.varNames[0];
        for (int i = 0; i < f.code.cellNames.length; i++) {
            if (f.code.cellNames[i].equals(first)) self = in.mem.get(f.slots[f.code.nlocals() + i], 0);
        }
        if (self == NULL) throw PyException.of(ExcKind.RUNTIME_ERROR, "super(): arg[0] deleted");
        return ObjectBuiltins.superObject(in, type, self);
    }
}

package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.objects.dict.DictBuiltins;
import dev.weft.runtime.objects.list.ListBuiltins;
import dev.weft.runtime.objects.range.RangeBuiltins;
import dev.weft.runtime.objects.set.SetBuiltins;
import dev.weft.runtime.objects.str.StrBuiltins;
import dev.weft.runtime.objects.tuple.TupleBuiltins;

/**
 * Makes the built-in world at start-up: every built-in type with its type object and method
 * table (one table per type, filled by that type's {@code XBuiltins.install}), the exception
 * hierarchy, and the builtins namespace. Runs once, in an immortal transaction.
 */
final class Bootstrap {
    private Bootstrap() {}

    static void run(Vm vm) {
        Mem m = vm.immortalMem();
        TypeInfo.Layout B = TypeInfo.Layout.BUILTIN;
        MethodTable objectMethods = new MethodTable("object");
        ObjectBuiltins.install(vm, objectMethods);
        TypeInfo object = vm.defineBuiltinType(TypeIds.OBJECT, "object", null, TypeInfo.Layout.OBJECT, objectMethods);
        vm.emptyTuple = vm.keep(H.tuple(m));
        MethodTable typeMethods = new MethodTable("type");
        ObjectBuiltins.installType(vm, typeMethods);
        vm.defineBuiltinType(TypeIds.TYPE, "type", object, B, typeMethods);
        MethodTable intMethods = new MethodTable("int");
        Numbers.installInt(vm, intMethods);
        dev.weft.runtime.objects.bytes.IntBytes.install(intMethods);
        TypeInfo intT = vm.defineBuiltinType(TypeIds.INT, "int", object, B, intMethods);
        TypeInfo boolT = vm.defineBuiltinType(TypeIds.BOOL, "bool", intT, B, new MethodTable("bool"));
        boolT.subclassable = false;
        MethodTable floatMethods = new MethodTable("float");
        Numbers.installFloat(vm, floatMethods);
        vm.defineBuiltinType(TypeIds.FLOAT, "float", object, B, floatMethods);
        ComplexBuiltins.define(vm, object);
        vm.defineBuiltinType(TypeIds.STR, "str", object, B, table("str", t -> {
            StrBuiltins.install(t);
            Formatting.installStr(vm, t);
            dev.weft.runtime.objects.bytes.Codecs.installStr(t);
        }));
        vm.defineBuiltinType(TypeIds.BYTES, "bytes", object, B, table("bytes", t -> dev.weft.runtime.objects.bytes.BytesBuiltins.install(t, false)));
        vm.defineBuiltinType(TypeIds.BYTEARRAY, "bytearray", object, B, table("bytearray", dev.weft.runtime.objects.bytes.ByteArrayBuiltins::install));
        vm.defineBuiltinType(TypeIds.TUPLE, "tuple", object, B, table("tuple", TupleBuiltins::install));
        vm.defineBuiltinType(TypeIds.LIST, "list", object, B, table("list", ListBuiltins::install));
        vm.defineBuiltinType(TypeIds.DICT, "dict", object, B, table("dict", DictBuiltins::install));
        vm.defineBuiltinType(TypeIds.SET, "set", object, B, table("set", SetBuiltins::install));
        vm.defineBuiltinType(TypeIds.FROZENSET, "frozenset", object, B, table("frozenset", SetBuiltins::installFrozen));
        vm.defineBuiltinType(TypeIds.RANGE, "range", object, B, table("range", RangeBuiltins::install)).subclassable = false;
        vm.defineBuiltinType(TypeIds.SLICE, "slice", object, B, table("slice", t -> t.add("indices", 2, 2, (ctx, a, n, kw) -> {
            long[] r = dev.weft.runtime.objects.slice.Slice.indices(ctx, a[0], a[1]);
            return H.tuple(ctx.mem, fromInt(r[0]), fromInt(r[1]), fromInt(r[2]));
        }))).subclassable = false;
        vm.defineBuiltinType(TypeIds.NONE_TYPE, "NoneType", object, B, new MethodTable("NoneType")).subclassable = false;
        vm.defineBuiltinType(TypeIds.NOT_IMPLEMENTED_TYPE, "NotImplementedType", object, B, new MethodTable("NotImplementedType")).subclassable = false;
        vm.defineBuiltinType(TypeIds.ELLIPSIS_TYPE, "ellipsis", object, B, new MethodTable("ellipsis")).subclassable = false;
        vm.defineBuiltinType(TypeIds.FUNCTION, "function", object, B, new MethodTable("function")).subclassable = false;
        vm.defineBuiltinType(TypeIds.BUILTIN_FUNCTION, "builtin_function_or_method", object, B, new MethodTable("builtin_function_or_method")).subclassable = false;
        vm.defineBuiltinType(TypeIds.METHOD, "method", object, B, new MethodTable("method")).subclassable = false;
        vm.defineBuiltinType(TypeIds.CELL, "cell", object, B, new MethodTable("cell")).subclassable = false;
        vm.defineBuiltinType(TypeIds.GENERATOR, "generator", object, B, table("generator", t -> Generators.install(vm, t))).subclassable = false;
        vm.defineBuiltinType(TypeIds.MODULE, "module", object, B, new MethodTable("module"));
        vm.defineBuiltinType(TypeIds.ITERATOR, "iterator", object, B, table("iterator", t -> {
            t.add("__next__", 1, 1, (ctx, a, n, kw) -> {
                long v = ((Interp) ctx.guest).ops.next(a[0]);
                if (v == NULL) throw PyException.of(ExcKind.STOP_ITERATION, "");
                return v;
            });
            t.add("__iter__", 1, 1, (ctx, a, n, kw) -> a[0]);
        })).subclassable = false;
        vm.defineBuiltinType(TypeIds.DICT_VIEW, "dict_view", object, B, table("dict_view", t -> DictBuiltins.installViews(t))).subclassable = false;
        vm.defineBuiltinType(TypeIds.PROPERTY, "property", object, B, table("property", t -> ObjectBuiltins.installProperty(vm, t)));
        vm.defineBuiltinType(TypeIds.STATICMETHOD, "staticmethod", object, B, new MethodTable("staticmethod"));
        vm.defineBuiltinType(TypeIds.CLASSMETHOD, "classmethod", object, B, new MethodTable("classmethod"));
        vm.defineBuiltinType(TypeIds.SUPER, "super", object, B, new MethodTable("super"));
        vm.defineBuiltinType(TypeIds.CODE, "code", object, B, new MethodTable("code")).subclassable = false;
        vm.defineBuiltinType(TypeIds.TRACEBACK, "traceback", object, B, new MethodTable("traceback")).subclassable = false;
        vm.defineBuiltinType(TypeIds.FILE, "TextIOWrapper", object, B, table("TextIOWrapper", t -> TextFiles.install(vm, t))).subclassable = false;
        IterObjects.defineTypes(vm);
        Coroutines.defineTypes(vm);
        // the exceptions
        MethodTable excMethods = new MethodTable("BaseException");
        ObjectBuiltins.installException(vm, excMethods);
        for (ExcKind k : ExcKind.values()) {
            TypeInfo parent = k.parent == null ? object : vm.types[k.parent.typeId()];
            TypeInfo t = vm.defineBuiltinType(k.typeId(), k.pyName, parent, TypeInfo.Layout.EXCEPTION,
                    k == ExcKind.BASE_EXCEPTION ? excMethods : new MethodTable(k.pyName));
            final int id = k.typeId();
            final boolean os = k == ExcKind.OS_ERROR;
            t.constructor = (ctx, a, n, kw) -> {
                Interp in = (Interp) ctx.guest;
                int type = id;
                if (os && n >= 2 && isSmallInt(a[0])) type = osErrorSubclass((int) toInt(a[0]), id);
                return in.exc.newException(type, H.tuple(ctx.mem, a, 0, n));
            };
        }
        Builtins.install(vm);
        ValueTypes.install(vm);
    }

    /** OSError(errno, ...) makes the subclass for errno, as CPython does (PEP 3151). */
    static int osErrorSubclass(int errno, int dflt) {
        ExcKind k = switch (errno) {
            case 2 -> ExcKind.FILE_NOT_FOUND_ERROR;
            case 17 -> ExcKind.FILE_EXISTS_ERROR;
            case 1, 13 -> ExcKind.PERMISSION_ERROR;
            case 21 -> ExcKind.IS_A_DIRECTORY_ERROR;
            case 20 -> ExcKind.NOT_A_DIRECTORY_ERROR;
            case 4 -> ExcKind.INTERRUPTED_ERROR;
            case 10 -> ExcKind.CHILD_PROCESS_ERROR;
            case 3 -> ExcKind.PROCESS_LOOKUP_ERROR;
            case 110 -> ExcKind.TIMEOUT_ERROR;
            case 32, 108 -> ExcKind.BROKEN_PIPE_ERROR;
            case 103 -> ExcKind.CONNECTION_ABORTED_ERROR;
            case 111 -> ExcKind.CONNECTION_REFUSED_ERROR;
            case 104 -> ExcKind.CONNECTION_RESET_ERROR;
            case 11, 114, 115 -> ExcKind.BLOCKING_IO_ERROR;
            default -> null;
        };
        return k == null ? dflt : k.typeId();
    }

    private static MethodTable table(String name, java.util.function.Consumer<MethodTable> fill) {
        MethodTable t = new MethodTable(name);
        fill.accept(t);
        return t;
    }
}

package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import java.util.ArrayList;
import java.util.List;

/**
 * Metaclasses: the class statement's choice of metaclass ({@code metaclass=}, else the most
 * derived metaclass of the bases), {@code __prepare__}, class keywords passed on to
 * {@code __init_subclass__}, {@code __set_name__}, and the methods of {@code type} that a
 * metaclass written in Python reaches through {@code super()} ({@code type.__new__},
 * {@code __init__}, {@code __call__}, {@code __setattr__} ...).
 *
 * <p>A class made by a metaclass M is still a TYPE object in the heap; its {@link TypeInfo#meta}
 * names M, so {@link Vm#typeInfo} answers M for it and every "type of a value" question
 * (special methods, isinstance, repr) sees M. Only classes whose metaclass is not {@code type}
 * take these slower paths.
 */
final class Metaclasses {
    private Metaclasses() {}

    // ------------------------------------------------------------------------------------
    // The class statement

    /** __build_class__(func, name, *bases, metaclass=..., **kw). */
    static long buildClass(Interp in, long[] args, int argc, String[] kw) {
        if (argc < 2) throw PyException.typeError("__build_class__: not enough arguments");
        long func = args[0];
        long name = args[1];
        long metaclass = NULL;
        List<String> kwNames = new ArrayList<>();
        List<Long> kwValues = new ArrayList<>();
        for (int i = 0; i < kw.length; i++) {
            if (kw[i].equals("metaclass")) {
                metaclass = args[argc + i];
            } else {
                kwNames.add(kw[i]);
                kwValues.add(args[argc + i]);
            }
        }
        String[] kwn = kwNames.toArray(new String[0]);
        long[] kwv = kwValues.stream().mapToLong(Long::longValue).toArray();
        long bases = H.tuple(in.mem, args, 2, argc - 2);
        long winner;
        if (metaclass != NULL && !H.isType(metaclass, TypeIds.TYPE)) {
            winner = metaclass; // a plain callable: called as it is, no derivation
        } else {
            TypeInfo start = metaclass == NULL ? in.vm.types[TypeIds.TYPE] : in.vm.typeOfTypeObject(metaclass);
            winner = winner(in, start, bases).typeObject;
        }
        long ns = prepare(in, winner, name, bases, kwn, kwv);
        boolean plain = H.isDict(ns);
        long body = plain ? ns : H.dict(in.ctx);
        long cell = runBody(in, func, body);
        if (!plain) {
            // a mapping from __prepare__: the body ran in a dict, its names are stored in order
            for (int i = 0, end = H.dictEnd(in.ctx, body); i < end; i++) {
                long k = H.dictKeyAt(in.ctx, body, i);
                if (k != NULL) in.ops.setItem(ns, k, H.dictValueAt(in.ctx, body, i));
            }
        }
        long cls;
        if (winner == in.vm.typeObjectOf(TypeIds.TYPE)) {
            cls = in.vm.classes.makeClass(in, H.jstr(name), bases, ns, null, kwn, kwv);
        } else {
            long[] a = new long[3 + kwv.length];
            a[0] = name;
            a[1] = bases;
            a[2] = ns;
            System.arraycopy(kwv, 0, a, 3, kwv.length);
            cls = in.calls.call(winner, a, 0, a.length, kwn.length == 0 ? null : kwn);
        }
        if (cell != NONE && H.isType(cell, TypeIds.CELL)) in.mem.put(cell, 0, cls);
        return cls;
    }

    /** Runs the class body func with the namespace ns; answers the __class__ cell (or NONE). */
    private static long runBody(Interp in, long func, long ns) {
        Mem m = in.mem;
        Code code = in.calls.codeOfFunction(func);
        Frame f = new Frame(code, m.getImm(func, FN_GLOBALS), in.vm.builtinsDict, ns, func, in.nextSerial());
        int nl = code.nlocals();
        for (int i = 0; i < code.cellNames.length; i++) f.slots[nl + i] = m.alloc(TypeIds.CELL, CELL_FIELDS);
        if (code.freeNames.length > 0) {
            long closure = m.getImm(func, FN_CLOSURE);
            for (int i = 0; i < code.freeNames.length; i++) f.slots[nl + code.cellNames.length + i] = H.tupleGet(closure, i);
        }
        return in.runNested(f);
    }

    /** The namespace for the class body: metaclass.__prepare__(name, bases, **kw) when a Python metaclass defines one. */
    private static long prepare(Interp in, long meta, long name, long bases, String[] kwn, long[] kwv) {
        long prep = H.isType(meta, TypeIds.TYPE) ? in.attrs.lookupUserInMro(meta, "__prepare__") : NULL;
        if (prep == NULL) return H.dict(in.ctx);
        long[] a = new long[3 + kwv.length];
        int o = 0;
        if (H.isType(prep, TypeIds.CLASSMETHOD)) {
            a[o++] = meta;
            prep = in.mem.getImm(prep, 0);
        } else if (H.isType(prep, TypeIds.STATICMETHOD)) {
            prep = in.mem.getImm(prep, 0);
        }
        a[o++] = name;
        a[o++] = bases;
        System.arraycopy(kwv, 0, a, o, kwv.length);
        long ns = in.calls.call(prep, a, 0, o + kwv.length, kwn.length == 0 ? null : kwn);
        if (!H.isDict(in.vm.typeInfo(ns).layout == TypeInfo.Layout.VALUE ? ValueTypes.unwrap(in.vm, in.mem, ns) : ns)) {
            throw PyException.typeError(in.typeName(meta) + ".__prepare__() must return a mapping, not " + in.typeName(ns));
        }
        return ns;
    }

    /** The most derived of start and the metaclasses of the bases (CPython's "winner"). */
    static TypeInfo winner(Interp in, TypeInfo start, long bases) {
        TypeInfo winner = start;
        for (int i = 0, n = H.tupleSize(bases); i < n; i++) {
            TypeInfo bm = in.vm.typeInfo(H.tupleGet(bases, i));
            if (in.vm.classes.isSubtype(winner, bm)) continue;
            if (in.vm.classes.isSubtype(bm, winner)) {
                winner = bm;
                continue;
            }
            throw PyException.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                    + "of the metaclasses of all its bases");
        }
        return winner;
    }

    /** type.__new__(mcs, name, bases, ns, **kw): a new class whose metaclass is mcs (or a more derived one). */
    static long typeNew(Interp in, long mcs, long name, long bases, long ns, String[] kwn, long[] kwv) {
        if (!H.isStr(name)) throw PyException.typeError("type.__new__() argument 1 must be str, not " + in.typeName(name));
        if (!H.isTuple(bases)) throw PyException.typeError("type.__new__() argument 2 must be tuple, not " + in.typeName(bases));
        if (!H.isDict(ns) && !(in.vm.typeInfo(ns).layout == TypeInfo.Layout.VALUE && H.isDict(ValueTypes.unwrap(in.vm, in.mem, ns)))) {
            throw PyException.typeError("type.__new__() argument 3 must be dict, not " + in.typeName(ns));
        }
        TypeInfo w = winner(in, in.vm.typeOfTypeObject(mcs), bases);
        return in.vm.classes.makeClass(in, H.jstr(name), bases, ns, w.id == TypeIds.TYPE ? null : w, kwn, kwv);
    }

    /** type(name, bases, ns): through the bases' metaclass when it is not type. */
    static long typeCall(Interp in, long name, long bases, long ns) {
        if (!H.isTuple(bases)) throw PyException.typeError("type.__new__() argument 2 must be tuple, not " + in.typeName(bases));
        TypeInfo w = winner(in, in.vm.types[TypeIds.TYPE], bases);
        if (w.id != TypeIds.TYPE) return in.calls.callArgs(w.typeObject, name, bases, ns);
        return typeNew(in, w.typeObject, name, bases, ns, Calls.NO_KW, new long[0]);
    }

    /** After a class is made: __set_name__ of its attributes, then __init_subclass__ of its parent. */
    static void afterCreate(Interp in, long type, String[] kwn, long[] kwv) {
        Mem m = in.mem;
        long dict = m.getImm(type, T_DICT);
        List<long[]> items = new ArrayList<>();
        for (int i = 0, end = H.dictEnd(in.ctx, dict); i < end; i++) {
            long k = H.dictKeyAt(in.ctx, dict, i);
            if (k != NULL) items.add(new long[] {k, H.dictValueAt(in.ctx, dict, i)});
        }
        for (long[] kv : items) {
            if (!isPointer(kv[1]) || Mem.typeId(kv[1]) < TypeIds.FIRST_USER) continue;
            long sn = in.attrs.lookupUserSpecial(kv[1], "__set_name__");
            if (sn != NULL) in.calls.call2(sn, type, kv[0]);
        }
        long mro = m.getImm(type, T_MRO);
        for (int i = 1, n = H.tupleSize(mro); i < n; i++) {
            long c = H.tupleGet(mro, i);
            TypeInfo bt = in.vm.typeOfTypeObject(c);
            long isc = bt.user ? H.dictGet(in.ctx, m.getImm(c, T_DICT), in.vm.intern("__init_subclass__"))
                    : in.vm.builtinMethod(bt, "__init_subclass__");
            if (isc == NULL) continue;
            long fn = in.attrs.bind(isc, type, type);
            in.calls.call(fn, kwv, 0, kwv.length, kwn.length == 0 ? null : kwn);
            return;
        }
    }

    // ------------------------------------------------------------------------------------
    // Attributes of classes made by a metaclass

    /** A data descriptor (a property, or a class with __set__) that the Python metaclass of cls defines, read through cls; NULL if none. */
    static long metaDataAttribute(Interp in, long cls, long name) {
        TypeInfo mt = in.vm.typeInfo(cls);
        if (!mt.user) return NULL;
        long attr = in.attrs.lookupUserInMro(mt.typeObject, H.jstr(name));
        if (attr == NULL) return NULL;
        if (H.isType(attr, TypeIds.PROPERTY)) return in.attrs.bind(attr, cls, mt.typeObject);
        if (Descriptors.isData(in, attr)) return Descriptors.get(in, attr, cls, mt.typeObject);
        return NULL;
    }

    /** What cls.name finds on its metaclass (type's methods, or a Python metaclass's), bound to cls; NULL if nothing. */
    static long fromMetaclass(Interp in, long cls, long name) {
        long meta = in.vm.typeInfo(cls).typeObject;
        long attr = in.attrs.lookupInMro(meta, name);
        return attr == NULL ? NULL : in.attrs.bind(attr, cls, meta);
    }

    /** cls.name = value through the Python metaclass of cls: its __setattr__ or data descriptor; false when it has neither. */
    static boolean setThroughMetaclass(Interp in, long cls, long name, long value) {
        TypeInfo mt = in.vm.typeInfo(cls);
        long sa = in.attrs.lookupUserInMro(mt.typeObject, "__setattr__");
        if (sa != NULL) {
            in.calls.call3(sa, cls, name, value);
            return true;
        }
        long attr = in.attrs.lookupUserInMro(mt.typeObject, H.jstr(name));
        if (attr != NULL && H.isType(attr, TypeIds.PROPERTY)) {
            long setter = in.mem.getImm(attr, P_SET);
            if (setter == NONE) throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "can't set attribute");
            in.calls.call2(setter, cls, value);
            return true;
        }
        return attr != NULL && Descriptors.set(in, attr, cls, name, value);
    }

    /** type.__setattr__: an entry of the class dict (or the fields __name__ and __qualname__). */
    static void typeSet(Interp in, long cls, long name, long value) {
        TypeInfo ct = in.vm.typeOfTypeObject(cls);
        if (!ct.user) {
            throw PyException.typeError("cannot set '" + H.jstr(name) + "' attribute of immutable type '" + ct.name + "'");
        }
        switch (H.jstr(name)) {
            case "__name__" -> in.mem.put(cls, T_NAME, value);
            case "__qualname__" -> in.mem.put(cls, T_QUALNAME, value);
            // a type's bases, MRO and dict never change once it is made (read without a barrier: Layouts)
            case "__mro__" -> throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "readonly attribute");
            case "__dict__" -> throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "attribute '__dict__' of 'type' objects is not writable");
            case "__bases__" -> throw PyException.of(ExcKind.NOT_IMPLEMENTED_ERROR,
                    "weft does not support assigning a class's __bases__; define a new class instead");
            default -> H.dictPut(in.ctx, in.mem.getImm(cls, T_DICT), name, value);
        }
    }

    /** type.__delattr__. */
    static void typeDelete(Interp in, long cls, long name) {
        TypeInfo ct = in.vm.typeOfTypeObject(cls);
        if (ct.user && H.dictDel(in.ctx, in.mem.getImm(cls, T_DICT), name) != NULL) return;
        if (!ct.user) throw PyException.typeError("cannot set '" + H.jstr(name) + "' attribute of immutable type '" + ct.name + "'");
        throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "type object '" + ct.name + "' has no attribute '" + H.jstr(name) + "'");
    }

    /** "<class 'module.Qualname'>", the repr of a class that no metaclass overrides. */
    static String classRepr(Interp in, long cls) {
        TypeInfo ct = in.vm.typeOfTypeObject(cls);
        if (!ct.user) return "<class '" + ct.name + "'>";
        long mod = H.dictGet(in.ctx, in.mem.getImm(cls, T_DICT), in.vm.intern("__module__"));
        String q = H.jstr(in.mem.get(cls, T_QUALNAME));
        return "<class '" + (mod != NULL && H.isStr(mod) ? H.jstr(mod) + "." : "") + q + "'>";
    }

    /** X | Y for types and None: a types.UnionType (made by the Python module types); NotImplemented for other operands. */
    private static long union(Interp in, long a, long b) {
        if (a != NONE && !H.isType(a, TypeIds.TYPE) || b != NONE && !H.isType(b, TypeIds.TYPE)) return NOT_IMPLEMENTED;
        long types = in.vm.imports.importName(in, in.top, "types", NONE, 0);
        return in.calls.callArgs(in.attrs.get(types, in.vm.intern("_union")), a, b);
    }

    // ------------------------------------------------------------------------------------
    // The methods of type

    static void installType(Vm vm, MethodTable t) {
        t.addWithKeywords("__new__", 2, MethodTable.VARARGS, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            if (!H.isType(a[0], TypeIds.TYPE)) throw PyException.typeError("type.__new__(X): X is not a type object (" + in.typeName(a[0]) + ")");
            if (n == 2 && a[0] == vm.typeObjectOf(TypeIds.TYPE) && kw.length == 0) return vm.typeInfo(a[1]).typeObject;
            if (n != 4) throw PyException.typeError("type.__new__() takes exactly 3 arguments (" + (n - 1) + " given)");
            long[] kwv = new long[kw.length];
            System.arraycopy(a, n, kwv, 0, kw.length);
            return typeNew(in, a[0], a[1], a[2], a[3], kw, kwv);
        });
        t.addWithKeywords("__init__", 1, MethodTable.VARARGS, (ctx, a, n, kw) -> {
            if (n != 2 && n != 4) throw PyException.typeError("type.__init__() takes 1 or 3 arguments");
            return NONE;
        });
        t.addWithKeywords("__call__", 1, MethodTable.VARARGS, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            if (!H.isType(a[0], TypeIds.TYPE)) throw PyException.typeError("descriptor '__call__' requires a 'type' object");
            return vm.classes.construct(in, a[0], a, 1, n - 1 + kw.length, kw.length == 0 ? null : kw);
        });
        t.addWithKeywords("__prepare__", 0, MethodTable.VARARGS, (ctx, a, n, kw) -> H.dict(ctx));
        t.add("__setattr__", 3, 3, (ctx, a, n, kw) -> {
            typeSet((Interp) ctx.guest, a[0], a[1], a[2]);
            return NONE;
        });
        t.add("__delattr__", 2, 2, (ctx, a, n, kw) -> {
            typeDelete((Interp) ctx.guest, a[0], a[1]);
            return NONE;
        });
        t.add("__or__", 2, 2, (ctx, a, n, kw) -> union((Interp) ctx.guest, a[0], a[1]));
        t.add("__ror__", 2, 2, (ctx, a, n, kw) -> union((Interp) ctx.guest, a[1], a[0]));
        t.add("__repr__", 1, 1, (ctx, a, n, kw) -> ((Interp) ctx.guest).str(classRepr((Interp) ctx.guest, a[0])));
        t.add("__instancecheck__", 2, 2, (ctx, a, n, kw) -> fromBool(vm.classes.isInstance(a[1], a[0])));
        t.add("__subclasscheck__", 2, 2, (ctx, a, n, kw) -> {
            if (!H.isType(a[1], TypeIds.TYPE)) throw PyException.typeError("issubclass() arg 1 must be a class");
            return fromBool(vm.classes.isSubtype(vm.typeOfTypeObject(a[1]), vm.typeOfTypeObject(a[0])));
        });
    }
}

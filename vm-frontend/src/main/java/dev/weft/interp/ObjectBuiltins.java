package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;

/**
 * The methods of {@code object}, {@code type}, {@code property} and {@code BaseException}: what
 * a class written in Python inherits when it defines nothing itself, and what
 * {@code super().__init__(...)} reaches at the top of a hierarchy.
 */
final class ObjectBuiltins {
    private ObjectBuiltins() {}

    static Interp in(dev.weft.runtime.Ctx ctx) {
        return (Interp) ctx.guest;
    }

    static void install(Vm vm, MethodTable t) {
        t.addWithKeywords("__init__", 1, MethodTable.VARARGS, (ctx, a, n, kw) -> NONE);
        t.add("__repr__", 1, 1, (ctx, a, n, kw) -> {
            Interp in = in(ctx);
            TypeInfo ti = vm.typeInfo(a[0]);
            if (ti.user) {
                long mod = H.dictGet(ctx, in.mem.getImm(ti.typeObject, T_DICT), vm.intern("__module__"));
                String q = H.jstr(in.mem.get(ti.typeObject, T_QUALNAME));
                return in.str("<" + (mod != NULL ? H.jstr(mod) + "." : "") + q + " object at 0x" + Long.toHexString(a[0]) + ">");
            }
            return in.str(in.ops.repr(a[0]));
        });
        t.add("__str__", 1, 1, (ctx, a, n, kw) -> in(ctx).str(in(ctx).ops.repr(a[0])));
        t.add("__eq__", 2, 2, (ctx, a, n, kw) -> a[0] == a[1] ? TRUE : NOT_IMPLEMENTED);
        t.add("__ne__", 2, 2, (ctx, a, n, kw) -> {
            long eq = in(ctx).ops.compare(2, a[0], a[1]);
            return eq == NOT_IMPLEMENTED ? eq : fromBool(!in(ctx).truthy(eq));
        });
        t.add("__hash__", 1, 1, (ctx, a, n, kw) -> dev.weft.runtime.objects.bigint.BigInts.box(ctx.mem, Operators.identityHash(a[0])));
        t.add("__setattr__", 3, 3, (ctx, a, n, kw) -> {
            Interp in = in(ctx);
            in.attrs.genericSet(a[0], vm.typeInfo(a[0]), a[1], a[2]);
            return NONE;
        });
        t.add("__getattribute__", 2, 2, (ctx, a, n, kw) -> {
            if (!H.isStr(a[1])) throw PyException.typeError("attribute name must be string, not '" + in(ctx).typeName(a[1]) + "'");
            return in(ctx).attrs.getGeneric(a[0], a[1]);
        });
        t.add("__delattr__", 2, 2, (ctx, a, n, kw) -> {
            if (!in(ctx).attrs.deleteOwn(a[0], a[1])) throw in(ctx).attrs.noAttribute(a[0], H.jstr(a[1]));
            return NONE;
        });
        t.add("__format__", 2, 2, (ctx, a, n, kw) -> {
            if (!H.jstr(a[1]).isEmpty()) {
                throw PyException.typeError("unsupported format string passed to " + vm.typeInfo(a[0]).name + ".__format__");
            }
            return in(ctx).str(in(ctx).str(a[0]));
        });
        t.addWithKeywords("__new__", 1, MethodTable.VARARGS, (ctx, a, n, kw) -> {
            if (!H.isType(a[0], TypeIds.TYPE)) throw PyException.typeError("object.__new__(X): X is not a type object");
            TypeInfo ti = vm.typeOfTypeObject(a[0]);
            if (!ti.user) return in(ctx).vm.classes.callType(in(ctx), a[0], a, 1, n - 1, kw.length == 0 ? null : kw);
            if (ti.layout == TypeInfo.Layout.EXCEPTION) return in(ctx).exc.newException(ti.id, H.tuple(ctx.mem, a, 1, n - 1));
            return vm.classes.allocInstance(in(ctx), ti);
        });
        t.add("__dir__", 1, 1, (ctx, a, n, kw) -> Builtins.dir(in(ctx), a[0]));
        t.addWithKeywords("__init_subclass__", 1, 1, (ctx, a, n, kw) -> {
            if (kw.length > 0) {
                String who = H.isType(a[0], TypeIds.TYPE) ? H.jstr(ctx.mem.get(a[0], T_NAME)) : "object";
                throw PyException.typeError(who + ".__init_subclass__() takes no keyword arguments");
            }
            return NONE;
        });
    }

    static void installType(Vm vm, MethodTable t) {
        t.add("mro", 1, 1, (ctx, a, n, kw) -> {
            long mro = ctx.mem.getImm(a[0], T_MRO);
            long l = H.list(ctx);
            for (int i = 0; i < H.tupleSize(mro); i++) H.listAppend(ctx, l, H.tupleGet(mro, i));
            return l;
        });
        t.add("__subclasses__", 1, 1, (ctx, a, n, kw) -> H.list(ctx));
        Metaclasses.installType(vm, t);
    }

    static void installProperty(Vm vm, MethodTable t) {
        t.add("getter", 2, 2, (ctx, a, n, kw) -> copy(ctx.mem, a[0], P_GET, a[1]));
        t.add("setter", 2, 2, (ctx, a, n, kw) -> copy(ctx.mem, a[0], P_SET, a[1]));
        t.add("deleter", 2, 2, (ctx, a, n, kw) -> copy(ctx.mem, a[0], P_DEL, a[1]));
        t.add("__get__", 2, 3, (ctx, a, n, kw) -> {
            if (a[1] == NONE) return a[0];
            return in(ctx).calls.call1(ctx.mem.getImm(a[0], P_GET), a[1]);
        });
    }

    static long property(Mem m, long get, long set, long del, long doc) {
        long p = m.allocImmutable(TypeIds.PROPERTY, P_FIELDS);
        m.init(p, P_GET, get);
        m.init(p, P_SET, set);
        m.init(p, P_DEL, del);
        m.init(p, P_DOC, doc);
        return p;
    }

    private static long copy(Mem m, long p, int field, long value) {
        long q = property(m, m.getImm(p, P_GET), m.getImm(p, P_SET), m.getImm(p, P_DEL), m.getImm(p, P_DOC));
        m.init(q, field, value);
        return q;
    }

    static void installException(Vm vm, MethodTable t) {
        t.addWithKeywords("__init__", 1, MethodTable.VARARGS, (ctx, a, n, kw) -> {
            ctx.mem.put(a[0], E_ARGS, H.tuple(ctx.mem, a, 1, n - 1));
            return NONE;
        });
        t.add("__str__", 1, 1, (ctx, a, n, kw) -> in(ctx).str(in(ctx).exc.str(a[0])));
        t.add("__repr__", 1, 1, (ctx, a, n, kw) -> in(ctx).str(in(ctx).exc.repr(a[0])));
        t.add("with_traceback", 2, 2, (ctx, a, n, kw) -> {
            ctx.mem.put(a[0], E_TRACEBACK, a[1] == NONE ? NULL : a[1]);
            return a[0];
        });
    }

    /** super() and super(type, obj). */
    static long superObject(Interp in, long type, long obj) {
        Mem m = in.mem;
        long s = m.allocImmutable(TypeIds.SUPER, 2);
        m.init(s, SUPER_TYPE, type);
        m.init(s, SUPER_OBJ, obj);
        return s;
    }

    /** Attribute lookup through a super object: along obj's MRO, after the given class. */
    static long superGet(Interp in, long sup, long name) {
        Mem m = in.mem;
        long type = m.getImm(sup, SUPER_TYPE);
        long obj = m.getImm(sup, SUPER_OBJ);
        boolean objIsType = H.isType(obj, TypeIds.TYPE) && in.vm.classes.isSubtype(in.vm.typeOfTypeObject(obj), in.vm.typeOfTypeObject(type));
        long startType = objIsType ? obj : in.vm.typeInfo(obj).typeObject;
        long mro = m.getImm(startType, T_MRO);
        int n = H.tupleSize(mro);
        int i = 0;
        while (i < n && H.tupleGet(mro, i) != type) i++;
        String jname = H.jstr(name);
        for (i++; i < n; i++) {
            long c = H.tupleGet(mro, i);
            TypeInfo t = in.vm.typeOfTypeObject(c);
            long v;
            if (t.user) {
                v = H.dictGet(in.ctx, m.getImm(c, T_DICT), name);
            } else {
                v = in.vm.builtinMethod(t, jname);
            }
            if (v == NULL) continue;
            if (objIsType) {
                if (H.isType(v, TypeIds.CLASSMETHOD)) return in.attrs.method(m.getImm(v, 0), obj);
                if (H.isType(v, TypeIds.STATICMETHOD)) return m.getImm(v, 0);
                if (H.isType(v, TypeIds.BUILTIN_FUNCTION) && in.attrs.isClassLevel(v)) return in.vm.bindBuiltin(m, v, obj);
                return Descriptors.get(in, v, NONE, obj);
            }
            if (jname.equals("__new__")) return H.isType(v, TypeIds.STATICMETHOD) ? m.getImm(v, 0) : v;
            return in.attrs.bind(v, obj, startType);
        }
        throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "'super' object has no attribute '" + jname + "'");
    }
}

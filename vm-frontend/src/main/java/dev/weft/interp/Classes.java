package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import java.util.ArrayList;
import java.util.List;

/**
 * Classes: the class statement ({@code __build_class__}), C3 linearization, calling a type
 * (built-in constructors, {@code __new__} then {@code __init__} for classes), and the subtype
 * tests behind isinstance and except clauses.
 *
 * <p>A class's instances are laid out by its "solid base": a plain class's instances are one
 * word, their __dict__; a subclass of an exception shares the exception layout; a subclass of a
 * built-in value type (int, str, list, dict...) holds a value of that type ({@link ValueTypes}).
 */
final class Classes {
    private final Vm vm;

    Classes(Vm vm) {
        this.vm = vm;
    }

    /** __build_class__(func, name, *bases, **kw). */
    long buildClass(Interp in, long[] args, int argc, String[] kw) {
        return Metaclasses.buildClass(in, args, argc, kw);
    }

    /** type(name, bases, dict): a new class. */
    long makeClass(Interp in, String name, long bases, long ns) {
        return makeClass(in, name, bases, ns, null, Calls.NO_KW, new long[0]);
    }

    /** A new class made by metaclass meta (null: type), with the class keywords kwn=kwv for __init_subclass__. */
    long makeClass(Interp in, String name, long bases, long ns, TypeInfo meta, String[] kwn, long[] kwv) {
        Mem m = in.mem;
        int nb = H.tupleSize(bases);
        List<Long> baseList = new ArrayList<>();
        for (int i = 0; i < nb; i++) {
            long b = H.tupleGet(bases, i);
            if (!H.isType(b, TypeIds.TYPE)) throw PyException.typeError("bases must be types");
            baseList.add(b);
        }
        if (baseList.isEmpty()) baseList.add(vm.typeObjectOf(TypeIds.OBJECT));
        TypeInfo.Layout layout = TypeInfo.Layout.OBJECT;
        TypeInfo solid = vm.types[TypeIds.OBJECT];
        TypeInfo valueType = null;
        for (long b : baseList) {
            TypeInfo bt = vm.typeOfTypeObject(b);
            if (!bt.subclassable) throw PyException.typeError("type '" + bt.name + "' is not an acceptable base type");
            TypeInfo.Layout bl = bt.layout;
            if (bt.id == TypeIds.TYPE || bl == TypeInfo.Layout.META) {
                if (layout == TypeInfo.Layout.VALUE || layout == TypeInfo.Layout.EXCEPTION) throw layoutConflict();
                layout = TypeInfo.Layout.META; // a metaclass
                solid = bt;
                continue;
            }
            TypeInfo vt = bl == TypeInfo.Layout.VALUE ? bt.valueType
                    : bl == TypeInfo.Layout.BUILTIN && ValueTypes.holdsValues(bt.id) ? bt : null;
            if (bl == TypeInfo.Layout.BUILTIN && vt == null) {
                throw PyException.typeError("weft does not support subclassing '" + bt.name + "' yet");
            }
            if (vt != null) {
                if (layout == TypeInfo.Layout.EXCEPTION || layout == TypeInfo.Layout.META || valueType != null && valueType != vt) throw layoutConflict();
                layout = TypeInfo.Layout.VALUE;
                valueType = vt;
                solid = bt;
            }
            if (bl == TypeInfo.Layout.EXCEPTION) {
                if (layout == TypeInfo.Layout.VALUE || layout == TypeInfo.Layout.META) throw layoutConflict();
                layout = TypeInfo.Layout.EXCEPTION;
                solid = bt;
            }
        }
        long mro = c3(in, baseList, name);
        long type = m.alloc(TypeIds.TYPE, T_FIELDS);
        TypeInfo t = vm.newUserType(name, solid, layout, type);
        t.valueType = valueType;
        t.meta = meta;
        long nsCopy = H.dict(in.ctx);
        in.ops.dictUpdate(nsCopy, ns, false);
        // __qualname__ is an attribute of the type, not an entry of its dict
        long qualKey = vm.intern("__qualname__");
        long qual = H.dictGet(in.ctx, nsCopy, qualKey);
        if (qual != NULL) H.dictDel(in.ctx, nsCopy, qualKey);
        H.dictDel(in.ctx, nsCopy, vm.intern("__classcell__"));
        m.init(type, T_NAME, in.str(name));
        m.init(type, T_BASES, H.tuple(m, baseList.stream().mapToLong(Long::longValue).toArray()));
        long[] mroItems = new long[H.tupleSize(mro) + 1];
        mroItems[0] = type;
        for (int i = 1; i < mroItems.length; i++) mroItems[i] = H.tupleGet(mro, i - 1);
        m.init(type, T_MRO, H.tuple(m, mroItems));
        m.init(type, T_DICT, nsCopy);
        // its writes renew the class epoch, which keeps the lookup caches right (TypeCache)
        Mem.watch(nsCopy);
        in.typeCache.classesChanged();
        m.init(type, T_ID, fromInt(t.id));
        m.init(type, T_QUALNAME, qual != NULL ? qual : in.str(name));
        // a class that defines __eq__ and not __hash__ gets __hash__ = None (unhashable)
        if (H.dictGet(in.ctx, nsCopy, vm.intern("__eq__")) != NULL && H.dictGet(in.ctx, nsCopy, vm.intern("__hash__")) == NULL) {
            H.dictPut(in.ctx, nsCopy, vm.intern("__hash__"), NONE);
        }
        // __new__ is a static method even when written as a plain function
        long newKey = vm.intern("__new__");
        long nw = H.dictGet(in.ctx, nsCopy, newKey);
        if (nw != NULL && H.isType(nw, TypeIds.FUNCTION)) {
            long sm = m.alloc(TypeIds.STATICMETHOD, 1);
            m.init(sm, 0, nw);
            H.dictPut(in.ctx, nsCopy, newKey, sm);
        }
        // __init_subclass__ and __class_getitem__ are class methods even when written as plain functions
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            long fn = H.dictGet(in.ctx, nsCopy, vm.intern(cm));
            if (fn != NULL && H.isType(fn, TypeIds.FUNCTION)) {
                long c = m.alloc(TypeIds.CLASSMETHOD, 1);
                m.init(c, 0, fn);
                H.dictPut(in.ctx, nsCopy, vm.intern(cm), c);
            }
        }
        Metaclasses.afterCreate(in, type, kwn, kwv);
        return type;
    }

    private static PyException layoutConflict() {
        return PyException.typeError("multiple bases have instance lay-out conflict");
    }

    /** The C3 linearization of the bases (without the new class itself), as a tuple. */
    private long c3(Interp in, List<Long> bases, String name) {
        Mem m = in.mem;
        List<List<Long>> seqs = new ArrayList<>();
        for (long b : bases) {
            long mro = m.getImm(b, T_MRO);
            List<Long> l = new ArrayList<>();
            for (int i = 0; i < H.tupleSize(mro); i++) l.add(H.tupleGet(mro, i));
            seqs.add(l);
        }
        seqs.add(new ArrayList<>(bases));
        List<Long> result = new ArrayList<>();
        for (;;) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) break;
            Long next = null;
            for (List<Long> seq : seqs) {
                Long head = seq.get(0);
                boolean inTail = false;
                for (List<Long> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                var sb = new StringBuilder();
                for (long b : bases) {
                    if (sb.length() > 0) sb.append(", ");
                    sb.append(vm.typeOfTypeObject(b).name);
                }
                throw PyException.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + sb);
            }
            result.add(next);
            for (List<Long> seq : seqs) {
                if (!seq.isEmpty() && seq.get(0).equals(next)) seq.remove(0);
            }
        }
        return H.tuple(m, result.stream().mapToLong(Long::longValue).toArray());
    }

    // ------------------------------------------------------------------------------------
    // Calling a type

    long callType(Interp in, long type, long[] s, int first, int argc, String[] kw) {
        TypeInfo t = vm.typeOfTypeObject(type);
        if (t.meta != null) {
            long call = in.attrs.lookupUserInMro(t.meta.typeObject, "__call__");
            if (call != NULL) {
                long[] args = new long[argc + 1];
                args[0] = type;
                System.arraycopy(s, first, args, 1, argc);
                return in.calls.call(call, args, 0, argc + 1, kw);
            }
        }
        return construct(in, type, s, first, argc, kw);
    }

    /** type.__call__: __new__ then __init__ (what calling a class does when no metaclass overrides it). */
    long construct(Interp in, long type, long[] s, int first, int argc, String[] kw) {
        TypeInfo t = vm.typeOfTypeObject(type);
        if (!t.user) {
            if (t.id == TypeIds.TYPE && argc == 1 && (kw == null || kw.length == 0)) return vm.typeInfo(s[first]).typeObject;
            if (t.id == TypeIds.TYPE && argc == 3) return Metaclasses.typeCall(in, s[first], s[first + 1], s[first + 2]);
            if (t.constructor == null) throw PyException.typeError("cannot create '" + t.name + "' instances");
            long[] args = new long[Math.max(argc, 1)];
            System.arraycopy(s, first, args, 0, argc);
            int nkw = kw == null ? 0 : kw.length;
            return t.constructor.call(in.ctx, args, argc - nkw, kw == null ? Calls.NO_KW : kw);
        }
        long self = newInstance(type, t, s, first, argc, kw, in);
        TypeInfo st = vm.typeInfo(self);
        if (st != t && !isSubtype(st, t)) return self;
        long init = in.attrs.lookupInMro(type, vm.intern("__init__"));
        if (H.isType(init, TypeIds.FUNCTION)) {
            Frame f = in.calls.bind(init, in.calls.codeOfFunction(init), s, first, argc, kw, self);
            f.initSelf = self;
            return in.runNested(f);
        }
        if (init != NULL && !isObjectInit(init)) {
            long[] args = new long[argc + 1];
            args[0] = self;
            System.arraycopy(s, first, args, 1, argc);
            in.calls.call(init, args, 0, argc + 1, kw);
        }
        return self;
    }

    private boolean isObjectInit(long init) {
        long w = objectInit;
        if (w == NULL) objectInit = w = vm.builtinMethod(vm.types[TypeIds.OBJECT], "__init__");
        return init == w;
    }

    /** object.__init__'s method word, made once (its map lookup ran at every instance creation). */
    private long objectInit = NULL;

    long newInstance(long type, TypeInfo t, long[] s, int first, int argc, String[] kw) {
        return newInstance(type, t, s, first, argc, kw, vm.interp());
    }

    long newInstance(long type, TypeInfo t, long[] s, int first, int argc, String[] kw, Interp in) {
        long nw = in.attrs.lookupInMro(type, vm.intern("__new__"));
        if (nw != NULL && H.isType(nw, TypeIds.STATICMETHOD)) {
            long[] args = new long[argc + 1];
            args[0] = type;
            System.arraycopy(s, first, args, 1, argc);
            return in.calls.call(in.mem.getImm(nw, 0), args, 0, argc + 1, kw);
        }
        if (t.layout == TypeInfo.Layout.META) {
            int nkw = kw == null ? 0 : kw.length;
            if (argc - nkw != 3) throw PyException.typeError("type.__new__() takes exactly 3 arguments (" + (argc - nkw) + " given)");
            long[] kwv = new long[nkw];
            System.arraycopy(s, first + 3, kwv, 0, nkw);
            return Metaclasses.typeNew(in, type, s[first], s[first + 1], s[first + 2], kw == null ? Calls.NO_KW : kw, kwv);
        }
        if (t.layout == TypeInfo.Layout.EXCEPTION) {
            long args = H.tuple(in.mem, s, first, argc - (kw == null ? 0 : kw.length));
            return in.exc.newException(t.id, args);
        }
        if (t.layout == TypeInfo.Layout.VALUE) return ValueTypes.newInstance(in, t, s, first, argc, kw);
        if (argc > 0) {
            long init = in.attrs.lookupInMro(type, vm.intern("__init__"));
            if (init == NULL || isObjectInit(init)) throw PyException.typeError(t.name + "() takes no arguments");
        }
        return allocInstance(in, t);
    }

    long allocInstance(Interp in, TypeInfo t) {
        if (t.layout == TypeInfo.Layout.VALUE) return ValueTypes.empty(in, t);
        return in.attrs.instances.alloc(t);
    }

    // ------------------------------------------------------------------------------------
    // Subtypes

    boolean isSubtype(TypeInfo a, TypeInfo b) {
        if (a == b || b.id == TypeIds.OBJECT) return true;
        if (!a.user) {
            for (TypeInfo x = a.base; x != null; x = x.base) {
                if (x == b) return true;
            }
            return false;
        }
        Mem m = vm.interp().mem;
        long mro = m.getImm(a.typeObject, T_MRO);
        for (int i = 0, n = H.tupleSize(mro); i < n; i++) {
            if (H.tupleGet(mro, i) == b.typeObject) return true;
        }
        return false;
    }

    boolean isInstance(long obj, long type) {
        return isSubtype(vm.typeInfo(obj), vm.typeOfTypeObject(type));
    }

    /** isinstance(obj, cls_or_tuple). */
    boolean isInstanceOf(long obj, long clsOrTuple) {
        if (H.isTuple(clsOrTuple)) {
            for (int i = 0, n = H.tupleSize(clsOrTuple); i < n; i++) {
                if (isInstanceOf(obj, H.tupleGet(clsOrTuple, i))) return true;
            }
            return false;
        }
        if (!H.isType(clsOrTuple, TypeIds.TYPE)) {
            long check = vm.interp().attrs.lookupUserSpecial(clsOrTuple, "__instancecheck__"); // int | str
            if (check != NULL) return vm.interp().truthy(vm.interp().calls.call1(check, obj));
            throw PyException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        if (vm.typeInfo(clsOrTuple).user && vm.typeInfo(obj).typeObject != clsOrTuple) {
            Interp in = vm.interp();
            long check = in.attrs.lookupUserSpecial(clsOrTuple, "__instancecheck__");
            if (check != NULL) return in.truthy(in.calls.call1(check, obj));
        }
        return isInstance(obj, clsOrTuple);
    }

    boolean isSubclassOf(long cls, long clsOrTuple) {
        if (!H.isType(cls, TypeIds.TYPE)) throw PyException.typeError("issubclass() arg 1 must be a class");
        if (H.isTuple(clsOrTuple)) {
            for (int i = 0, n = H.tupleSize(clsOrTuple); i < n; i++) {
                if (isSubclassOf(cls, H.tupleGet(clsOrTuple, i))) return true;
            }
            return false;
        }
        if (!H.isType(clsOrTuple, TypeIds.TYPE)) {
            long check = vm.interp().attrs.lookupUserSpecial(clsOrTuple, "__subclasscheck__");
            if (check != NULL) return vm.interp().truthy(vm.interp().calls.call1(check, cls));
            throw PyException.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        if (vm.typeInfo(clsOrTuple).user) {
            Interp in = vm.interp();
            long check = in.attrs.lookupUserSpecial(clsOrTuple, "__subclasscheck__");
            if (check != NULL) return in.truthy(in.calls.call1(check, cls));
        }
        return isSubtype(vm.typeOfTypeObject(cls), vm.typeOfTypeObject(clsOrTuple));
    }

    static PyException unsupported(String what) {
        return PyException.of(ExcKind.NOT_IMPLEMENTED_ERROR, what + " is not supported by weft yet");
    }
}

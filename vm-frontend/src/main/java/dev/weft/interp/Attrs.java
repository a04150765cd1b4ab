package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.objects.str.Str;

/**
 * Attribute access: Python's lookup rules in one place. An attribute of an instance is
 * searched in its type's MRO (where a property, a data descriptor, wins over the instance
 * dict), then in the instance's dict, then bound (functions become methods, classmethods bind
 * the class, staticmethods stay plain), then {@code __getattr__}. A built-in type's methods
 * come from its {@link MethodTable}, made into method objects on first use.
 *
 * <p>Special methods ({@code __add__}, {@code __len__} ...) are looked up on the type only, never
 * in the instance dict, as CPython does; {@link #lookupUserSpecial} answers only what a class
 * written in Python defines, so that operators on built-in values keep their Java paths.
 */
final class Attrs {
    private final Interp in;
    private final Mem m;
    /** The attributes of instances of plain Python classes. */
    final Instances instances;

    Attrs(Interp in) {
        this.in = in;
        this.m = in.mem;
        this.instances = new Instances(in);
    }

    // ------------------------------------------------------------------------------------
    // Lookup in a type

    /** The attribute {@code name} (a str) found along the MRO of type object {@code type}, or NULL. */
    long lookupInMro(long type, long name) {
        return in.typeCache.lookup(type, name);
    }

    /** {@link #lookupInMro} without the cache. */
    long findInMro(long type, long name) {
        long mro = m.getImm(type, T_MRO);
        int n = H.tupleSize(mro);
        String jname = null;
        for (int i = 0; i < n; i++) {
            long c = H.tupleGet(mro, i);
            TypeInfo t = in.vm.typeOfTypeObject(c);
            if (t.user) {
                long v = H.dictGet(in.ctx, m.getImm(c, T_DICT), name);
                if (v != NULL) return v;
            } else if (t.methods != null) {
                if (jname == null) jname = H.jstr(name);
                long v = in.vm.builtinMethod(t, jname);
                if (v != NULL) return v;
            }
        }
        return NULL;
    }

    private long setattrName = NULL, getattributeName = NULL;

    /**
     * The {@code __getattribute__} a class written in Python defines (or inherits from one),
     * or NULL: then attribute reads take the generic path, and the interpreter's caches may
     * serve them (SiteHints refuses to cache for a class that has one).
     */
    long customGetattribute(TypeInfo t) {
        if (!t.user) return NULL;
        if (getattributeName == NULL) getattributeName = in.vm.intern("__getattribute__");
        return in.typeCache.lookupUser(t.typeObject, getattributeName);
    }

    /** The interned "__setattr__". */
    long setattrName() {
        if (setattrName == NULL) setattrName = in.vm.intern("__setattr__");
        return setattrName;
    }

    /** Like {@link #lookupInMro} but only what a class written in Python defines (NULL for built-in behaviour). */
    long lookupUserInMro(long type, String name) {
        if (!in.vm.typeOfTypeObject(type).user) return NULL;
        return in.typeCache.lookupUser(type, in.vm.intern(name));
    }

    /** {@link #lookupUserInMro} without the cache, for an interned name. */
    long findUserInMro(long type, long name) {
        long mro = m.getImm(type, T_MRO);
        int n = H.tupleSize(mro);
        for (int i = 0; i < n; i++) {
            long c = H.tupleGet(mro, i);
            TypeInfo t = in.vm.typeOfTypeObject(c);
            if (!t.user) {
                // a built-in type's own method wins over the classes after it; one without it is skipped (class X(int, Mixin))
                if (t.id == TypeIds.OBJECT || in.vm.builtinMethod(t, H.jstr(name)) != NULL) return NULL;
                continue;
            }
            long v = H.dictGet(in.ctx, m.getImm(c, T_DICT), name);
            if (v != NULL) return v;
        }
        return NULL;
    }

    /** A special method defined in Python on obj's class, bound to obj; NULL if none. */
    long lookupUserSpecial(long obj, String name) {
        TypeInfo t = in.vm.typeInfo(obj);
        if (!t.user) return NULL;
        long v = lookupUserInMro(t.typeObject, name);
        if (v == NULL && t.layout == TypeInfo.Layout.VALUE) {
            // the base type's own special method, which ValueTypes calls with the held value
            for (TypeInfo b = t.valueType; v == NULL && b != null && b.id != TypeIds.OBJECT; b = b.base) v = in.vm.builtinMethod(b, name);
        }
        return v == NULL ? NULL : bind(v, obj, t.typeObject);
    }

    /** A special method of obj's type (Python-defined or built-in), bound; NULL if none. */
    long lookupSpecial(long obj, String name) {
        TypeInfo t = in.vm.typeInfo(obj);
        long v = lookupInMro(t.typeObject, in.vm.intern(name));
        return v == NULL ? NULL : bind(v, obj, t.typeObject);
    }

    long lookupSpecialBound(long obj, String name) {
        return lookupSpecial(obj, name);
    }

    /**
     * For LOAD_METHOD: the plain function (or built-in method) that {@code obj.name} would bind,
     * when it can be called as {@code f(obj, ...)} without making a bound method; else NULL.
     */
    long lookupMethod(long obj, long name) {
        TypeInfo t = in.vm.typeInfo(obj);
        if (t.id == TypeIds.TYPE || t.id == TypeIds.MODULE || t.id == TypeIds.SUPER || t.layout == TypeInfo.Layout.META) return NULL;
        if (customGetattribute(t) != NULL) return NULL; // obj.name() goes through its __getattribute__
        if (!t.user) {
            if (t.methods == null) return NULL;
            return in.typeCache.lookupBuiltinMethod(t, name);
        }
        long v = lookupInMro(t.typeObject, name);
        if (v == NULL || !H.isType(v, TypeIds.FUNCTION) && !H.isType(v, TypeIds.BUILTIN_FUNCTION)) return NULL;
        return hasOwn(obj, t, name) ? NULL : v;
    }

    /** {@link #lookupMethod} for a built-in type, without the cache. */
    long findBuiltinMethod(TypeInfo t, long name) {
        MethodTable.Entry e = t.methods.get(H.jstr(name));
        if (e == null) return findInBase(t, name);
        long w = in.vm.builtinMethod(t, e.name());
        return isClassLevel(w) ? NULL : w;
    }

    private long findInBase(TypeInfo t, long name) {
        for (TypeInfo b = t.base; b != null; b = b.base) {
            if (b.methods == null) continue;
            long v = in.vm.builtinMethod(b, H.jstr(name));
            if (v != NULL) return v;
        }
        return NULL;
    }

    /** What {@code attr}, found on type {@code type}, is when read through instance obj. */
    long bind(long attr, long obj, long type) {
        if (!isPointer(attr)) return attr;
        switch (Mem.typeId(attr)) {
            case TypeIds.FUNCTION -> {
                return method(attr, obj);
            }
            case TypeIds.BUILTIN_FUNCTION -> {
                if (m.getImm(attr, BF_SELF) != NULL) return attr;
                return in.vm.bindBuiltin(m, attr, isClassLevel(attr) ? type : obj);
            }
            case TypeIds.CLASSMETHOD -> {
                return method(m.getImm(attr, 0), type);
            }
            case TypeIds.STATICMETHOD -> {
                return m.getImm(attr, 0);
            }
            case TypeIds.PROPERTY -> {
                long get = m.getImm(attr, P_GET);
                if (get == NONE) throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "property object has no getter");
                return in.calls.call1(get, obj);
            }
            default -> {
                return Descriptors.get(in, attr, obj, type);
            }
        }
    }

    /** The built-in methods that take the type, not an instance (dict.fromkeys, str.maketrans). */
    boolean isClassLevel(long builtin) {
        String n = in.vm.builtinAt((int) toInt(m.getImm(builtin, BF_INDEX))).name();
        return n.equals("fromkeys") || n.equals("maketrans") || n.equals("fromhex") || n.equals("from_bytes") || n.equals("__init_subclass__");
    }

    long method(long fn, long self) {
        long meth = m.alloc(TypeIds.METHOD, M_FIELDS);
        m.init(meth, M_FUNC, fn);
        m.init(meth, M_SELF, self);
        return meth;
    }

    /**
     * The __dict__ of an object that has one, else NULL. An instance of a plain Python class
     * keeps its attributes in that dict from then on (see {@link Instances}).
     */
    long instanceDict(long obj) {
        if (!isPointer(obj)) return NULL;
        int id = Mem.typeId(obj);
        if (id >= TypeIds.FIRST_USER) return isPlainInstance(obj) ? instances.dict(obj) : m.get(obj, I_DICT);
        if (id >= TypeIds.FIRST_EXCEPTION) return m.get(obj, E_DICT);
        if (id == TypeIds.FUNCTION) return m.get(obj, FN_DICT);
        if (id == TypeIds.MODULE) return m.get(obj, MOD_DICT);
        return NULL;
    }

    // ------------------------------------------------------------------------------------
    // getattr

    long get(long obj, long name) {
        if (isPointer(obj) && Mem.typeId(obj) >= TypeIds.FIRST_USER) {
            TypeInfo t = in.vm.typeInfo(obj);
            long ga = customGetattribute(t);
            if (ga != NULL) {
                try {
                    return in.calls.call2(ga, obj, name);
                } catch (PyException e) {
                    // as CPython's slot_tp_getattr_hook: an AttributeError goes to __getattr__
                    if (e.object() != NULL && !in.exc.isInstance(e.object(), ExcKind.ATTRIBUTE_ERROR)) throw e;
                    if (e.object() == NULL && e.kind != ExcKind.ATTRIBUTE_ERROR) throw e;
                    long fallback = lookupUserInMro(t.typeObject, "__getattr__");
                    if (fallback == NULL) throw e;
                    return in.calls.call2(fallback, obj, name);
                }
            }
        }
        return getGeneric(obj, name);
    }

    /** object.__getattribute__: the attribute by the generic rules, then __getattr__. */
    long getGeneric(long obj, long name) {
        if (H.isType(obj, TypeIds.COMPLEX)) {
            long part = ComplexBuiltins.attribute(obj, name);
            if (part != NULL) return part;
        }
        TypeInfo t = in.vm.typeInfo(obj);
        if (t.id == TypeIds.TYPE || t.layout == TypeInfo.Layout.META) return getFromType(obj, name);
        if (t.id == TypeIds.MODULE) {
            long v = H.dictGet(in.ctx, m.get(obj, MOD_DICT), name);
            if (v != NULL) return v;
            long ga = H.dictGet(in.ctx, m.get(obj, MOD_DICT), in.vm.intern("__getattr__")); // PEP 562
            if (ga != NULL) return in.calls.call1(ga, name);
            throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "module '" + H.jstr(m.get(obj, MOD_NAME)) + "' has no attribute '" + H.jstr(name) + "'");
        }
        if (t.id == TypeIds.SUPER) return ObjectBuiltins.superGet(in, obj, name);
        // the Java string of the name only where it is needed: not for a plain user instance
        String jname = null;
        if (Str.startsWithDunder(name)) {
            jname = H.jstr(name);
            long special = specialAttribute(obj, t, jname);
            if (special != NULL) return special;
        }
        if (!t.user || t.layout == TypeInfo.Layout.EXCEPTION) {
            if (jname == null) jname = H.jstr(name);
            if (t.layout == TypeInfo.Layout.EXCEPTION && jname.equals("args")) return m.get(obj, E_ARGS);
            long v = BuiltinAttributes.get(in, obj, t, jname);
            if (v != NULL) return v;
        }
        long attr = lookupInMro(t.typeObject, name);
        if (attr != NULL && (H.isType(attr, TypeIds.PROPERTY) || Descriptors.isData(in, attr))) return bind(attr, obj, t.typeObject);
        long own = ownAttribute(obj, t, name);
        if (own != NULL) return own;
        if (attr != NULL) return bind(attr, obj, t.typeObject);
        if (t.layout == TypeInfo.Layout.VALUE) {
            long v = BuiltinAttributes.get(in, ValueTypes.unwrap(in.vm, m, obj), t.valueType, H.jstr(name));
            if (v != NULL) return v;
        }
        if (t.user) {
            long ga = lookupUserInMro(t.typeObject, "__getattr__");
            if (ga != NULL) return in.calls.call2(ga, obj, name);
        }
        throw noAttribute(obj, H.jstr(name));
    }

    PyException noAttribute(long obj, String name) {
        PyException e = PyException.of(ExcKind.ATTRIBUTE_ERROR, "'" + in.typeName(obj) + "' object has no attribute '" + name + "'");
        e.missingOn = obj;
        e.missingName = name;
        return e;
    }

    /** The dunder attributes that are fields rather than dict entries. */
    private long specialAttribute(long obj, TypeInfo t, String name) {
        switch (name) {
            case "__class__" -> {
                return t.typeObject;
            }
            case "__dict__" -> {
                long d = instanceDict(obj);
                if (d != NULL) return d;
                if (t.user) return NULL;
                return NULL;
            }
            default -> {}
        }
        if (isPointer(obj)) {
            int id = Mem.typeId(obj);
            if (id == TypeIds.FUNCTION) {
                switch (name) {
                    case "__name__" -> {
                        return m.get(obj, FN_NAME);
                    }
                    case "__qualname__" -> {
                        return m.get(obj, FN_QUALNAME);
                    }
                    case "__module__" -> {
                        return m.get(obj, FN_MODULE);
                    }
                    case "__doc__" -> {
                        return m.get(obj, FN_DOC);
                    }
                    case "__defaults__" -> {
                        long d = m.get(obj, FN_DEFAULTS);
                        return d == NULL ? NONE : d;
                    }
                    case "__kwdefaults__" -> {
                        long d = m.get(obj, FN_KWDEFAULTS);
                        return d == NULL ? NONE : d;
                    }
                    case "__wrapped__" -> {
                        return NULL;
                    }
                    default -> {}
                }
            } else if (id == TypeIds.METHOD) {
                switch (name) {
                    case "__self__" -> {
                        return m.getImm(obj, M_SELF);
                    }
                    case "__func__" -> {
                        return m.getImm(obj, M_FUNC);
                    }
                    case "__name__", "__qualname__", "__doc__", "__module__" -> {
                        return get(m.getImm(obj, M_FUNC), in.vm.intern(name));
                    }
                    default -> {}
                }
            } else if (id == TypeIds.BUILTIN_FUNCTION) {
                if (name.equals("__name__")) return in.vm.intern(in.vm.builtinAt((int) toInt(m.getImm(obj, BF_INDEX))).name());
                if (name.equals("__self__")) {
                    long self = m.getImm(obj, BF_SELF);
                    return self == NULL ? NONE : self;
                }
            } else if (id >= TypeIds.FIRST_EXCEPTION && (id < TypeIds.FIRST_USER || t.layout == TypeInfo.Layout.EXCEPTION)) {
                switch (name) {
                    case "__traceback__" -> {
                        long tb = m.get(obj, E_TRACEBACK);
                        return tb == NULL ? NONE : tb;
                    }
                    case "__cause__" -> {
                        long c = m.get(obj, E_CAUSE);
                        return c == NULL ? NONE : c;
                    }
                    case "__context__" -> {
                        long c = m.get(obj, E_CONTEXT);
                        return c == NULL ? NONE : c;
                    }
                    case "__suppress_context__" -> {
                        return m.get(obj, E_SUPPRESS) == TRUE ? TRUE : FALSE;
                    }
                    default -> {}
                }
            } else if (id == TypeIds.GENERATOR || id == TypeIds.COROUTINE || id == TypeIds.ASYNC_GENERATOR) {
                if (name.equals("__name__")) return m.get(obj, G_NAME);
                if (name.equals("__qualname__")) return m.get(obj, G_QUALNAME);
            }
        }
        return NULL;
    }

    /** Attribute of a class (or a built-in type). */
    private long getFromType(long type, long name) {
        String jname = H.jstr(name);
        TypeInfo t = in.vm.typeOfTypeObject(type);
        switch (jname) {
            case "__name__" -> {
                return m.get(type, T_NAME);
            }
            case "__qualname__" -> {
                return m.get(type, T_QUALNAME);
            }
            case "__mro__" -> {
                return m.getImm(type, T_MRO);
            }
            case "__bases__" -> {
                return m.getImm(type, T_BASES);
            }
            case "__base__" -> {
                long bases = m.getImm(type, T_BASES);
                return H.tupleSize(bases) == 0 ? NONE : H.tupleGet(bases, 0);
            }
            case "__dict__" -> {
                if (t.user) return m.getImm(type, T_DICT);
            }
            case "__class__" -> {
                return in.vm.typeInfo(type).typeObject;
            }
            case "__module__" -> {
                if (!t.user) return in.vm.intern("builtins");
            }
            case "__doc__" -> {
                if (!t.user) return NONE;
                long doc = H.dictGet(in.ctx, m.getImm(type, T_DICT), name);
                return doc == NULL ? NONE : doc;
            }
            case "mro" -> {
                return in.vm.bindBuiltin(m, in.vm.builtinMethod(in.vm.types[TypeIds.TYPE], "mro"), type);
            }
            default -> {}
        }
        if (t.meta != null) {
            long v = Metaclasses.metaDataAttribute(in, type, name);
            if (v != NULL) return v;
        }
        long attr = lookupInMro(type, name);
        if (attr == NULL) {
            // attributes of the metatype (type.__subclasses__, a metaclass's methods ...)
            long v = Metaclasses.fromMetaclass(in, type, name);
            if (v != NULL) return v;
            throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "type object '" + H.jstr(m.get(type, T_NAME)) + "' has no attribute '" + jname + "'");
        }
        if (!isPointer(attr)) return attr;
        return switch (Mem.typeId(attr)) {
            case TypeIds.BUILTIN_FUNCTION -> isClassLevel(attr) && m.getImm(attr, BF_SELF) == NULL ? in.vm.bindBuiltin(m, attr, type) : attr;
            case TypeIds.CLASSMETHOD -> method(m.getImm(attr, 0), type);
            case TypeIds.STATICMETHOD -> m.getImm(attr, 0);
            default -> Descriptors.get(in, attr, NONE, type);
        };
    }

    // ------------------------------------------------------------------------------------
    // setattr, delattr

    void set(long obj, long name, long value) {
        TypeInfo t = in.vm.typeInfo(obj);
        if (t.layout == TypeInfo.Layout.META && Metaclasses.setThroughMetaclass(in, obj, name, value)) return;
        if (t.id == TypeIds.TYPE || t.layout == TypeInfo.Layout.META) {
            TypeInfo ct = in.vm.typeOfTypeObject(obj);
            if (!ct.user) {
                throw PyException.typeError("cannot set '" + H.jstr(name) + "' attribute of immutable type '" + ct.name + "'");
            }
            Metaclasses.typeSet(in, obj, name, value);
            return;
        }
        if (t.user) {
            long sa = lookupUserInMro(t.typeObject, "__setattr__");
            if (sa != NULL) {
                in.calls.call3(sa, obj, name, value);
                return;
            }
            genericSet(obj, t, name, value);
            return;
        }
        genericSet(obj, t, name, value);
    }

    /** object.__setattr__: properties, then the instance dict. */
    void genericSet(long obj, TypeInfo t, long name, long value) {
        long attr = lookupInMro(t.typeObject, name);
        if (attr != NULL && H.isType(attr, TypeIds.PROPERTY)) {
            long setter = m.getImm(attr, P_SET);
            if (setter == NONE) {
                throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "property '" + H.jstr(name) + "' of '" + t.name + "' object has no setter");
            }
            in.calls.call2(setter, obj, value);
            return;
        }
        if (attr != NULL && Descriptors.set(in, attr, obj, name, value)) return;
        int id = isPointer(obj) ? Mem.typeId(obj) : -1;
        String jname = H.jstr(name);
        if (id >= TypeIds.FIRST_EXCEPTION && (id < TypeIds.FIRST_USER || t.layout == TypeInfo.Layout.EXCEPTION)) {
            switch (jname) {
                case "__cause__" -> {
                    m.put(obj, E_CAUSE, value);
                    m.put(obj, E_SUPPRESS, TRUE);
                    return;
                }
                case "__context__" -> {
                    m.put(obj, E_CONTEXT, value);
                    return;
                }
                case "__traceback__" -> {
                    m.put(obj, E_TRACEBACK, value);
                    return;
                }
                case "__suppress_context__" -> {
                    m.put(obj, E_SUPPRESS, in.truthy(value) ? TRUE : FALSE);
                    return;
                }
                case "args" -> {
                    m.put(obj, E_ARGS, in.ops.toTuple(value));
                    return;
                }
                default -> {}
            }
            long d = m.get(obj, E_DICT);
            if (d == NULL) {
                d = H.dict(in.ctx);
                m.put(obj, E_DICT, d);
            }
            H.dictPut(in.ctx, d, name, value);
            return;
        }
        if (id >= TypeIds.FIRST_USER) {
            if (t.layout == TypeInfo.Layout.OBJECT && jname.equals("__dict__")) {
                instances.replaceDict(obj, value);
            } else if (t.layout == TypeInfo.Layout.OBJECT) {
                instances.set(obj, name, value);
            } else {
                H.dictPut(in.ctx, m.get(obj, I_DICT), name, value);
            }
            return;
        }
        if (id == TypeIds.FUNCTION) {
            switch (jname) {
                case "__name__" -> m.put(obj, FN_NAME, value);
                case "__qualname__" -> m.put(obj, FN_QUALNAME, value);
                case "__doc__" -> m.put(obj, FN_DOC, value);
                case "__module__" -> m.put(obj, FN_MODULE, value);
                case "__defaults__" -> m.put(obj, FN_DEFAULTS, value == NONE ? NULL : value);
                case "__kwdefaults__" -> m.put(obj, FN_KWDEFAULTS, value == NONE ? NULL : value);
                case "__globals__", "__closure__" -> throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "readonly attribute");
                // fields 0, 1 and 6 never change once the function is made (read without a barrier: Layouts)
                case "__code__" -> throw PyException.of(ExcKind.NOT_IMPLEMENTED_ERROR,
                        "weft does not support assigning a function's __code__; define a new function instead");
                default -> {
                    long d = m.get(obj, FN_DICT);
                    if (d == NULL) {
                        d = H.dict(in.ctx);
                        m.put(obj, FN_DICT, d);
                    }
                    H.dictPut(in.ctx, d, name, value);
                }
            }
            return;
        }
        if (id == TypeIds.MODULE) {
            H.dictPut(in.ctx, m.get(obj, MOD_DICT), name, value);
            return;
        }
        if (attr != NULL) {
            throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "'" + t.name + "' object attribute '" + jname + "' is read-only");
        }
        throw noAttribute(obj, jname);
    }

    void delete(long obj, long name) {
        TypeInfo t = in.vm.typeInfo(obj);
        if (t.user) {
            long da = lookupUserInMro(t.typeObject, "__delattr__");
            if (da != NULL) {
                in.calls.call2(da, obj, name);
                return;
            }
            long attr = lookupInMro(t.typeObject, name);
            if (attr != NULL && H.isType(attr, TypeIds.PROPERTY)) {
                long deleter = m.getImm(attr, P_DEL);
                if (deleter == NONE) throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "property '" + H.jstr(name) + "' of '" + t.name + "' object has no deleter");
                in.calls.call1(deleter, obj);
                return;
            }
            if (attr != NULL && t.layout != TypeInfo.Layout.META && Descriptors.delete(in, attr, obj)) return;
        }
        if (t.id == TypeIds.TYPE || t.layout == TypeInfo.Layout.META) {
            TypeInfo ct = in.vm.typeOfTypeObject(obj);
            if (ct.user && H.dictDel(in.ctx, m.getImm(obj, T_DICT), name) != NULL) return;
            throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "type object '" + ct.name + "' has no attribute '" + H.jstr(name) + "'");
        }
        if (t.id == TypeIds.FUNCTION && (H.jstr(name).equals("__globals__") || H.jstr(name).equals("__closure__"))) {
            throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "readonly attribute");
        }
        if (!deleteOwn(obj, name)) throw noAttribute(obj, H.jstr(name));
    }

    /** Deletes obj's own attribute {@code name} (in its __dict__); false when it has none such. */
    boolean deleteOwn(long obj, long name) {
        if (isPlainInstance(obj)) {
            if (!Str.startsWithDunder(name) || !H.jstr(name).equals("__dict__")) return instances.delete(obj, name);
            instances.replaceDict(obj, H.dict(in.ctx)); // CPython drops the dict; the next use makes an empty one
            return true;
        }
        long d = instanceDict(obj);
        return d != NULL && H.dictDel(in.ctx, d, name) != NULL;
    }

    /** Whether obj is an instance of a plain Python class (its attributes in {@link Instances}). */
    private boolean isPlainInstance(long obj) {
        return isPointer(obj) && Mem.typeId(obj) >= TypeIds.FIRST_USER && in.vm.typeInfo(obj).layout == TypeInfo.Layout.OBJECT;
    }

    /** obj's own attribute {@code name} (what its __dict__ holds), without making the dict; or NULL. */
    private long ownAttribute(long obj, TypeInfo t, long name) {
        if (t.user && t.layout == TypeInfo.Layout.OBJECT) return instances.get(obj, name);
        long dict = instanceDict(obj);
        return dict == NULL ? NULL : H.dictGet(in.ctx, dict, name);
    }

    private boolean hasOwn(long obj, TypeInfo t, long name) {
        if (t.user && t.layout == TypeInfo.Layout.OBJECT) return instances.has(obj, name);
        long dict = instanceDict(obj);
        return dict != NULL && H.dictGet(in.ctx, dict, name) != NULL;
    }
}

package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.BinOp;
import dev.weft.runtime.BuiltinCode;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.objects.bigint.BigInts;
import java.util.Set;

/**
 * Classes written in Python whose solid base is a built-in value type: {@code class C(str)},
 * {@code class Stack(list)}, {@code class Point(tuple)}, {@code class Counter(dict)}.
 *
 * <p>Such an instance holds its base value: two fields, its __dict__ and a plain str, int,
 * list... that never changes after {@code __new__} (the list's items change, the list does
 * not). Everything built in works on that value:
 * <ul>
 *   <li>a built-in method of the base type called on the instance ({@code c.upper()},
 *       {@code stack.append(x)}, {@code super().__getitem__(k)}) receives the value as self;
 *       binary and comparison methods also receive the value of a right operand that holds
 *       one, and the methods of the immutable types receive the values of all their
 *       arguments (so {@code "ab".startswith(C("a"))} works);</li>
 *   <li>an in-place method ({@code __iadd__}, {@code __ior__}...) that answers the value answers
 *       the instance instead, so {@code stack += [1]} keeps the subclass;</li>
 *   <li>the protocols (len, iteration, subscription, operators, repr, hash, truth) find the base
 *       type's special methods after those the class defines ({@link Attrs#lookupUserSpecial});</li>
 *   <li>a dict subclass's {@code __missing__} is asked for missing keys.</li>
 * </ul>
 * Results are of the base type, as in CPython: {@code C("a") + "b"} is a str, a slice of a
 * list subclass is a list.
 *
 * <p>Holding the value, rather than being it, keeps every built-in type's layout and fast
 * paths unchanged: only code that meets an instance of a class pays for the indirection.
 */
final class ValueTypes {
    private ValueTypes() {}

    /** How a built-in method treats its arguments (see {@link #unwrapMode}). */
    static final int KEEP = 0, SELF = 1, SELF_AND_OTHER = 2, INPLACE = 3, ALL = 4;

    private static final Set<String> INPLACE_NAMES = Set.of("__iadd__", "__imul__", "__ior__", "__iand__", "__isub__", "__ixor__");
    private static final Set<String> OTHER_NAMES;

    static {
        var names = new java.util.HashSet<String>(Set.of("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
                "__divmod__", "__rdivmod__"));
        for (BinOp op : BinOp.values()) {
            names.add(op.method);
            names.add(op.reflected);
        }
        OTHER_NAMES = Set.copyOf(names);
    }

    /** Whether a class may have built-in type {@code id} as its solid base. */
    static boolean holdsValues(int id) {
        return switch (id) {
            case TypeIds.INT, TypeIds.FLOAT, TypeIds.STR, TypeIds.TUPLE, TypeIds.LIST, TypeIds.DICT, TypeIds.SET,
                    TypeIds.FROZENSET, TypeIds.COMPLEX, TypeIds.BYTES, TypeIds.BYTEARRAY -> true;
            default -> false;
        };
    }

    private static boolean mutable(int id) {
        return id == TypeIds.LIST || id == TypeIds.DICT || id == TypeIds.SET;
    }

    /** Which arguments method {@code name} of built-in type {@code owner} takes as values. */
    static int unwrapMode(int owner, String name) {
        if (!holdsValues(owner) || name.equals("__new__")) return KEEP;
        if (INPLACE_NAMES.contains(name)) return INPLACE;
        if (OTHER_NAMES.contains(name)) return SELF_AND_OTHER;
        return mutable(owner) ? SELF : ALL;
    }

    /** The base value of an instance of a value class; any other word as it is. */
    static long unwrap(Vm vm, Mem m, long w) {
        if (!isPointer(w)) return w;
        int id = Mem.typeId(w);
        if (id < TypeIds.FIRST_USER || vm.types[id].layout != TypeInfo.Layout.VALUE) return w;
        return m.getImm(w, I_VALUE);
    }

    /** Calls built-in method {@code b} with the values in place of the instances, as its mode says. */
    static long callUnwrapped(Interp in, Vm.Builtin b, long[] args, int npos, String[] kw) {
        if (npos == 0) return b.code().call(in.ctx, args, npos, kw);
        long self = args[0];
        switch (b.unwrap()) {
            case ALL -> {
                for (int i = 0; i < npos; i++) args[i] = unwrap(in.vm, in.mem, args[i]);
            }
            case SELF_AND_OTHER -> {
                args[0] = unwrap(in.vm, in.mem, self);
                if (npos > 1) args[1] = unwrap(in.vm, in.mem, args[1]);
            }
            default -> args[0] = unwrap(in.vm, in.mem, self);
        }
        long value = args[0];
        if (value == self) return b.code().call(in.ctx, args, npos, kw);
        if (npos == 2 && b.name().equals("__getitem__") && H.isDict(value)) {
            long missing = in.attrs.lookupUserSpecial(self, "__missing__");
            if (missing != NULL) {
                long v = H.dictGet(in.ctx, value, args[1]);
                return v != NULL ? v : in.calls.call1(missing, args[1]);
            }
        }
        long r = b.code().call(in.ctx, args, npos, kw);
        return b.unwrap() == INPLACE && r == value ? self : r;
    }

    /** A new instance of value class {@code cls}: {@code T.__new__(cls, args...)}. */
    static long newInstance(Interp in, TypeInfo cls, long[] s, int first, int argc, String[] kw) {
        TypeInfo vt = cls.valueType;
        long value;
        if (mutable(vt.id)) {
            value = vt.constructor.call(in.ctx, new long[1], 0, Calls.NO_KW);
        } else {
            long[] args = new long[Math.max(argc, 1)];
            System.arraycopy(s, first, args, 0, argc);
            int nkw = kw == null ? 0 : kw.length;
            value = vt.constructor.call(in.ctx, args, argc - nkw, kw == null ? Calls.NO_KW : kw);
        }
        return hold(in, cls, value);
    }

    /** An instance of value class {@code cls} holding {@code value}. */
    static long hold(Interp in, TypeInfo cls, long value) {
        Mem m = in.mem;
        long obj = m.alloc(cls.id, IV_FIELDS);
        m.init(obj, I_DICT, H.dict(in.ctx));
        m.init(obj, I_VALUE, value);
        return obj;
    }

    /** An instance of {@code cls} holding an empty value (what {@code object.__new__(cls)} makes). */
    static long empty(Interp in, TypeInfo cls) {
        return hold(in, cls, cls.valueType.constructor.call(in.ctx, new long[1], 0, Calls.NO_KW));
    }

    /**
     * Adds to each value type's table what subclasses need and the table lacks: {@code __new__},
     * {@code __init__} for the mutable ones, and {@code __repr__}, {@code __hash__},
     * {@code __bool__}, {@code __divmod__} where the type answers them in Java only. No {@code __str__}: str() of
     * an instance falls back to its repr, which may be the class's own, as in CPython.
     */
    static void install(Vm vm) {
        for (int id : new int[] {TypeIds.INT, TypeIds.FLOAT, TypeIds.STR, TypeIds.TUPLE, TypeIds.LIST, TypeIds.DICT, TypeIds.SET,
                TypeIds.FROZENSET, TypeIds.COMPLEX}) {
            TypeInfo vt = vm.types[id];
            MethodTable t = vt.methods;
            t.addWithKeywords("__new__", 1, MethodTable.VARARGS, (ctx, a, n, kw) -> {
                Interp in = (Interp) ctx.guest;
                if (!H.isType(a[0], TypeIds.TYPE)) {
                    throw PyException.typeError(vt.name + ".__new__(X): X is not a type object (" + in.typeName(a[0]) + ")");
                }
                TypeInfo cls = vm.typeOfTypeObject(a[0]);
                long[] rest = new long[Math.max(n - 1 + kw.length, 1)];
                System.arraycopy(a, 1, rest, 0, n - 1 + kw.length);
                if (cls == vt) return vt.constructor.call(ctx, rest, n - 1, kw);
                if (cls.valueType == null || !vm.classes.isSubtype(cls, vt)) {
                    throw PyException.typeError(vt.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + vt.name);
                }
                return newInstance(in, cls, rest, 0, n - 1 + kw.length, kw);
            });
            if (mutable(id)) {
                String refill = id == TypeIds.LIST ? "extend" : "update";
                BuiltinCode clear = t.get("clear").code(), fill = t.get(refill).code();
                t.addWithKeywords("__init__", 1, MethodTable.VARARGS, (ctx, a, n, kw) -> {
                    if (id != TypeIds.DICT && kw.length > 0) throw PyException.typeError(vt.name + "() takes no keyword arguments");
                    if (n > 2) throw PyException.typeError(vt.name + " expected at most 1 argument, got " + (n - 1));
                    clear.call(ctx, a, 1, Calls.NO_KW);
                    if (n == 2 || kw.length > 0) fill.call(ctx, a, n, kw);
                    return NONE;
                });
            }
            addIfAbsent(t, "__repr__", (ctx, a, n, kw) -> ((Interp) ctx.guest).str(((Interp) ctx.guest).ops.repr(a[0])));
            if (!mutable(id)) {
                addIfAbsent(t, "__hash__", (ctx, a, n, kw) -> BigInts.box(ctx.mem, ((Interp) ctx.guest).ops.hash(a[0])));
            }
            if (id == TypeIds.INT || id == TypeIds.FLOAT) {
                addIfAbsent(t, "__divmod__", 2, (ctx, a, n, kw) -> divmod(ctx.mem, a[0], a[1]));
                addIfAbsent(t, "__rdivmod__", 2, (ctx, a, n, kw) -> divmod(ctx.mem, a[1], a[0]));
            }
            addIfAbsent(t, "__bool__", (ctx, a, n, kw) -> fromBool(((Interp) ctx.guest).truthy(a[0])));
        }
    }

    private static void addIfAbsent(MethodTable t, String name, BuiltinCode body) {
        addIfAbsent(t, name, 1, body);
    }

    private static void addIfAbsent(MethodTable t, String name, int args, BuiltinCode body) {
        if (t.get(name) == null) t.add(name, args, args, body);
    }

    private static long divmod(Mem m, long a, long b) {
        long[] qr = dev.weft.runtime.num.Num.divmod(m, a, b);
        return qr == null ? NOT_IMPLEMENTED : H.tuple(m, qr[0], qr[1]);
    }
}

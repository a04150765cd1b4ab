package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.compile.Op;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import java.util.HashSet;

/**
 * Where the attributes of an instance of a plain Python class ({@link TypeInfo.Layout#OBJECT})
 * live. A new instance keeps them in its own fields, in the order they are set, and names them
 * with its {@link Shape}, whose word is in field 0. The instance changes to a dict, which field
 * 0 then holds and which it keeps for good, when a program asks for its {@code __dict__} (or
 * {@code vars()}, {@code dir()}), deletes an attribute, uses a name that is not a str, or sets
 * more attributes than it has fields. That dict is then the real thing: what the program does
 * to it is what the instance has.
 *
 * <p>How many fields a new instance gets is chosen per class: the names its {@code __init__}
 * methods (along the MRO) store on {@code self}, plus two; raised when an instance runs out.
 *
 * <p>Worked example: {@code class P: def __init__(self, x, y): self.x = x; self.y = y} gives
 * instances 4 attribute fields. {@code P(1, 2)} starts with P's empty shape in field 0; storing x
 * puts 1 in field 1 and shape (x) in field 0; storing y puts 2 in field 2 and shape (x, y).
 */
final class Instances {
    private final Interp in;
    private final Mem m;

    Instances(Interp in) {
        this.in = in;
        this.m = in.mem;
    }

    /** Whether field 0 of an instance of a user class names a shape (else it holds a dict, or NULL). */
    static boolean isShape(long field0) {
        return isSmallInt(field0);
    }

    /** A new instance of {@code t} with no attributes. */
    long alloc(TypeInfo t) {
        long obj = m.alloc(t.id, 1 + slotsFor(t));
        m.init(obj, I_DICT, in.vm.shapes.root(t).word());
        return obj;
    }

    /** Attribute {@code name} (a str) of instance obj, or NULL. */
    long get(long obj, long name) {
        long w = m.get(obj, I_DICT);
        if (!isShape(w)) return H.dictGet(in.ctx, w, name);
        int field = fieldOf(w, name);
        return field < 0 ? NULL : m.get(obj, field);
    }

    /** Whether instance obj has attribute {@code name} of its own. */
    boolean has(long obj, long name) {
        long w = m.get(obj, I_DICT);
        if (!isShape(w)) return H.dictGet(in.ctx, w, name) != NULL;
        return fieldOf(w, name) > 0;
    }

    void set(long obj, long name, long value) {
        long w = m.get(obj, I_DICT);
        if (isShape(w)) {
            long key = canonical(name, true);
            Shape s = in.vm.shapes.of(w);
            if (key != NULL) {
                int field = s.fieldOf(key);
                if (field > 0) {
                    m.put(obj, field, value);
                    return;
                }
                int n = s.count();
                if (n + 1 < Mem.fieldCount(obj)) {
                    Shape next = s.with(in.vm.shapes, key);
                    if (next != null) {
                        m.put(obj, n + 1, value);
                        m.put(obj, I_DICT, next.word());
                        return;
                    }
                } else {
                    grow(s.owner, n + 1);
                }
            }
            w = toDict(obj, s);
        }
        H.dictPut(in.ctx, w, name, value);
    }

    /** Deletes attribute {@code name}; false when obj has no such attribute. */
    boolean delete(long obj, long name) {
        long w = m.get(obj, I_DICT);
        if (isShape(w)) {
            if (fieldOf(w, name) < 0) return false;
            w = toDict(obj, in.vm.shapes.of(w));
        }
        return H.dictDel(in.ctx, w, name) != NULL;
    }

    /** obj's attributes as its __dict__: from now on the instance keeps them there. */
    long dict(long obj) {
        long w = m.get(obj, I_DICT);
        return isShape(w) ? toDict(obj, in.vm.shapes.of(w)) : w;
    }

    /** {@code obj.__dict__ = d}: d (a dict, or an instance of a dict subclass: its dict) is the instance's attributes from now on. */
    void replaceDict(long obj, long d) {
        long dict = ValueTypes.unwrap(in.vm, m, d);
        if (!H.isDict(dict)) throw PyException.typeError("__dict__ must be set to a dictionary, not a '" + in.typeName(d) + "'");
        long w = m.get(obj, I_DICT);
        if (isShape(w)) {
            for (int k = 1; k <= in.vm.shapes.of(w).count(); k++) m.put(obj, k, NULL);
        }
        m.put(obj, I_DICT, dict);
    }

    private long toDict(long obj, Shape s) {
        long d = H.dict(in.ctx);
        for (int k = 0; k < s.count(); k++) {
            H.dictPut(in.ctx, d, s.name(k), m.get(obj, k + 1));
            m.put(obj, k + 1, NULL);
        }
        m.put(obj, I_DICT, d);
        return d;
    }

    /** The field of name in the instance whose field 0 is shape word w, or -1. */
    private int fieldOf(long w, long name) {
        long key = canonical(name, false);
        return key == NULL ? -1 : in.vm.shapes.of(w).fieldOf(key);
    }

    /**
     * The interned word of the str {@code name} (of a str subclass instance: of its value); NULL
     * when it is not a str, or when {@code make} is false and no such name was ever interned
     * (then no shape holds it).
     */
    private long canonical(long name, boolean make) {
        if (!isPointer(name)) return NULL;
        if (Mem.isInterned(name)) return name;
        long s = ValueTypes.unwrap(in.vm, m, name);
        if (!H.isStr(s)) return NULL;
        return make ? in.vm.intern(H.jstr(s)) : in.vm.internedOrNull(H.jstr(s));
    }

    // ------------------------------------------------------------------------------------
    // How many fields

    int slotsFor(TypeInfo t) {
        int n = t.inlineSlots;
        if (n == 0) {
            n = Math.clamp(initNames(t) + 2L, 4, Shape.MAX_SLOTS);
            t.inlineSlots = n;
        }
        return n;
    }

    /** An instance of t ran out of fields with {@code needed} attributes: later ones get more. */
    private static void grow(TypeInfo t, int needed) {
        t.inlineSlots = Math.clamp(Math.max(2L * t.inlineSlots, needed + 2L), 4, Shape.MAX_SLOTS);
    }

    /** How many names the {@code __init__} methods along t's MRO store on self ({@code self.x = ...}). */
    private int initNames(TypeInfo t) {
        HashSet<String> names = new HashSet<>();
        long init = in.vm.intern("__init__");
        long mro = m.getImm(t.typeObject, T_MRO);
        for (int i = 0, n = H.tupleSize(mro); i < n; i++) {
            long c = H.tupleGet(mro, i);
            if (!in.vm.typeOfTypeObject(c).user) continue;
            long f = H.dictGet(in.ctx, m.getImm(c, T_DICT), init);
            if (H.isType(f, TypeIds.FUNCTION)) selfStores(in.calls.codeOfFunction(f), names);
        }
        return names.size();
    }

    private static void selfStores(Code code, HashSet<String> names) {
        int[] insns = code.code;
        for (int pc = 1; pc < insns.length; pc++) {
            if ((insns[pc] & 0xFF) == Op.STORE_ATTR.ordinal() && insns[pc - 1] == (Op.LOAD_FAST.ordinal())) {
                names.add(code.names[insns[pc] >>> 8]);
            }
        }
    }
}

package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.runtime.Mem;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.str.Str;

/**
 * The fast paths of the instructions that read and write attributes and globals (LOAD_ATTR,
 * STORE_ATTR and LOAD_GLOBAL on the common cases), helped by what each instruction remembers in
 * {@link Code#siteCaches} and {@link Code#hints}. Anything out of the common case takes the
 * general path in {@link Attrs} or {@link Names}, so these paths decide nothing on their own:
 *
 * <ul>
 *   <li>an attribute of an instance of a plain Python class that keeps its attributes in its
 *       fields ({@link Instances}): the instruction remembers, per {@link Shape}, the field, and
 *       for a store that adds the name the shape after; checked against the shape in the
 *       instance's field 0 and the class epoch ({@link TypeCache#classEpoch});
 *   <li>the same in an instance that keeps a dict, when no class in its MRO defines the name and
 *       it is not a special one: the dict position where the name was last found
 *       ({@link Dict#getHinted});
 *   <li>a global, then a builtin.
 * </ul>
 */
final class SiteHints {
    private SiteHints() {}

    /**
     * What a LOAD_ATTR or STORE_ATTR found in an instance of one shape: the attribute's field,
     * and for a store that adds it, the shape after in {@code word} (else 0). For LOAD_METHOD,
     * {@code shape} is the shape word, or the type id of a built-in type, and {@code word} the
     * function found in the class. Valid while the class epoch is {@code epoch} (no class
     * changed, so no descriptor or method came or went). Up to {@link #POLY} per instruction,
     * newest first.
     */
    private record AttrSite(long shape, int field, long word, long epoch, AttrSite older) {}

    /** Most shapes an instruction remembers (a method of a base class sees each subclass's). */
    private static final int POLY = 4;

    /**
     * LOAD_METHOD's lookup ({@link Attrs#lookupMethod}), remembered per shape or built-in type.
     * The function is kept alive by its class, which has not changed since (same epoch); a
     * built-in type's method objects are immortal.
     */
    static long lookupMethod(Interp in, long obj, Code code, int arg, int pc) {
        long name = code.nameWords[arg];
        if (!isPointer(obj)) return in.attrs.lookupMethod(obj, name);
        long key = Mem.typeId(obj);
        if (key >= TypeIds.FIRST_USER) {
            key = in.mem.get(obj, I_DICT);
            if (!Instances.isShape(key)) return in.attrs.lookupMethod(obj, name);
        }
        long epoch = in.typeCache.classEpoch();
        Object c = code.siteCaches[pc];
        AttrSite a = find(c, key, epoch);
        if (a != null) return a.word;
        long fn = in.attrs.lookupMethod(obj, name);
        if (fn != NULL) code.siteCaches[pc] = new AttrSite(key, 0, fn, epoch, trim(c, epoch));
        return fn;
    }

    static long loadAttr(Interp in, long obj, Code code, int arg, int pc) {
        // the newest shape remembered here: small enough for C2 to inline into the loop. The
        // shape and the slot are read together (one barrier under the TM); MISS is no word a
        // slot holds: a different shape
        if (isPointer(obj) && Mem.typeId(obj) >= TypeIds.FIRST_USER
                && code.siteCaches[pc] instanceof AttrSite a && a.epoch == in.typeCache.classEpoch()) {
            long v = in.mem.getIfSame(obj, I_DICT, a.shape, a.field, MISS);
            if (v != MISS) return v;
        }
        return loadAttrSlow(in, obj, code, arg, pc);
    }

    /** Not a word (constants stop at 0x38, pointers start at 4096): loadAttr's "other shape". */
    private static final long MISS = 0x8;

    private static long loadAttrSlow(Interp in, long obj, Code code, int arg, int pc) {
        long name = code.nameWords[arg];
        if (isPointer(obj) && Mem.typeId(obj) >= TypeIds.FIRST_USER) {
            long w = in.mem.get(obj, I_DICT);
            if (Instances.isShape(w)) {
                long epoch = in.typeCache.classEpoch();
                Object c = code.siteCaches[pc];
                AttrSite a = find(c, w, epoch);
                if (a != null) return in.mem.get(obj, a.field);
                Shape s = in.vm.shapes.of(w);
                int field = s.fieldOf(name);
                if (field > 0 && plainData(in, s.owner, name, false)) {
                    code.siteCaches[pc] = new AttrSite(w, field, 0, epoch, trim(c, epoch));
                    return in.mem.get(obj, field);
                }
            } else if (w != NULL) {
                TypeInfo t = in.vm.typeInfo(obj);
                if (t.layout == TypeInfo.Layout.OBJECT && in.attrs.lookupInMro(t.typeObject, name) == NULL && !Str.startsWithDunder(name)) {
                    long v = Dict.getHinted(in.ctx, w, name, code.hints, 2 * pc);
                    if (v != NULL) return v;
                }
            }
        }
        return in.attrs.get(obj, name);
    }

    static void storeAttr(Interp in, long obj, long value, Code code, int arg, int pc) {
        // the newest shape remembered here, not adding a name: small enough for C2 to inline
        if (isPointer(obj) && Mem.typeId(obj) >= TypeIds.FIRST_USER
                && code.siteCaches[pc] instanceof AttrSite a && a.word == 0 && a.shape == in.mem.get(obj, I_DICT)
                && a.epoch == in.typeCache.classEpoch()) {
            in.mem.put(obj, a.field, value);
            return;
        }
        storeAttrSlow(in, obj, value, code, arg, pc);
    }

    private static void storeAttrSlow(Interp in, long obj, long value, Code code, int arg, int pc) {
        long name = code.nameWords[arg];
        Mem m = in.mem;
        if (isPointer(obj) && Mem.typeId(obj) >= TypeIds.FIRST_USER) {
            long w = m.get(obj, I_DICT);
            if (Instances.isShape(w)) {
                long epoch = in.typeCache.classEpoch();
                Object c = code.siteCaches[pc];
                AttrSite a = find(c, w, epoch);
                if (a != null && (a.word == 0 || a.field < Mem.fieldCount(obj))) { // an added name needs room
                    m.put(obj, a.field, value);
                    if (a.word != 0) m.put(obj, I_DICT, a.word);
                    return;
                }
                Shape s = in.vm.shapes.of(w);
                if (plainData(in, s.owner, name, true)) {
                    int field = s.fieldOf(name);
                    Shape next = null;
                    if (field < 0 && s.count() + 1 < Mem.fieldCount(obj)) {
                        next = s.with(in.vm.shapes, name);
                        if (next != null) field = s.count() + 1;
                    }
                    if (field > 0) {
                        code.siteCaches[pc] = new AttrSite(w, field, next == null ? 0 : next.word(), epoch, trim(c, epoch));
                        m.put(obj, field, value);
                        if (next != null) m.put(obj, I_DICT, next.word());
                        return;
                    }
                }
            } else if (w != NULL) {
                TypeInfo t = in.vm.typeInfo(obj);
                if (t.layout == TypeInfo.Layout.OBJECT && in.attrs.lookupInMro(t.typeObject, name) == NULL && !Str.startsWithDunder(name)
                        && in.typeCache.lookupUser(t.typeObject, in.attrs.setattrName()) == NULL) {
                    Dict.putHinted(in.ctx, w, name, value, code.hints, 2 * pc);
                    return;
                }
            }
        }
        in.attrs.set(obj, name, value);
    }

    /**
     * Whether an instance of class t reads (or, for a store, writes) attribute {@code name}
     * as its own, with nothing of the class in the way: not a special name, no data descriptor
     * (property or a class with __set__ or __delete__) of that name along the MRO, and for a
     * store no __setattr__. A plain class attribute or method of that name does not stop it:
     * an instance's own attribute comes before those.
     */
    private static boolean plainData(Interp in, TypeInfo t, long name, boolean store) {
        if (Str.startsWithDunder(name)) return false;
        if (store && in.typeCache.lookupUser(t.typeObject, in.attrs.setattrName()) != NULL) return false;
        if (!store && in.attrs.customGetattribute(t) != NULL) return false;
        long attr = in.attrs.lookupInMro(t.typeObject, name);
        return attr == NULL || !H.isType(attr, TypeIds.PROPERTY) && !Descriptors.isData(in, attr);
    }

    /** The entry for shape (or type) {@code key} of this epoch among those remembered in c (an AttrSite or null); null if none. */
    private static AttrSite find(Object c, long key, long epoch) {
        for (AttrSite a = c instanceof AttrSite x ? x : null; a != null; a = a.older) {
            if (a.shape == key && a.epoch == epoch) return a;
        }
        return null;
    }

    /** The shapes remembered in c (an AttrSite or null) that stay beside a new one: the newest, of this epoch. */
    private static AttrSite trim(Object c, long epoch) {
        return c instanceof AttrSite a ? keep(a, POLY - 1, epoch) : null;
    }

    private static AttrSite keep(AttrSite a, int n, long epoch) {
        if (a == null || n == 0) return null;
        if (a.epoch != epoch) return keep(a.older, n, epoch);
        AttrSite rest = keep(a.older, n - 1, epoch);
        return rest == a.older ? a : new AttrSite(a.shape, a.field, a.word, a.epoch, rest);
    }

    /**
     * A proof that a LOAD_GLOBAL's name was not in the globals: the globals' entry table and
     * its count of used positions when it was looked for, and the {@link Vm#freedEpoch}. A key
     * enters a dict only at the end of its table (position count + 1) or in a new table
     * (resize, clear), so while the table and the count are the same no key came in; except
     * after popitem, which lowers the count (the dict is then marked, see
     * {@link Mem#positionsReused}). A table's address could be a new table's after it dies,
     * but only across a collection or an abort, which renew the epoch. A proof is only made
     * when this transaction has not written the globals: then what it saw is a committed state
     * (or the prefix of one) that another thread may rely on. So a builtin name costs two
     * reads of the globals instead of a probe for an absent key.
     */
    private record GlobalMiss(long entries, long positions, long epoch) {}

    static long loadGlobal(Interp in, Frame f, int arg, int site) {
        int[] hints = f.code.hints;
        long key = f.code.nameWords[arg];
        long g = f.globals;
        Object[] misses = f.code.siteCaches;
        int pc = site >> 1;
        Mem m = in.mem;
        boolean absent = false;
        if (misses[pc] instanceof GlobalMiss miss) {
            absent = miss.entries == m.get(g, Dict.ENTRIES) && miss.positions == Dict.positions(m, g)
                    && miss.epoch == in.vm.freedEpoch.get() && !Mem.positionsReused(g);
        }
        if (!absent) {
            long epoch = in.vm.freedEpoch.get();
            long v = Dict.getHinted(in.ctx, g, key, hints, site);
            if (v != NULL) return v;
            misses[pc] = m.writtenHere(g) ? null : new GlobalMiss(m.get(g, Dict.ENTRIES), Dict.positions(m, g), epoch);
        }
        long v = Dict.getHinted(in.ctx, f.builtins, key, hints, site + 1);
        if (v != NULL) return v;
        throw Names.nameError(f.code.names[arg]);
    }
}

package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.runtime.Mem;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.str.Str;

/**
 * The fast paths of the instructions that read and write names in dicts (LOAD_ATTR,
 * STORE_ATTR and LOAD_GLOBAL on the common cases), helped by what each instruction remembers:
 * {@link dev.weft.compile.Code#hints}, two ints per instruction, the dict positions where its
 * name was found last time ({@link Dict#getHinted}). Anything out of the common case takes the
 * general path in {@link Attrs} or {@link Names}, so these paths decide nothing on their own:
 *
 * <ul>
 *   <li>an attribute of an instance of a plain Python class, when no class in its MRO defines
 *       the name (so no descriptor, property or method can come first: {@link TypeCache}
 *       answers that without probing) and the name is not a special one;
 *   <li>a store to such an attribute when the class has no {@code __setattr__} either;
 *   <li>a global, then a builtin.
 * </ul>
 */
final class SiteHints {
    private SiteHints() {}

    static long loadAttr(Interp in, long obj, long name, int[] hints, int site) {
        if (isPointer(obj) && dev.weft.runtime.Mem.typeId(obj) >= TypeIds.FIRST_USER) {
            TypeInfo t = in.vm.typeInfo(obj);
            if (t.layout == TypeInfo.Layout.OBJECT && in.attrs.lookupInMro(t.typeObject, name) == NULL && !Str.startsWithDunder(name)) {
                long d = in.mem.get(obj, I_DICT);
                if (d != NULL) {
                    long v = Dict.getHinted(in.ctx, d, name, hints, site);
                    if (v != NULL) return v;
                }
            }
        }
        return in.attrs.get(obj, name);
    }

    static void storeAttr(Interp in, long obj, long name, long value, int[] hints, int site) {
        if (isPointer(obj) && dev.weft.runtime.Mem.typeId(obj) >= TypeIds.FIRST_USER) {
            TypeInfo t = in.vm.typeInfo(obj);
            if (t.layout == TypeInfo.Layout.OBJECT && in.attrs.lookupInMro(t.typeObject, name) == NULL && !Str.startsWithDunder(name)
                    && in.typeCache.lookupUser(t.typeObject, in.attrs.setattrName()) == NULL) {
                long d = in.mem.get(obj, I_DICT);
                if (d != NULL) {
                    Dict.putHinted(in.ctx, d, name, value, hints, site);
                    return;
                }
            }
        }
        in.attrs.set(obj, name, value);
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
        Object[] misses = f.code.globalMisses;
        int pc = site >> 1;
        Mem m = in.mem;
        boolean absent = false;
        if (misses[pc] instanceof GlobalMiss miss) {
            absent = miss.entries == m.get(g, Dict.ENTRIES) && miss.positions == m.get(g, Dict.NENTRIES)
                    && miss.epoch == in.vm.freedEpoch.get() && !Mem.positionsReused(g);
        }
        if (!absent) {
            long epoch = in.vm.freedEpoch.get();
            long v = Dict.getHinted(in.ctx, g, key, hints, site);
            if (v != NULL) return v;
            misses[pc] = m.writtenHere(g) ? null : new GlobalMiss(m.get(g, Dict.ENTRIES), m.get(g, Dict.NENTRIES), epoch);
        }
        long v = Dict.getHinted(in.ctx, f.builtins, key, hints, site + 1);
        if (v != NULL) return v;
        throw Names.nameError(f.code.names[arg]);
    }
}

package dev.weft.interp;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.str.Str;
import dev.weft.runtime.objects.tuple.Tuple;

/**
 * The container operations the interpreter itself uses (names, namespaces, argument tuples),
 * gathered in one place over the container classes of {@code dev.weft.runtime.objects}.
 */
final class H {
    private H() {}

    static boolean isType(long w, int typeId) {
        return Words.isPointer(w) && Mem.typeId(w) == typeId;
    }

    // str
    static long str(Mem m, String s) {
        return Str.of(m, s);
    }

    static String jstr(long w) {
        return Str.value(w);
    }

    static boolean isStr(long w) {
        return isType(w, TypeIds.STR);
    }

    // tuple
    static long tuple(Mem m, long... items) {
        return Tuple.of(m, items, 0, items.length);
    }

    static long tuple(Mem m, long[] items, int from, int count) {
        return Tuple.of(m, items, from, count);
    }

    static int tupleSize(long t) {
        return (int) Tuple.size(t);
    }

    static long tupleGet(long t, int i) {
        return Tuple.get(t, i);
    }

    static boolean isTuple(long w) {
        return isType(w, TypeIds.TUPLE);
    }

    // list
    static long list(Ctx c) {
        return PyList.make(c.mem);
    }

    static void listAppend(Ctx c, long l, long v) {
        PyList.append(c.mem, l, v);
    }

    static int listSize(Ctx c, long l) {
        return (int) PyList.size(c.mem, l);
    }

    static long listGet(Ctx c, long l, int i) {
        return PyList.get(c.mem, l, i);
    }

    // dict
    static long dict(Ctx c) {
        return Dict.make(c.mem);
    }

    /** The value for key, or NULL. */
    static long dictGet(Ctx c, long d, long key) {
        return Dict.get(c, d, key);
    }

    static void dictPut(Ctx c, long d, long key, long value) {
        Dict.put(c, d, key, value);
    }

    /** Removes key; answers the old value or NULL. */
    static long dictDel(Ctx c, long d, long key) {
        return Dict.remove(c, d, key);
    }

    static int dictSize(Ctx c, long d) {
        return (int) Dict.size(c.mem, d);
    }

    static boolean isDict(long w) {
        return isType(w, TypeIds.DICT);
    }

    /** Key at position i of the dict's entry order, or NULL for a hole; i from 0 to dictEnd. */
    static long dictKeyAt(Ctx c, long d, int i) {
        return Dict.keyAt(c.mem, d, i);
    }

    static long dictValueAt(Ctx c, long d, int i) {
        return Dict.valueAt(c.mem, d, i);
    }

    static int dictEnd(Ctx c, long d) {
        return (int) Dict.positions(c.mem, d);
    }
}

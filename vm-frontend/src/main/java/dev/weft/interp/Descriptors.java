package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;

/**
 * Descriptors written in Python: a class attribute whose class defines {@code __get__},
 * {@code __set__} or {@code __delete__}. {@link Attrs} asks here after its own cases (functions,
 * classmethods, properties), so only instances of classes written in Python pay for the lookup.
 *
 * <p>As in CPython, a data descriptor (one whose class defines {@code __set__} or
 * {@code __delete__}) wins over the instance dict; a non-data descriptor ({@code __get__}
 * only) is used only when the instance dict has no entry of that name.
 */
final class Descriptors {
    private Descriptors() {}

    /** Whether attr is an instance of a Python class (the only kind of value these rules look at). */
    private static boolean isUserObject(long attr) {
        return isPointer(attr) && Mem.typeId(attr) >= TypeIds.FIRST_USER;
    }

    /** Whether attr's class defines __set__ or __delete__. */
    static boolean isData(Interp in, long attr) {
        if (!isUserObject(attr)) return false;
        long type = in.vm.typeInfo(attr).typeObject;
        return in.attrs.lookupUserInMro(type, "__set__") != NULL || in.attrs.lookupUserInMro(type, "__delete__") != NULL;
    }

    /** attr read through obj (NONE when read through the class itself): attr.__get__(obj, type), or attr when it has no __get__. */
    static long get(Interp in, long attr, long obj, long type) {
        if (!isUserObject(attr)) return attr;
        long get = in.attrs.lookupUserInMro(in.vm.typeInfo(attr).typeObject, "__get__");
        if (get == NULL) return attr;
        return in.calls.call3(get, attr, obj, type);
    }

    /** obj.name = value where the class attribute attr may be a data descriptor; false when it is not one. */
    static boolean set(Interp in, long attr, long obj, long name, long value) {
        if (!isUserObject(attr)) return false;
        long type = in.vm.typeInfo(attr).typeObject;
        long set = in.attrs.lookupUserInMro(type, "__set__");
        if (set != NULL) {
            in.calls.call3(set, attr, obj, value);
            return true;
        }
        if (in.attrs.lookupUserInMro(type, "__delete__") != NULL) throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "__set__");
        return false;
    }

    /** del obj.name where the class attribute attr may be a data descriptor; false when it is not one. */
    static boolean delete(Interp in, long attr, long obj) {
        if (!isUserObject(attr)) return false;
        long type = in.vm.typeInfo(attr).typeObject;
        long del = in.attrs.lookupUserInMro(type, "__delete__");
        if (del != NULL) {
            in.calls.call2(del, attr, obj);
            return true;
        }
        if (in.attrs.lookupUserInMro(type, "__set__") != NULL) throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "__delete__");
        return false;
    }
}

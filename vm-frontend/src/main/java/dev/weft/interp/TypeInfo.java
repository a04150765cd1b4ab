package dev.weft.interp;

import dev.weft.runtime.BuiltinCode;
import dev.weft.runtime.MethodTable;
import java.util.HashMap;
import java.util.Map;

/**
 * What the VM knows on the Java side about one type id: its name, its type object in the heap,
 * and for a built-in type the table of its methods and how to call the type itself. A class
 * made by guest code has a TypeInfo too, holding only its id, name and type object: its
 * attributes live in the heap (they can change, and must do so transactionally).
 */
final class TypeInfo {
    /** How instances are laid out (see {@link Layouts}). */
    enum Layout {
        BUILTIN, OBJECT, EXCEPTION,
        /** A class whose solid base is a built-in value type (int, str, list...): __dict__ and the base value. */
        VALUE,
        /** A subclass of {@code type} (a metaclass): its instances are classes, TYPE objects in the heap. */
        META
    }

    final int id;
    final String name;
    final TypeInfo base;
    final Layout layout;
    final MethodTable methods;
    final boolean user;
    /** For a {@link Layout#VALUE} class: the built-in type of the value its instances hold. */
    TypeInfo valueType;
    /** For a class made by a metaclass other than {@code type}: that metaclass (what {@code type(C)} answers); else null. */
    TypeInfo meta;
    /** The TYPE object in the heap. */
    long typeObject;
    /** What {@code T(...)} does for a built-in type (null: "cannot create 'T' instances"). */
    BuiltinCode constructor;
    /** The built-in method objects made so far, by name (immortal words). */
    final Map<String, Long> methodWords = new HashMap<>();
    /** For a {@link Layout#OBJECT} class: the empty {@link Shape} of its instances, made on first use. */
    Shape rootShape;
    /** How many shapes the class has (bounded by {@link Shape#MAX_PER_CLASS}). */
    int shapeCount;
    /**
     * For a {@link Layout#OBJECT} class: how many attribute fields a new instance gets (0: not
     * chosen yet, see {@link Instances#slotsFor}). A hint read and raised without a lock.
     */
    int inlineSlots;
    /** Whether a class defines {@code __eq__} and no {@code __hash__} (so its instances are unhashable). */
    boolean subclassable = true;

    TypeInfo(int id, String name, TypeInfo base, Layout layout, MethodTable methods, boolean user) {
        this.id = id;
        this.name = name;
        this.base = base;
        this.layout = layout;
        this.methods = methods;
        this.user = user;
    }

    @Override
    public String toString() {
        return "TypeInfo(" + id + " " + name + ")";
    }
}

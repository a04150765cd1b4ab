package dev.weft.runtime;

/**
 * What the built-in types need from the interpreter: the generic operations that may run guest
 * code ({@code __hash__}, {@code __eq__}, {@code __lt__}, {@code __repr__}, a sort key). A dict
 * holding user objects as keys, or {@code list.sort} on user objects, calls back through here.
 * Fast paths for ints, floats and strs stay with the caller; these are the general case.
 */
public interface Guest {
    /** Python's {@code hash(v)}; TypeError for an unhashable value. */
    long hash(long v);

    /** Python's {@code a == b} taken as a truth value. */
    boolean eq(long a, long b);

    /** Python's {@code a < b} taken as a truth value (what sort and min use). */
    boolean lt(long a, long b);

    /** Python's {@code repr(v)}, as a Java string. */
    String repr(long v);

    /** Python's {@code str(v)}, as a Java string. */
    String str(long v);

    /** Calls {@code f(arg)} (a sort key, a map function). */
    long call1(long f, long arg);

    /** Python's {@code bool(v)}. */
    boolean truthy(long v);

    /**
     * The built-in value that {@code v}, an instance of a subclass of a built-in type (a
     * {@code class Name(str)}), holds; any other value as it is. What code that needs a plain
     * str or list uses before giving up.
     */
    default long baseValue(long v) {
        return v;
    }

    /** Built-in code is about to change {@code obj}, an object marked {@link Mem#WATCHED}. */
    default void watchedWrite(long obj) {}
}

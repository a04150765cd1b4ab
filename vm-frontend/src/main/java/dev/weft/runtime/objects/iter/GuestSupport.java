package dev.weft.runtime.objects.iter;

/**
 * What the container types need from the interpreter beyond {@link dev.weft.runtime.Guest}:
 * iterating an arbitrary iterable ({@code list.extend(generator)}, {@code set(user_iterable)},
 * {@code "".join(gen)}) and naming the type of a value for error messages
 * ("'Foo' object is not iterable"). The interpreter's Guest implements this too; a Guest that
 * does not can still use every container over the built-in types, and gets TypeError for the
 * rest. Meant to fold into Guest once the lead agrees (see the report of this package).
 */
public interface GuestSupport {
    /** Python's {@code type(v).__name__}. */
    String typeName(long v);

    /** Python's {@code iter(v)}: an iterator object; TypeError when {@code v} is not iterable. */
    long iter(long v);

    /** The next item of an iterator made by {@link #iter}, or NULL (Words.NULL) when exhausted. */
    long next(long iterator);
}

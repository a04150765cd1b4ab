package dev.weft.runtime.text;

/**
 * What the text formatters ({@link Percent}, {@link StrFormat}) need from the interpreter about
 * guest values that are not numbers: their str and repr, their type's name for error
 * messages, attribute and item access for {@code "{0.name}"} and {@code "{0[key]}"}, and
 * {@code __format__} for {@code "{0:spec}"}. Numbers and strs are formatted here without a
 * call back; a word is taken for a str when it is a heap object of type
 * {@link dev.weft.runtime.TypeIds#STR}, and its text is {@link #str}.
 *
 * <p>{@link #str} and {@link #repr} have the names and meaning of {@link dev.weft.runtime.Guest}'s,
 * so one interpreter class can implement both interfaces.
 */
public interface FormatHost {
    /** Python's {@code str(v)}. */
    String str(long v);

    /** Python's {@code repr(v)}. */
    String repr(long v);

    /** The name of v's type, as error messages show it ("NoneType", "list", "Point"). */
    String typeName(long v);

    /** {@code getattr(obj, name)}. */
    long getAttr(long obj, String name);

    /** {@code obj[key]} with a str key. */
    long getItem(long obj, String key);

    /** {@code obj[index]} with an int key (as CPython: a sequence's item, else a lookup by int). */
    long getItem(long obj, long index);

    /** {@code format(v, spec)} for a value that is neither a number nor a str: {@code type(v).__format__(v, spec)}. */
    String format(long v, String spec);
}

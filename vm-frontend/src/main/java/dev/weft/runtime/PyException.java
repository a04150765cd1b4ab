package dev.weft.runtime;

/**
 * A guest exception on its way up the Java stack: raised by the built-in types and the
 * interpreter, caught by the interpreter's exception handling, which turns it into a guest
 * exception object ({@link #materialized}) when guest code or the traceback needs one.
 *
 * <p>Built-in code raises by kind and message ({@code PyException.of(ExcKind.KEY_ERROR, key)})
 * without building a heap object: most such exceptions are caught again at once by the
 * interpreter (StopIteration, KeyError in {@code dict.get}-like paths), and allocating there
 * would cost a heap object per miss. No Java stack trace is filled in: guest tracebacks come
 * from guest frames.
 */
public final class PyException extends RuntimeException {
    /** The builtin kind, or null when {@link #object} is set from the start (a guest raise). */
    public final ExcKind kind;
    /** The guest argument when it is a value (KeyError's key, StopIteration's value), else NULL. */
    public final long arg;
    /** The guest exception object once made, else {@link Words#NULL}. */
    private long object;
    /** For NameError: the name that was not found (the traceback printer suggests a near one). */
    public String missingName;
    /** For AttributeError: the object that lacked the attribute, and the attribute. */
    public long missingOn;

    private PyException(ExcKind kind, String message, long arg, long object) {
        super(message, null, false, false);
        this.kind = kind;
        this.arg = arg;
        this.object = object;
    }

    /** A builtin exception with a message ({@code ValueError("...")}); "" for no argument. */
    public static PyException of(ExcKind kind, String message) {
        return new PyException(kind, message, Words.NULL, Words.NULL);
    }

    /** A builtin exception whose single argument is a guest value (KeyError(key)). */
    public static PyException withArg(ExcKind kind, long arg) {
        return new PyException(kind, null, arg, Words.NULL);
    }

    /** A guest exception object raised by guest code. */
    public static PyException ofObject(long object) {
        return new PyException(null, null, Words.NULL, object);
    }

    public long object() {
        return object;
    }

    /** Records the guest object made for this exception. */
    public void materialized(long object) {
        this.object = object;
    }

    public static PyException typeError(String message) {
        return of(ExcKind.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return of(ExcKind.VALUE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return of(ExcKind.INDEX_ERROR, message);
    }
}

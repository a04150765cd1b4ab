package dev.weft.parse;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) found while reading Python
 * source, carrying the same fields as CPython's exception so that the runtime can turn it into
 * the guest exception unchanged: {@code lineno} is 1-based, {@code offset} and {@code endOffset}
 * are 1-based columns counted in code points (as CPython's {@code SyntaxError.offset}), and
 * {@code text} is the source line (with its newline when it had one). Positions that CPython
 * leaves unset are 0 here, and an end that CPython reports as -1 stays -1.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** "SyntaxError", "IndentationError" or "TabError". */
    public final String kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final String text;
    public final int endLineno;
    public final int endOffset;

    public PySyntaxError(String kind, String msg, String filename, int lineno, int offset, String text,
            int endLineno, int endOffset) {
        super(kind + ": " + msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    /** The same error with another message (used to prefix "f-string: "). */
    PySyntaxError withMessage(String newMsg) {
        return new PySyntaxError(kind, newMsg, filename, lineno, offset, text, endLineno, endOffset);
    }
}

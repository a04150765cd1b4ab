package dev.weft.parse;

/**
 * One token: its kind, its text as written, and where it lies (absolute char indices into
 * {@link Source#text} plus 1-based start and end lines). {@code level} is the bracket depth in
 * front of the token, which the parser needs for CPython's "Perhaps you forgot a comma?" rule.
 * Keywords are NAME tokens; the parser compares their text.
 */
final class Token {
    enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, ERROR }

    final Kind kind;
    final String text;
    final int start;
    final int end;
    final int line;
    final int endLine;
    final int level;

    Token(Kind kind, String text, int start, int end, int line, int endLine, int level) {
        this.kind = kind;
        this.text = text;
        this.start = start;
        this.end = end;
        this.line = line;
        this.endLine = endLine;
        this.level = level;
    }

    boolean is(String s) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(s);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + line;
    }
}

package dev.weft.parse.ast;

/**
 * A node that knows where it came from, as CPython's {@code _attributes}: 1-based lines and
 * 0-based columns counted in UTF-8 bytes of the source line (not chars), end exclusive.
 * Statements, expressions, {@link Arg}, {@link Keyword}, {@link Alias} and {@link ExceptHandler}
 * are located; {@link Arguments}, {@link Comprehension} and {@link WithItem} are not (as in CPython).
 */
public interface Located {
    int lineno();

    int colOffset();

    int endLineno();

    int endColOffset();
}

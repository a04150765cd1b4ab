package dev.weft.parse.ast;

/** ASDL {@code keyword}: {@code arg=value} in a call or class bases; arg is null for {@code **value}. */
public record Keyword(String arg, Expr value,
        int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
}

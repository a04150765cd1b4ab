package dev.weft.parse.ast;

/** ASDL {@code arg}: one parameter name, with its annotation (null when none). typeComment is always null. */
public record Arg(String arg, Expr annotation, String typeComment,
        int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
}

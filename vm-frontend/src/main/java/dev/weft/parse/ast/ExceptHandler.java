package dev.weft.parse.ast;

import java.util.List;

/** ASDL {@code ExceptHandler(expr? type, identifier? name, stmt* body)}: one except clause (of Try or TryStar). */
public record ExceptHandler(Expr type, String name, List<Stmt> body,
        int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
}

package dev.weft.parse.ast;

import java.util.List;

/** ASDL {@code comprehension}: one {@code [async] for target in iter if ...} clause; isAsync is 0 or 1 as in CPython. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) {
}

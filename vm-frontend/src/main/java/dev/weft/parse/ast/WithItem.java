package dev.weft.parse.ast;

/** ASDL {@code withitem}: {@code contextExpr [as optionalVars]}; optionalVars (a Store target) is null when absent. */
public record WithItem(Expr contextExpr, Expr optionalVars) {
}

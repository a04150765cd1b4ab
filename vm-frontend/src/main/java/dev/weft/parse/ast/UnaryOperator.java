package dev.weft.parse.ast;

/** ASDL {@code unaryop}. Named UnaryOperator in Java so it does not collide with the node {@link Expr.UnaryOp}. */
public enum UnaryOperator {
    Invert, Not, UAdd, USub
}

package dev.weft.parse.ast;

/** ASDL {@code boolop}. Named BoolOperator in Java so it does not collide with the node {@link Expr.BoolOp}. */
public enum BoolOperator {
    And, Or
}

package dev.weft.parse.ast;

/** ASDL {@code cmpop}: the comparison operators of a (chained) Compare. */
public enum CmpOp {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
}

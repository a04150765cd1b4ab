package dev.weft.parse.ast;

/** ASDL {@code expr_context}: whether a Name, Attribute, Subscript, Starred, List or Tuple is read, assigned or deleted. */
public enum ExprContext {
    Load, Store, Del
}

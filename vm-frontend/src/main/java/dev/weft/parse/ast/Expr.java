package dev.weft.parse.ast;

/**
 * ASDL {@code expr}: every expression kind of CPython 3.11, as records nested here so that a
 * compiler can {@code switch} over {@code Expr} exhaustively. Field names are the ASDL names in
 * lowerCamelCase; an optional field is null when absent; lists are never null and must not be
 * mutated (only Dict.keys may hold null elements). {@code java.util.List} is spelled out because
 * the node {@code Expr.List} shadows it in this file.
 */
public sealed interface Expr extends Located
        permits Expr.BoolOp,
        Expr.NamedExpr,
        Expr.BinOp,
        Expr.UnaryOp,
        Expr.Lambda,
        Expr.IfExp,
        Expr.Dict,
        Expr.Set,
        Expr.ListComp,
        Expr.SetComp,
        Expr.DictComp,
        Expr.GeneratorExp,
        Expr.Await,
        Expr.Yield,
        Expr.YieldFrom,
        Expr.Compare,
        Expr.Call,
        Expr.FormattedValue,
        Expr.JoinedStr,
        Expr.Constant,
        Expr.Attribute,
        Expr.Subscript,
        Expr.Starred,
        Expr.Name,
        Expr.List,
        Expr.Tuple,
        Expr.Slice {
    /** {@code a and b and c}: one node for a run of the same operator. */
    record BoolOp(BoolOperator op, java.util.List<Expr> values,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code target := value}. */
    record NamedExpr(Expr target, Expr value,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record BinOp(Expr left, Operator op, Expr right,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record UnaryOp(UnaryOperator op, Expr operand,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Lambda(Arguments args, Expr body,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** A dict display; a null key means {@code **value}. */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Set(java.util.List<Expr> elts,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record ListComp(Expr elt, java.util.List<Comprehension> generators,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record SetComp(Expr elt, java.util.List<Comprehension> generators,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Await(Expr value,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** value null for a bare {@code yield}. */
    record Yield(Expr value,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record YieldFrom(Expr value,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code a < b <= c}: ops and comparators are parallel. */
    record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code *x} arguments are Starred in args, {@code **x} are keywords with arg null. */
    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** A replacement field of an f-string: conversion is -1, or the code of 's', 'r', 'a'; formatSpec a JoinedStr or null. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** An f-string: Constant(str) and FormattedValue parts. */
    record JoinedStr(java.util.List<Expr> values,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** A literal; see the package README for the Java types of value. kind is "u" for a u-prefixed string, else null. */
    record Constant(Object value, String kind,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Attribute(Expr value, String attr, ExprContext ctx,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Subscript(Expr value, Expr slice, ExprContext ctx,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Starred(Expr value, ExprContext ctx,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Name(String id, ExprContext ctx,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record List(java.util.List<Expr> elts, ExprContext ctx,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Tuple(java.util.List<Expr> elts, ExprContext ctx,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code lower:upper:step} inside a subscript; absent parts are null. */
    record Slice(Expr lower, Expr upper, Expr step,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }
}

package dev.weft.parse.ast;

import java.util.List;

/**
 * ASDL {@code stmt}: every statement kind of CPython 3.11 except {@code Match}, as a record nested
 * here so that a compiler can {@code switch} over {@code Stmt} exhaustively. Field names are the
 * ASDL names in lowerCamelCase; an optional field ({@code ?}) is null when absent; lists are never
 * null (possibly empty) and must not be mutated. The expression interface is spelled out in full
 * below because the statement {@code Stmt.Expr} shadows its simple name in this file.
 */
public sealed interface Stmt extends Located
        permits Stmt.FunctionDef,
        Stmt.AsyncFunctionDef,
        Stmt.ClassDef,
        Stmt.Return,
        Stmt.Delete,
        Stmt.Assign,
        Stmt.AugAssign,
        Stmt.AnnAssign,
        Stmt.For,
        Stmt.AsyncFor,
        Stmt.While,
        Stmt.If,
        Stmt.With,
        Stmt.AsyncWith,
        Stmt.Raise,
        Stmt.Try,
        Stmt.TryStar,
        Stmt.Assert,
        Stmt.Import,
        Stmt.ImportFrom,
        Stmt.Global,
        Stmt.Nonlocal,
        Stmt.Expr,
        Stmt.Pass,
        Stmt.Break,
        Stmt.Continue {
    /** {@code def name(args) -> returns: body}; returns null when absent. */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<dev.weft.parse.ast.Expr> decoratorList, dev.weft.parse.ast.Expr returns, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code async def}. */
    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<dev.weft.parse.ast.Expr> decoratorList, dev.weft.parse.ast.Expr returns, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code class name(bases, keywords): body}. */
    record ClassDef(String name, List<dev.weft.parse.ast.Expr> bases, List<Keyword> keywords, List<Stmt> body, List<dev.weft.parse.ast.Expr> decoratorList,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code return [value]}; value null when bare. */
    record Return(dev.weft.parse.ast.Expr value,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code del targets} (each in Del context). */
    record Delete(List<dev.weft.parse.ast.Expr> targets,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code t1 = t2 = value}: one target per {@code =}. */
    record Assign(List<dev.weft.parse.ast.Expr> targets, dev.weft.parse.ast.Expr value, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code target op= value}. */
    record AugAssign(dev.weft.parse.ast.Expr target, Operator op, dev.weft.parse.ast.Expr value,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code target: annotation [= value]}; simple is 1 for a plain unparenthesized name. */
    record AnnAssign(dev.weft.parse.ast.Expr target, dev.weft.parse.ast.Expr annotation, dev.weft.parse.ast.Expr value, int simple,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code for target in iter: body else: orelse}. */
    record For(dev.weft.parse.ast.Expr target, dev.weft.parse.ast.Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code async for}. */
    record AsyncFor(dev.weft.parse.ast.Expr target, dev.weft.parse.ast.Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code while test: body else: orelse}. */
    record While(dev.weft.parse.ast.Expr test, List<Stmt> body, List<Stmt> orelse,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code if}; an elif chain is a nested If as the only statement of orelse. */
    record If(dev.weft.parse.ast.Expr test, List<Stmt> body, List<Stmt> orelse,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code with items: body}. */
    record With(List<WithItem> items, List<Stmt> body, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code async with}. */
    record AsyncWith(List<WithItem> items, List<Stmt> body, String typeComment,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code raise [exc [from cause]]}. */
    record Raise(dev.weft.parse.ast.Expr exc, dev.weft.parse.ast.Expr cause,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code try/except/else/finally}. */
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code try/except*} (PEP 654). */
    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code assert test[, msg]}. */
    record Assert(dev.weft.parse.ast.Expr test, dev.weft.parse.ast.Expr msg,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code import a.b as c, d}. */
    record Import(List<Alias> names,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code from ..module import names}; module null for {@code from . import x}; level counts the dots. */
    record ImportFrom(String module, List<Alias> names, int level,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code global names}. */
    record Global(List<String> names,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code nonlocal names}. */
    record Nonlocal(List<String> names,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** An expression statement. */
    record Expr(dev.weft.parse.ast.Expr value,
            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Pass(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Break(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Continue(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }
}

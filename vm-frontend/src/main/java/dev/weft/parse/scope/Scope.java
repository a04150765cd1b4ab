package dev.weft.parse.scope;

import dev.weft.parse.ast.Module;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of CPython's symbol table (a {@code PySTEntryObject}): the module, a class body, or a
 * function-like scope (def, lambda, and each comprehension, which is its own function in 3.11).
 * Each name's entry is one int holding CPython's DEF_* bits and, from bit {@link #SCOPE_OFF}, its
 * resolved {@link Kind}, exactly as symtable.c stores it; so {@code x = 1} at module level is
 * {@code DEF_LOCAL | (LOCAL << 11)}. Names are the mangled names ({@code __x} in class C is
 * {@code _C__x}).
 */
public final class Scope {
    /** The block types of CPython 3.11 (annotation blocks exist only under {@code from __future__ import annotations}). */
    public enum Type { MODULE, FUNCTION, CLASS, ANNOTATION }

    /** How a name resolves, the scope values of symtable.h (LOCAL = 1 ... CELL = 5). */
    public enum Kind {
        NONE, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL
    }

    /** Which comprehension a function scope is (CPython's ste_comprehension). */
    public enum Comprehension { NONE, LIST, SET, DICT, GENERATOR }

    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_FREE = 32;
    public static final int DEF_FREE_CLASS = 64;
    public static final int DEF_IMPORT = 128;
    public static final int DEF_ANNOT = 256;
    public static final int DEF_COMP_ITER = 512;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    public static final int SCOPE_OFF = 11;
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    final String name;
    final Type type;
    final int lineno;
    final int colOffset;
    final Object node;
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** (name, lineno, colOffset, endLineno, endColOffset) of global/nonlocal statements and walrus targets. */
    final List<Object[]> directives = new ArrayList<>();
    final Map<Object, Scope> byNode;
    boolean nested;
    boolean generator;
    boolean coroutine;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean free;
    boolean childFree;
    boolean compIterTarget;
    int compIterExpr;
    Comprehension comprehension = Comprehension.NONE;

    Scope(String name, Type type, Object node, int lineno, int colOffset, Map<Object, Scope> byNode) {
        this.name = name;
        this.type = type;
        this.node = node;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.byNode = byNode;
    }

    static Scope top(Module m) {
        return new Scope("top", Type.MODULE, m, 0, 0, new IdentityHashMap<>());
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public int lineno() {
        return lineno;
    }

    /** The AST node that opened this scope: Module, Stmt.FunctionDef/AsyncFunctionDef/ClassDef, Expr.Lambda or a comprehension Expr. */
    public Object node() {
        return node;
    }

    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** The scope opened by {@code node} (looked up by identity), from any scope of the same table; null if none. */
    public Scope scopeOf(Object node) {
        return byNode.get(node);
    }

    /** Names in CPython's order of first mention. */
    public List<String> names() {
        return List.copyOf(symbols.keySet());
    }

    /** The DEF_* bits of {@code name} (0 when unknown), without the scope bits. */
    public int flags(String name) {
        Integer v = symbols.get(name);
        return v == null ? 0 : v & ((1 << SCOPE_OFF) - 1);
    }

    /** How {@code name} resolves here; NONE when the name does not occur in this scope. */
    public Kind kind(String name) {
        Integer v = symbols.get(name);
        return v == null ? Kind.NONE : Kind.values()[(v >> SCOPE_OFF) & SCOPE_MASK];
    }

    /**
     * Cell variables as CPython's compiler numbers them: the CELL names sorted, or just
     * {@code __class__} for a class whose methods need it.
     */
    public List<String> cellNames() {
        if (needsClassClosure) return List.of("__class__");
        List<String> out = new ArrayList<>();
        for (String n : symbols.keySet()) if (kind(n) == Kind.CELL) out.add(n);
        out.sort(null);
        return out;
    }

    /** Free variables as CPython's compiler numbers them: FREE names (and class names free in methods, DEF_FREE_CLASS) sorted. */
    public List<String> freeNames() {
        List<String> out = new ArrayList<>();
        for (String n : symbols.keySet()) {
            if (kind(n) == Kind.FREE || (flags(n) & DEF_FREE_CLASS) != 0) out.add(n);
        }
        out.sort(null);
        return out;
    }

    /** Parameters in order (positional-only, positional, keyword-only, *args, **kwargs), and ".0" of comprehensions. */
    public List<String> varnames() {
        return List.copyOf(varnames);
    }

    public boolean isNested() {
        return nested;
    }

    /** Contains yield or is a generator expression. */
    public boolean isGenerator() {
        return generator;
    }

    /** An async def, or a comprehension that awaits or iterates asynchronously. */
    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    public boolean returnsValue() {
        return returnsValue;
    }

    /** A class whose methods use {@code __class__} or {@code super}: the class body needs the {@code __class__} cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** This scope has free variables (or, for childHasFree, one of its children does). */
    public boolean hasFree() {
        return free;
    }

    public boolean childHasFree() {
        return childFree;
    }

    public Comprehension comprehension() {
        return comprehension;
    }

    @Override
    public String toString() {
        return type + " " + name + "@" + lineno;
    }
}

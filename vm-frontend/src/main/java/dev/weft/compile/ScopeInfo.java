package dev.weft.compile;

import java.util.List;

/**
 * What the compiler needs to know of one scope from the scope analysis: how each name is
 * reached, the slot order of locals, cells and free variables, and the scopes nested in it.
 * Implemented over {@code dev.weft.parse.Symtable}; an interface so that the compiler depends
 * on the answers, not on how the analysis stores them.
 */
public interface ScopeInfo {
    enum Kind { LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, FREE, CELL }

    enum Type { MODULE, CLASS, FUNCTION }

    Type type();

    /** How {@code name} is reached from this scope (an unknown name is GLOBAL_IMPLICIT). */
    Kind kind(String name);

    /** Locals in slot order: parameters first, in order, then the other locals. */
    List<String> varNames();

    List<String> cellNames();

    List<String> freeNames();

    boolean isGenerator();

    /** An async def, or a comprehension that awaits or iterates asynchronously. */
    boolean isCoroutine();

    /** The scope of a nested FunctionDef, Lambda, ClassDef, comprehension or generator expression. */
    ScopeInfo child(Object node);
}

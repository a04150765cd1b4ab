package dev.weft.interp;

import dev.weft.compile.ScopeInfo;
import dev.weft.parse.scope.Scope;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The compiler's view ({@link ScopeInfo}) of the parser's scope analysis
 * ({@link dev.weft.parse.scope.Symtable}): the compiler asks only how a name is reached and how
 * slots are numbered, so it does not depend on how the analysis records CPython's flags.
 */
final class ScopeAdapter implements ScopeInfo {
    private final Scope scope;
    private final IdentityHashMap<Scope, ScopeAdapter> made;

    private ScopeAdapter(Scope scope, IdentityHashMap<Scope, ScopeAdapter> made) {
        this.scope = scope;
        this.made = made;
    }

    static ScopeInfo of(Scope module) {
        return new ScopeAdapter(module, new IdentityHashMap<>());
    }

    @Override
    public Type type() {
        return switch (scope.type()) {
            case MODULE -> Type.MODULE;
            case CLASS -> Type.CLASS;
            case FUNCTION, ANNOTATION -> Type.FUNCTION;
        };
    }

    @Override
    public Kind kind(String name) {
        return switch (scope.kind(name)) {
            case LOCAL -> Kind.LOCAL;
            case GLOBAL_EXPLICIT -> Kind.GLOBAL_EXPLICIT;
            case NONE, GLOBAL_IMPLICIT -> Kind.GLOBAL_IMPLICIT;
            case FREE -> Kind.FREE;
            case CELL -> Kind.CELL;
        };
    }

    @Override
    public List<String> varNames() {
        return scope.varnames();
    }

    @Override
    public List<String> cellNames() {
        return scope.cellNames();
    }

    @Override
    public List<String> freeNames() {
        return scope.freeNames();
    }

    @Override
    public boolean isGenerator() {
        return scope.isGenerator();
    }

    @Override
    public boolean isCoroutine() {
        return scope.isCoroutine();
    }

    @Override
    public ScopeInfo child(Object node) {
        Scope s = scope.scopeOf(node);
        if (s == null) throw new IllegalStateException("no scope for a " + node.getClass().getSimpleName());
        return made.computeIfAbsent(s, x -> new ScopeAdapter(x, made));
    }
}

package dev.weft.parse;

import dev.weft.parse.ast.Module;
import dev.weft.parse.scope.Scope;
import dev.weft.parse.scope.Symtable;

/**
 * Everything CPython's {@code compile(source, filename, 'exec')} checks before emitting code,
 * in its order: parsing, the {@code __future__} rules, scope analysis (symtable errors), then
 * the errors its code generator raises (see {@link CompileChecks}). A bytecode compiler calls
 * this and then walks the module with the scopes.
 */
public final class Frontend {
    private Frontend() {
    }

    /** The parsed module and its scope tree (module scope; {@code scopes.scopeOf(node)} finds the others). */
    public record Result(Module module, Scope scopes) {
    }

    /** Parses and checks source text. */
    public static Result compile(String source, String filename) {
        return check(Parser.parse(source, filename), filename);
    }

    /** Parses and checks a script file's bytes (see {@link Parser#parseFile}). */
    public static Result compileFile(byte[] source, String filename) {
        return check(Parser.parseFile(source, filename), filename);
    }

    /** Parses and checks source bytes as compile(bytes) and imports do (see {@link Parser#parseBytes}). */
    public static Result compileBytes(byte[] source, String filename) {
        return check(Parser.parseBytes(source, filename), filename);
    }

    /** Parses and checks an expression as {@code eval()} does (see {@link Parser#parseExpression}). */
    public static Result compileExpression(String source, String filename) {
        return check(Parser.parseExpression(source, filename), filename);
    }

    /** Checks an already parsed module. */
    public static Result check(Module m, String filename) {
        return DeepStack.call(() -> {
            CompileChecks.checkFuture(m, filename);
            Scope scopes = Symtable.build(m, filename);
            CompileChecks.checkAll(m, scopes, filename);
            return new Result(m, scopes);
        });
    }
}

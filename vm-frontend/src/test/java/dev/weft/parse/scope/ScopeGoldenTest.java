package dev.weft.parse.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.parse.Golden;
import dev.weft.parse.Parser;
import dev.weft.parse.ast.Expr;
import dev.weft.parse.ast.Module;
import dev.weft.parse.ast.Stmt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Scope analysis agrees with CPython 3.11: every golden source's scope tree, with each name's
 * scope and DEF_* flags, equals the dump generate.py takes from the {@code symtable} module;
 * and the generator, coroutine and *args/**kwargs flags of scope_flags.py's functions equal
 * the flags of the code objects CPython compiles for them.
 */
class ScopeGoldenTest {
    @TestFactory
    Stream<DynamicTest> scopesMatchCPythonSymtable() {
        return Golden.sources().stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
            String expected = Golden.read(Path.of(src + ".sym"));

            Module m = Parser.parseFile(Golden.bytes(src), src.getFileName().toString());
            String actual = ScopeDump.dump(Symtable.build(m, src.getFileName().toString()));

            assertEquals(expected, actual);
        }));
    }

    @Test
    void functionFlagsMatchCPythonCodeObjects() {
        Path src = Golden.AST_DIR.resolve("scope_flags.py");
        Module m = Parser.parseFile(Golden.bytes(src), "scope_flags.py");
        Scope top = Symtable.build(m, "scope_flags.py");
        List<String> lines = new ArrayList<>();

        collect(top, lines);
        lines.sort(null);

        assertEquals(Golden.read(Golden.DIR.resolve("scope_flags.expected")), String.join("\n", lines) + "\n");
    }

    /** "co_name firstlineno flags" as generate.py prints them from code objects. */
    private static void collect(Scope s, List<String> out) {
        for (Scope c : s.children()) {
            String name = switch (c.node()) {
                case Expr.Lambda l -> "<lambda>";
                case Expr.ListComp l -> "<listcomp>";
                case Expr.SetComp l -> "<setcomp>";
                case Expr.DictComp l -> "<dictcomp>";
                case Expr.GeneratorExp l -> "<genexpr>";
                case Stmt st -> c.name();
                default -> throw new AssertionError(c);
            };
            List<String> flags = new ArrayList<>();
            if (c.hasVarargs()) flags.add("varargs");
            if (c.hasVarkeywords()) flags.add("varkeywords");
            boolean function = c.type() == Scope.Type.FUNCTION;
            if (function && c.isGenerator() && !c.isCoroutine()) flags.add("generator");
            if (function && c.isCoroutine() && !c.isGenerator()) flags.add("coroutine");
            if (function && c.isCoroutine() && c.isGenerator()) flags.add("async_generator");
            out.add(name + " " + c.lineno() + " " + String.join(" ", flags));
            collect(c, out);
        }
    }

    @Test
    void methodsUsingSuperMakeTheClassKeepAClassCell() {
        Module m = Parser.parse("class C:\n    def f(self):\n        return super().f()\n    def g(self):\n        return 1\n", "t.py");

        Scope top = Symtable.build(m);
        Scope c = top.children().get(0);

        assertEquals(true, c.needsClassClosure());
        assertEquals(Scope.Kind.FREE, c.children().get(0).kind("__class__"));
        assertEquals(Scope.Kind.NONE, c.children().get(1).kind("__class__"));
        assertEquals(c, top.scopeOf(m.body().get(0)));
    }
}

package dev.weft.parse.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a scope tree in the format of the golden files, which generate.py makes from CPython's
 * {@code symtable} module: one line per scope ({@code type name lineno}, indented by nesting)
 * followed by its symbols sorted by name ({@code name SCOPE FLAG...}).
 */
public final class ScopeDump {
    private static final String[] FLAG_NAMES = {"DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE",
        "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER"};

    private ScopeDump() {
    }

    public static String dump(Scope top) {
        StringBuilder b = new StringBuilder();
        dump(top, 0, b);
        return b.toString();
    }

    private static void dump(Scope s, int indent, StringBuilder b) {
        String pad = "  ".repeat(indent);
        b.append(pad).append(s.type.name().toLowerCase()).append(' ').append(s.name).append(' ').append(s.lineno).append('\n');
        List<String> names = new ArrayList<>(s.symbols.keySet());
        names.sort(null);
        for (String n : names) {
            int flags = s.symbols.get(n);
            Scope.Kind kind = s.kind(n);
            b.append(pad).append("  ").append(n).append(' ').append(kind == Scope.Kind.NONE ? "NONE" : kind.name()).append(' ');
            List<String> fl = new ArrayList<>();
            for (int i = 0; i < FLAG_NAMES.length; i++) if ((flags & (1 << i)) != 0) fl.add(FLAG_NAMES[i]);
            b.append(String.join(" ", fl)).append('\n');
        }
        for (Scope c : s.children) dump(c, indent + 1, b);
    }
}

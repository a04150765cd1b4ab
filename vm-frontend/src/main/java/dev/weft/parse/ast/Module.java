package dev.weft.parse.ast;

import java.util.List;

/** ASDL {@code Module(stmt* body, type_ignore* type_ignores)}: the root of a parsed file. typeIgnores is always empty (we do not parse type comments). */
public record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) {
    /** ASDL {@code TypeIgnore(int lineno, string tag)}; kept for completeness, never produced. */
    public record TypeIgnore(int lineno, String tag) {
    }
}

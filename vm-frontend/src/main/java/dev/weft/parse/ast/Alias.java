package dev.weft.parse.ast;

/** ASDL {@code alias}: {@code name [as asname]} of an import; name may be dotted or "*"; asname null when absent. */
public record Alias(String name, String asname,
        int lineno, int colOffset, int endLineno, int endColOffset) implements Located {
}

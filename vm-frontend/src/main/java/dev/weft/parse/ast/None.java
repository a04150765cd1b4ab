package dev.weft.parse.ast;

/** The value of {@code Constant(value=None)}: Java's null means "field absent" in this AST, so None needs its own object. */
public enum None {
    NONE;

    @Override
    public String toString() {
        return "None";
    }
}

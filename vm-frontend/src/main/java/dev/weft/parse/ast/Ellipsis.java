package dev.weft.parse.ast;

/** The value of {@code Constant(value=Ellipsis)}, the literal {@code ...}. */
public enum Ellipsis {
    ELLIPSIS;

    @Override
    public String toString() {
        return "Ellipsis";
    }
}

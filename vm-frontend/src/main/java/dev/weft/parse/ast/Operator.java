package dev.weft.parse.ast;

/** ASDL {@code operator}: the binary operators of BinOp and AugAssign. Constant names are CPython's, so {@code name()} is what {@code ast.dump} prints. */
public enum Operator {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"), LShift("<<"), RShift(">>"),
    BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    /** The operator as written in source (without the {@code =} of augmented assignment). */
    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }
}

package dev.weft.compile;

/**
 * The binary operators of BINARY_OP, with the special-method names each one tries: the
 * forward method, the reflected one, and for the in-place forms the {@code __i*__} method
 * first. One table, so the compiler, the interpreter and error messages agree.
 */
public enum BinOp {
    ADD("+", "__add__", "__radd__"),
    SUB("-", "__sub__", "__rsub__"),
    MUL("*", "__mul__", "__rmul__"),
    MATMUL("@", "__matmul__", "__rmatmul__"),
    TRUEDIV("/", "__truediv__", "__rtruediv__"),
    FLOORDIV("//", "__floordiv__", "__rfloordiv__"),
    MOD("%", "__mod__", "__rmod__"),
    POW("**", "__pow__", "__rpow__"),
    LSHIFT("<<", "__lshift__", "__rlshift__"),
    RSHIFT(">>", "__rshift__", "__rrshift__"),
    AND("&", "__and__", "__rand__"),
    OR("|", "__or__", "__ror__"),
    XOR("^", "__xor__", "__rxor__");

    public final String symbol;
    public final String method;
    public final String reflected;
    /** {@code __iadd__} and so on. */
    public final String inplace;

    BinOp(String symbol, String method, String reflected) {
        this.symbol = symbol;
        this.method = method;
        this.reflected = reflected;
        this.inplace = "__i" + method.substring(2);
    }

    private static final BinOp[] ALL = values();

    /** The BINARY_OP argument: the ordinal, plus {@link #INPLACE} for {@code +=} forms. */
    public static final int INPLACE = 16;

    public static BinOp of(int arg) {
        return ALL[arg & 15];
    }

    public static boolean isInplace(int arg) {
        return (arg & INPLACE) != 0;
    }
}

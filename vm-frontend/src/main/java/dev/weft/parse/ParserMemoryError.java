package dev.weft.parse;

/**
 * Source nested too deeply for the parser's stack (say 100,000 unary minus signs). CPython's
 * parser gives up at 6000 levels with a bare MemoryError; the runtime should raise MemoryError
 * for this too. Parentheses never get this far: more than 200 nested brackets are the
 * tokenizer's SyntaxError "too many nested parentheses".
 */
public final class ParserMemoryError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParserMemoryError() {
        super("source nested too deeply", null, false, false);
    }
}

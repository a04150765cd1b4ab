package dev.weft.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns source text into tokens the way CPython 3.11's C tokenizer does, including its error
 * positions: INDENT/DEDENT from an indentation stack (tabs to multiples of 8, and a second stack
 * with tab size 1 to detect inconsistent tabs, which is CPython's TabError rule), no NEWLINE or
 * indentation inside brackets, backslash continuation, comments, and the number, name and string
 * shapes with CPython's exact diagnostics. String contents are not decoded here (see
 * {@link StringParser}), exactly as in CPython where f-strings are split by the parser.
 *
 * <p>The whole file is tokenized eagerly, which keeps the parser's backtracking trivial. The
 * tokenizer stops at the first error and appends an ERROR token; CPython raises a tokenizer error
 * only when the parser reaches it, or when the parser failed earlier and a scan of the rest of
 * the file finds one, so the error is kept as {@link Failure} and {@link Parser} decides.
 */
final class Tokenizer {
    /** CPython's MAXINDENT and MAXLEVEL. */
    static final int MAX_INDENT = 100;
    static final int MAX_LEVEL = 200;

    /** A tokenizer error and the facts CPython consults when deciding whether it wins. */
    static final class Failure {
        final PySyntaxError error;
        /** True for errors that CPython's tokenizer raises as exceptions at once (they override a parser error). */
        final boolean raised;
        /** When brackets were open at the error: "'(' was never closed" for the innermost one, else null. */
        final PySyntaxError unclosed;
        final int unclosedLine;

        Failure(PySyntaxError error, boolean raised, PySyntaxError unclosed, int unclosedLine) {
            this.error = error;
            this.raised = raised;
            this.unclosed = unclosed;
            this.unclosedLine = unclosedLine;
        }
    }

    /** Thrown internally to stop at the first error. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final Source src;
    private final String s;
    private final int limit;
    private final List<Token> out = new ArrayList<>();
    private Failure failure;

    private int pos;
    private int line;
    private int lineStart;

    private final int[] indStack = new int[MAX_INDENT + 1];
    private final int[] altIndStack = new int[MAX_INDENT + 1];
    private int indent;

    private final char[] parenStack = new char[MAX_LEVEL];
    private final int[] parenLine = new int[MAX_LEVEL];
    private final int[] parenPos = new int[MAX_LEVEL];
    private int level;
    /** Nonzero only for f-string expressions, which are tokenized as if inside brackets. */
    private final int baseLevel;

    private Tokenizer(Source src, int from, int to, int baseLevel) {
        this.src = src;
        this.s = src.text;
        this.pos = from;
        this.limit = to;
        this.line = src.lineOf(from);
        this.lineStart = src.lineStart(line);
        this.baseLevel = baseLevel;
        this.level = 0;
    }

    /** Tokenizes a whole file. The last token is ENDMARKER, or ERROR when {@link #failure()} is set. */
    static Tokenizer file(Source src) {
        Tokenizer t = new Tokenizer(src, 0, src.text.length(), 0);
        try {
            t.run();
        } catch (Stop stop) {
            // failure is set
        }
        return t;
    }

    /**
     * Tokenizes the expression part of an f-string replacement field, text[from, to), as if it
     * stood inside parentheses (CPython compiles it as {@code "(" + expr + ")"}).
     */
    static Tokenizer fstringExpression(Source src, int from, int to) {
        Tokenizer t = new Tokenizer(src, from, to, 1);
        try {
            t.runExpression();
        } catch (Stop stop) {
            // failure is set
        }
        return t;
    }

    List<Token> tokens() {
        return out;
    }

    Failure failure() {
        return failure;
    }

    // ---- character access ----

    private int peekc() {
        return pos < limit ? s.charAt(pos) : -1;
    }

    private int peekc(int ahead) {
        return pos + ahead < limit ? s.charAt(pos + ahead) : -1;
    }

    private void newLineAt(int afterNewline) {
        line++;
        lineStart = afterNewline;
    }

    // ---- errors ----

    /** An error raised as an exception by CPython's tokenizer: offset is the code-point column of {@code cur}. */
    private Stop raise(String msg, int cur) {
        return raiseRange(msg, src.cpCol(line, cur), -1);
    }

    private Stop raiseRange(String msg, int col, int endCol) {
        PySyntaxError e = new PySyntaxError("SyntaxError", msg, src.filename, line, col,
                chopNewline(src.lineText(line)), line,
                endCol < 0 ? col : endCol);
        return fail(e, true);
    }

    private static String chopNewline(String t) {
        return t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
    }

    private Stop fail(PySyntaxError e, boolean raised) {
        PySyntaxError unclosed = null;
        int uLine = 0;
        if (level > 0) {
            unclosed = unclosedError();
            uLine = parenLine[level - 1];
        }
        failure = new Failure(e, raised, unclosed, uLine);
        out.add(new Token(Token.Kind.ERROR, "", Math.min(pos, limit), Math.min(pos, limit), line, line, level + baseLevel));
        return new Stop();
    }

    private PySyntaxError unclosedError() {
        int pl = parenLine[level - 1];
        int pp = parenPos[level - 1];
        return new PySyntaxError("SyntaxError", "'" + parenStack[level - 1] + "' was never closed", src.filename, pl,
                src.cpCol(pl, pp) + 1, src.lineText(pl), pl, 0);
    }

    /** E_TABSPACE / E_TOODEEP: reported at column 1 of the current line. */
    private Stop doneAtLineStart(String kind, String msg) {
        return fail(new PySyntaxError(kind, msg, src.filename, line, 1, src.lineText(line), line, 0), false);
    }

    /** E_DEDENT / E_EOF: CPython reports the column of the end of the line buffer. */
    private Stop doneAtLineEnd(String kind, String msg, int endLineNo) {
        String text = src.lineText(line);
        int col = text.codePointCount(0, text.length());
        return fail(new PySyntaxError(kind, msg, src.filename, line, col, text, line, endLineNo), false);
    }

    // ---- main loop ----

    private void add(Token.Kind kind, int start, int end, int startLine) {
        out.add(new Token(kind, s.substring(start, end), start, end, startLine, line, level + baseLevel));
    }

    private void run() {
        boolean atBol = true;
        boolean contLine = false;
        while (true) {
            boolean blank = false;
            if (atBol) {
                atBol = false;
                int col = 0;
                int altcol = 0;
                int contCol = 0;
                while (true) {
                    int c = peekc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                        pos++;
                    } else if (c == '\t') {
                        col = (col / 8 + 1) * 8;
                        altcol = altcol + 1;
                        pos++;
                    } else if (c == '\f') {
                        col = altcol = 0;
                        pos++;
                    } else if (c == '\\') {
                        contCol = contCol != 0 ? contCol : col;
                        pos++;
                        continuation();
                    } else {
                        break;
                    }
                }
                int c = peekc();
                if (c == '#' || c == '\n') {
                    blank = true;
                } else if (c == -1) {
                    blank = false;
                }
                if (!blank && level == 0) {
                    if (contCol != 0) {
                        col = contCol;
                        altcol = contCol;
                    }
                    if (c == -1) {
                        col = 0;
                        altcol = 0;
                    }
                    if (col == indStack[indent]) {
                        if (altcol != altIndStack[indent]) throw doneAtLineStart("TabError", "inconsistent use of tabs and spaces in indentation");
                    } else if (col > indStack[indent]) {
                        if (indent + 1 >= MAX_INDENT) throw doneAtLineStart("IndentationError", "too many levels of indentation");
                        if (altcol <= altIndStack[indent]) throw doneAtLineStart("TabError", "inconsistent use of tabs and spaces in indentation");
                        indStack[++indent] = col;
                        altIndStack[indent] = altcol;
                        out.add(new Token(Token.Kind.INDENT, "", pos, pos, line, line, 0));
                    } else {
                        int dedents = 0;
                        while (indent > 0 && col < indStack[indent]) {
                            indent--;
                            dedents++;
                        }
                        if (col != indStack[indent]) {
                            throw doneAtLineEnd("IndentationError", "unindent does not match any outer indentation level", -1);
                        }
                        if (altcol != altIndStack[indent]) throw doneAtLineStart("TabError", "inconsistent use of tabs and spaces in indentation");
                        int dl = c == -1 ? Math.max(1, line - 1) : line;
                        for (int i = 0; i < dedents; i++) out.add(new Token(Token.Kind.DEDENT, "", pos, pos, dl, dl, 0));
                    }
                }
            }
            // "again": skip spaces, then one token.
            while (true) {
                int c;
                while ((c = peekc()) == ' ' || c == '\t' || c == '\f') pos++;
                int start = pos;
                if (c == '#') {
                    while (pos < limit && s.charAt(pos) != '\n') pos++;
                    c = peekc();
                }
                if (c == -1) {
                    if (level > 0) {
                        throw fail(unclosedError(), false);
                    }
                    int last = Math.max(1, line - 1);
                    out.add(new Token(Token.Kind.ENDMARKER, "", pos, pos, last, last, 0));
                    return;
                }
                if (c == '\n') {
                    int nl = pos;
                    pos++;
                    if (blank || level > 0) {
                        newLineAt(pos);
                        atBol = true;
                        break;
                    }
                    // Like CPython, a NEWLINE after a comment starts where the comment does.
                    out.add(new Token(Token.Kind.NEWLINE, "", start, nl + 1, line, line, 0));
                    newLineAt(pos);
                    atBol = true;
                    contLine = false;
                    break;
                }
                if (c == '\\') {
                    pos++;
                    continuation();
                    contLine = true;
                    if (peekc() == -1) {
                        // tok_continuation_line at EOF
                        throw doneAtLineEnd("SyntaxError", "unexpected EOF while parsing", -1);
                    }
                    continue;
                }
                token(c, start);
                blank = false;
            }
            if (contLine) contLine = false;
        }
    }

    /** An f-string expression: no NEWLINE, INDENT or DEDENT, ends with ENDMARKER at {@code limit}. */
    private void runExpression() {
        while (true) {
            int c;
            while ((c = peekc()) == ' ' || c == '\t' || c == '\f' || c == '\n') {
                pos++;
                if (c == '\n') newLineAt(pos);
            }
            int start = pos;
            if (c == -1) {
                if (level > 0) throw fail(unclosedError(), false);
                out.add(new Token(Token.Kind.ENDMARKER, "", pos, pos, line, line, 0));
                return;
            }
            if (c == '\\') {
                pos++;
                continuation();
                continue;
            }
            token(c, start);
        }
    }

    /** After a backslash: a newline must follow (E_LINECONT otherwise). */
    private void continuation() {
        int c = peekc();
        if (c != '\n') {
            // CPython reports column (cur - 1) + 1 where cur is past the character after the backslash.
            if (c != -1) pos++;
            int col = src.cpCol(line, pos - 1) + 1;
            String text = src.lineText(line);
            failure = null;
            throw fail(new PySyntaxError("SyntaxError", "unexpected character after line continuation character",
                    src.filename, line, col, text, line, 0), false);
        }
        pos++;
        newLineAt(pos);
        if (peekc() == -1) {
            line--;
            lineStart = src.lineStart(line);
            throw doneAtLineEnd("SyntaxError", "unexpected EOF while parsing", -1);
        }
    }

    private static boolean isIdStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isIdChar(int c) {
        return isIdStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private void token(int c, int start) {
        int startLine = line;
        if (isIdStart(c)) {
            boolean sawB = false;
            boolean sawR = false;
            boolean sawU = false;
            boolean sawF = false;
            while (true) {
                if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
                else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
                else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
                else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
                else break;
                pos++;
                c = peekc();
                if (c == '"' || c == '\'') {
                    string(start);
                    return;
                }
            }
            boolean nonAscii = false;
            while (isIdChar(c = peekc())) {
                if (c >= 128) nonAscii = true;
                pos++;
            }
            if (nonAscii) verifyIdentifier(start);
            add(Token.Kind.NAME, start, pos, startLine);
            return;
        }
        if (c == '.') {
            int c1 = peekc(1);
            if (isDigit(c1)) {
                pos++;
                number(start, true);
                return;
            }
            if (c1 == '.' && peekc(2) == '.') {
                pos += 3;
                add(Token.Kind.OP, start, pos, startLine);
                return;
            }
            pos++;
            add(Token.Kind.OP, start, pos, startLine);
            return;
        }
        if (isDigit(c)) {
            number(start, false);
            return;
        }
        if (c == '"' || c == '\'') {
            string(start);
            return;
        }
        // Operators: longest match of three, two, then one character.
        int len = operatorLength(start);
        pos = start + len;
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_LEVEL) throw raise("too many nested parentheses", pos);
                parenStack[level] = (char) c;
                parenLine[level] = line;
                parenPos[level] = start;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) throw raise("unmatched '" + (char) c + "'", pos);
                level--;
                char opening = parenStack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    if (parenLine[level] != line) {
                        throw raise("closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + opening
                                + "' on line " + parenLine[level], pos);
                    }
                    throw raise("closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + opening + "'", pos);
                }
            }
            default -> {
            }
        }
        add(Token.Kind.OP, start, pos, startLine);
    }

    private static final String[] THREE = {"**=", "//=", ">>=", "<<=", "..."};
    private static final String[] TWO = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=",
        "<>", "==", ">=", ">>", "@=", "^=", "|="};

    private int operatorLength(int start) {
        for (String op : THREE) if (s.startsWith(op, start) && start + 3 <= limit) return 3;
        for (String op : TWO) if (s.startsWith(op, start) && start + 2 <= limit) return 2;
        return 1;
    }

    private void verifyIdentifier(int start) {
        if (SourceDecoder.hasEscapedBytes(s, start, pos)) {
            // Undecodable bytes in a name: CPython's decode error, reported at the end of the name.
            String msg = SourceDecoder.utf8Error(SourceDecoder.originalBytes(s, start, pos));
            throw raise(msg, pos);
        }
        String name = s.substring(start, pos);
        int i = 0;
        int index = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            boolean ok = index == 0 ? (cp == '_' || isXidStart(cp)) : isXidContinue(cp);
            if (!ok) {
                int after = start + i + Character.charCount(cp);
                pos = after;
                String msg = isPrintable(cp)
                        ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex4(cp) + ")"
                        : "invalid non-printable character U+" + hex4(cp);
                throw raise(msg, after);
            }
            i += Character.charCount(cp);
            index++;
        }
    }

    static String hex4(int cp) {
        String h = Integer.toHexString(cp).toUpperCase();
        return "0".repeat(Math.max(0, 4 - h.length())) + h;
    }

    static boolean isXidStart(int cp) {
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    static boolean isXidContinue(int cp) {
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    /** Python's str.isprintable for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    // ---- numbers ----

    private int next() {
        int c = peekc();
        pos++;
        return c;
    }

    /** Reads digits and single underscores after a first digit was consumed; returns the char after (consumed). */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = next();
            } while (isDigit(c));
            if (c != '_') break;
            c = next();
            if (!isDigit(c)) {
                pos--;
                throw raise("invalid decimal literal", pos);
            }
        }
        return c;
    }

    /**
     * CPython's verify_end_of_number: a number may be followed directly by one of the keywords
     * that can follow a number in valid code (and, else, for, if, in, is, not, or); any other
     * identifier character is "invalid ... literal". {@code c} has been consumed.
     */
    private void verifyEnd(int c, String kind) {
        boolean r = false;
        if (c == 'a') r = lookahead("nd");
        else if (c == 'e') r = lookahead("lse");
        else if (c == 'f') r = lookahead("or");
        else if (c == 'i') {
            int c2 = peekc();
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
        } else if (c == 'o') r = lookahead("r");
        else if (c == 'n') r = lookahead("ot");
        if (!r && isIdChar(c)) {
            pos--;
            throw raise("invalid " + kind + " literal", pos);
        }
    }

    private boolean lookahead(String rest) {
        if (!s.startsWith(rest, pos) || pos + rest.length() > limit) return false;
        return !isIdChar(pos + rest.length() < limit ? s.charAt(pos + rest.length()) : -1);
    }

    private void number(int start, boolean afterDot) {
        int startLine = line;
        int end = scanNumber(start, afterDot);
        pos = end;
        add(Token.Kind.NUMBER, start, end, startLine);
    }

    /** Scans a number starting at {@code start} (past a leading '.' when afterDot); returns its end. */
    private int scanNumber(int start, boolean afterDot) {
        int c;
        if (afterDot) {
            return fraction(next());
        }
        c = next();
        if (c != '0') {
            return decimalRest(decimalTail());
        }
        c = next();
        if (c == 'x' || c == 'X') {
            c = next();
            do {
                if (c == '_') c = next();
                if (!isHex(c)) {
                    pos--;
                    throw raise("invalid hexadecimal literal", pos);
                }
                do {
                    c = next();
                } while (isHex(c));
            } while (c == '_');
            verifyEnd(c, "hexadecimal");
            return pos - 1;
        }
        if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            boolean octal = c == 'o' || c == 'O';
            char max = octal ? '8' : '2';
            String kind = octal ? "octal" : "binary";
            c = next();
            do {
                if (c == '_') c = next();
                if (c < '0' || c >= max) {
                    if (isDigit(c)) throw raise("invalid digit '" + (char) c + "' in " + kind + " literal", pos);
                    pos--;
                    throw raise("invalid " + kind + " literal", pos);
                }
                do {
                    c = next();
                } while ('0' <= c && c < max);
            } while (c == '_');
            if (isDigit(c)) throw raise("invalid digit '" + (char) c + "' in " + kind + " literal", pos);
            verifyEnd(c, kind);
            return pos - 1;
        }
        boolean nonzero = false;
        while (true) {
            if (c == '_') {
                c = next();
                if (!isDigit(c)) {
                    pos--;
                    throw raise("invalid decimal literal", pos);
                }
            }
            if (c != '0') break;
            c = next();
        }
        int zerosEnd = pos - 1;
        if (isDigit(c)) {
            nonzero = true;
            c = decimalTail();
        }
        if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
            return decimalRest(c);
        }
        if (nonzero) {
            pos--;
            throw raiseRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    src.cpCol(line, start) + 1, src.cpCol(line, zerosEnd));
        }
        verifyEnd(c, "decimal");
        return pos - 1;
    }

    /** After the integer part, with {@code c} (consumed) the char that follows it. */
    private int decimalRest(int c) {
        if (c == '.') return fraction(next());
        if (c == 'e' || c == 'E') return exponent(c);
        if (c == 'j' || c == 'J') {
            verifyEnd(next(), "imaginary");
            return pos - 1;
        }
        verifyEnd(c, "decimal");
        return pos - 1;
    }

    /** After the '.', with {@code c} the first char after it (consumed): digits, exponent, imaginary. */
    private int fraction(int c) {
        if (isDigit(c)) c = decimalTail();
        if (c == 'e' || c == 'E') return exponent(c);
        if (c == 'j' || c == 'J') {
            verifyEnd(next(), "imaginary");
            return pos - 1;
        }
        verifyEnd(c, "decimal");
        return pos - 1;
    }

    /**
     * The exponent part, {@code e} consumed. When no digit follows (as in {@code 1else}) the
     * number ends before the 'e', if the 'e' starts the keyword else; otherwise it is an error.
     */
    private int exponent(int e) {
        int ePos = pos - 1;
        int c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!isDigit(c)) {
                pos--;
                throw raise("invalid decimal literal", pos);
            }
        } else if (!isDigit(c)) {
            pos = ePos + 1;
            if (e == 'e' && lookahead("lse")) return ePos;
            pos = ePos;
            throw raise("invalid decimal literal", pos);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            verifyEnd(next(), "imaginary");
            return pos - 1;
        }
        verifyEnd(c, "decimal");
        return pos - 1;
    }

    private static boolean isHex(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    // ---- strings ----

    /** A string literal whose prefix starts at {@code start}; pos is at the opening quote. */
    private void string(int start) {
        int startLine = line;
        int startLineStart = lineStart;
        int quote = next();
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = next();
        if (c == quote) {
            c = next();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) pos--;
        while (endQuoteSize != quoteSize) {
            c = next();
            if (c == -1 || (quoteSize == 1 && c == '\n')) {
                int detected = c == -1 ? src.lineOf(limit - 1) : line;
                line = startLine;
                lineStart = startLineStart;
                pos = start + 1;
                String msg = quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                        : "unterminated string literal (detected at line " + detected + ")";
                throw raise(msg, pos);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\n') newLineAt(pos);
                if (c == '\\') {
                    int d = next();
                    if (d == '\n') newLineAt(pos);
                    if (d == -1) pos--;
                }
            }
        }
        out.add(new Token(Token.Kind.STRING, s.substring(start, pos), start, pos, startLine, line, level + baseLevel));
    }
}

package dev.weft.parse;

import dev.weft.parse.ast.Expr;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a run of adjacent string tokens into one Constant or JoinedStr, the job of CPython
 * 3.11's string_parser.c: prefixes, every escape sequence (with the unicode-escape codec's error
 * positions, which count each non-ASCII character as the 10 bytes of a {@code \U} escape, as
 * CPython's rewriting does), implicit concatenation (str with f-string gives a JoinedStr whose
 * adjacent literal parts are merged and empty ones dropped) and the f-string mini-language:
 * {@code {{ }}}, replacement fields with {@code =}, {@code !s/!r/!a} and nested format specs.
 *
 * <p>Replacement-field expressions are handed back to the parser ({@link ExprCompiler}) as a
 * range of the source text, so their nodes carry true source positions. The Constant and
 * FormattedValue parts get the location of the whole run, as in CPython 3.11.
 */
final class StringParser {
    /** Parses the f-string expression in source text [from, to); braceAt is the index of its '{'. */
    interface ExprCompiler {
        Expr compile(int from, int to, int braceAt);
    }

    /** Makes the SyntaxError CPython raises with RAISE_SYNTAX_ERROR at this point (the token after the run). */
    interface ErrorAtNext {
        PySyntaxError error(String msg);
    }

    /** Where nodes of the run go: lineno, colOffset, endLineno, endColOffset. */
    record Span(int lineno, int colOffset, int endLineno, int endColOffset) {
    }

    private final Source src;
    private final String s;
    private final ExprCompiler compiler;
    private final ErrorAtNext errAtNext;

    StringParser(Source src, ExprCompiler compiler, ErrorAtNext errAtNext) {
        this.src = src;
        this.s = src.text;
        this.compiler = compiler;
        this.errAtNext = errAtNext;
    }

    /** The prefix and body bounds of one string token. */
    private record Lit(boolean bytes, boolean raw, boolean fmt, boolean u, int bodyStart, int bodyEnd, Token token) {
    }

    private Lit lit(Token t) {
        String text = t.text;
        int i = 0;
        boolean b = false;
        boolean r = false;
        boolean f = false;
        while (text.charAt(i) != '\'' && text.charAt(i) != '"') {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == 'b') b = true;
            else if (c == 'r') r = true;
            else if (c == 'f') f = true;
            i++;
        }
        char q = text.charAt(i);
        int quote = text.length() >= i + 6 && text.charAt(i + 1) == q && text.charAt(i + 2) == q ? 3 : 1;
        return new Lit(b, r, f, text.charAt(0) == 'u', t.start + i + quote, t.end - quote, t);
    }

    /** Accumulates literal text and parts, like CPython's FstringParser. */
    private final class Builder {
        final StringBuilder last = new StringBuilder();
        boolean haveLast;
        final List<Expr> parts = new ArrayList<>();
        boolean fmode;

        void literal(String text) {
            if (text.isEmpty()) return;
            last.append(text);
            haveLast = true;
        }

        void flush(Span span, String kind) {
            if (haveLast) {
                parts.add(new Expr.Constant(last.toString(), kind, span.lineno, span.colOffset, span.endLineno, span.endColOffset));
                last.setLength(0);
                haveLast = false;
            }
        }
    }

    /** Concatenates the string tokens {@code run} (all STRING) into one expression located at {@code span}. */
    Expr concatenate(List<Token> run, Span span) {
        boolean bytesMode = false;
        ByteArrayOutputStream bytes = null;
        Builder b = new Builder();
        String kind = run.get(0).text.charAt(0) == 'u' ? "u" : null;
        for (int i = 0; i < run.size(); i++) {
            Lit l = lit(run.get(i));
            if (i != 0 && bytesMode != l.bytes) throw errAtNext.error("cannot mix bytes and nonbytes literals");
            bytesMode = l.bytes;
            if (l.fmt) {
                b.fmode = true;
                int end = fstring(b, l, l.bodyStart, l.bodyEnd, 0, span, kind);
                if (end < l.bodyEnd) throw errAtNext.error("f-string: unexpected end of string");
            } else if (l.bytes) {
                for (int k = l.bodyStart; k < l.token.end; k++) {
                    if (s.charAt(k) >= 0x80) {
                        Token t = l.token;
                        throw new PySyntaxError("SyntaxError", "bytes can only contain ASCII literal characters", src.filename,
                                t.line, src.cpCol(t.line, t.start) + 1, src.lineText(t.line), t.endLine,
                                src.cpCol(t.endLine, t.end) + 1);
                    }
                }
                if (bytes == null) bytes = new ByteArrayOutputStream();
                byte[] piece = decodeBytes(l.bodyStart, l.bodyEnd, l.raw);
                bytes.write(piece, 0, piece.length);
            } else {
                b.literal(decodeStr(l.bodyStart, l.bodyEnd, l.raw));
            }
        }
        if (bytesMode) {
            return new Expr.Constant(bytes.toByteArray(), null, span.lineno, span.colOffset, span.endLineno, span.endColOffset);
        }
        if (!b.fmode) {
            return new Expr.Constant(b.last.toString(), kind, span.lineno, span.colOffset, span.endLineno, span.endColOffset);
        }
        b.flush(span, kind);
        return new Expr.JoinedStr(List.copyOf(b.parts), span.lineno, span.colOffset, span.endLineno, span.endColOffset);
    }

    /**
     * Parses f-string text from {@code at} (literals and replacement fields) into {@code b} until the
     * end or, when nested (a format spec), until a '}' at depth 0. Returns where it stopped.
     */
    private int fstring(Builder b, Lit l, int at, int end, int recurse, Span span, String kind) {
        int p = at;
        while (true) {
            // The literal part.
            int litStart = p;
            boolean doubled = false;
            while (p < end) {
                char ch = s.charAt(p++);
                if (!l.raw && ch == '\\' && p < end) {
                    ch = s.charAt(p++);
                    if (ch == 'N') {
                        if (p < end && s.charAt(p++) == '{') {
                            while (p < end && s.charAt(p++) != '}') {
                                // skip the name
                            }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (recurse == 0) {
                        if (p < end && s.charAt(p) == ch) {
                            doubled = true;
                            break;
                        }
                        if (ch == '}') throw errAtNext.error("f-string: single '}' is not allowed");
                    }
                    p--;
                    break;
                }
            }
            if (p > litStart) {
                b.literal(l.raw ? s.substring(litStart, p) : decodeStr(litStart, p, false));
            }
            if (doubled) {
                p++;
                continue;
            }
            if (p >= end || s.charAt(p) == '}') break;
            // A replacement field at '{'.
            p = field(b, l, p, end, recurse, span, kind);
        }
        if (recurse != 0 && (p >= end || s.charAt(p) != '}')) throw errAtNext.error("f-string: expecting '}'");
        return p;
    }

    /** One replacement field starting at the '{' at {@code brace}; returns the index after its '}'. */
    private int field(Builder b, Lit l, int brace, int end, int recurse, Span span, String kind) {
        if (recurse >= 2) throw errAtNext.error("f-string: expressions nested too deeply");
        int p = brace + 1;
        int exprStart = p;
        char quote = 0;
        int stringType = 0;
        char[] parens = new char[Tokenizer.MAX_LEVEL];
        int depth = 0;
        for (; p < end; p++) {
            char ch = s.charAt(p);
            if (ch == '\\') throw errAtNext.error("f-string expression part cannot include a backslash");
            if (quote != 0) {
                if (ch == quote) {
                    if (stringType == 3) {
                        if (p + 2 < end && s.charAt(p + 1) == ch && s.charAt(p + 2) == ch) {
                            p += 2;
                            stringType = 0;
                            quote = 0;
                        }
                    } else {
                        stringType = 0;
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (p + 2 < end && s.charAt(p + 1) == ch && s.charAt(p + 2) == ch) {
                    stringType = 3;
                    p += 2;
                } else {
                    stringType = 1;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= Tokenizer.MAX_LEVEL) throw errAtNext.error("f-string: too many nested parenthesis");
                parens[depth++] = ch;
            } else if (ch == '#') {
                throw errAtNext.error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (p + 1 < end) {
                    char next = s.charAt(p + 1);
                    if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                        p++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') continue;
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) throw errAtNext.error("f-string: unmatched '" + ch + "'");
                char opening = parens[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw errAtNext.error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        int exprEnd = p;
        if (quote != 0) throw errAtNext.error("f-string: unterminated string");
        if (depth != 0) throw errAtNext.error("f-string: unmatched '" + parens[depth - 1] + "'");
        if (p >= end) throw errAtNext.error("f-string: expecting '}'");
        boolean blank = true;
        for (int k = exprStart; k < exprEnd; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                blank = false;
                break;
            }
        }
        if (blank) throw errAtNext.error("f-string: empty expression not allowed");
        Expr value = compiler.compile(exprStart, exprEnd, brace);
        String exprText = null;
        if (s.charAt(p) == '=') {
            p++;
            while (p < end && isSpace(s.charAt(p))) p++;
            if (p >= end) throw errAtNext.error("f-string: expecting '}'");
            exprText = s.substring(exprStart, p);
        }
        int conversion = -1;
        if (s.charAt(p) == '!') {
            p++;
            if (p >= end) throw errAtNext.error("f-string: expecting '}'");
            conversion = s.charAt(p++);
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                throw errAtNext.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr spec = null;
        if (p >= end) throw errAtNext.error("f-string: expecting '}'");
        if (s.charAt(p) == ':') {
            p++;
            if (p >= end) throw errAtNext.error("f-string: expecting '}'");
            Builder nested = new Builder();
            nested.fmode = true;
            p = fstring(nested, l, p, end, recurse + 1, span, kind);
            // CPython closes a format spec with the location of its own string token, not of the run.
            Token t = l.token;
            Span own = new Span(t.line, src.byteCol(t.line, t.start), t.endLine, src.byteCol(t.endLine, t.end));
            nested.flush(own, null);
            spec = new Expr.JoinedStr(List.copyOf(nested.parts), own.lineno, own.colOffset, own.endLineno, own.endColOffset);
        }
        if (p >= end || s.charAt(p) != '}') throw errAtNext.error("f-string: expecting '}'");
        p++;
        if (exprText != null) {
            b.literal(exprText);
            if (spec == null && conversion == -1) conversion = 'r';
        }
        b.flush(span, kind);
        b.parts.add(new Expr.FormattedValue(value, conversion, spec, span.lineno, span.colOffset, span.endLineno, span.endColOffset));
        return p;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    // ---- escapes ----

    private static int hexVal(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /**
     * Decodes a str literal body. Raw bodies are taken as they are. Error positions are those of
     * CPython, which first rewrites each non-ASCII character as a 10-byte {@code \UXXXXXXXX}
     * escape (and a backslash before one as the 6-byte {@code \u005c}).
     */
    String decodeStr(int from, int to, boolean raw) {
        if (SourceDecoder.hasEscapedBytes(s, from, to)) throw undecodable(from, to, raw);
        if (raw || s.indexOf('\\', from) < 0 || s.indexOf('\\', from) >= to) return s.substring(from, to);
        StringBuilder out = new StringBuilder(to - from);
        int p = from;
        while (p < to) {
            char c = s.charAt(p);
            if (c != '\\') {
                out.append(c);
                p++;
                continue;
            }
            int escStart = p;
            p++;
            if (p >= to) {
                out.append('\\');
                break;
            }
            char e = s.charAt(p++);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int code = e - '0';
                    if (p < to && s.charAt(p) >= '0' && s.charAt(p) <= '7') {
                        code = code * 8 + s.charAt(p++) - '0';
                        if (p < to && s.charAt(p) >= '0' && s.charAt(p) <= '7') code = code * 8 + s.charAt(p++) - '0';
                    }
                    out.appendCodePoint(code);
                }
                case 'x', 'u', 'U' -> {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String message = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                            : "truncated \\UXXXXXXXX escape";
                    int code = 0;
                    for (; count > 0; count--, p++) {
                        int h = p < to ? hexVal(s.charAt(p)) : -1;
                        if (h < 0) throw unicodeError(from, escStart, p, message);
                        code = code * 16 + h;
                    }
                    if (code > 0x10FFFF || code < 0) throw unicodeError(from, escStart, p, "illegal Unicode character");
                    out.appendCodePoint(code);
                }
                case 'N' -> {
                    String message = "malformed \\N character escape";
                    if (p >= to) throw unicodeError(from, escStart, p, message);
                    if (s.charAt(p) == '{') {
                        int nameStart = ++p;
                        while (p < to && s.charAt(p) != '}') p++;
                        if (p >= to) throw unicodeError(from, escStart, p, message);
                        if (p > nameStart) {
                            String name = s.substring(nameStart, p);
                            p++;
                            int cp = lookupName(name);
                            if (cp >= 0) {
                                out.appendCodePoint(cp);
                                continue;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    throw unicodeError(from, escStart, p, message);
                }
                default -> {
                    out.append('\\');
                    p--;
                }
            }
        }
        return out.toString();
    }

    /**
     * Undecodable bytes in a str literal: CPython decodes a body without backslashes in one go,
     * and otherwise each run of non-ASCII bytes on its own, so positions count from there.
     */
    private PySyntaxError undecodable(int from, int to, boolean raw) {
        boolean whole = raw || s.indexOf('\\', from) < 0 || s.indexOf('\\', from) >= to;
        int runStart = from;
        if (!whole) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c >= 0x80 && (i == from || s.charAt(i - 1) < 0x80)) runStart = i;
                if (c >= 0xDC80 && c <= 0xDCFF) break;
            }
        }
        int runEnd = to;
        if (!whole) {
            runEnd = runStart;
            while (runEnd < to && s.charAt(runEnd) >= 0x80) runEnd++;
        }
        return errAtNext.error(SourceDecoder.utf8Error(SourceDecoder.originalBytes(s, runStart, runEnd)));
    }

    private static int lookupName(String name) {
        if (name.isEmpty() || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') return -1;
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** CPython's "(unicode error) 'unicodeescape' codec can't decode ..." for input [start, end) of the body. */
    private PySyntaxError unicodeError(int bodyStart, int start, int end, String reason) {
        int a = rewrittenOffset(bodyStart, start);
        int z = rewrittenOffset(bodyStart, end);
        String where = z - a == 1 ? "byte 0x" + String.format("%02x", (int) s.charAt(start)) + " in position " + a
                : "bytes in position " + a + "-" + (z - 1);
        return errAtNext.error("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
    }

    /** Offset of source index {@code at} in CPython's rewritten (ASCII-only) copy of the body. */
    private int rewrittenOffset(int bodyStart, int at) {
        int n = 0;
        int i = bodyStart;
        while (i < at) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) >= 0x80) {
                n += 6;
                i++;
            } else if (c >= 0x80) {
                n += 10;
                i += Character.isHighSurrogate(c) ? 2 : 1;
            } else {
                n++;
                i++;
            }
        }
        return n;
    }

    /** Decodes a bytes literal body (already checked to be ASCII). */
    private byte[] decodeBytes(int from, int to, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int p = from;
        while (p < to) {
            char c = s.charAt(p);
            if (raw || c != '\\') {
                out.write(c);
                p++;
                continue;
            }
            int escStart = p;
            p++;
            if (p >= to) {
                out.write('\\');
                break;
            }
            char e = s.charAt(p++);
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int code = e - '0';
                    if (p < to && s.charAt(p) >= '0' && s.charAt(p) <= '7') {
                        code = code * 8 + s.charAt(p++) - '0';
                        if (p < to && s.charAt(p) >= '0' && s.charAt(p) <= '7') code = code * 8 + s.charAt(p++) - '0';
                    }
                    out.write(code & 0xFF);
                }
                case 'x' -> {
                    int h1 = p < to ? hexVal(s.charAt(p)) : -1;
                    int h2 = p + 1 < to ? hexVal(s.charAt(p + 1)) : -1;
                    if (h1 < 0 || h2 < 0) {
                        throw errAtNext.error("(value error) invalid \\x escape at position " + (escStart - from));
                    }
                    out.write(h1 * 16 + h2);
                    p += 2;
                }
                default -> {
                    out.write('\\');
                    p--;
                }
            }
        }
        return out.toByteArray();
    }
}

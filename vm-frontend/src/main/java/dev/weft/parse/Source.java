package dev.weft.parse;

import java.util.Arrays;

/**
 * The text being parsed and its line table. Newlines are normalized to {@code \n} (as CPython's
 * tokenizer does for {@code \r\n} and {@code \r}) and a final newline is added when missing, so
 * every line ends with {@code \n}. Tokens keep absolute char indices into {@link #text}; the AST
 * wants UTF-8 byte columns and SyntaxError wants code-point columns, and both are derived here
 * on demand (with a fast path for all-ASCII lines, the common case).
 */
final class Source {
    final String text;
    final String filename;
    /** lineStart[i] is the char index where line i+1 begins; one extra entry marks the end. */
    private final int[] lineStart;
    private final boolean[] ascii;
    private final int lines;

    Source(String raw, String filename) {
        this.text = normalize(raw);
        this.filename = filename;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 <= text.length()) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        // The last entry equals text.length(): it starts the (empty) line after the final newline.
        this.lines = n - 1;
        this.lineStart = Arrays.copyOf(starts, n);
        this.ascii = new boolean[n];
        for (int l = 0; l < n - 1; l++) {
            boolean a = true;
            for (int i = lineStart[l]; i < lineStart[l + 1]; i++) {
                if (text.charAt(i) >= 0x80) {
                    a = false;
                    break;
                }
            }
            ascii[l] = a;
        }
        ascii[n - 1] = true;
    }

    private static String normalize(String s) {
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (s.isEmpty() || s.charAt(s.length() - 1) != '\n') {
            s = s + "\n";
        }
        return s;
    }

    /** Number of lines (each ending in a newline). */
    int lineCount() {
        return lines;
    }

    /** Char index where 1-based line {@code line} starts (lineCount()+1 gives the end of text). */
    int lineStart(int line) {
        return lineStart[Math.min(line - 1, lineStart.length - 1)];
    }

    /** 1-based line containing char index {@code pos}. */
    int lineOf(int pos) {
        int i = Arrays.binarySearch(lineStart, pos);
        if (i >= 0) return Math.min(i + 1, Math.max(lines, 1) + 1);
        return -i - 1;
    }

    /** The text of 1-based line {@code line}, with its newline. */
    String lineText(int line) {
        if (line < 1 || line > lines) return "";
        return text.substring(lineStart[line - 1], lineStart[line]);
    }

    /** UTF-8 byte column of char index {@code pos} on 1-based line {@code line}. */
    int byteCol(int line, int pos) {
        int start = lineStart(line);
        if (line - 1 < ascii.length && ascii[line - 1]) return pos - start;
        int bytes = 0;
        for (int i = start; i < pos; i++) {
            char c = text.charAt(i);
            if (c < 0x80 || (c >= 0xDC80 && c <= 0xDCFF)) bytes += 1;
            else if (c < 0x800) bytes += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < pos && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else bytes += 3;
        }
        return bytes;
    }

    /** Code-point column (0-based) of char index {@code pos} on 1-based line {@code line}. */
    int cpCol(int line, int pos) {
        int start = lineStart(line);
        // pos before the line: -1 stands for "no end column" (CPython's end_offset 0)
        if (pos < start || line - 1 < ascii.length && ascii[line - 1]) return pos - start;
        return text.codePointCount(start, pos);
    }

    /** A SyntaxError located at char index {@code pos} (offset = code-point column + 1). */
    PySyntaxError error(String kind, String msg, int pos, int endPos) {
        int line = lineOf(pos);
        int endLine = endPos < 0 ? line : lineOf(endPos);
        int end = endPos < 0 ? -1 : cpCol(endLine, endPos) + 1;
        return new PySyntaxError(kind, msg, filename, line, cpCol(line, pos) + 1, lineText(line), endLine, end);
    }
}

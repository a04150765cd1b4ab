package dev.weft.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a source file into text as CPython does (PEP 263 and PEP 3120), in its two
 * flavours: a script run as {@code python3 FILE} ({@link #decodeScript}) and source compiled from
 * bytes, as imports do ({@link #decode}). UTF-8 by default, an optional UTF-8 byte-order mark, or the encoding
 * named by a coding cookie in a comment on line 1 or 2 (utf-8, latin-1 and the other charsets
 * Java knows).
 *
 * <p>Like CPython, which decodes tokens only when it needs their text, undecodable UTF-8 is an
 * error only inside a name or a string literal (a bad byte in a comment is harmless). So bad
 * bytes are kept as the lone surrogates U+DC80..U+DCFF (Python's "surrogateescape" mapping,
 * which valid UTF-8 can never produce), and the tokenizer and string decoder report them with
 * CPython's "(unicode error) 'utf-8' codec can't decode ..." message via {@link #utf8Error}.
 */
final class SourceDecoder {
    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoder() {
    }

    /**
     * Decodes a script file as {@code python3 FILE} does: beyond {@link #decode}, the file is read
     * line by line and the first line holding bytes that are not UTF-8 (when no cookie names another
     * encoding) or a NUL byte is an error, even in a comment.
     */
    static String decodeScript(byte[] bytes, String filename) {
        int start = hasBom(bytes) ? 3 : 0;
        boolean utf8 = findCookie(bytes, start) == null;
        int lineNo = 1;
        int lineStart = start;
        for (int i = start; i < bytes.length; ) {
            int c = bytes[i] & 0xFF;
            if (c == 0) {
                int end = lineStart;
                while (end < bytes.length && bytes[end] != 0) end++;
                String text = new String(bytes, lineStart, end - lineStart, StandardCharsets.UTF_8);
                throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename, lineNo, 0, text, lineNo, 0);
            }
            if (c == '\n') {
                lineNo++;
                lineStart = i + 1;
                i++;
                continue;
            }
            if (c >= 0x80 && utf8) {
                int n = lenientSequence(bytes, i);
                if (n == 0) {
                    throw new PySyntaxError("SyntaxError", String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                            + "but no encoding declared; see https://peps.python.org/pep-0263/ for details", c, filename, lineNo),
                            filename, 0, 0, null, 0, 0);
                }
                i += n;
                continue;
            }
            i++;
        }
        return decode(bytes, filename);
    }

    /** CPython's valid_utf8 (lenient about overlong forms), used for the script-file check. */
    private static int lenientSequence(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int expected;
        if (c < 0x80) return 1;
        if (c < 0xC0) return 0;
        if (c < 0xE0) expected = 1;
        else if (c < 0xF0) expected = 2;
        else if (c < 0xF8) expected = 3;
        else return 0;
        for (int j = 1; j <= expected; j++) {
            if (i + j >= b.length) return 0;
            int d = b[i + j] & 0xFF;
            if (d < 0x80 || d >= 0xC0) return 0;
        }
        return expected + 1;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** Decodes source bytes as {@code compile(bytes, ...)} and imports do. */
    static String decode(byte[] bytes, String filename) {
        for (byte x : bytes) {
            if (x == 0) {
                throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 0, 0, null, 0, 0);
            }
        }
        int start = 0;
        boolean bom = hasBom(bytes);
        if (bom) start = 3;
        String cookie = findCookie(bytes, start);
        if (cookie != null) {
            String norm = normalizeEncoding(cookie);
            if (bom && !norm.equals("utf-8")) {
                throw new PySyntaxError("SyntaxError", "encoding problem: " + norm + " with BOM", filename, 0, -1, null, 0, -1);
            }
            if (!norm.equals("utf-8")) {
                Charset cs;
                try {
                    cs = Charset.forName(norm.equals("iso-8859-1") ? "ISO-8859-1" : norm);
                } catch (IllegalArgumentException e) {
                    throw new PySyntaxError("SyntaxError", "unknown encoding: " + cookie, filename, 0, -1, null, 0, -1);
                }
                return new String(bytes, start, bytes.length - start, cs);
            }
        }
        return decodeUtf8Escaped(bytes, start);
    }

    /** CPython's get_normal_name: the spellings of utf-8 and latin-1, else the name as written. */
    private static String normalizeEncoding(String name) {
        String n = name.toLowerCase().replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) return "utf-8";
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1") || n.startsWith("latin-1-")
                || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return name;
    }

    private static String findCookie(byte[] bytes, int start) {
        int pos = start;
        for (int lineNo = 0; lineNo < 2 && pos < bytes.length; lineNo++) {
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') end++;
            String line = new String(bytes, pos, end - pos, StandardCharsets.ISO_8859_1);
            Matcher m = COOKIE.matcher(line);
            if (m.find()) return m.group(1);
            String stripped = line.strip();
            // Only a blank or comment-only first line lets the second line hold the cookie.
            if (!(stripped.isEmpty() || stripped.startsWith("#"))) return null;
            pos = end;
            if (pos < bytes.length && bytes[pos] == '\r') pos++;
            if (pos < bytes.length && bytes[pos] == '\n') pos++;
        }
        return null;
    }

    /** Length of the valid UTF-8 sequence at b[i], or 0 when it is not valid. */
    private static int validSequence(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        int need;
        if (c < 0x80) return 1;
        if (c >= 0xC2 && c <= 0xDF) need = 1;
        else if (c >= 0xE0 && c <= 0xEF) need = 2;
        else if (c >= 0xF0 && c <= 0xF4) need = 3;
        else return 0;
        for (int j = 1; j <= need; j++) {
            if (i + j >= end) return 0;
            int d = b[i + j] & 0xFF;
            boolean ok = d >= 0x80 && d <= 0xBF;
            if (j == 1) {
                if (c == 0xE0 && d < 0xA0) ok = false;
                if (c == 0xED && d > 0x9F) ok = false;
                if (c == 0xF0 && d < 0x90) ok = false;
                if (c == 0xF4 && d > 0x8F) ok = false;
            }
            if (!ok) return 0;
        }
        return need + 1;
    }

    private static String decodeUtf8Escaped(byte[] b, int start) {
        StringBuilder out = new StringBuilder(b.length - start);
        int i = start;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int n = validSequence(b, i, b.length);
            if (n == 0) {
                out.append((char) (0xDC00 | c));
                i++;
            } else {
                out.append(new String(b, i, n, StandardCharsets.UTF_8));
                i += n;
            }
        }
        return out.toString();
    }

    /** Whether {@code s} holds an escaped undecodable byte. */
    static boolean hasEscapedBytes(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            // The low half of a real surrogate pair (an astral character) follows a high surrogate.
            if (c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) return true;
        }
        return false;
    }

    /** The original bytes of text that may hold escaped bytes. */
    static byte[] originalBytes(CharSequence s, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF) {
                out.write(c & 0xFF);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                byte[] e = new String(new char[] {c, s.charAt(i + 1)}).getBytes(StandardCharsets.UTF_8);
                out.write(e, 0, e.length);
                i++;
            } else {
                byte[] e = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(e, 0, e.length);
            }
        }
        return out.toByteArray();
    }

    /** The message of Python's UTF-8 decoder for the first undecodable sequence of {@code b}, or null. */
    static String utf8Error(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            if (c >= 0xC2 && c <= 0xDF) need = 1;
            else if (c >= 0xE0 && c <= 0xEF) need = 2;
            else if (c >= 0xF0 && c <= 0xF4) need = 3;
            else return message(b, i, i, "invalid start byte");
            for (int j = 1; j <= need; j++) {
                if (i + j >= b.length) return message(b, i, i + j - 1, "unexpected end of data");
                int d = b[i + j] & 0xFF;
                boolean ok = d >= 0x80 && d <= 0xBF;
                if (j == 1) {
                    if (c == 0xE0 && d < 0xA0) ok = false;
                    if (c == 0xED && d > 0x9F) ok = false;
                    if (c == 0xF0 && d < 0x90) ok = false;
                    if (c == 0xF4 && d > 0x8F) ok = false;
                }
                if (!ok) return message(b, i, i + j - 1, "invalid continuation byte");
            }
            i += need + 1;
        }
        return null;
    }

    private static String message(byte[] b, int from, int to, String reason) {
        String where = from == to ? String.format("byte 0x%02x in position %d", b[from] & 0xFF, from)
                : String.format("bytes in position %d-%d", from, to);
        return "(unicode error) 'utf-8' codec can't decode " + where + ": " + reason;
    }
}

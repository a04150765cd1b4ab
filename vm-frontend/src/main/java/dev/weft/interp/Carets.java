package dev.weft.interp;

import java.nio.charset.StandardCharsets;

/**
 * The marker line CPython 3.11 prints under a traceback's source line: {@code ^} under the
 * failing expression when it is not the whole line, and for a binary operator or a subscript
 * {@code ~} under the operands with {@code ^} under the operator or the brackets
 * ({@code ~~^~~}). The rules are those of 3.11's traceback module (format_frame_summary and
 * _extract_caret_anchors_from_line_segment); the spans come from the compiler
 * ({@code Code.positions}).
 */
final class Carets {
    private Carets() {}

    /** The marker line for instruction pc on source line {@code src}, or null for none. */
    static String line(String src, int[] positions, int pc) {
        int lineno = positions[pc * 6], endLineno = positions[pc * 6 + 1];
        int colB = positions[pc * 6 + 2], endColB = positions[pc * 6 + 3];
        int anchorL = positions[pc * 6 + 4], anchorR = positions[pc * 6 + 5];
        if (colB < 0 || endColB < 0) return null;
        String stripped = src.strip();
        int strippedChars = src.length() - src.stripLeading().length();
        int start = charOffset(src, colB);
        int end;
        int left = -1, right = -1;
        if (lineno == endLineno) {
            end = charOffset(src, endColB);
            if (anchorL >= 0) {
                String segment = src.substring(start, Math.min(end, src.length()));
                int[] a = anchorR >= 0 ? binOpAnchors(src, segment, colB, anchorL, anchorR) : subscriptAnchors(src, segment, colB, anchorL, -2 - anchorR);
                if (a != null) {
                    left = a[0];
                    right = a[1];
                }
            }
        } else {
            end = strippedChars + stripped.length();
        }
        boolean anchors = left >= 0;
        if (!(end - start < stripped.length() || anchors && right - left > 0)) return null;
        var sb = new StringBuilder("    ");
        sb.append(" ".repeat(Math.max(0, start - strippedChars)));
        if (anchors) {
            sb.append("~".repeat(left)).append("^".repeat(right - left)).append("~".repeat(Math.max(0, end - start - right)));
        } else {
            sb.append("^".repeat(Math.max(0, end - start)));
        }
        return sb.toString();
    }

    /** The character offset in s of a UTF-8 byte offset. */
    private static int charOffset(String s, int byteOffset) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (byteOffset >= b.length) return s.length() + (byteOffset - b.length);
        return new String(b, 0, byteOffset, StandardCharsets.UTF_8).length();
    }

    /** Anchors (offsets within the segment) of a binary operator: where the operator's ^ starts and ends. */
    private static int[] binOpAnchors(String src, String segment, int colB, int leftEndB, int rightStartB) {
        int base = charOffset(src, colB);
        int opStart = charOffset(src, leftEndB) - base, opEnd = charOffset(src, rightStartB) - base;
        if (opStart < 0 || opEnd > segment.length() || opStart > opEnd) return null;
        String op = segment.substring(opStart, opEnd);
        int opOffset = op.length() - op.stripLeading().length();
        int l = opStart + opOffset;
        int r = l + 1;
        if (opOffset + 1 < op.length() && !Character.isWhitespace(op.charAt(opOffset + 1))) r++;
        while (l < segment.length() && (Character.isWhitespace(segment.charAt(l)) || segment.charAt(l) == ')' || segment.charAt(l) == '#')) {
            l++;
            r++;
        }
        return new int[] {l, r};
    }

    /** Anchors of a subscript: from its '[' to just after its ']'. */
    private static int[] subscriptAnchors(String src, String segment, int colB, int valueEndB, int sliceEndB) {
        int base = charOffset(src, colB);
        int l = charOffset(src, valueEndB) - base, r = charOffset(src, sliceEndB) - base + 1;
        if (l < 0) return null;
        while (l < segment.length() && segment.charAt(l) != '[') l++;
        while (r < segment.length() && segment.charAt(r) != ']') r++;
        if (r < segment.length()) r++;
        return new int[] {l, r};
    }
}

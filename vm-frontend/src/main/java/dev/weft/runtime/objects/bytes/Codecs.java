package dev.weft.runtime.objects.bytes;

import static dev.weft.runtime.objects.iter.Args.Style.KW;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.str.Str;

/**
 * The text codecs between str and bytes: UTF-8, Latin-1 and ASCII, under the error handlers
 * strict, ignore, replace, backslashreplace, xmlcharrefreplace (encoding) and
 * surrogateescape, with CPython's messages ("'ascii' codec can't encode character '\xe9' in
 * position 0: ordinal not in range(128)"). Encoding names are looked up as CPython
 * normalises them (case and '-', '_', ' ' ignored), so "UTF8" and "iso-8859-1" work.
 *
 * <p>An error spans what CPython's span: a run of unencodable characters when encoding, one
 * byte (ASCII, or a bad UTF-8 start) or the maximal valid prefix of a truncated UTF-8
 * sequence when decoding, so that "replace" yields as many U+FFFD as CPython does.
 */
public final class Codecs {
    private Codecs() {}

    private enum Codec {
        UTF8("utf-8", 0x10FFFF), LATIN1("latin-1", 0xFF), ASCII("ascii", 0x7F);

        final String name;
        final int max;

        Codec(String name, int max) {
            this.name = name;
            this.max = max;
        }
    }

    /** {@code str.encode}, installed on str. */
    public static void installStr(MethodTable t) {
        Args.def(t, KW, "encode", 0, 2, (c, a, n, k) -> {
            long[] p = Args.bind("encode", a, n, k, 2, "encoding", "errors");
            return Bytes.of(c.mem, encode(Str.codePoints(a[0]), name(c, p[0], "encode", 1, "utf-8"), name(c, p[1], "encode", 2, "strict")));
        });
    }

    /** {@code bytes.decode} and {@code bytearray.decode}. */
    static void installDecode(MethodTable t) {
        Args.def(t, KW, "decode", 0, 2, (c, a, n, k) -> {
            long[] p = Args.bind("decode", a, n, k, 2, "encoding", "errors");
            return decode(c, Bytes.data(c.mem, a[0]), name(c, p[0], "decode", 1, "utf-8"), name(c, p[1], "decode", 2, "strict"));
        });
    }

    private static String name(Ctx c, long w, String fn, int pos, String dflt) {
        if (w == Words.NULL) return dflt;
        if (!Str.isStr(w)) {
            throw PyException.typeError(fn + "() argument '" + (pos == 1 ? "encoding" : "errors") + "' must be str, not "
                    + Values.argTypeName(c, w));
        }
        return Str.value(w);
    }

    private static Codec lookup(String encoding) {
        String k = encoding.toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (k) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001" -> Codec.UTF8;
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "iso8859", "iso_8859_1:1987" ->
                    Codec.LATIN1;
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us", "cp367" -> Codec.ASCII;
            default -> throw PyException.of(ExcKind.LOOKUP_ERROR, "unknown encoding: " + encoding);
        };
    }

    private static PyException unknownHandler(String errors) {
        return PyException.of(ExcKind.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    // encoding -------------------------------------------------------------------------------

    /** The bytes of code points {@code s} in {@code encoding}. */
    public static byte[] encode(int[] s, String encoding, String errors) {
        Codec codec = lookup(encoding);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length);
        int i = 0;
        while (i < s.length) {
            int ch = s[i];
            if (encodable(codec, ch)) {
                put(out, codec, ch);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.length && !encodable(codec, s[end])) end++;
            switch (errors) {
                case "strict" -> throw encodeError(codec, s, i, end);
                case "ignore" -> { }
                case "replace" -> {
                    for (int k = i; k < end; k++) out.write('?');
                }
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) out.writeBytes(escape(s[k]).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                case "xmlcharrefreplace" -> {
                    for (int k = i; k < end; k++) out.writeBytes(("&#" + s[k] + ";").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                case "surrogateescape" -> {
                    for (int k = i; k < end; k++) {
                        if (s[k] < 0xDC80 || s[k] > 0xDCFF) throw encodeError(codec, s, k, k + 1);
                        out.write(s[k] - 0xDC00);
                    }
                }
                default -> throw unknownHandler(errors);
            }
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean encodable(Codec codec, int ch) {
        if (codec == Codec.UTF8) return ch < 0xD800 || ch > 0xDFFF;
        return ch <= codec.max;
    }

    private static void put(java.io.ByteArrayOutputStream out, Codec codec, int ch) {
        if (codec != Codec.UTF8 || ch < 0x80) {
            out.write(ch);
        } else if (ch < 0x800) {
            out.write(0xC0 | ch >> 6);
            out.write(0x80 | ch & 0x3F);
        } else if (ch < 0x10000) {
            out.write(0xE0 | ch >> 12);
            out.write(0x80 | ch >> 6 & 0x3F);
            out.write(0x80 | ch & 0x3F);
        } else {
            out.write(0xF0 | ch >> 18);
            out.write(0x80 | ch >> 12 & 0x3F);
            out.write(0x80 | ch >> 6 & 0x3F);
            out.write(0x80 | ch & 0x3F);
        }
    }

    /** {@code \xe9}, {@code \u20ac} or {@code \U0001f600}, as CPython writes a bad character. */
    private static String escape(int ch) {
        if (ch <= 0xFF) return String.format("\\x%02x", ch);
        if (ch <= 0xFFFF) return String.format("\\u%04x", ch);
        return String.format("\\U%08x", ch);
    }

    private static PyException encodeError(Codec codec, int[] s, int start, int end) {
        String reason = codec == Codec.UTF8 ? "surrogates not allowed" : "ordinal not in range(" + (codec.max + 1) + ")";
        String what = end - start == 1 ? "character '" + escape(s[start]) + "' in position " + start
                : "characters in position " + start + "-" + (end - 1);
        return PyException.of(ExcKind.UNICODE_ENCODE_ERROR, "'" + codec.name + "' codec can't encode " + what + ": " + reason);
    }

    // decoding -------------------------------------------------------------------------------

    /** The str of bytes {@code b} in {@code encoding}. */
    public static long decode(Ctx c, byte[] b, String encoding, String errors) {
        Codec codec = lookup(encoding);
        int[] out = new int[b.length];
        int k = 0;
        int i = 0;
        while (i < b.length) {
            int x = b[i] & 0xFF;
            int end;
            String reason;
            if (codec == Codec.LATIN1 || x < 0x80) {
                out[k++] = x;
                i++;
                continue;
            }
            if (codec == Codec.ASCII) {
                end = i + 1;
                reason = "ordinal not in range(128)";
            } else {
                int len = x >= 0xC2 && x <= 0xDF ? 2 : x >= 0xE0 && x <= 0xEF ? 3 : x >= 0xF0 && x <= 0xF4 ? 4 : 0;
                if (len == 0) {
                    end = i + 1;
                    reason = "invalid start byte";
                } else {
                    int j = i + 1;
                    while (j < i + len && j < b.length && continuationOk(x, j - i, b[j] & 0xFF)) j++;
                    if (j == i + len) {
                        out[k++] = codePoint(b, i, len);
                        i = j;
                        continue;
                    }
                    end = j;
                    reason = j == b.length ? "unexpected end of data" : "invalid continuation byte";
                }
            }
            switch (errors) {
                case "strict" -> {
                    String what = end - i == 1 ? String.format("byte 0x%02x in position %d", x, i)
                            : "bytes in position " + i + "-" + (end - 1);
                    throw PyException.of(ExcKind.UNICODE_DECODE_ERROR, "'" + codec.name + "' codec can't decode " + what + ": " + reason);
                }
                case "ignore" -> { }
                case "replace" -> out[k++] = 0xFFFD;
                case "backslashreplace", "surrogateescape" -> {
                    for (int q = i; q < end; q++) {
                        if (errors.equals("surrogateescape")) {
                            out[k++] = 0xDC00 + (b[q] & 0xFF);
                        } else {
                            out = grow(out, k + 4);
                            for (char ch : String.format("\\x%02x", b[q] & 0xFF).toCharArray()) out[k++] = ch;
                        }
                    }
                }
                default -> throw unknownHandler(errors);
            }
            i = end;
        }
        return Str.of(c.mem, out, 0, k);
    }

    private static int[] grow(int[] a, int need) {
        return need > a.length ? java.util.Arrays.copyOf(a, Math.max(need, a.length * 2)) : a;
    }

    /** Whether byte {@code b} may be continuation byte {@code at} (1..3) of a sequence led by {@code lead}. */
    private static boolean continuationOk(int lead, int at, int b) {
        int lo = 0x80, hi = 0xBF;
        if (at == 1) {
            if (lead == 0xE0) lo = 0xA0;
            if (lead == 0xED) hi = 0x9F;
            if (lead == 0xF0) lo = 0x90;
            if (lead == 0xF4) hi = 0x8F;
        }
        return b >= lo && b <= hi;
    }

    private static int codePoint(byte[] b, int i, int len) {
        int cp = b[i] & (0xFF >> (len + 1));
        for (int j = 1; j < len; j++) cp = cp << 6 | (b[i + j] & 0x3F);
        return cp;
    }
}

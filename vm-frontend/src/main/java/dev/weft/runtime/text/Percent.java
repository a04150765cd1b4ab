package dev.weft.runtime.text;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.num.FloatMath;
import dev.weft.runtime.num.Num;
import dev.weft.runtime.objects.bigint.BigInts;
import java.math.BigInteger;
import java.util.function.ToLongFunction;

/**
 * printf-style {@code template % args}, as CPython 3.11's {@code PyUnicode_Format}: conversions
 * s r a d i u o x X e E f F g G c and %%, flags {@code - + space # 0}, width and precision
 * (numbers or {@code *}), the ignored length modifiers h l L, and {@code %(key)s} with a
 * mapping; with CPython's errors, in the order CPython finds them.
 *
 * <p>Two quirks of CPython's are kept because programs see them. The arguments are consumed by
 * one cursor that a key resets: after {@code %(key)} the looked-up value is the one argument
 * for that conversion and its {@code *}s. And the argument of a conversion is fetched before
 * the conversion character is checked, so {@code '%y' % ()} says "not enough arguments" while
 * {@code '%y' % 1} says "unsupported format character".
 *
 * <p>Each conversion produces its text (sign included), then one padding step places it:
 * {@code 0} pads numbers after the sign and "0x" prefix, spaces pad before them, {@code -}
 * pads on the right with spaces.
 */
public final class Percent {
    private Percent() {}

    /**
     * {@code template % args}. If the right operand is a tuple, {@code items} are its items
     * and {@code tuple} is true; otherwise {@code items} holds the one operand. When that one
     * operand is a mapping (any object with {@code __getitem__} that is neither a tuple nor a
     * str, as CPython's {@code PyMapping_Check}: a list counts), {@code mapping} looks a key up
     * in it (raising KeyError itself); otherwise {@code mapping} is null.
     */
    public static String format(FormatHost host, String template, long[] items, boolean tuple,
            ToLongFunction<String> mapping) {
        return new Run(host, template, items, tuple, mapping, null).run();
    }

    /**
     * {@code bytes % args} (PEP 461), on text whose chars are the bytes (latin-1), answering
     * latin-1 text: as {@link #format}, but {@code %s} and {@code %b} take what
     * {@code bytesOf} answers (a bytes-like object or one with {@code __bytes__}; null for
     * anything else), {@code %r} and {@code %a} give ascii(), and {@code %c} takes an int
     * below 256 or a single byte.
     */
    public static String formatBytes(FormatHost host, String template, long[] items, boolean tuple,
            ToLongFunction<String> mapping, java.util.function.LongFunction<byte[]> bytesOf) {
        return new Run(host, template, items, tuple, mapping, bytesOf).run();
    }

    /** The flags of one conversion. */
    private static final int LJUST = 1, SIGN = 2, BLANK = 4, ALT = 8, ZERO = 16;

    /** The state of one formatting: the template cursor and the argument cursor. */
    private static final class Run {
        final FormatHost host;
        final String t;
        final int n;
        final ToLongFunction<String> mapping;
        final StringBuilder out;
        long[] args;
        int argIndex, argLen; // CPython's scheme: argLen -1 and argIndex -2 for one non-tuple value
        long single;
        int pos;
        /** For bytes % args: the bytes of a %s or %b argument; null when formatting a str. */
        final java.util.function.LongFunction<byte[]> bytesOf;

        Run(FormatHost host, String template, long[] items, boolean tuple, ToLongFunction<String> mapping,
                java.util.function.LongFunction<byte[]> bytesOf) {
            this.host = host;
            this.bytesOf = bytesOf;
            this.t = template;
            this.n = template.length();
            this.mapping = mapping;
            this.out = new StringBuilder(n + 16);
            if (tuple) {
                args = items;
                argIndex = 0;
                argLen = items.length;
            } else {
                single = items[0];
                argIndex = -2;
                argLen = -1;
            }
        }

        String run() {
            while (pos < n) {
                char c = t.charAt(pos);
                if (c != '%') {
                    int next = t.indexOf('%', pos);
                    if (next < 0) next = n;
                    out.append(t, pos, next);
                    pos = next;
                    continue;
                }
                pos++;
                conversion();
            }
            if (argIndex < argLen && mapping == null) {
                throw PyException.typeError("not all arguments converted during " + (bytesOf != null ? "bytes" : "string") + " formatting");
            }
            return out.toString();
        }

        long nextArg() {
            if (argIndex < argLen) {
                int i = argIndex++;
                return argLen < 0 ? single : args[i];
            }
            throw PyException.typeError("not enough arguments for format string");
        }

        private static PyException incomplete() {
            return PyException.valueError("incomplete format");
        }

        /** One conversion; {@code pos} is just after its '%'. */
        void conversion() {
            if (pos < n && t.charAt(pos) == '%') {
                out.append('%');
                pos++;
                return;
            }
            if (pos < n && t.charAt(pos) == '(') {
                if (mapping == null) throw PyException.typeError("format requires a mapping");
                int keyStart = ++pos, depth = 1;
                while (depth > 0 && pos < n) {
                    char c = t.charAt(pos++);
                    if (c == ')') depth--;
                    else if (c == '(') depth++;
                }
                if (depth > 0) throw PyException.valueError("incomplete format key");
                single = mapping.applyAsLong(t.substring(keyStart, pos - 1));
                argLen = -1;
                argIndex = -2;
            }
            int flags = 0;
            char ch;
            for (;;) {
                if (pos >= n) throw incomplete();
                ch = t.charAt(pos++);
                int f = switch (ch) {
                    case '-' -> LJUST;
                    case '+' -> SIGN;
                    case ' ' -> BLANK;
                    case '#' -> ALT;
                    case '0' -> ZERO;
                    default -> 0;
                };
                if (f == 0) break;
                flags |= f;
            }
            long width = -1;
            if (ch == '*') {
                long v = nextArg();
                if (!BigInts.isInt(v)) throw PyException.typeError("* wants int");
                width = BigInts.toLongExact(v);
                if (width < 0) {
                    flags |= LJUST;
                    width = -width;
                }
                if (pos >= n) throw incomplete();
                ch = t.charAt(pos++);
            } else if (ch >= '0' && ch <= '9') {
                width = ch - '0';
                for (;;) {
                    if (pos >= n) throw incomplete();
                    ch = t.charAt(pos++);
                    if (ch < '0' || ch > '9') break;
                    if (width > (Long.MAX_VALUE - (ch - '0')) / 10) throw PyException.valueError("width too big");
                    width = width * 10 + (ch - '0');
                }
            }
            int prec = -1;
            if (ch == '.') {
                prec = 0;
                if (pos >= n) throw incomplete();
                ch = t.charAt(pos++);
                if (ch == '*') {
                    long v = nextArg();
                    if (!BigInts.isInt(v)) throw PyException.typeError("* wants int");
                    BigInteger p = BigInts.toBig(v);
                    if (p.bitLength() > 31) {
                        throw PyException.of(ExcKind.OVERFLOW_ERROR, "Python int too large to convert to C int");
                    }
                    prec = Math.max(p.intValue(), 0);
                    if (pos >= n) throw incomplete();
                    ch = t.charAt(pos++);
                } else if (ch >= '0' && ch <= '9') {
                    prec = ch - '0';
                    for (;;) {
                        if (pos >= n) throw incomplete();
                        ch = t.charAt(pos++);
                        if (ch < '0' || ch > '9') break;
                        if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) throw PyException.valueError("precision too big");
                        prec = prec * 10 + (ch - '0');
                    }
                }
            }
            if (ch == 'h' || ch == 'l' || ch == 'L') {
                if (pos >= n) throw incomplete();
                ch = t.charAt(pos++);
            }
            convert(ch, flags, width, prec);
            if (mapping != null && argIndex < argLen) {
                throw PyException.typeError("not all arguments converted during string formatting");
            }
        }

        /** Formats the next argument by conversion {@code ch} and pads it into the output. */
        void convert(char ch, int flags, long width, int prec) {
            long v = nextArg();
            String text;
            boolean numeric = false;
            switch (ch) {
                case 's', 'r', 'a' -> text = bytesOf != null ? bytesText(v, ch) : stringOf(v, ch);
                case 'b' -> {
                    if (bytesOf == null) throw unsupported(ch);
                    text = bytesText(v, ch);
                }
                case 'i', 'd', 'u', 'o', 'x', 'X' -> {
                    text = integer(v, ch, flags, prec);
                    numeric = true;
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    double x = realOf(v);
                    text = FloatRepr.format(x, ch, prec < 0 ? 6 : prec, (flags & ALT) != 0 ? FloatRepr.ALT : 0);
                    numeric = true;
                }
                case 'c' -> text = bytesOf != null ? byteOf(v) : charOf(v);
                default -> throw unsupported(ch);
            }
            pad(text, ch, flags, width, prec, numeric);
        }

        private PyException unsupported(char ch) {
            return PyException.valueError("unsupported format character '"
                    + (ch >= 31 && ch <= 126 ? ch : '?') + "' (0x" + Integer.toHexString(ch) + ") at index " + (pos - 1));
        }

        /** %s %b %r %a of bytes formatting, as latin-1 text. */
        String bytesText(long v, char ch) {
            if (ch == 'r' || ch == 'a') return StrRepr.asciiOf(isStr(v) ? StrRepr.repr(host.str(v)) : host.repr(v));
            byte[] b = bytesOf.apply(v);
            if (b == null) {
                throw PyException.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + typeName(v) + "'");
            }
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        /** %c of bytes formatting: an int in range(256) or a bytes-like object of one byte. */
        String byteOf(long v) {
            if (BigInts.isInt(v)) {
                BigInteger c = BigInts.toBig(v);
                if (c.signum() < 0 || c.compareTo(BigInteger.valueOf(255)) > 0) {
                    throw PyException.of(ExcKind.OVERFLOW_ERROR, "%c arg not in range(256)");
                }
                return String.valueOf((char) c.intValue());
            }
            byte[] b = isStr(v) ? null : bytesOf.apply(v);
            if (b != null && b.length == 1) return String.valueOf((char) (b[0] & 0xFF));
            throw PyException.typeError("%c requires an integer in range(256) or a single byte");
        }

        String stringOf(long v, char ch) {
            if (isStr(v)) {
                String s = host.str(v);
                return ch == 's' ? s : ch == 'r' ? StrRepr.repr(s) : StrRepr.ascii(s);
            }
            if (Num.isNumber(v)) return Words.isFloat(v) ? FloatRepr.repr(Words.toDouble(v)) : IntText.repr(v);
            return ch == 's' ? host.str(v) : ch == 'r' ? host.repr(v) : StrRepr.asciiOf(host.repr(v));
        }

        /** %d %i %u %o %x %X: sign, "0x" prefix if '#', digits zero-extended to the precision. */
        String integer(long v, char ch, int flags, int prec) {
            BigInteger value;
            if (BigInts.isInt(v)) {
                value = BigInts.toBig(v);
            } else if (Words.isFloat(v)) {
                if (ch == 'o' || ch == 'x' || ch == 'X') {
                    throw PyException.typeError("%" + ch + " format: an integer is required, not float");
                }
                value = FloatMath.toBigInteger(Words.toDouble(v));
            } else {
                String what = ch == 'o' || ch == 'x' || ch == 'X' ? "an integer" : "a real number";
                throw PyException.typeError("%" + ch + " format: " + what + " is required, not " + typeName(v));
            }
            String digits = switch (ch) {
                case 'o' -> value.abs().toString(8);
                case 'x' -> value.abs().toString(16);
                case 'X' -> value.abs().toString(16).toUpperCase();
                default -> IntText.decimal(value.abs());
            };
            StringBuilder sb = new StringBuilder(digits.length() + Math.max(prec, 0) + 3);
            if (value.signum() < 0) sb.append('-');
            if ((flags & ALT) != 0 && (ch == 'o' || ch == 'x' || ch == 'X')) sb.append('0').append(ch == 'o' ? 'o' : ch);
            for (int i = digits.length(); i < prec; i++) sb.append('0');
            return sb.append(digits).toString();
        }

        double realOf(long v) {
            if (Num.isNumber(v)) return Num.toDouble(v);
            throw PyException.typeError("must be real number, not " + typeName(v));
        }

        String charOf(long v) {
            if (isStr(v)) {
                String s = host.str(v);
                if (s.codePointCount(0, s.length()) == 1) return s;
            } else if (BigInts.isInt(v)) {
                BigInteger c = BigInts.toBig(v);
                if (c.signum() < 0 || c.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                    throw PyException.of(ExcKind.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
                }
                return new String(Character.toChars(c.intValue()));
            }
            throw PyException.typeError("%c requires int or char");
        }

        String typeName(long v) {
            String name = Num.typeName(v);
            if (name != null) return name;
            if (isStr(v)) return "str";
            return host.typeName(v);
        }

        /** CPython's {@code unicode_format_arg_output}: truncation for s r a, sign, prefix, padding. */
        void pad(String text, char ch, int flags, long width, int prec, boolean numeric) {
            boolean zeroFill = numeric && (flags & ZERO) != 0;
            int len = text.codePointCount(0, text.length());
            if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (SIGN | BLANK)) == 0) {
                out.append(text);
                return;
            }
            if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) len = prec;
            int index = 0; // in code points
            char sign = 0;
            if (numeric) {
                char first = text.charAt(0);
                if (first == '-' || first == '+') {
                    sign = first;
                    len--;
                    index++;
                } else if ((flags & SIGN) != 0) {
                    sign = '+';
                } else if ((flags & BLANK) != 0) {
                    sign = ' ';
                } else {
                    numeric = false;
                }
            }
            boolean hasSign = numeric;
            if (width < len) width = len;
            if (width > 1L << 28) throw PyException.of(ExcKind.MEMORY_ERROR, "");
            if (hasSign) {
                if (zeroFill) out.append(sign);
                if (width > len) width--;
            }
            boolean prefix = (flags & ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
            if (prefix) {
                if (zeroFill) {
                    out.append('0').append(ch);
                    index += 2;
                }
                width = Math.max(width - 2, 0);
                len -= 2;
            }
            if (width > len && (flags & LJUST) == 0) {
                char fill = zeroFill ? '0' : ' ';
                for (long i = len; i < width; i++) out.append(fill);
                width = len;
            }
            if (!zeroFill) {
                if (hasSign) out.append(sign);
                if (prefix) {
                    out.append('0').append(ch);
                    index += 2;
                }
            }
            int from = text.offsetByCodePoints(0, index);
            out.append(text, from, text.offsetByCodePoints(from, len));
            for (long i = len; i < width; i++) out.append(' ');
        }
    }

    /** Whether {@code w} is a str object. */
    static boolean isStr(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.STR;
    }
}

package dev.weft.runtime.text;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.num.Num;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * {@code str.format(*args, **kwargs)} and {@code str.format_map(mapping)}, as CPython 3.11:
 * literal text with {@code {{}} and {@code }}}, replacement fields
 * {@code {name.attr[key]!conv:spec}} with automatic or manual numbering, specs that hold
 * fields of their own ({@code {:{width}}}, two levels deep), and CPython's errors.
 *
 * <p>Built as CPython's {@code unicode_format.h}: a markup iterator splits the template into
 * literal text and fields, and each field is looked up, converted and formatted before the
 * iterator goes on, so an error in a later part of the template surfaces only after earlier
 * fields were evaluated (their lookups may run guest code). One auto-numbering state is
 * shared by the template and the nested specs, so {@code '{:{}}'} numbers 0 then 1.
 *
 * <p>A value is formatted by {@link FormatSpec} when it is a number or a str (or became a str
 * by {@code !r}, {@code !s}, {@code !a}); any other object through {@link FormatHost#format},
 * which calls its {@code __format__}.
 */
public final class StrFormat {
    private StrFormat() {}

    /** PEP 3101: a spec may hold fields, but those fields' specs may not. */
    private static final int MAX_DEPTH = 2;

    /**
     * {@code template.format(*args, **kwargs)}. {@code kwargs} looks a keyword up and raises
     * KeyError when it is missing ({@link #keywords} makes one from a map).
     */
    public static String format(FormatHost host, String template, long[] args, ToLongFunction<String> kwargs) {
        return new Run(host, args, kwargs).build(template, MAX_DEPTH);
    }

    /** {@code template.format_map(mapping)}: no positional fields, names looked up by {@code mapping}. */
    public static String formatMap(FormatHost host, String template, ToLongFunction<String> mapping) {
        return new Run(host, null, mapping).build(template, MAX_DEPTH);
    }

    /** Keyword arguments held in a map: a missing name is {@code KeyError(name)}. */
    public static ToLongFunction<String> keywords(Map<String, Long> kwargs) {
        return name -> {
            Long v = kwargs.get(name);
            if (v == null) throw keyError(name);
            return v;
        };
    }

    /** {@code KeyError(key)} for a str key: the exception's message is the key itself. */
    public static PyException keyError(String key) {
        return PyException.of(ExcKind.KEY_ERROR, key);
    }

    /**
     * One replacement field's value as text: {@code !r}, {@code !s} or {@code !a} when
     * {@code conversion} is one of them (0 for none), then {@code format(value, spec)}. What
     * an f-string's {@code {value!conversion:spec}} does too.
     */
    public static String formatField(FormatHost host, long value, char conversion, String spec) {
        if (conversion == 0) return formatValue(host, value, spec);
        return FormatSpec.formatStr(convert(host, value, conversion), spec);
    }

    /** {@code format(value, spec)}: numbers and strs here, other objects by their {@code __format__}. */
    public static String formatValue(FormatHost host, long value, String spec) {
        if (Num.isNumber(value)) return FormatSpec.format(value, spec);
        if (Percent.isStr(value)) return FormatSpec.formatStr(host.str(value), spec);
        return host.format(value, spec);
    }

    /** {@code repr(v)}, {@code str(v)} or {@code ascii(v)} for conversion r, s or a. */
    private static String convert(FormatHost host, long v, char conversion) {
        return switch (conversion) {
            case 'r' -> repr(host, v);
            case 's' -> Num.isNumber(v) ? repr(host, v) : host.str(v);
            case 'a' -> StrRepr.asciiOf(repr(host, v));
            default -> throw new IllegalArgumentException("conversion " + conversion);
        };
    }

    private static String repr(FormatHost host, long v) {
        if (Num.isNumber(v)) return Words.isFloat(v) ? FloatRepr.repr(Words.toDouble(v)) : IntText.repr(v);
        if (Percent.isStr(v)) return StrRepr.repr(host.str(v));
        return host.repr(v);
    }

    private static PyException error(String message) {
        return PyException.valueError(message);
    }

    /** One formatting: the arguments and the auto-numbering state. */
    private static final class Run {
        final FormatHost host;
        final long[] args;
        final ToLongFunction<String> kwargs;
        /** 0: no numbered field yet; 1: automatic ({}); 2: manual ({0}). */
        int numbering;
        int nextAuto;

        Run(FormatHost host, long[] args, ToLongFunction<String> kwargs) {
            this.host = host;
            this.args = args;
            this.kwargs = kwargs;
        }

        String build(String s, int depth) {
            if (depth <= 0) throw error("Max string recursion exceeded");
            StringBuilder out = new StringBuilder(s.length() + 16);
            int pos = 0, end = s.length();
            while (pos < end) {
                // literal text up to the first brace
                int start = pos;
                char c = 0;
                boolean markup = false;
                while (pos < end) {
                    c = s.charAt(pos++);
                    if (c == '{' || c == '}') {
                        markup = true;
                        break;
                    }
                }
                boolean atEnd = pos >= end;
                int len = pos - start;
                if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) {
                    throw error("Single '}' encountered in format string");
                }
                if (markup && atEnd && c == '{') throw error("Single '{' encountered in format string");
                if (markup && !atEnd) {
                    if (s.charAt(pos) == c) { // {{ or }}: the brace is literal text
                        pos++;
                        markup = false;
                    } else {
                        len--;
                    }
                }
                out.append(s, start, start + len);
                if (!markup) continue;
                pos = field(s, pos, out, depth);
            }
            return out.toString();
        }

        /** Parses the field that starts at {@code pos} (just after its '{'), renders it, answers the position after it. */
        int field(String s, int pos, StringBuilder out, int depth) {
            int end = s.length();
            int nameStart = pos;
            char c = 0;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{') throw error("unexpected '{' in field name");
                if (c == '[') {
                    while (pos < end && s.charAt(pos) != ']') pos++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            int nameEnd = pos - 1;
            char conversion = 0;
            String spec = "";
            boolean nested = false;
            if (c == '!' || c == ':') {
                boolean done = false;
                if (c == '!') {
                    if (pos >= end) throw error("end of string while looking for conversion specifier");
                    conversion = s.charAt(pos++);
                    if (pos < end) {
                        char after = s.charAt(pos++);
                        if (after == '}') done = true;
                        else if (after != ':') throw error("expected ':' after conversion specifier");
                    }
                }
                if (!done) {
                    int specStart = pos, count = 1;
                    while (true) {
                        if (pos >= end) throw error("unmatched '{' in format spec");
                        char k = s.charAt(pos++);
                        if (k == '{') {
                            nested = true;
                            count++;
                        } else if (k == '}' && --count == 0) {
                            break;
                        }
                    }
                    spec = s.substring(specStart, pos - 1);
                }
            } else if (c != '}') {
                throw error("expected '}' before end of string");
            }
            render(s.substring(nameStart, nameEnd), conversion, spec, nested, out, depth);
            return pos;
        }

        void render(String name, char conversion, String spec, boolean nested, StringBuilder out, int depth) {
            long obj = lookup(name);
            if (conversion != 0 && conversion != 'r' && conversion != 's' && conversion != 'a') {
                throw error("Unknown conversion specifier "
                        + (conversion > 32 && conversion < 127 ? String.valueOf(conversion) : "\\x" + Integer.toHexString(conversion)));
            }
            String text = conversion == 0 ? null : convert(host, obj, conversion); // the conversion comes first
            if (nested) spec = build(spec, depth - 1);
            out.append(text != null ? FormatSpec.formatStr(text, spec) : formatValue(host, obj, spec));
        }

        /** The object a field name names: an argument, then its attributes and items. */
        long lookup(String name) {
            int end = name.length();
            int i = 0;
            while (i < end && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
            String first = name.substring(0, i);
            long index = integer(first);
            boolean empty = first.isEmpty();
            if (empty || index != -1) {
                if (numbering == 0) numbering = empty ? 1 : 2;
                if (numbering == 2 && empty) {
                    throw error("cannot switch from manual field specification to automatic field numbering");
                }
                if (numbering == 1 && !empty) {
                    throw error("cannot switch from automatic field numbering to manual field specification");
                }
                if (empty) index = nextAuto++;
            }
            long obj;
            if (index == -1) {
                obj = kwargs == null ? fail(keyError(first)) : kwargs.applyAsLong(first);
            } else {
                if (args == null) throw error("Format string contains positional fields");
                if (index >= args.length) {
                    throw PyException.indexError("Replacement index " + index + " out of range for positional args tuple");
                }
                obj = args[(int) index];
            }
            while (i < end) {
                char c = name.charAt(i++);
                int start = i;
                if (c == '.') {
                    while (i < end && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
                    if (i == start) throw error("Empty attribute in format string");
                    obj = host.getAttr(obj, name.substring(start, i));
                } else if (c == '[') {
                    while (i < end && name.charAt(i) != ']') i++;
                    if (i >= end) throw error("Missing ']' in format string");
                    String key = name.substring(start, i++);
                    long k = integer(key);
                    if (key.isEmpty()) throw error("Empty attribute in format string");
                    obj = k == -1 ? host.getItem(obj, key) : host.getItem(obj, k);
                } else {
                    throw error("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return obj;
        }

        private static long fail(PyException e) {
            throw e;
        }

        /** The value of a field name made of decimal digits (any script), else -1. */
        static long integer(String s) {
            if (s.isEmpty()) return -1;
            long value = 0;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                int d = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
                if (d < 0) return -1;
                if (value > (Long.MAX_VALUE - d) / 10) throw error("Too many decimal digits in format string");
                value = value * 10 + d;
            }
            return value;
        }
    }
}

package dev.weft.interp;

import static dev.weft.runtime.Words.FALSE;
import static dev.weft.runtime.Words.NONE;
import static dev.weft.runtime.Words.TRUE;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.str.Str;
import dev.weft.runtime.objects.tuple.Tuple;
import dev.weft.runtime.text.FloatRepr;
import dev.weft.runtime.text.IntText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code _json} module: the encoder (here) and decoder ({@link JsonDecoder}) under
 * {@code json/__init__.py}, with the output, checks and messages of CPython 3.11's C
 * accelerator.
 *
 * <p>{@code encode(obj, indent, sort_keys, item_separator, key_separator, ensure_ascii,
 * allow_nan, skipkeys, default, check_circular)} answers the whole text as one str; indent is
 * None or the str for one level. Values are told apart as the C encoder does, in its order:
 * None, True, False, str, int, float, list or tuple, dict (subclasses by their built-in value),
 * and anything else through {@code default}.
 */
final class JsonModule {
    private JsonModule() {}

    static long make(Vm vm) {
        return StdModules.make(vm, "_json", b -> {
            b.fn("encode", 10, 10, false, (ctx, a, n, kw) -> Str.of(ctx.mem, new Encoder(ctx, a).run(a[0])));
            b.fn("decode", 8, 8, false, (ctx, a, n, kw) -> new JsonDecoder(ctx, a).run(a[7]));
        });
    }

    /** One encode call: its options, the text so far, and the containers being written. */
    private static final class Encoder {
        private final Interp in;
        private final String indent, itemSep, keySep;
        private final boolean sortKeys, ensureAscii, allowNan, skipKeys, checkCircular;
        private final long defaultFn;
        private final StringBuilder out = new StringBuilder();
        private final Set<Long> open = new HashSet<>();
        private int depth;

        Encoder(Ctx c, long[] a) {
            in = (Interp) c.guest;
            indent = a[1] == NONE ? null : Str.value(in.baseValue(a[1]));
            sortKeys = in.truthy(a[2]);
            itemSep = Str.value(in.baseValue(a[3]));
            keySep = Str.value(in.baseValue(a[4]));
            ensureAscii = in.truthy(a[5]);
            allowNan = in.truthy(a[6]);
            skipKeys = in.truthy(a[7]);
            defaultFn = a[8];
            checkCircular = in.truthy(a[9]);
        }

        String run(long obj) {
            try {
                value(obj, 0);
            } catch (StackOverflowError e) {
                throw PyException.of(ExcKind.RECURSION_ERROR, "maximum recursion depth exceeded while encoding a JSON object");
            }
            return out.toString();
        }

        private void value(long o, int level) {
            if (o == NONE) {
                out.append("null");
                return;
            }
            if (o == TRUE || o == FALSE) {
                out.append(o == TRUE ? "true" : "false");
                return;
            }
            long b = in.baseValue(o);
            if (Str.isStr(b)) {
                string(Str.value(b));
            } else if (Numbers.isInt(b)) {
                out.append(IntText.repr(b));
            } else if (Words.isFloat(b)) {
                out.append(floatText(Words.toDouble(b)));
            } else if (PyList.isList(b) || Tuple.isTuple(b)) {
                enter(o);
                array(b, level);
                leave(o);
            } else if (Dict.isDict(b)) {
                enter(o);
                object(b, level);
                leave(o);
            } else {
                if (defaultFn == NONE) {
                    throw PyException.typeError("Object of type " + in.typeName(o) + " is not JSON serializable");
                }
                enter(o);
                value(in.calls.call1(defaultFn, o), level);
                leave(o);
            }
        }

        /** Starts writing container o: the circular check, and CPython's recursion limit. */
        private void enter(long o) {
            if (checkCircular && !open.add(o)) throw PyException.valueError("Circular reference detected");
            if (++depth > in.vm.recursionLimit) {
                throw PyException.of(ExcKind.RECURSION_ERROR, "maximum recursion depth exceeded while encoding a JSON object");
            }
        }

        private void leave(long o) {
            open.remove(o);
            depth--;
        }

        private String floatText(double d) {
            if (Double.isFinite(d)) return FloatRepr.repr(d);
            if (!allowNan) throw PyException.valueError("Out of range float values are not JSON compliant");
            return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }

        private void newline(int level) {
            if (indent == null) return;
            out.append('\n');
            for (int i = 0; i < level; i++) out.append(indent);
        }

        private void array(long seq, int level) {
            long[] items = PyList.isList(seq) ? PyList.toArray(in.mem, seq) : Tuple.toArray(seq);
            if (items.length == 0) {
                out.append("[]");
                return;
            }
            out.append('[');
            newline(level + 1);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.append(itemSep);
                    newline(level + 1);
                }
                value(items[i], level + 1);
            }
            newline(level);
            out.append(']');
        }

        private void object(long d, int level) {
            if (Dict.size(in.mem, d) == 0) {
                out.append("{}");
                return;
            }
            List<long[]> items = new ArrayList<>();
            for (long p = Dict.nextLive(in.mem, d, 0); p >= 0; p = Dict.nextLive(in.mem, d, p + 1)) {
                items.add(new long[] {Dict.keyAt(in.mem, d, p), Dict.valueAt(in.mem, d, p)});
            }
            if (sortKeys) items.sort((x, y) -> in.lt(x[0], y[0]) ? -1 : in.lt(y[0], x[0]) ? 1 : 0);
            out.append('{');
            newline(level + 1);
            boolean first = true;
            for (long[] kv : items) {
                String key = keyText(kv[0]);
                if (key == null) continue;
                if (!first) {
                    out.append(itemSep);
                    newline(level + 1);
                }
                first = false;
                string(key);
                out.append(keySep);
                value(kv[1], level + 1);
            }
            newline(level);
            out.append('}');
        }

        /** The str a key is written as, or null to skip it (skipkeys). */
        private String keyText(long k) {
            if (k == TRUE || k == FALSE) return k == TRUE ? "true" : "false";
            if (k == NONE) return "null";
            long b = in.baseValue(k);
            if (Str.isStr(b)) return Str.value(b);
            if (Words.isFloat(b)) return floatText(Words.toDouble(b));
            if (Numbers.isInt(b)) return IntText.repr(b);
            if (skipKeys) return null;
            throw PyException.typeError("keys must be str, int, float, bool or None, not " + in.typeName(k));
        }

        private void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20 || (ensureAscii && c >= 0x7f)) out.append(String.format("\\u%04x", (int) c));
                        else out.append(c);
                    }
                }
            }
            out.append('"');
        }
    }
}

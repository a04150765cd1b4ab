package dev.weft.runtime.text;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.num.Num;
import dev.weft.runtime.num.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A stand-in for the interpreter in the text tests: strs, lists, dicts and tuples as heap
 * objects whose one field indexes a Java-side table, and the {@link FormatHost} calls done for
 * them as CPython does (str, repr, type names, item and attribute access, object.__format__).
 * One instance per table row: the heap objects live for the row's transaction only.
 */
final class TestValues implements FormatHost {
    private final Mem m;
    private final List<Object> table = new ArrayList<>();

    TestValues(Mem m) {
        this.m = m;
    }

    /** A decoded table value (see the generator's docstring) as a word. */
    @SuppressWarnings("unchecked")
    long word(Object encoded) {
        if (encoded instanceof List<?> list) {
            List<Long> items = new ArrayList<>();
            for (Object o : list) items.add(word(o));
            return object(TypeIds.LIST, items);
        }
        if (encoded instanceof Map<?, ?> map) {
            if (map.containsKey("__tuple__")) {
                List<Long> items = new ArrayList<>();
                for (Object o : (List<Object>) map.get("__tuple__")) items.add(word(o));
                return object(TypeIds.TUPLE, items);
            }
            Map<String, Long> d = new LinkedHashMap<>();
            for (var e : ((Map<String, Object>) map).entrySet()) d.put(e.getKey(), word(e.getValue()));
            return object(TypeIds.DICT, d);
        }
        String s = (String) encoded;
        if (s.startsWith("s:")) return object(TypeIds.STR, s.substring(2));
        if (s.startsWith("x:")) return Words.fromDouble(Double.longBitsToDouble(Long.parseUnsignedLong(s.substring(2), 16)));
        return Tables.number(m, s);
    }

    private long object(int type, Object value) {
        long obj = m.allocImmutable(type, 1);
        m.init(obj, 0, Words.fromInt(table.size()));
        table.add(value);
        return obj;
    }

    private int type(long w) {
        return Words.isPointer(w) ? Mem.typeId(w) : -1;
    }

    private Object value(long w) {
        return table.get((int) Words.toInt(m.getImm(w, 0)));
    }

    @SuppressWarnings("unchecked")
    List<Long> items(long w) {
        return (List<Long>) value(w);
    }

    @SuppressWarnings("unchecked")
    Map<String, Long> dict(long w) {
        return (Map<String, Long>) value(w);
    }

    boolean isTuple(long w) {
        return type(w) == TypeIds.TUPLE;
    }

    /** What {@code %} does with a mapping operand: a dict looks keys up, a list cannot. */
    ToLongFunction<String> mapping(long w) {
        if (type(w) == TypeIds.DICT) return key -> getItem(w, key);
        if (type(w) == TypeIds.LIST) return key -> getItem(w, key);
        return null;
    }

    @Override
    public String str(long v) {
        if (type(v) == TypeIds.STR) return (String) value(v);
        return repr(v);
    }

    @Override
    public String repr(long v) {
        if (v == Words.NONE) return "None";
        if (Num.isNumber(v)) return Words.isFloat(v) ? FloatRepr.repr(Words.toDouble(v)) : IntText.repr(v);
        return switch (type(v)) {
            case TypeIds.STR -> StrRepr.repr((String) value(v));
            case TypeIds.LIST -> "[" + String.join(", ", items(v).stream().map(this::repr).toList()) + "]";
            case TypeIds.TUPLE -> {
                List<Long> items = items(v);
                String inner = String.join(", ", items.stream().map(this::repr).toList());
                yield "(" + inner + (items.size() == 1 ? ",)" : ")");
            }
            case TypeIds.DICT -> {
                List<String> parts = new ArrayList<>();
                for (var e : dict(v).entrySet()) parts.add(StrRepr.repr(e.getKey()) + ": " + repr(e.getValue()));
                yield "{" + String.join(", ", parts) + "}";
            }
            default -> throw new IllegalStateException("no such test value");
        };
    }

    @Override
    public String typeName(long v) {
        if (v == Words.NONE) return "NoneType";
        String n = Num.typeName(v);
        if (n != null) return n;
        return switch (type(v)) {
            case TypeIds.STR -> "str";
            case TypeIds.LIST -> "list";
            case TypeIds.TUPLE -> "tuple";
            case TypeIds.DICT -> "dict";
            default -> "object";
        };
    }

    @Override
    public long getAttr(long obj, String name) {
        if (Num.isNumber(obj)) {
            if (name.equals("real")) return Num.pos(m, obj);
            if (name.equals("imag")) return Words.isFloat(obj) ? Words.fromDouble(0.0) : Words.fromInt(0);
        }
        throw PyException.of(ExcKind.ATTRIBUTE_ERROR, "'" + typeName(obj) + "' object has no attribute '" + name + "'");
    }

    @Override
    public long getItem(long obj, String key) {
        return switch (type(obj)) {
            case TypeIds.DICT -> {
                Long v = dict(obj).get(key);
                if (v == null) throw StrFormat.keyError(key);
                yield v;
            }
            case TypeIds.LIST -> throw PyException.typeError("list indices must be integers or slices, not str");
            case TypeIds.TUPLE -> throw PyException.typeError("tuple indices must be integers or slices, not str");
            case TypeIds.STR -> throw PyException.typeError("string indices must be integers, not 'str'");
            default -> throw PyException.typeError("'" + typeName(obj) + "' object is not subscriptable");
        };
    }

    @Override
    public long getItem(long obj, long index) {
        int t = type(obj);
        if (t == TypeIds.LIST || t == TypeIds.TUPLE) {
            List<Long> items = items(obj);
            if (index < 0 || index >= items.size()) {
                throw PyException.indexError((t == TypeIds.LIST ? "list" : "tuple") + " index out of range");
            }
            return items.get((int) index);
        }
        if (t == TypeIds.STR) {
            String s = (String) value(obj);
            if (index >= s.codePointCount(0, s.length())) throw PyException.indexError("string index out of range");
            int at = s.offsetByCodePoints(0, (int) index);
            return object(TypeIds.STR, new String(Character.toChars(s.codePointAt(at))));
        }
        if (t == TypeIds.DICT) throw PyException.withArg(ExcKind.KEY_ERROR, Words.fromInt(index));
        throw PyException.typeError("'" + typeName(obj) + "' object is not subscriptable");
    }

    @Override
    public String format(long v, String spec) {
        if (spec.isEmpty()) return str(v);
        throw PyException.typeError("unsupported format string passed to " + typeName(v) + ".__format__");
    }
}

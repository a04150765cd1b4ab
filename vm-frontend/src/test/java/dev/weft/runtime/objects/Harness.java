package dev.weft.runtime.objects;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.dict.DictBuiltins;
import dev.weft.runtime.objects.dict.DictView;
import dev.weft.runtime.objects.iter.Iter;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.list.ListBuiltins;
import dev.weft.runtime.objects.range.RangeBuiltins;
import dev.weft.runtime.objects.set.SetBuiltins;
import dev.weft.runtime.objects.slice.SliceBuiltins;
import dev.weft.runtime.objects.str.Str;
import dev.weft.runtime.objects.str.StrBuiltins;
import dev.weft.runtime.objects.tuple.TupleBuiltins;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sliver of an interpreter the containers' tests need: method lookup in the built-in
 * method tables, the binary-operator protocol (try {@code __add__}, then the reflected
 * {@code __radd__}, then CPython's TypeError), in-place operators with their fallback, and
 * exception text as CPython prints {@code f"{type(e).__name__}: {e}"}.
 */
final class Harness {
    private Harness() {}

    static final Map<String, MethodTable> TABLES = new HashMap<>();

    static {
        add("str", StrBuiltins::install);
        add("tuple", TupleBuiltins::install);
        add("list", ListBuiltins::install);
        add("dict", DictBuiltins::install);
        add("set", SetBuiltins::install);
        add("frozenset", SetBuiltins::installFrozen);
        add("range", RangeBuiltins::install);
        add("slice", SliceBuiltins::install);
        add("dict_keys", DictBuiltins::installViews);
        add("dict_values", DictBuiltins::installViews);
        add("dict_items", DictBuiltins::installViews);
        add("iterator", Iter::install);
    }

    private static void add(String name, java.util.function.Consumer<MethodTable> install) {
        MethodTable t = new MethodTable(name);
        install.accept(t);
        TABLES.put(name, t);
    }

    static MethodTable tableOf(long w) {
        if (!Words.isPointer(w)) return null;
        if (Mem.typeId(w) == TypeIds.ITERATOR) return TABLES.get("iterator");
        return TABLES.get(Values.typeName(w));
    }

    /** Calls method {@code name} of {@code self}; NULL when the type has no such method. */
    static long tryCall(Ctx c, long self, String name, long[] args, String[] kwnames) {
        MethodTable t = tableOf(self);
        MethodTable.Entry e = t == null ? null : t.get(name);
        if (e == null) return Words.NULL;
        long[] all = new long[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return e.code().call(c, all, args.length + 1 - kwnames.length, kwnames);
    }

    static long callMethod(Ctx c, long self, String name, long... args) {
        long r = tryCall(c, self, name, args, new String[0]);
        if (r == Words.NULL) throw attributeError(self, name);
        return r;
    }

    static PyException attributeError(long self, String name) {
        return PyException.of(ExcKind.ATTRIBUTE_ERROR, "'" + Values.typeName(self) + "' object has no attribute '" + name + "'");
    }

    static long len(Ctx c, long v) {
        long r = tryCall(c, v, "__len__", new long[0], new String[0]);
        if (r == Words.NULL) throw PyException.typeError("object of type '" + Values.typeName(v) + "' has no len()");
        return Words.toInt(r);
    }

    private static final Map<String, String[]> BINOPS = Map.ofEntries(
            Map.entry("+", new String[] {"__add__", "__radd__"}), Map.entry("*", new String[] {"__mul__", "__rmul__"}),
            Map.entry("|", new String[] {"__or__", "__ror__"}), Map.entry("&", new String[] {"__and__", "__rand__"}),
            Map.entry("-", new String[] {"__sub__", "__rsub__"}), Map.entry("^", new String[] {"__xor__", "__rxor__"}));
    private static final Map<String, String> INPLACE = Map.of("+=", "__iadd__", "*=", "__imul__", "|=", "__ior__",
            "&=", "__iand__", "-=", "__isub__", "^=", "__ixor__");
    private static final List<String> CMP = List.of("<", "<=", "==", "!=", ">", ">=");
    private static final String[] CMP_DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static long binop(Ctx c, String op, long a, long b, String shownOp) {
        String[] d = BINOPS.get(op);
        long r = tryCall(c, a, d[0], new long[] {b}, new String[0]);
        if (r == Words.NULL || r == Words.NOT_IMPLEMENTED) r = tryCall(c, b, d[1], new long[] {a}, new String[0]);
        if (r == Words.NULL || r == Words.NOT_IMPLEMENTED) {
            throw PyException.typeError("unsupported operand type(s) for " + shownOp + ": '" + Values.typeName(a) + "' and '"
                    + Values.typeName(b) + "'");
        }
        return r;
    }

    static long compare(Ctx c, int op, long a, long b) {
        long r = tryCall(c, a, CMP_DUNDER[op], new long[] {b}, new String[0]);
        if (r == Words.NULL || r == Words.NOT_IMPLEMENTED) {
            r = tryCall(c, b, CMP_DUNDER[Values.swapped(op)], new long[] {a}, new String[0]);
        }
        if (r == Words.NULL || r == Words.NOT_IMPLEMENTED) {
            if (op == Values.EQ) return Words.fromBool(a == b);
            if (op == Values.NE) return Words.fromBool(a != b);
            throw Values.notSupported(c, a, b, op);
        }
        return r;
    }

    /** The receiver after an operation, and its result (NULL when the op has none to show). */
    record Outcome(long receiver, long result, String shown) {}

    static Outcome run(Ctx c, String op, long x, Lit.Arguments args) {
        long[] pos = new long[args.positional().size()];
        for (int k = 0; k < pos.length; k++) pos[k] = args.positional().get(k);
        if (op.startsWith(".")) {
            String name = op.substring(1);
            long[] all = new long[pos.length + args.values().size()];
            System.arraycopy(pos, 0, all, 0, pos.length);
            for (int k = 0; k < args.values().size(); k++) all[pos.length + k] = args.values().get(k);
            long r = tryCall(c, x, name, all, args.names().toArray(new String[0]));
            if (r == Words.NULL) throw attributeError(x, name);
            return new Outcome(x, r, null);
        }
        if (BINOPS.containsKey(op)) return new Outcome(x, binop(c, op, x, pos[0], op), null);
        if (CMP.contains(op)) return new Outcome(x, compare(c, CMP.indexOf(op), x, pos[0]), null);
        if (INPLACE.containsKey(op)) {
            long r = tryCall(c, x, INPLACE.get(op), new long[] {pos[0]}, new String[0]);
            if (r == Words.NULL || r == Words.NOT_IMPLEMENTED) r = binop(c, op.substring(0, 1), x, pos[0], op);
            return new Outcome(r, Words.NONE, null);
        }
        switch (op) {
            case "in": {
                long r = tryCall(c, x, "__contains__", pos, new String[0]);
                return new Outcome(x, r, null);
            }
            case "[]":
                return new Outcome(x, callMethod(c, x, "__getitem__", pos[0]), null);
            case "[]=":
                callMethod(c, x, "__setitem__", pos[0], pos[1]);
                return new Outcome(x, Words.NONE, null);
            case "del[]":
                callMethod(c, x, "__delitem__", pos[0]);
                return new Outcome(x, Words.NONE, null);
            case "len":
                return new Outcome(x, Words.fromInt(len(c, x)), null);
            case "iter":
                return new Outcome(x, Words.NULL, drain(c, Iter.of(c, x)));
            case "reversed":
                return new Outcome(x, Words.NULL, drain(c, Iter.reversed(c, x)));
            case "hash":
                return new Outcome(x, Words.NULL, Long.toString(Values.hash(c, x)));
            case "repr":
                return new Outcome(x, Str.of(c.mem, Values.repr(c, x)), null);
            case "bool":
                return new Outcome(x, Words.fromBool(Values.truthy(c, x)), null);
            case "selfref":
                if (Mem.typeId(x) == TypeIds.LIST) {
                    callMethod(c, x, "append", x);
                } else {
                    callMethod(c, x, "__setitem__", pos[0], x);
                }
                return new Outcome(x, Words.NONE, null);
            case "mutiter": {
                long it = Iter.of(c, x);
                Iter.next(c, it);
                long[] rest = new long[pos.length - 1];
                System.arraycopy(pos, 1, rest, 0, rest.length);
                String name = Str.value(pos[0]);
                if (tryCall(c, x, name, rest, new String[0]) == Words.NULL) throw attributeError(x, name);
                return new Outcome(x, Words.NULL, drain(c, it));
            }
            default:
                throw new IllegalArgumentException(op);
        }
    }

    /**
     * What the test data shows of a value: its repr, or for a big container '#', the item
     * count and the hash of the tuple of its items (gen_cases.py's shown()).
     */
    static String shown(Ctx c, long v) {
        String r = Values.repr(c, v);
        if (r.codePointCount(0, r.length()) <= 3000) return r;
        long[] items;
        switch (Mem.typeId(v)) {
            case TypeIds.LIST -> items = dev.weft.runtime.objects.list.PyList.toArray(c.mem, v);
            case TypeIds.TUPLE -> items = dev.weft.runtime.objects.tuple.Tuple.toArray(v);
            case TypeIds.SET, TypeIds.FROZENSET -> items = dev.weft.runtime.objects.set.PySet.toArray(c.mem, v);
            case TypeIds.DICT -> items = DictView.toArray(c, DictView.make(c.mem, DictView.ITEMS, v));
            default -> {
                return r;
            }
        }
        long t = dev.weft.runtime.objects.tuple.Tuple.of(c.mem, items);
        return "#" + items.length + ":" + dev.weft.runtime.objects.tuple.Tuple.hash(c, t);
    }

    /** The repr of the list of what an iterator yields (shown as a list would be). */
    static String drain(Ctx c, long it) {
        dev.weft.runtime.objects.list.PyList.Builder b = new dev.weft.runtime.objects.list.PyList.Builder();
        for (long v; (v = Iter.next(c, it)) != Words.NULL; ) b.add(v);
        return shown(c, b.build(c.mem));
    }

    /** {@code f"{type(e).__name__}: {e}"} for a builtin exception. */
    static String describe(Ctx c, PyException e) {
        String text;
        if (e.kind == ExcKind.KEY_ERROR) {
            text = e.arg != Words.NULL ? Values.repr(c, e.arg) : Str.repr(Str.of(c.mem, e.getMessage()));
        } else {
            text = e.arg != Words.NULL ? Values.str(c, e.arg) : e.getMessage();
        }
        return e.kind.pyName + ": " + text;
    }

    static boolean isMutable(long x) {
        if (!Words.isPointer(x)) return false;
        int t = Mem.typeId(x);
        return t == TypeIds.LIST || t == TypeIds.DICT || t == TypeIds.SET;
    }

    static boolean isView(long x) {
        return DictView.isView(x);
    }
}

package dev.weft.runtime.objects.iter;

import static dev.weft.runtime.objects.iter.Args.Style.NOARGS;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.bytes.Bytes;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.dict.DictView;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.range.Range;
import dev.weft.runtime.objects.set.PySet;
import dev.weft.runtime.objects.str.Str;
import dev.weft.runtime.objects.tuple.Tuple;

/**
 * The iterators of the built-in containers, one heap type for all of them: a kind, the
 * container (NULL once exhausted, so an exhausted iterator stays exhausted, as CPython's
 * do) and a position. {@link #next} answers NULL at the end and never raises StopIteration:
 * the interpreter's FOR_ITER wants a value or "done", and raising would cost an exception
 * per loop.
 *
 * <p>Layout (mutable, {@link TypeIds#ITERATOR}), raw longs but for field 1:
 * <pre>
 *   field 0  kind       one of the constants below
 *   field 1  seq        the container, or 0 when exhausted
 *   field 2  pos        next index (list, tuple, str, range, set slot, dict position)
 *   field 3  expect     dict and set: the size seen at the start (-1 once it changed)
 *   field 4  left       dict and set: items still to come
 * </pre>
 * Worked example: {@code iter([5, 6])} after one {@code next} is {@code 0, <list>, 1, 0, 0}.
 * Reversed list and dict iterators count {@code pos} down; a reversed range is a forward
 * range iterator over the mirrored range, as CPython makes it.
 */
public final class Iter {
    private Iter() {}

    public static final int KIND = 0, SEQ = 1, POS = 2, EXPECT = 3, LEFT = 4;

    public static final int LIST = 0, LIST_REV = 1, TUPLE = 2, STR = 3, RANGE = 4, DICT_KEYS = 5, DICT_VALUES = 6,
            DICT_ITEMS = 7, DICT_KEYS_REV = 8, DICT_VALUES_REV = 9, DICT_ITEMS_REV = 10, SET = 11, SEQ_REV = 12, BYTES = 13,
            BYTEARRAY = 14;

    private static final String[] NAMES = {"list_iterator", "list_reverseiterator", "tuple_iterator", "str_iterator",
        "range_iterator", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "dict_reversekeyiterator",
        "dict_reversevalueiterator", "dict_reverseitemiterator", "set_iterator", "reversed", "bytes_iterator",
        "bytearray_iterator"};

    public static String typeName(long it) {
        int kind = (int) Raw.field(it, KIND);
        if (kind == STR) {
            long s = Raw.field(it, SEQ);
            if (s != 0 && Str.width(s) == 1 && isAscii(s)) return "str_ascii_iterator";
        }
        return NAMES[kind];
    }

    private static boolean isAscii(long s) {
        for (long i = 0; i < Str.length(s); i++) {
            if (Str.charAt(s, i) >= 128) return false;
        }
        return true;
    }

    private static long make(Mem m, int kind, long seq, long pos, long expect, long left) {
        long it = m.alloc(TypeIds.ITERATOR, 5);
        m.init(it, KIND, kind);
        m.init(it, SEQ, seq);
        m.init(it, POS, pos);
        m.init(it, EXPECT, expect);
        m.init(it, LEFT, left);
        return it;
    }

    /** Whether {@link #of} makes an iterator for {@code w}. */
    public static boolean isIterable(long w) {
        if (!Words.isPointer(w)) return false;
        return switch (Mem.typeId(w)) {
            case TypeIds.LIST, TypeIds.TUPLE, TypeIds.STR, TypeIds.RANGE, TypeIds.DICT, TypeIds.DICT_VIEW, TypeIds.SET,
                    TypeIds.FROZENSET, TypeIds.ITERATOR, TypeIds.BYTES, TypeIds.BYTEARRAY -> true;
            default -> false;
        };
    }

    /** {@code iter(w)} for the built-in containers; NULL for anything else (the interpreter's). */
    public static long of(Ctx ctx, long w) {
        if (!Words.isPointer(w)) return Words.NULL;
        Mem m = ctx.mem;
        return switch (Mem.typeId(w)) {
            case TypeIds.LIST -> make(m, LIST, w, 0, 0, 0);
            case TypeIds.TUPLE -> make(m, TUPLE, w, 0, 0, 0);
            case TypeIds.STR -> make(m, STR, w, 0, 0, 0);
            case TypeIds.RANGE -> Range.isBig(w) ? make(m, RANGE, w, 0, 0, 0) : rangeIter(m, Range.start(w), Range.step(w), Range.length(w));
            case TypeIds.DICT -> dictIter(m, DICT_KEYS, w);
            case TypeIds.DICT_VIEW -> dictIter(m, DICT_KEYS + DictView.kind(w), DictView.dict(w));
            case TypeIds.SET, TypeIds.FROZENSET -> make(m, SET, w, 0, PySet.size(m, w), PySet.size(m, w));
            case TypeIds.ITERATOR -> w;
            case TypeIds.BYTES -> make(m, BYTES, w, 0, 0, 0);
            case TypeIds.BYTEARRAY -> make(m, BYTEARRAY, w, 0, 0, 0);
            default -> Words.NULL;
        };
    }

    private static long rangeIter(Mem m, long start, long step, long len) {
        long r = Range.make(m, start, start + len * step, step);
        return make(m, RANGE, r, 0, 0, 0);
    }

    private static long dictIter(Mem m, int kind, long d) {
        long used = Dict.size(m, d);
        long pos = kind >= DICT_KEYS_REV ? Dict.positions(m, d) - 1 : 0;
        return make(m, kind, d, pos, used, used);
    }

    /** {@code reversed(w)} for list, tuple, str, range, dict and its views; NULL otherwise. */
    public static long reversed(Ctx ctx, long w) {
        if (!Words.isPointer(w)) return Words.NULL;
        Mem m = ctx.mem;
        return switch (Mem.typeId(w)) {
            case TypeIds.LIST -> make(m, LIST_REV, w, PyList.size(m, w) - 1, 0, 0);
            case TypeIds.TUPLE -> make(m, SEQ_REV, w, Tuple.size(w) - 1, 0, 0);
            case TypeIds.STR -> make(m, SEQ_REV, w, Str.length(w) - 1, 0, 0);
            case TypeIds.RANGE -> {
                if (Range.isBig(w)) yield make(m, RANGE, Range.reversed(m, w), 0, 0, 0);
                long len = Range.length(w);
                yield rangeIter(m, Range.start(w) + (len - 1) * Range.step(w), -Range.step(w), len);
            }
            case TypeIds.DICT -> dictIter(m, DICT_KEYS_REV, w);
            case TypeIds.DICT_VIEW -> dictIter(m, DICT_KEYS_REV + DictView.kind(w), DictView.dict(w));
            default -> Words.NULL;
        };
    }

    /** The next item, or NULL when exhausted; RuntimeError when a dict or set changed size. */
    public static long next(Ctx ctx, long it) {
        Mem m = ctx.mem;
        long seq = m.get(it, SEQ);
        if (seq == Words.NULL) return Words.NULL;
        int kind = (int) m.get(it, KIND);
        long pos = m.get(it, POS);
        switch (kind) {
            case LIST:
                if (pos < PyList.size(m, seq)) {
                    m.put(it, POS, pos + 1);
                    return PyList.get(m, seq, pos);
                }
                break;
            case LIST_REV:
                if (pos >= 0 && pos < PyList.size(m, seq)) {
                    m.put(it, POS, pos - 1);
                    return PyList.get(m, seq, pos);
                }
                m.put(it, POS, -1);
                break;
            case TUPLE:
                if (pos < Tuple.size(seq)) {
                    m.put(it, POS, pos + 1);
                    return Tuple.get(seq, pos);
                }
                break;
            case STR:
                if (pos < Str.length(seq)) {
                    m.put(it, POS, pos + 1);
                    return Str.ofChar(m, Str.charAt(seq, pos));
                }
                break;
            case SEQ_REV:
                if (pos >= 0) {
                    m.put(it, POS, pos - 1);
                    return Str.isStr(seq) ? Str.ofChar(m, Str.charAt(seq, pos)) : Tuple.get(seq, pos);
                }
                break;
            case RANGE:
                if (pos < Range.length(seq)) {
                    m.put(it, POS, pos + 1);
                    return Range.itemWord(m, seq, pos);
                }
                break;
            case BYTES:
            case BYTEARRAY:
                if (pos < Bytes.size(m, seq)) {
                    m.put(it, POS, pos + 1);
                    return Words.fromInt(Bytes.at(m, seq, pos));
                }
                break;
            case SET:
                return nextSet(ctx, it, seq, pos);
            default:
                return nextDict(ctx, it, kind, seq, pos);
        }
        m.put(it, SEQ, Words.NULL);
        return Words.NULL;
    }

    private static long nextSet(Ctx ctx, long it, long s, long pos) {
        Mem m = ctx.mem;
        long expect = m.get(it, EXPECT);
        if (expect != PySet.size(m, s)) {
            m.put(it, EXPECT, -1);
            throw PyException.of(ExcKind.RUNTIME_ERROR, "Set changed size during iteration");
        }
        long i = PySet.nextSlot(m, s, pos);
        if (i < 0) {
            m.put(it, SEQ, Words.NULL);
            return Words.NULL;
        }
        m.put(it, POS, i + 1);
        m.put(it, LEFT, m.get(it, LEFT) - 1);
        return PySet.keyAtSlot(m, s, i);
    }

    private static long nextDict(Ctx ctx, long it, int kind, long d, long pos) {
        Mem m = ctx.mem;
        long expect = m.get(it, EXPECT);
        if (expect != Dict.size(m, d)) {
            m.put(it, EXPECT, -1);
            throw PyException.of(ExcKind.RUNTIME_ERROR, "dictionary changed size during iteration");
        }
        boolean rev = kind >= DICT_KEYS_REV;
        long p = rev ? Dict.prevLive(m, d, pos + 1) : Dict.nextLive(m, d, pos);
        if (p < 0) {
            m.put(it, SEQ, Words.NULL);
            return Words.NULL;
        }
        long left = m.get(it, LEFT);
        if (left == 0) {
            m.put(it, SEQ, Words.NULL);
            throw PyException.of(ExcKind.RUNTIME_ERROR, "dictionary keys changed during iteration");
        }
        m.put(it, POS, rev ? p - 1 : p + 1);
        m.put(it, LEFT, left - 1);
        int what = (kind - DICT_KEYS) % 3;
        return switch (what) {
            case 0 -> Dict.keyAt(m, d, p);
            case 1 -> Dict.valueAt(m, d, p);
            default -> Tuple.of(m, Dict.keyAt(m, d, p), Dict.valueAt(m, d, p));
        };
    }

    /** {@code operator.length_hint(it)}: items still to come (0 once exhausted). */
    public static long lengthHint(Ctx ctx, long it) {
        Mem m = ctx.mem;
        long seq = m.get(it, SEQ);
        if (seq == Words.NULL) return 0;
        long pos = m.get(it, POS);
        return switch ((int) m.get(it, KIND)) {
            case LIST -> Math.max(0, PyList.size(m, seq) - pos);
            case LIST_REV -> pos >= 0 && pos < PyList.size(m, seq) ? pos + 1 : 0;
            case TUPLE -> Math.max(0, Tuple.size(seq) - pos);
            case STR -> Math.max(0, Str.length(seq) - pos);
            case SEQ_REV -> pos + 1;
            case RANGE -> Math.max(0, Range.length(seq) - pos);
            case SET -> m.get(it, EXPECT) == PySet.size(m, seq) ? m.get(it, LEFT) : 0;
            case BYTES, BYTEARRAY -> Math.max(0, Bytes.size(m, seq) - pos);
            default -> m.get(it, EXPECT) == Dict.size(m, seq) ? m.get(it, LEFT) : 0;
        };
    }

    /** The methods every built-in iterator has: __next__, __iter__, __length_hint__. */
    public static void install(MethodTable t) {
        Args.def(t, NOARGS, "__next__", 0, 0, (c, a, n, k) -> {
            long v = next(c, a[0]);
            if (v == Words.NULL) throw PyException.of(ExcKind.STOP_ITERATION, "");
            return v;
        });
        Args.def(t, NOARGS, "__iter__", 0, 0, (c, a, n, k) -> a[0]);
        Args.def(t, NOARGS, "__length_hint__", 0, 0, (c, a, n, k) -> Words.fromInt(lengthHint(c, a[0])));
    }
}

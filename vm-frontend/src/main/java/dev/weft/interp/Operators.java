package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.BinOp;
import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.dict.DictBuiltins;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.list.ListBuiltins;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.set.PySet;
import dev.weft.runtime.objects.slice.Slice;
import dev.weft.runtime.objects.str.StrBuiltins;
import dev.weft.runtime.objects.tuple.Tuple;
import dev.weft.runtime.objects.tuple.TupleBuiltins;

/**
 * The operators and the generic protocols (truth, hash, repr, str, iteration, subscription,
 * unpacking), with Python's dispatch rules: numbers first through the number module, then the
 * operands' special methods with {@code NotImplemented} and reflected operands (the right
 * operand first when its type is a subclass of the left's), then the sequence behaviour of
 * the built-in types ({@code str + str}, {@code list * n}), then CPython's error message.
 */
final class Operators {
    private final Interp in;
    private final Mem m;
    private final Ctx ctx;

    Operators(Interp in) {
        this.in = in;
        this.m = in.mem;
        this.ctx = in.ctx;
    }

    // ------------------------------------------------------------------------------------
    // Binary operators

    long binary(BinOp op, boolean inplace, long a, long b) {
        if (inplace && !Numbers.isNumber(a)) { // int, bool and float have no in-place methods
            long im = in.attrs.lookupSpecial(a, op.inplace);
            if (im != NULL) {
                long r = in.calls.call1(im, b);
                if (r != NOT_IMPLEMENTED) return r;
            }
        }
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            long r = Numbers.binary(m, op, a, b);
            if (r != NOT_IMPLEMENTED) return r;
        } else {
            long r = ComplexBuiltins.binary(m, op, a, b);
            if (r != NOT_IMPLEMENTED) return r;
        }
        TypeInfo ta = in.vm.typeInfo(a), tb = in.vm.typeInfo(b);
        long r = NOT_IMPLEMENTED;
        boolean rightFirst = ta != tb && tb.user && in.vm.classes.isSubtype(tb, ta);
        if (rightFirst) {
            r = callUser(b, op.reflected, a);
            if (r != NOT_IMPLEMENTED) return r;
        }
        r = callUser(a, op.method, b);
        if (r != NOT_IMPLEMENTED) return r;
        if (ta != tb && !rightFirst) {
            r = callUser(b, op.reflected, a);
            if (r != NOT_IMPLEMENTED) return r;
        }
        // the built-in types' own behaviour (sequences, sets, dicts, str %)
        r = builtinBinary(op, ta, a, b);
        if (r != NOT_IMPLEMENTED) return r;
        if (op == BinOp.ADD && isSequence(ta) && !tb.user) {
            throw PyException.typeError("can only concatenate " + ta.name + " (not \"" + tb.name + "\") to " + ta.name);
        }
        if (op == BinOp.MUL && (isSequence(ta) || isSequence(tb))) {
            TypeInfo other = isSequence(ta) ? tb : ta;
            throw PyException.typeError("can't multiply sequence by non-int of type '" + other.name + "'");
        }
        throw PyException.typeError("unsupported operand type(s) for " + op.symbol + (inplace ? "=" : "") + ": '"
                + ta.name + "' and '" + tb.name + "'");
    }

    /** A binary special method pair (divmod and the like) with Python's reflection rules. */
    long binaryReflected(long a, long b, String method, String reflected) {
        TypeInfo ta = in.vm.typeInfo(a), tb = in.vm.typeInfo(b);
        long r = callUser(a, method, b);
        if (r != NOT_IMPLEMENTED) return r;
        if (ta != tb) return callUser(b, reflected, a);
        return NOT_IMPLEMENTED;
    }

    private static boolean isSequence(TypeInfo t) {
        return t.id == TypeIds.STR || t.id == TypeIds.LIST || t.id == TypeIds.TUPLE;
    }

    /** Calls a special method that a Python class defines on obj, or answers NOT_IMPLEMENTED. */
    private long callUser(long obj, String name, long arg) {
        long meth = in.attrs.lookupUserSpecial(obj, name);
        if (meth == NULL) return NOT_IMPLEMENTED;
        return in.calls.call1(meth, arg);
    }

    /** A built-in type's dunder method from its table, called with one argument; NOT_IMPLEMENTED when absent. */
    long callBuiltinDunder(TypeInfo t, String name, long self, long arg) {
        long f = in.vm.builtinMethodAny(t, name);
        if (f == NULL) return NOT_IMPLEMENTED;
        return in.calls.call(f, new long[] {self, arg}, 0, 2, null);
    }

    private long builtinBinary(BinOp op, TypeInfo ta, long a, long b) {
        TypeInfo tb = in.vm.typeInfo(b);
        if (tb.layout == TypeInfo.Layout.VALUE && !ta.user) {
            // 'x' + S('y'): the built-in operation takes the right operand's value
            b = ValueTypes.unwrap(in.vm, m, b);
            tb = in.vm.typeInfo(b);
        }
        if (op == BinOp.MOD && ta.id == TypeIds.STR) return Formatting.percent(in, a, b);
        if (op == BinOp.MOD && (ta.id == TypeIds.BYTES || ta.id == TypeIds.BYTEARRAY)) return Formatting.percentBytes(in, a, b);
        if (op == BinOp.MUL && Numbers.isIntLike(a) && isSequence(tb)) {
            return callBuiltinDunder(tb, "__mul__", b, a);
        }
        if (ta.user) return NOT_IMPLEMENTED;
        if ((op == BinOp.ADD || op == BinOp.MUL) && isSequence(ta)) {
            if (op == BinOp.ADD && tb != ta) return NOT_IMPLEMENTED;
            if (op == BinOp.MUL && !Numbers.isIntLike(b)) return NOT_IMPLEMENTED;
            return callBuiltinDunder(ta, op.method, a, b);
        }
        if (!tb.user || in.vm.classes.isSubtype(tb, ta)) {
            long r = callBuiltinDunder(ta, op.method, a, b);
            if (r != NOT_IMPLEMENTED) return r;
        }
        if (!tb.user && tb != ta) {
            long r = callBuiltinDunder(tb, op.reflected, b, a);
            if (r != NOT_IMPLEMENTED) return r;
        }
        return NOT_IMPLEMENTED;
    }

    long unary(int which, long v) {
        if (Numbers.isNumber(v)) return Numbers.unary(m, which, v);
        String name = which == 0 ? "__neg__" : which == 1 ? "__pos__" : "__invert__";
        long meth = in.attrs.lookupSpecial(v, name);
        if (meth != NULL) return in.calls.call0(meth);
        String sym = which == 0 ? "-" : which == 1 ? "+" : "~";
        throw PyException.typeError("bad operand type for unary " + sym + ": '" + in.typeName(v) + "'");
    }

    // ------------------------------------------------------------------------------------
    // Comparisons

    private static final String[] CMP_METHOD = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {4, 5, 2, 3, 0, 1};
    private static final String[] CMP_SYMBOL = {"<", "<=", "==", "!=", ">", ">="};

    /** a op b as a Python value (rich comparison: may answer anything). */
    long compare(int op, long a, long b) {
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return switch (op) {
                case 0 -> dev.weft.runtime.num.Num.lt(a, b);
                case 1 -> dev.weft.runtime.num.Num.le(a, b);
                case 2 -> dev.weft.runtime.num.Num.eq(a, b);
                case 3 -> dev.weft.runtime.num.Num.ne(a, b);
                case 4 -> dev.weft.runtime.num.Num.gt(a, b);
                default -> dev.weft.runtime.num.Num.ge(a, b);
            };
        }
        if (ComplexBuiltins.compares(a, b)) return ComplexBuiltins.compare(in, op, a, b);
        TypeInfo ta = in.vm.typeInfo(a), tb = in.vm.typeInfo(b);
        if (!ta.user && !tb.user) {
            if (Values.isKnown(a) && Values.isKnown(b) || op == 2 || op == 3) {
                if (!Values.isKnown(a) || !Values.isKnown(b)) {
                    boolean same = (op == 2 || op == 3) ? builtinEq(a, b) : identityEq(a, b);
                    return fromBool(op == 2 ? same : !same);
                }
                return fromBool(Values.compare(ctx, a, b, op));
            }
        }
        boolean rightFirst = ta != tb && tb.user && in.vm.classes.isSubtype(tb, ta);
        if (rightFirst) {
            long r = callUser(b, CMP_METHOD[SWAPPED[op]], a);
            if (r != NOT_IMPLEMENTED) return r;
        }
        long r = callUser(a, CMP_METHOD[op], b);
        if (r != NOT_IMPLEMENTED) return r;
        if (!rightFirst) {
            r = callUser(b, CMP_METHOD[SWAPPED[op]], a);
            if (r != NOT_IMPLEMENTED) return r;
        }
        if (op == 3) {
            // __ne__ defaults to the inverse of __eq__
            long eq = callUser(a, "__eq__", b);
            if (eq != NOT_IMPLEMENTED) return fromBool(!in.truthy(eq));
            eq = callUser(b, "__eq__", a);
            if (eq != NOT_IMPLEMENTED) return fromBool(!in.truthy(eq));
        }
        if (op == 2 || op == 3) {
            if (Values.isKnown(a) && Values.isKnown(b)) return fromBool(Values.compare(ctx, a, b, op));
            boolean same = identityEq(a, b);
            return fromBool(op == 2 ? same : !same);
        }
        if (Values.isKnown(a) && Values.isKnown(b)) return fromBool(Values.compare(ctx, a, b, op));
        throw PyException.typeError("'" + CMP_SYMBOL[op] + "' not supported between instances of '" + ta.name + "' and '" + tb.name + "'");
    }

    private static boolean identityEq(long a, long b) {
        return a == b;
    }

    /** == of built-in objects that Values does not know: bound methods, slices; else identity. */
    private boolean builtinEq(long a, long b) {
        if (a == b) return true;
        if (!isPointer(a) || !isPointer(b) || Mem.typeId(a) != Mem.typeId(b)) return false;
        switch (Mem.typeId(a)) {
            case TypeIds.METHOD -> {
                return m.getImm(a, M_SELF) == m.getImm(b, M_SELF) && in.eq(m.getImm(a, M_FUNC), m.getImm(b, M_FUNC));
            }
            case TypeIds.BUILTIN_FUNCTION -> {
                return m.getImm(a, BF_INDEX) == m.getImm(b, BF_INDEX) && m.getImm(a, BF_SELF) == m.getImm(b, BF_SELF);
            }
            case TypeIds.SLICE -> {
                for (int i = 0; i < 3; i++) {
                    if (!in.eq(m.getImm(a, i), m.getImm(b, i))) return false;
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    boolean contains(long container, long v) {
        if (isPointer(container)) { // the built-in containers directly, not through __contains__ as a call
            switch (Mem.typeId(container)) {
                case TypeIds.TUPLE -> { return Tuple.contains(ctx, container, v); }
                case TypeIds.LIST -> { return PyList.contains(ctx, container, v); }
                case TypeIds.DICT -> { return Dict.contains(ctx, container, v); }
                case TypeIds.SET, TypeIds.FROZENSET -> { return PySet.contains(ctx, container, v); }
                case TypeIds.STR -> { return StrBuiltins.contains(ctx, container, v); }
                default -> {}
            }
        }
        TypeInfo t = in.vm.typeInfo(container);
        if (t.user) {
            long meth = in.attrs.lookupUserSpecial(container, "__contains__");
            if (meth != NULL) return in.truthy(in.calls.call1(meth, v));
            long it = iter(container);
            for (long x = next(it); x != NULL; x = next(it)) {
                if (x == v || in.eq(x, v)) return true;
            }
            return false;
        }
        long r = callBuiltinDunder(t, "__contains__", container, v);
        if (r != NOT_IMPLEMENTED) return in.truthy(r);
        if (maybeIterable(container)) {
            long it = iter(container);
            for (long x = next(it); x != NULL; x = next(it)) {
                if (x == v || in.eq(x, v)) return true;
            }
            return false;
        }
        throw PyException.typeError("argument of type '" + t.name + "' is not iterable");
    }

    private boolean maybeIterable(long v) {
        return H.isType(v, TypeIds.GENERATOR) || H.isType(v, TypeIds.ITERATOR) || in.vm.builtinMethodAny(in.vm.typeInfo(v), "__iter__") != NULL;
    }

    // ------------------------------------------------------------------------------------
    // Subscription

    long getItem(long obj, long key) {
        // the built-in containers directly, not through their __getitem__ as a call
        if (isPointer(obj)) {
            switch (Mem.typeId(obj)) {
                case TypeIds.LIST -> {
                    if (isSmallInt(key) || Slice.isSlice(key)) return ListBuiltins.getItem(ctx, obj, key);
                }
                case TypeIds.TUPLE -> {
                    if (isSmallInt(key) || Slice.isSlice(key)) return TupleBuiltins.getItem(ctx, obj, key);
                }
                case TypeIds.STR -> {
                    if (isSmallInt(key) || Slice.isSlice(key)) return StrBuiltins.getItem(ctx, obj, key);
                }
                case TypeIds.DICT -> {
                    return DictBuiltins.getItem(ctx, obj, key);
                }
                default -> {}
            }
        }
        TypeInfo t = in.vm.typeInfo(obj);
        if (t.user) {
            long meth = in.attrs.lookupUserSpecial(obj, "__getitem__");
            if (meth != NULL) return in.calls.call1(meth, key);
            if (t.layout != TypeInfo.Layout.META) throw PyException.typeError("'" + t.name + "' object is not subscriptable");
        }
        if (t.id == TypeIds.TYPE || t.layout == TypeInfo.Layout.META) {
            long cls = obj;
            long cg = in.attrs.lookupInMro(cls, in.vm.intern("__class_getitem__"));
            if (cg != NULL) return in.calls.call2(H.isType(cg, TypeIds.CLASSMETHOD) ? m.getImm(cg, 0) : cg, cls, key);
            return obj; // list[int] and the like: annotations only
        }
        long r = callBuiltinDunder(t, "__getitem__", obj, sequenceKey(t, key));
        if (r != NOT_IMPLEMENTED) return r;
        throw PyException.typeError("'" + t.name + "' object is not subscriptable");
    }

    /** A sequence's index given as an object of a class with {@code __index__} (an int subclass too): the int. */
    private long sequenceKey(TypeInfo seq, long key) {
        if (!isPointer(key) || Mem.typeId(key) < TypeIds.FIRST_USER) return key;
        if (seq.id != TypeIds.LIST && seq.id != TypeIds.TUPLE && seq.id != TypeIds.STR && seq.id != TypeIds.RANGE) return key;
        return in.attrs.lookupUserSpecial(key, "__index__") != NULL ? Numbers.index(in, key) : key;
    }

    void setItem(long obj, long key, long v) {
        if (isPointer(obj)) {
            switch (Mem.typeId(obj)) {
                case TypeIds.LIST -> {
                    if (isSmallInt(key)) {
                        ListBuiltins.setItem(ctx, obj, key, v);
                        return;
                    }
                }
                case TypeIds.DICT -> {
                    DictBuiltins.setItem(ctx, obj, key, v);
                    return;
                }
                default -> {}
            }
        }
        TypeInfo t = in.vm.typeInfo(obj);
        if (t.user) {
            long meth = in.attrs.lookupUserSpecial(obj, "__setitem__");
            if (meth != NULL) {
                in.calls.call2(meth, key, v);
                return;
            }
        } else {
            long f = in.vm.builtinMethodAny(t, "__setitem__");
            if (f != NULL) {
                in.calls.call(f, new long[] {obj, sequenceKey(t, key), v}, 0, 3, null);
                return;
            }
        }
        throw PyException.typeError("'" + t.name + "' object does not support item assignment");
    }

    void delItem(long obj, long key) {
        TypeInfo t = in.vm.typeInfo(obj);
        if (t.user) {
            long meth = in.attrs.lookupUserSpecial(obj, "__delitem__");
            if (meth != NULL) {
                in.calls.call1(meth, key);
                return;
            }
        } else if (callBuiltinDunder(t, "__delitem__", obj, sequenceKey(t, key)) != NOT_IMPLEMENTED) {
            return;
        }
        throw PyException.typeError("'" + t.name + "' object doesn't support item deletion");
    }

    // ------------------------------------------------------------------------------------
    // Iteration

    long iter(long v) {
        TypeInfo t = in.vm.typeInfo(v);
        if (t.id == TypeIds.GENERATOR || IterObjects.isIterObject(t.id)) return v;
        if (t.user) {
            long meth = in.attrs.lookupUserSpecial(v, "__iter__");
            if (meth != NULL) {
                long it = in.calls.call0(meth);
                if (!isIterator(it)) throw PyException.typeError("iter() returned non-iterator of type '" + in.typeName(it) + "'");
                return it;
            }
            long gi = in.attrs.lookupUserSpecial(v, "__getitem__");
            if (gi != NULL) return IterObjects.seqIter(in, v);
            throw PyException.typeError("'" + t.name + "' object is not iterable");
        }
        long it = dev.weft.runtime.objects.iter.Iter.of(ctx, v);
        if (it != NULL) return it;
        long f = in.vm.builtinMethodAny(t, "__iter__");
        if (f != NULL) return in.calls.call(f, new long[] {v}, 0, 1, null);
        throw PyException.typeError("'" + t.name + "' object is not iterable");
    }

    boolean isIterator(long it) {
        TypeInfo t = in.vm.typeInfo(it);
        if (t.id == TypeIds.GENERATOR || t.id == TypeIds.ITERATOR || IterObjects.isIterObject(t.id)) return true;
        return in.attrs.lookupSpecial(it, "__next__") != NULL;
    }

    /** The next item, or NULL at the end (StopIteration is absorbed). */
    long next(long it) {
        if (isPointer(it)) {
            int id = Mem.typeId(it);
            if (id == TypeIds.ITERATOR) return dev.weft.runtime.objects.iter.Iter.next(ctx, it);
            if (id == TypeIds.GENERATOR) return Generators.send(in, it, NONE, null);
            if (IterObjects.isIterObject(id)) return IterObjects.next(in, it);
        }
        long meth = in.attrs.lookupSpecial(it, "__next__");
        if (meth == NULL) throw PyException.typeError("'" + in.typeName(it) + "' object is not an iterator");
        if (!in.vm.typeInfo(it).user) {
            try {
                return in.calls.call0(meth);
            } catch (PyException e) {
                if (e.kind == ExcKind.STOP_ITERATION && e.arg == NULL) return NULL;
                throw e;
            }
        }
        try {
            return in.calls.call0(meth);
        } catch (PyException e) {
            long obj = in.exc.materialize(e, in.top);
            if (in.exc.isInstance(obj, ExcKind.STOP_ITERATION)) return NULL;
            throw e;
        }
    }

    /** Unpacks seq into s[at..): n items, or (star &gt;= 0) before + a list + after. */
    void unpack(long seq, int n, int before, int after, long[] s, int at) {
        if (before < 0 && isPointer(seq)) {
            // a tuple or list of the right length: its items, without an iterator
            int id = Mem.typeId(seq);
            if (id == TypeIds.TUPLE && H.tupleSize(seq) == n) {
                for (int i = 0; i < n; i++) s[at + n - 1 - i] = H.tupleGet(seq, i);
                return;
            }
            if (id == TypeIds.LIST && PyList.size(m, seq) == n) {
                for (int i = 0; i < n; i++) s[at + n - 1 - i] = PyList.get(m, seq, i);
                return;
            }
        }
        long it = iter(seq);
        if (before < 0) {
            for (int i = 0; i < n; i++) {
                long v = next(it);
                if (v == NULL) throw PyException.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                s[at + n - 1 - i] = v;
            }
            if (next(it) != NULL) throw PyException.valueError("too many values to unpack (expected " + n + ")");
            return;
        }
        long[] items = new long[before];
        for (int i = 0; i < before; i++) {
            long v = next(it);
            if (v == NULL) {
                throw PyException.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + i + ")");
            }
            items[i] = v;
        }
        long rest = H.list(ctx);
        for (long v = next(it); v != NULL; v = next(it)) H.listAppend(ctx, rest, v);
        int restSize = H.listSize(ctx, rest);
        if (restSize < after) {
            throw PyException.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + (before + restSize) + ")");
        }
        long[] tail = new long[after];
        for (int i = 0; i < after; i++) tail[i] = H.listGet(ctx, rest, restSize - after + i);
        in.vm.listTruncate(ctx, rest, restSize - after);
        // the stack gets them in reverse: the first target is stored first, from the top
        int total = before + 1 + after;
        int k = at + total - 1;
        for (int i = 0; i < before; i++) s[k--] = items[i];
        s[k--] = rest;
        for (int i = 0; i < after; i++) s[k--] = tail[i];
    }

    // ------------------------------------------------------------------------------------
    // Displays

    long newList(long[] s, int from, int n) {
        long l = H.list(ctx);
        for (int i = 0; i < n; i++) H.listAppend(ctx, l, s[from + i]);
        return l;
    }

    long newSet(long[] s, int from, int n) {
        long st = in.vm.newSet(ctx);
        for (int i = 0; i < n; i++) setAdd(st, s[from + i]);
        return st;
    }

    void setAdd(long set, long v) {
        in.vm.setAdd(ctx, set, v);
    }

    void listExtend(long list, long iterable) {
        long it = iter(iterable);
        for (long v = next(it); v != NULL; v = next(it)) H.listAppend(ctx, list, v);
    }

    void setUpdate(long set, long iterable) {
        long it = iter(iterable);
        for (long v = next(it); v != NULL; v = next(it)) setAdd(set, v);
    }

    /** d.update(other) for displays; merge: a duplicate key is an error (f(**a, **b)). */
    void dictUpdate(long d, long other, boolean merge) {
        if (!H.isDict(other)) {
            long keys = in.attrs.lookupSpecial(other, "keys");
            if (keys == NULL) {
                throw PyException.typeError("'" + in.typeName(other) + "' object is not a mapping");
            }
            long it = iter(in.calls.call0(keys));
            for (long k = next(it); k != NULL; k = next(it)) {
                if (merge && H.dictGet(ctx, d, k) != NULL) throw new DuplicateKeyword(H.jstr(k));
                H.dictPut(ctx, d, k, getItem(other, k));
            }
            return;
        }
        for (int i = 0, end = H.dictEnd(ctx, other); i < end; i++) {
            long k = H.dictKeyAt(ctx, other, i);
            if (k == NULL) continue;
            if (merge && H.dictGet(ctx, d, k) != NULL) throw new DuplicateKeyword(H.isStr(k) ? H.jstr(k) : repr(k));
            H.dictPut(ctx, d, k, H.dictValueAt(ctx, other, i));
        }
    }

    /** A key given twice in f(**a, **b); the caller names the function. */
    static final class DuplicateKeyword extends RuntimeException {
        final String name;

        DuplicateKeyword(String name) {
            super(name, null, false, false);
            this.name = name;
        }
    }

    /** Whether iter(v) would succeed (without calling anything). */
    boolean isIterable(long v) {
        TypeInfo t = in.vm.typeInfo(v);
        if (t.id == TypeIds.GENERATOR || IterObjects.isIterObject(t.id) || t.id == TypeIds.ITERATOR) return true;
        if (t.user) return in.attrs.lookupUserSpecial(v, "__iter__") != NULL || in.attrs.lookupUserSpecial(v, "__getitem__") != NULL;
        return in.vm.builtinMethodAny(t, "__iter__") != NULL;
    }

    long listToTuple(long list) {
        int n = H.listSize(ctx, list);
        long[] items = new long[n];
        for (int i = 0; i < n; i++) items[i] = H.listGet(ctx, list, i);
        return H.tuple(m, items);
    }

    /** tuple(v) for a tuple or any iterable. */
    long toTuple(long v) {
        if (H.isTuple(v)) return v;
        long l = H.list(ctx);
        listExtend(l, v);
        return listToTuple(l);
    }

    // ------------------------------------------------------------------------------------
    // Truth, hash, repr, str, format

    boolean truthy(long v) {
        if (Numbers.isNumber(v)) return dev.weft.runtime.num.Num.truthy(v);
        TypeInfo t = in.vm.typeInfo(v);
        if (t.user) {
            long b = in.attrs.lookupUserSpecial(v, "__bool__");
            if (b != NULL) {
                long r = in.calls.call0(b);
                if (!isBool(r)) throw PyException.typeError("__bool__ should return bool, returned " + in.typeName(r));
                return r == TRUE;
            }
            long len = in.attrs.lookupUserSpecial(v, "__len__");
            if (len != NULL) return lenResult(in.calls.call0(len)) != 0;
            return true;
        }
        if (Values.isKnown(v)) return Values.truthy(ctx, v);
        if (H.isType(v, TypeIds.COMPLEX)) return ComplexBuiltins.truthy(v);
        return true;
    }

    long len(long v) {
        if (isPointer(v)) { // the built-in containers directly, not through their __len__ method
            switch (Mem.typeId(v)) {
                case TypeIds.LIST -> { return dev.weft.runtime.objects.list.PyList.size(m, v); }
                case TypeIds.TUPLE -> { return H.tupleSize(v); }
                case TypeIds.STR -> { return dev.weft.runtime.objects.str.Str.length(v); }
                case TypeIds.DICT -> { return dev.weft.runtime.objects.dict.Dict.size(m, v); }
                case TypeIds.SET, TypeIds.FROZENSET -> { return dev.weft.runtime.objects.set.PySet.size(m, v); }
                default -> {}
            }
        }
        TypeInfo t = in.vm.typeInfo(v);
        long meth = t.user ? in.attrs.lookupUserSpecial(v, "__len__") : NULL;
        if (meth != NULL) return lenResult(in.calls.call0(meth));
        if (!t.user) {
            long f = in.vm.builtinMethodAny(t, "__len__");
            if (f != NULL) return toInt(in.calls.call(f, new long[] {v}, 0, 1, null));
        }
        throw PyException.typeError("object of type '" + in.typeName(v) + "' has no len()");
    }

    private long lenResult(long r) {
        if (!isSmallInt(r)) {
            if (isBool(r)) return r == TRUE ? 1 : 0;
            throw PyException.typeError("'" + in.typeName(r) + "' object cannot be interpreted as an integer");
        }
        long n = toInt(r);
        if (n < 0) throw PyException.valueError("__len__() should return >= 0");
        return n;
    }

    long hash(long v) {
        if (Numbers.isNumber(v)) return dev.weft.runtime.num.Num.hash(v);
        TypeInfo t = in.vm.typeInfo(v);
        if (t.user) {
            long h = in.attrs.lookupUserInMro(t.typeObject, "__hash__");
            if (h == NONE) throw PyException.typeError("unhashable type: '" + t.name + "'");
            if (h != NULL) {
                long r = in.calls.call1(h, v);
                if (!Numbers.isInt(r)) throw PyException.typeError("__hash__ method should return an integer");
                return Numbers.hash(m, r);
            }
            if (t.layout == TypeInfo.Layout.VALUE) {
                long value = ValueTypes.unwrap(in.vm, m, v);
                if (H.isType(value, TypeIds.LIST) || H.isType(value, TypeIds.DICT) || H.isType(value, TypeIds.SET)) {
                    throw PyException.typeError("unhashable type: '" + t.name + "'");
                }
                return hash(value);
            }
            return identityHash(v);
        }
        if (isPointer(v) && Values.isKnown(v)) return Values.hash(ctx, v);
        if (H.isType(v, TypeIds.COMPLEX)) return ComplexBuiltins.hash(v);
        if (H.isType(v, TypeIds.SLICE)) throw PyException.typeError("unhashable type: 'slice'");
        return identityHash(v);
    }

    static long identityHash(long v) {
        return v >>> 4;
    }

    String repr(long v) {
        if (isFloat(v)) return dev.weft.runtime.text.FloatRepr.repr(toDouble(v));
        if (Numbers.isInt(v)) return dev.weft.runtime.text.IntText.repr(v);
        if (H.isType(v, TypeIds.COMPLEX)) return ComplexBuiltins.repr(v);
        TypeInfo t = in.vm.typeInfo(v);
        if (t.user) {
            long r = in.attrs.lookupUserSpecial(v, "__repr__");
            if (r != NULL) return checkStr(in.calls.call0(r), "__repr__");
            if (t.layout == TypeInfo.Layout.EXCEPTION) return in.exc.repr(v);
            if (t.layout == TypeInfo.Layout.META) return Metaclasses.classRepr(in, v);
            return "<" + moduleQualname(t) + " object at 0x" + Long.toHexString(v) + ">";
        }
        if (isPointer(v)) {
            switch (Mem.typeId(v)) {
                case TypeIds.FUNCTION -> {
                    return "<function " + H.jstr(m.get(v, FN_QUALNAME)) + " at 0x" + Long.toHexString(v) + ">";
                }
                case TypeIds.BUILTIN_FUNCTION -> {
                    long self = m.getImm(v, BF_SELF);
                    String name = in.vm.builtinAt((int) toInt(m.getImm(v, BF_INDEX))).name();
                    if (self == NULL) return "<built-in function " + name + ">";
                    return "<built-in method " + name + " of " + in.typeName(self) + " object at 0x" + Long.toHexString(self) + ">";
                }
                case TypeIds.METHOD -> {
                    long fn = m.getImm(v, M_FUNC);
                    String q = H.isType(fn, TypeIds.FUNCTION) ? H.jstr(m.get(fn, FN_QUALNAME)) : "?";
                    return "<bound method " + q + " of " + repr(m.getImm(v, M_SELF)) + ">";
                }
                case TypeIds.TYPE -> {
                    TypeInfo ct = in.vm.typeOfTypeObject(v);
                    return "<class '" + (ct.user ? moduleQualname(ct) : ct.name) + "'>";
                }
                case TypeIds.MODULE -> {
                    return "<module '" + H.jstr(m.get(v, MOD_NAME)) + "'>";
                }
                case TypeIds.GENERATOR, TypeIds.COROUTINE, TypeIds.ASYNC_GENERATOR -> {
                    return "<" + t.name + " object " + H.jstr(m.get(v, G_QUALNAME)) + " at 0x" + Long.toHexString(v) + ">";
                }
                case TypeIds.CELL -> {
                    return "<cell at 0x" + Long.toHexString(v) + ">";
                }
                default -> {
                    if (t.layout == TypeInfo.Layout.EXCEPTION) return in.exc.repr(v);
                }
            }
        }
        if (v == NOT_IMPLEMENTED) return "NotImplemented";
        if (v == ELLIPSIS) return "Ellipsis";
        if (!isPointer(v) || isValuesRepr(Mem.typeId(v))) return Values.repr(ctx, v);
        return "<" + t.name + " object at 0x" + Long.toHexString(v) + ">";
    }

    private static boolean isValuesRepr(int id) {
        return switch (id) {
            case TypeIds.STR, TypeIds.TUPLE, TypeIds.LIST, TypeIds.DICT, TypeIds.SET, TypeIds.FROZENSET, TypeIds.RANGE,
                    TypeIds.SLICE, TypeIds.DICT_VIEW, TypeIds.BYTES, TypeIds.BYTEARRAY -> true;
            default -> false;
        };
    }

    private String moduleQualname(TypeInfo t) {
        long mod = H.dictGet(ctx, m.getImm(t.typeObject, T_DICT), in.vm.intern("__module__"));
        String q = H.jstr(m.get(t.typeObject, T_QUALNAME));
        return mod != NULL && H.isStr(mod) ? H.jstr(mod) + "." + q : q;
    }

    private String checkStr(long r, String method) {
        if (!H.isStr(r)) throw PyException.typeError(method + " returned non-string (type " + in.typeName(r) + ")");
        return H.jstr(r);
    }

    String str(long v) {
        if (H.isStr(v)) return H.jstr(v);
        TypeInfo t = in.vm.typeInfo(v);
        if (t.user) {
            long s = in.attrs.lookupUserSpecial(v, "__str__");
            if (s != NULL) return checkStr(in.calls.call0(s), "__str__");
            if (t.layout == TypeInfo.Layout.EXCEPTION) return in.exc.str(v);
            return repr(v);
        }
        if (t.layout == TypeInfo.Layout.EXCEPTION) return in.exc.str(v);
        if (Numbers.isNumber(v)) return repr(v);
        if (Values.isKnown(v)) return Values.str(ctx, v);
        return repr(v);
    }

    /** ascii(): repr with non-ASCII characters escaped. */
    String ascii(String r) {
        var sb = new StringBuilder();
        r.codePoints().forEach(c -> {
            if (c < 128) sb.append((char) c);
            else if (c < 256) sb.append(String.format("\\x%02x", c));
            else if (c < 65536) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        });
        return sb.toString();
    }

    /** format(v, spec) as a str word. */
    long format(long v, String spec) {
        TypeInfo t = in.vm.typeInfo(v);
        if (t.user) {
            long f = in.attrs.lookupUserSpecial(v, "__format__");
            if (f != NULL) return in.calls.call1(f, in.str(spec));
        }
        if (spec.isEmpty()) return H.isStr(v) ? v : in.str(str(v));
        if (t.user) {
            long f = in.attrs.lookupSpecial(v, "__format__");
            if (f != NULL) return in.calls.call1(f, in.str(spec));
        }
        return Formatting.format(in, v, spec);
    }
}

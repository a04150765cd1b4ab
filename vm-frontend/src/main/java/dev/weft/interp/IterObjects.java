package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;

/**
 * The lazy iterators of the builtins: enumerate, zip, map, filter, reversed over a user
 * sequence, iteration through {@code __getitem__}, and {@code iter(f, sentinel)}. Each is a
 * small mutable heap object (its position is guest state, so it is transactional).
 *
 * <pre>
 * ENUMERATE  0 iterator  1 next count (int)
 * ZIP        0 tuple of iterators  1 strict (bool)
 * MAP        0 function  1 tuple of iterators
 * FILTER     0 function or None  1 iterator
 * REVERSED   0 sequence  1 next index (int, -1 when done)
 * SEQ_ITERATOR       0 sequence  1 next index (int, -1 when done)
 * CALLABLE_ITERATOR  0 callable  1 sentinel  2 done (bool)
 * </pre>
 */
final class IterObjects {
    private IterObjects() {}

    static final int ENUMERATE = TypeIds.ENUMERATE, ZIP = TypeIds.ZIP, MAP = TypeIds.MAP, FILTER = TypeIds.FILTER,
            REVERSED = TypeIds.REVERSED;

    static void defineTypes(Vm vm) {
        TypeInfo object = vm.types[TypeIds.OBJECT];
        String[] names = {"enumerate", "zip", "map", "filter", "reversed", "iterator", "callable_iterator"};
        for (int id = TypeIds.ENUMERATE; id <= TypeIds.CALLABLE_ITERATOR; id++) {
            MethodTable t = new MethodTable(names[id - TypeIds.ENUMERATE]);
            t.add("__next__", 1, 1, (ctx, a, n, kw) -> {
                long v = next((Interp) ctx.guest, a[0]);
                if (v == NULL) throw PyException.of(ExcKind.STOP_ITERATION, "");
                return v;
            });
            t.add("__iter__", 1, 1, (ctx, a, n, kw) -> a[0]);
            vm.defineBuiltinType(id, names[id - TypeIds.ENUMERATE], object, TypeInfo.Layout.BUILTIN, t).subclassable = false;
        }
    }

    static void constructors(Vm vm) {
        vm.types[ENUMERATE].constructor = (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long start = n > 1 ? a[1] : fromInt(0);
            for (int k = 0; k < kw.length; k++) {
                if (kw[k].equals("start")) start = a[n + k];
                else if (kw[k].equals("iterable") && n == 0) a[0] = a[n + k];
                else throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for enumerate()");
            }
            if (n == 0 && kw.length == 0) throw PyException.typeError("enumerate() missing required argument 'iterable' (pos 1)");
            if (!Numbers.isInt(start)) throw PyException.typeError("'" + in.typeName(start) + "' object cannot be interpreted as an integer");
            return make(ctx.mem, ENUMERATE, in.ops.iter(a[0]), start);
        };
        vm.types[ZIP].constructor = (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long strict = FALSE;
            for (int k = 0; k < kw.length; k++) {
                if (kw[k].equals("strict")) strict = fromBool(in.truthy(a[n + k]));
                else throw PyException.typeError("zip() got an unexpected keyword argument '" + kw[k] + "'");
            }
            long[] its = new long[n];
            for (int i = 0; i < n; i++) {
                try {
                    its[i] = in.ops.iter(a[i]);
                } catch (PyException e) {
                    throw PyException.typeError("zip argument #" + (i + 1) + " must support iteration");
                }
            }
            return make(ctx.mem, ZIP, H.tuple(ctx.mem, its), strict);
        };
        vm.types[MAP].constructor = (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            if (kw.length > 0) throw PyException.typeError("map() takes no keyword arguments");
            if (n < 2) throw PyException.typeError("map() must have at least two arguments.");
            long[] its = new long[n - 1];
            for (int i = 1; i < n; i++) its[i - 1] = in.ops.iter(a[i]);
            return make(ctx.mem, MAP, a[0], H.tuple(ctx.mem, its));
        };
        vm.types[FILTER].constructor = (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            if (kw.length > 0) throw PyException.typeError("filter() takes no keyword arguments");
            if (n != 2) throw PyException.typeError("filter expected 2 arguments, got " + n);
            return make(ctx.mem, FILTER, a[0], in.ops.iter(a[1]));
        };
        vm.types[REVERSED].constructor = (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            if (kw.length > 0) throw PyException.typeError("reversed() takes no keyword arguments");
            if (n != 1) throw PyException.typeError("reversed expected 1 argument, got " + n);
            long seq = a[0];
            long rev = in.attrs.lookupSpecial(seq, "__reversed__");
            if (rev != NULL) return in.calls.call0(rev);
            TypeInfo t = vm.typeInfo(seq);
            long getitem = in.attrs.lookupSpecial(seq, "__getitem__");
            if (getitem == NULL || t.id == TypeIds.DICT) throw PyException.typeError("'" + t.name + "' object is not reversible");
            long len = in.ops.len(seq);
            return make(ctx.mem, REVERSED, seq, fromInt(len - 1));
        };
    }

    private static long make(Mem m, int type, long f0, long f1) {
        long o = m.alloc(type, 2);
        m.init(o, 0, f0);
        m.init(o, 1, f1);
        return o;
    }

    static long seqIter(Interp in, long seq) {
        return make(in.mem, TypeIds.SEQ_ITERATOR, seq, fromInt(0));
    }

    static long callableIter(Interp in, long callable, long sentinel) {
        if (!Builtins.isCallable(in, callable)) throw PyException.typeError("iter(v, w): v must be callable");
        long o = in.mem.alloc(TypeIds.CALLABLE_ITERATOR, 3);
        in.mem.init(o, 0, callable);
        in.mem.init(o, 1, sentinel);
        in.mem.init(o, 2, FALSE);
        return o;
    }

    static boolean isIterObject(int id) {
        return id >= TypeIds.ENUMERATE && id <= TypeIds.CALLABLE_ITERATOR;
    }

    /** The next item, or NULL at the end. */
    static long next(Interp in, long it) {
        Mem m = in.mem;
        switch (Mem.typeId(it)) {
            case TypeIds.ENUMERATE -> {
                long v = in.ops.next(m.get(it, 0));
                if (v == NULL) return NULL;
                long count = m.get(it, 1);
                m.put(it, 1, in.ops.binary(dev.weft.compile.BinOp.ADD, false, count, fromInt(1)));
                return H.tuple(m, count, v);
            }
            case TypeIds.ZIP -> {
                long its = m.get(it, 0);
                int n = H.tupleSize(its);
                if (n == 0) return NULL;
                long[] items = new long[n];
                for (int i = 0; i < n; i++) {
                    long v = in.ops.next(H.tupleGet(its, i));
                    if (v == NULL) {
                        if (m.get(it, 1) == TRUE) strictCheck(in, its, i);
                        return NULL;
                    }
                    items[i] = v;
                }
                return H.tuple(m, items);
            }
            case TypeIds.MAP -> {
                long its = m.get(it, 1);
                int n = H.tupleSize(its);
                long[] args = new long[n];
                for (int i = 0; i < n; i++) {
                    long v = in.ops.next(H.tupleGet(its, i));
                    if (v == NULL) return NULL;
                    args[i] = v;
                }
                return in.calls.call(m.get(it, 0), args, 0, n, null);
            }
            case TypeIds.FILTER -> {
                long f = m.get(it, 0), src = m.get(it, 1);
                for (long v = in.ops.next(src); v != NULL; v = in.ops.next(src)) {
                    boolean keep = f == NONE ? in.truthy(v) : in.truthy(in.calls.call1(f, v));
                    if (keep) return v;
                }
                return NULL;
            }
            case TypeIds.REVERSED -> {
                long i = toInt(m.get(it, 1));
                if (i < 0) return NULL;
                m.put(it, 1, fromInt(i - 1));
                return in.ops.getItem(m.get(it, 0), fromInt(i));
            }
            case TypeIds.SEQ_ITERATOR -> {
                long i = toInt(m.get(it, 1));
                if (i < 0) return NULL;
                try {
                    long v = in.ops.getItem(m.get(it, 0), fromInt(i));
                    m.put(it, 1, fromInt(i + 1));
                    return v;
                } catch (PyException e) {
                    long obj = in.exc.materialize(e, in.top);
                    if (in.exc.isInstance(obj, ExcKind.INDEX_ERROR) || in.exc.isInstance(obj, ExcKind.STOP_ITERATION)) {
                        m.put(it, 1, fromInt(-1));
                        return NULL;
                    }
                    throw e;
                }
            }
            case TypeIds.CALLABLE_ITERATOR -> {
                if (m.get(it, 2) == TRUE) return NULL;
                long v = in.calls.call0(m.get(it, 0));
                if (v == m.get(it, 1) || in.eq(v, m.get(it, 1))) {
                    m.put(it, 2, TRUE);
                    return NULL;
                }
                return v;
            }
            default -> throw new IllegalStateException("not an iterator object");
        }
    }

    private static void strictCheck(Interp in, long its, int stopped) {
        if (stopped > 0) {
            throw PyException.valueError("zip() argument " + (stopped + 1) + " is shorter than argument" + (stopped == 1 ? " 1" : "s 1-" + stopped));
        }
        int n = H.tupleSize(its);
        for (int i = 1; i < n; i++) {
            if (in.ops.next(H.tupleGet(its, i)) != NULL) {
                throw PyException.valueError("zip() argument " + (i + 1) + " is longer than argument" + (i == 1 ? " 1" : "s 1-" + i));
            }
        }
    }
}

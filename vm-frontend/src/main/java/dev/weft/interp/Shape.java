package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribute names an instance holds, in the order they were set (a hidden class): an
 * instance of a plain Python class keeps its attributes in its own fields, the first at field
 * 1, and names its shape in field 0 with {@link #word}. Shapes form a tree per class, from the
 * class's empty shape, one edge per name added; instances that got the same names in the same
 * order share a shape, so an instruction that remembers (shape, field) reads an attribute with
 * one comparison and one load (see {@link SiteHints}).
 *
 * <p>Shapes are Java objects shared by all threads and never change once made (only their table
 * of edges grows, concurrently). Names are interned str words (immortal, so the collector need
 * not see them here). A shape made by a transaction that then aborts stays, unused.
 */
final class Shape {
    /** Most fields an instance keeps its attributes in; more and it keeps a dict instead. */
    static final int MAX_SLOTS = 60;
    /** Most shapes per class; past it, instances that need a new one keep a dict instead. */
    static final int MAX_PER_CLASS = 4096;

    final int id;
    final TypeInfo owner;
    /** The names in the order they were added; name k lives in field k + 1. */
    private final long[] names;
    private final ConcurrentHashMap<Long, Shape> edges = new ConcurrentHashMap<>(4);

    private Shape(int id, TypeInfo owner, long[] names) {
        this.id = id;
        this.owner = owner;
        this.names = names;
    }

    /** The word an instance holds in field 0 while it has this shape (a small int, never a pointer). */
    long word() {
        return fromInt(id);
    }

    int count() {
        return names.length;
    }

    /** Name k (0-based, in the order added). */
    long name(int k) {
        return names[k];
    }

    /** The field of interned name {@code name}, or -1 when this shape does not hold it. */
    int fieldOf(long name) {
        long[] ns = names;
        for (int k = 0; k < ns.length; k++) {
            if (ns[k] == name) return k + 1;
        }
        return -1;
    }

    /** The shape after adding interned name {@code name} (not held here); null past {@link #MAX_PER_CLASS}. */
    Shape with(Registry shapes, long name) {
        Shape s = edges.get(name);
        if (s != null) return s;
        synchronized (shapes) {
            s = edges.get(name);
            if (s != null) return s;
            if (owner.shapeCount >= MAX_PER_CLASS) return null;
            long[] more = Arrays.copyOf(names, names.length + 1);
            more[names.length] = name;
            s = shapes.add(owner, more);
            edges.put(name, s);
            return s;
        }
    }

    /** Every shape of the VM by id, so that the small int in an instance's field 0 finds its shape. */
    static final class Registry {
        private volatile Shape[] byId = new Shape[256];
        private int count;

        /** The empty shape of a class, made on first use. */
        Shape root(TypeInfo owner) {
            Shape r = owner.rootShape;
            if (r != null) return r;
            synchronized (this) {
                if (owner.rootShape == null) owner.rootShape = add(owner, new long[0]);
                return owner.rootShape;
            }
        }

        /** The shape whose {@link #word} is {@code w}. */
        Shape of(long w) {
            int i = (int) toInt(w);
            Shape s = byId[i];
            if (s != null) return s;
            synchronized (this) {
                return byId[i]; // made by another thread, not yet seen through the plain read
            }
        }

        private Shape add(TypeInfo owner, long[] names) {
            assert Thread.holdsLock(this);
            if (count == byId.length) byId = Arrays.copyOf(byId, count * 2);
            Shape s = new Shape(count, owner, names);
            byId[count++] = s;
            owner.shapeCount++;
            return s;
        }
    }
}

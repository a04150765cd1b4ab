package dev.weft.interp;

import static dev.weft.runtime.Words.*;

/**
 * One thread's cache of attribute lookups along class MROs: what {@code type.name} resolves to
 * (or that nothing does), so that {@code self.x} and {@code obj.method()} do not probe the
 * dict of every class in the MRO each time. Direct-mapped, 4096 entries, keyed by the type
 * object and the name word.
 *
 * <p>Why an entry stays right: every change to a class (a class created, an attribute set or
 * deleted on it, its dict changed through {@code vars(C)}) writes a fresh number into the
 * heap's class-epoch cell ({@link #classesChanged}); class dicts carry
 * {@link dev.weft.runtime.Mem#WATCHED} so that the dict code reports their writes. An entry
 * records the epoch it was made at and serves only while the epoch is the same. A transaction
 * reads the epoch cell once, through the TM's read barrier, so under the TM a class changed
 * by another thread's commit conflicts with every transaction that used the cache, exactly as
 * if it had read the class dicts itself. Epoch numbers come from a Java counter and are never
 * reused, so an entry made from a transaction's own uncommitted change to a class cannot be
 * mistaken for one made at a later committed change.
 *
 * <p>The keys are heap addresses, so the entries are also dropped (by changing {@link #salt})
 * after an abort, which frees what the transaction allocated, and after a collection, which
 * frees what died: no address in an entry can then stand for another object.
 */
final class TypeCache {
    private static final int BITS = 12;
    private static final int SIZE = 1 << BITS;

    private final Interp in;
    private final long[] types = new long[SIZE];
    private final long[] names = new long[SIZE];
    private final long[] values = new long[SIZE];
    private final long[] stamps = new long[SIZE];

    /** The running transaction's stamp: salt in the high bits, the class epoch below. */
    private long stamp;
    private long stampSerial = -1;
    private long salt = 1;
    private long seenCollections;

    TypeCache(Interp in) {
        this.in = in;
    }

    /** {@link Attrs#findInMro}, cached. */
    long lookup(long type, long name) {
        long st = stamp();
        int i = index(type, name);
        if (types[i] == type && names[i] == name && stamps[i] == st) return values[i];
        long v = in.attrs.findInMro(type, name);
        fill(i, type, name, v, st);
        return v;
    }

    /** {@link Attrs#findUserInMro}, cached (under the complemented name: names are
     * 8-aligned pointers, so no name equals it). */
    long lookupUser(long type, long name) {
        long st = stamp();
        long key = ~name;
        int i = index(type, key);
        if (types[i] == type && names[i] == key && stamps[i] == st) return values[i];
        long v = in.attrs.findUserInMro(type, name);
        fill(i, type, key, v, st);
        return v;
    }

    /**
     * {@link Attrs#findBuiltinMethod}, cached under the name plus one (odd, so no word and
     * no complemented word equals it). Built-in method tables never change, but the entries
     * hold heap words all the same, so they follow the same stamps.
     */
    long lookupBuiltinMethod(TypeInfo t, long name) {
        long st = stamp();
        long key = name + 1;
        int i = index(t.typeObject, key);
        if (types[i] == t.typeObject && names[i] == key && stamps[i] == st) return values[i];
        long v = in.attrs.findBuiltinMethod(t, name);
        fill(i, t.typeObject, key, v, st);
        return v;
    }

    private void fill(int i, long type, long key, long v, long st) {
        types[i] = type;
        names[i] = key;
        values[i] = v;
        stamps[i] = st;
    }

    private static int index(long type, long name) {
        return (int) (((type >>> 3) * 0x9E3779B97F4A7C15L + name) * 0xBF58476D1CE4E5B9L >>> (64 - BITS));
    }

    private long stamp() {
        if (stampSerial != in.txSerial) {
            if (in.vm.stats.collections.get() != seenCollections) {
                seenCollections = in.vm.stats.collections.get();
                salt++;
            }
            stamp = salt << 40 | toInt(in.mem.get(in.vm.classEpochCell, 0));
            stampSerial = in.txSerial;
        }
        return stamp;
    }

    /**
     * The class epoch this transaction sees: it changes whenever any class changes, and a
     * number once used is never used again (an aborted change's number included), so it may be
     * kept in caches that all threads share ({@link SiteHints}).
     */
    long classEpoch() {
        return stamp() & ((1L << 40) - 1);
    }

    /** A class is about to change: a fresh epoch, in this transaction. */
    void classesChanged() {
        in.mem.put(in.vm.classEpochCell, 0, fromInt(in.vm.classEpochs.incrementAndGet()));
        stampSerial = -1;
    }

    /** The running transaction rolled back: entries it made may name freed objects. */
    void aborted() {
        salt++;
        in.vm.freedEpoch.incrementAndGet();
        stampSerial = -1;
    }
}

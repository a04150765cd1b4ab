package dev.weft.interp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

/**
 * Java objects that heap objects refer to by index (a generator's frame, an open file), each
 * with its owner, the heap object that holds the index: when a collection finds the owner
 * dead, the handle is freed (and a file released).
 *
 * <p><b>Threads.</b> Any guest thread makes and reads handles. Making one takes this object's
 * lock; reading one does not: {@link #get} reads the slot with acquire semantics, and the slot
 * was written with release semantics before its index could reach the heap (and another
 * thread only learns the index from the heap, after the maker's commit). The table grows by
 * copying into a new array under the lock; a reader holding the old array still finds every
 * index it can know of there.
 */
final class Handles {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    private volatile Object[] objects = new Object[256];
    private long[] owners = new long[256];
    private int size;
    private final ArrayList<Integer> free = new ArrayList<>();
    /** Handles made since the last collection (generators abandoned unfinished wait for one). */
    private int sinceCollection;

    synchronized int add(Object o, long owner) {
        sinceCollection++;
        int i;
        if (!free.isEmpty()) {
            i = free.remove(free.size() - 1);
        } else {
            if (size == owners.length) {
                objects = java.util.Arrays.copyOf(objects, size * 2);
                owners = java.util.Arrays.copyOf(owners, size * 2);
            }
            i = size++;
        }
        owners[i] = owner;
        SLOT.setRelease(objects, i, o);
        return i;
    }

    Object get(int i) {
        return SLOT.getAcquire(objects, i);
    }

    synchronized int live() {
        int n = 0;
        for (int i = 0; i < size; i++) if (objects[i] != null) n++;
        return n;
    }

    synchronized int sinceCollection() {
        return sinceCollection;
    }

    /** Frees the handles a transaction freed, once it has committed (an abort brings their owners back). */
    synchronized void committed(ArrayList<Integer> freed) {
        for (int i : freed) {
            if (objects[i] == null) continue;
            release(i);
        }
    }

    private void release(int i) {
        SLOT.setRelease(objects, i, null);
        owners[i] = 0;
        free.add(i);
    }

    /** Roots: the values of every suspended generator's frame (not its generator: see Vm). */
    synchronized void visitFrames(java.util.function.BiConsumer<Frame, LongConsumer> visitFrame, LongConsumer visit) {
        for (int i = 0; i < size; i++) {
            if (objects[i] instanceof Frame f && f.back == null) visitFrame.accept(f, visit);
        }
    }

    /** After marking: frees the handles whose owners died. */
    synchronized void marked(LongPredicate isLive) {
        for (int i = 0; i < size; i++) {
            if (objects[i] != null && !isLive.test(owners[i])) {
                if (objects[i] instanceof TextFiles.PyFile f) TextFiles.release(f);
                release(i);
            }
        }
        sinceCollection = 0;
    }

    /** Releases every open file (the VM is closing). */
    synchronized void closeFiles() {
        for (int i = 0; i < size; i++) {
            if (objects[i] instanceof TextFiles.PyFile f) TextFiles.release(f);
        }
    }
}

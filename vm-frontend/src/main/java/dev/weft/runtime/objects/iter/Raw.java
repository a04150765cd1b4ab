package dev.weft.runtime.objects.iter;

import dev.weft.stm.ObjectLayout;
import dev.weft.stm.RawMemory;

/**
 * Barrier-free reads of immutable objects (str, tuple, range, slice, frozen views) for code
 * that holds no {@link dev.weft.runtime.Mem}: an immutable object never changes once its
 * creating transaction ends, so a plain load is what {@code Mem.getImm} does too.
 */
public final class Raw {
    private Raw() {}

    /** Field {@code i} of an immutable object. */
    public static long field(long obj, int i) {
        return RawMemory.get(obj + ObjectLayout.FIELDS + 8L * i);
    }
}

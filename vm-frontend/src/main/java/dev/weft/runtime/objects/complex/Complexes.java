package dev.weft.runtime.objects.complex;

import static dev.weft.stm.ObjectLayout.FIELDS;

import dev.weft.runtime.Mem;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.stm.RawMemory;

/**
 * Python complex numbers as heap objects: boxing two doubles into a word and back. The
 * arithmetic is {@code num.ComplexMath}'s, on plain doubles; the object only stores the value.
 *
 * <p>Layout of a {@link TypeIds#COMPLEX} object (immutable), two fields:
 * <pre>
 *   field 0   the real part as a float word ({@link Words#fromDouble})
 *   field 1   the imaginary part as a float word
 * </pre>
 * Worked example: {@code (1-0j)} (real 1.0, imag -0.0) holds {@code 0x3FF1_0000_0000_0000}
 * and {@code 0x8001_0000_0000_0000}.
 *
 * <p>Why float words rather than raw IEEE bits: the collector scans fields conservatively, and
 * a float word never looks like a pointer (its top 16 bits are never zero), while the raw bits
 * of a tiny positive double would. The price is one subtraction per read; NaNs lose their
 * payload, which Python never shows.
 */
public final class Complexes {
    private Complexes() {}

    /** Whether {@code w} is a complex object (not a user subclass, which has its own type id). */
    public static boolean isComplex(long w) {
        return Words.isPointer(w) && Mem.typeId(w) == TypeIds.COMPLEX;
    }

    /** A new complex with parts {@code re} and {@code im}. */
    public static long box(Mem m, double re, double im) {
        long obj = m.allocImmutable(TypeIds.COMPLEX, 2);
        m.init(obj, 0, Words.fromDouble(re));
        m.init(obj, 1, Words.fromDouble(im));
        return obj;
    }

    /** The real part of a complex object (immutable: read without a barrier). */
    public static double real(long c) {
        return Words.toDouble(RawMemory.get(c + FIELDS));
    }

    /** The imaginary part of a complex object. */
    public static double imag(long c) {
        return Words.toDouble(RawMemory.get(c + FIELDS + 8));
    }
}

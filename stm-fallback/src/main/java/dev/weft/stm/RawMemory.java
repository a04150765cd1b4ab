package dev.weft.stm;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import jdk.internal.misc.Unsafe;

/**
 * Heap words by raw address: the loads and stores of every barrier and of the allocator.
 *
 * <p>Through the JDK's internal {@code Unsafe} when {@code java.base/jdk.internal.misc} is
 * exported to Weft (the jar's manifest does it for {@code java -jar}, the build for the tests;
 * an embedder adds {@code --add-exports java.base/jdk.internal.misc=ALL-UNNAMED}), else
 * through {@link Heap#MEMORY}'s var handles ({@code -Dweft.noUnsafe=true} forces those, to
 * compare the two in one build). Both reach the same memory with the same machine code once
 * C2 is done; they differ in what C2 must parse first, and in what that costs the caller's
 * inlining budget (C2 inlines at most 8,000 bytecodes into one compilation, its own
 * included: DesiredMethodLimit). A var handle access to a memory segment is a chain of about
 * 20 methods that the JDK forces C2 to inline (one bytecode each against the budget) and
 * about 10 small ones it does not force (layout and segment accessors, {@code
 * Unsafe.getLongUnaligned}, {@code convEndian}), which count whole: about 90 bytecodes per
 * access, against about 10 for an {@code Unsafe} intrinsic behind a static method. The
 * interpreter's loop, whose helpers make a few heap accesses each, ran out of that budget
 * after a handful of call sites (docs/benchmarks.md, "The loop's inlining budget").
 *
 * <p>The fallback's plain loads and stores use the unaligned layout's handle: every heap
 * word is 8-aligned, but the aligned layout's handle checks it at each access and C2 did not
 * remove the check (about 8% of fannkuch's samples under the TM were in it; StmBench: 16
 * writes to held objects took 48-51 ns with it, 25 ns without). The atomic modes need the
 * aligned one.
 *
 * <p>Safety is unchanged: {@code MEMORY} spans the whole address space, so its bounds checks
 * never refused an address either; what keeps the JVM alive is that Weft only forms
 * addresses the allocator handed out (and {@code --check-pointers} checks that).
 */
public final class RawMemory {
    private static final Unsafe U = unsafe();
    /** Whether {@link #U} is usable: a constant, so C2 compiles one of the two paths only. */
    public static final boolean UNSAFE = U != null;
    private static final MemorySegment MEMORY = Heap.MEMORY;
    private static final VarHandle PLAIN = JAVA_LONG_UNALIGNED.varHandle();
    private static final VarHandle ALIGNED = JAVA_LONG.varHandle();

    private RawMemory() {}

    private static Unsafe unsafe() {
        if (Boolean.getBoolean("weft.noUnsafe")) return null;
        try {
            return Unsafe.getUnsafe();
        } catch (IllegalAccessError e) { // the package is not exported to us
            return null;
        }
    }

    public static long get(long address) {
        return UNSAFE ? U.getLong(null, address) : (long) PLAIN.get(MEMORY, address);
    }

    public static void set(long address, long value) {
        if (UNSAFE) U.putLong(null, address, value);
        else PLAIN.set(MEMORY, address, value);
    }

    /** The narrower loads and stores of str's and bytes' contents (plain, unaligned allowed). */
    public static byte getByte(long address) {
        return UNSAFE ? U.getByte(null, address) : MEMORY.get(ValueLayout.JAVA_BYTE, address);
    }

    public static short getShort(long address) {
        return UNSAFE ? U.getShortUnaligned(null, address) : MEMORY.get(ValueLayout.JAVA_SHORT_UNALIGNED, address);
    }

    public static int getInt(long address) {
        return UNSAFE ? U.getIntUnaligned(null, address) : MEMORY.get(ValueLayout.JAVA_INT_UNALIGNED, address);
    }

    public static void setByte(long address, byte value) {
        if (UNSAFE) U.putByte(null, address, value);
        else MEMORY.set(ValueLayout.JAVA_BYTE, address, value);
    }

    public static void setShort(long address, short value) {
        if (UNSAFE) U.putShortUnaligned(null, address, value);
        else MEMORY.set(ValueLayout.JAVA_SHORT_UNALIGNED, address, value);
    }

    public static void setInt(long address, int value) {
        if (UNSAFE) U.putIntUnaligned(null, address, value);
        else MEMORY.set(ValueLayout.JAVA_INT_UNALIGNED, address, value);
    }

    public static long getAcquire(long address) {
        return UNSAFE ? U.getLongAcquire(null, address) : (long) ALIGNED.getAcquire(MEMORY, address);
    }

    public static void setRelease(long address, long value) {
        if (UNSAFE) U.putLongRelease(null, address, value);
        else ALIGNED.setRelease(MEMORY, address, value);
    }

    public static long getVolatile(long address) {
        return UNSAFE ? U.getLongVolatile(null, address) : (long) ALIGNED.getVolatile(MEMORY, address);
    }

    public static void setVolatile(long address, long value) {
        if (UNSAFE) U.putLongVolatile(null, address, value);
        else ALIGNED.setVolatile(MEMORY, address, value);
    }

    public static boolean compareAndSet(long address, long expected, long value) {
        return UNSAFE ? U.compareAndSetLong(null, address, expected, value)
                : ALIGNED.compareAndSet(MEMORY, address, expected, value);
    }

    public static long getAndAdd(long address, long delta) {
        return UNSAFE ? U.getAndAddLong(null, address, delta) : (long) ALIGNED.getAndAdd(MEMORY, address, delta);
    }
}

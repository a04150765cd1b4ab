package dev.weft.htm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * FFM bindings to the five libc calls Weft makes: {@code mmap}, {@code mprotect},
 * {@code munmap}, {@code madvise}, {@code sysconf}. This class mirrors
 * {@code htm-native/src/main/c/weft_libc.h} (prototypes and glibc's constants for Linux x86-64)
 * in the shape jextract would generate from it: a public {@code MethodHandle} per function, a
 * static wrapper per function, and the constants as fields. jextract is not part of the build,
 * so the two files are kept in step by hand.
 *
 * <p>The handles of calls that can fail capture {@code errno} (their first parameter is the
 * capture segment, laid out by {@link Linker.Option#captureStateLayout()}); the wrappers turn a
 * failure into a {@link LibCException} naming the call and errno. The wrappers check only what
 * would crash before reaching the kernel (NULL addresses, empty lengths); everything else is
 * the kernel's to refuse. These are raw calls: {@link ExecutableMemory} is the safe API.
 */
@SuppressWarnings("restricted") // binding native functions is this class's job
public final class LibC {
    private LibC() {}

    public static final int PROT_NONE = 0x0;
    public static final int PROT_READ = 0x1;
    public static final int PROT_WRITE = 0x2;
    public static final int PROT_EXEC = 0x4;

    public static final int MAP_SHARED = 0x01;
    public static final int MAP_PRIVATE = 0x02;
    public static final int MAP_ANONYMOUS = 0x20;
    public static final int MAP_NORESERVE = 0x4000;
    /** {@code (void *) -1}, what {@code mmap} answers on failure. */
    public static final MemorySegment MAP_FAILED = MemorySegment.ofAddress(-1L);

    public static final int MADV_NORMAL = 0;
    public static final int MADV_WILLNEED = 3;
    public static final int MADV_DONTNEED = 4;

    public static final int _SC_PAGESIZE = 30;
    public static final int _SC_LEVEL1_DCACHE_SIZE = 188;
    public static final int _SC_LEVEL1_DCACHE_LINESIZE = 190;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");
    private static final MemoryLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CAPTURE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    /** {@code void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset)}, errno captured. */
    public static final MethodHandle mmap$MH = downcall("mmap",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG), CAPTURE_ERRNO);
    /** {@code int mprotect(void *addr, size_t length, int prot)}, errno captured. */
    public static final MethodHandle mprotect$MH = downcall("mprotect",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT), CAPTURE_ERRNO);
    /** {@code int munmap(void *addr, size_t length)}, errno captured. */
    public static final MethodHandle munmap$MH = downcall("munmap",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG), CAPTURE_ERRNO);
    /** {@code int madvise(void *addr, size_t length, int advice)}, errno captured. */
    public static final MethodHandle madvise$MH = downcall("madvise",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT), CAPTURE_ERRNO);
    /** {@code long sysconf(int name)}. */
    public static final MethodHandle sysconf$MH = downcall("sysconf",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT));

    private static MethodHandle downcall(String name, FunctionDescriptor fd, Linker.Option... options) {
        MemorySegment symbol = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
        return LINKER.downcallHandle(symbol, fd, options);
    }

    /** Maps memory; answers a zero-length segment at the mapping, never {@link #MAP_FAILED}. */
    public static MemorySegment mmap(MemorySegment addr, long length, int prot, int flags, int fd, long offset) {
        requireLength("mmap", length);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE_LAYOUT);
            MemorySegment result = (MemorySegment) mmap$MH.invokeExact(state, addr, length, prot, flags, fd, offset);
            if (result.address() == MAP_FAILED.address()) throw new LibCException("mmap", errno(state));
            return result;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void mprotect(MemorySegment addr, long length, int prot) {
        requireRange("mprotect", addr, length);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE_LAYOUT);
            if ((int) mprotect$MH.invokeExact(state, addr, length, prot) != 0) {
                throw new LibCException("mprotect", errno(state));
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void munmap(MemorySegment addr, long length) {
        requireRange("munmap", addr, length);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE_LAYOUT);
            if ((int) munmap$MH.invokeExact(state, addr, length) != 0) throw new LibCException("munmap", errno(state));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void madvise(MemorySegment addr, long length, int advice) {
        requireRange("madvise", addr, length);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CAPTURE_LAYOUT);
            if ((int) madvise$MH.invokeExact(state, addr, length, advice) != 0) {
                throw new LibCException("madvise", errno(state));
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The value of a configuration variable; -1 when the system does not know it, as in C. */
    public static long sysconf(int name) {
        try {
            return (long) sysconf$MH.invokeExact(name);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The page size, from {@code sysconf(_SC_PAGESIZE)}. */
    public static long pageSize() {
        return PAGE_SIZE;
    }

    private static final long PAGE_SIZE = sysconf(_SC_PAGESIZE);

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    private static void requireLength(String call, long length) {
        if (length <= 0) throw new IllegalArgumentException(call + ": length must be > 0, got " + length);
    }

    private static void requireRange(String call, MemorySegment addr, long length) {
        if (addr == null || addr.address() == 0) throw new IllegalArgumentException(call + ": NULL address");
        requireLength(call, length);
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }
}

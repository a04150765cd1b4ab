package dev.weft.htm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * FFM bindings to the RTM shim, {@code libweftrtm.so}: this class mirrors
 * {@code htm-native/src/main/c/weft_rtm.h}, in the same jextract-like shape as {@link LibC}
 * (a {@code MethodHandle} per entry, a static wrapper per entry, the header's constants).
 *
 * <p>The Maven build compiles the shim with the system gcc into the jar, at
 * {@value #RESOURCE}. The class initializer copies it to a temporary file, opens it with
 * {@link SymbolLookup#libraryLookup(Path, Arena)} and deletes the file again (the mapping
 * stays), so nothing is left behind even when the JVM dies.
 *
 * <p>The wrappers refuse with Java exceptions what the C code would trust blindly (NULL
 * function pointers and arguments, out-parameters too small, codes outside 0..255); the shim
 * itself refuses any RTM instruction until {@link #init} has found RTM usable. {@link Rtm} is
 * the API the rest of Weft uses.
 */
@SuppressWarnings("restricted") // loading and binding the shim is this class's job
public final class WeftRtm {
    private WeftRtm() {}

    /** Where the build puts the shim inside the jar. */
    public static final String RESOURCE = "/native/linux-x86_64/libweftrtm.so";

    public static final int WEFT_RTM_COMMITTED = 0xFFFFFFFF;
    public static final int WEFT_RTM_UNAVAILABLE = 0x00FF0000;
    public static final int WEFT_RTM_NOT_IN_TRANSACTION = 0x00FE0000;

    /** {@code struct weft_touch_args { uint8_t *base; int64_t length; int64_t stride; int64_t counter; }} */
    public static final StructLayout TOUCH_ARGS = MemoryLayout.structLayout(
            ADDRESS.withName("base"), ValueLayout.JAVA_LONG.withName("length"),
            ValueLayout.JAVA_LONG.withName("stride"), ValueLayout.JAVA_LONG.withName("counter"));
    /** {@code struct weft_abort_args { int64_t counter; uint32_t code; }} (plus 4 bytes of tail padding). */
    public static final StructLayout ABORT_ARGS = MemoryLayout.structLayout(
            ValueLayout.JAVA_LONG.withName("counter"), JAVA_INT.withName("code"), MemoryLayout.paddingLayout(4));

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup SHIM = load();

    public static final MethodHandle weft_cpuid$MH = downcall("weft_cpuid",
            FunctionDescriptor.ofVoid(JAVA_INT, JAVA_INT, ADDRESS));
    public static final MethodHandle weft_rtm_init$MH = downcall("weft_rtm_init",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    public static final MethodHandle weft_rtm_disable$MH = downcall("weft_rtm_disable", FunctionDescriptor.ofVoid());
    public static final MethodHandle weft_rtm_usable$MH = downcall("weft_rtm_usable", FunctionDescriptor.of(JAVA_INT));
    public static final MethodHandle weft_rtm_begin$MH = downcall("weft_rtm_begin", FunctionDescriptor.of(JAVA_INT));
    public static final MethodHandle weft_rtm_end$MH = downcall("weft_rtm_end", FunctionDescriptor.of(JAVA_INT));
    public static final MethodHandle weft_rtm_abort$MH = downcall("weft_rtm_abort",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    public static final MethodHandle weft_rtm_test$MH = downcall("weft_rtm_test", FunctionDescriptor.of(JAVA_INT));
    public static final MethodHandle weft_rtm_run$MH = downcall("weft_rtm_run",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));

    /** {@code void weft_payload_increment(void *counter)}: {@code ++*(int64_t *) counter}. */
    public static final MemorySegment weft_payload_increment = symbol("weft_payload_increment");
    /** {@code void weft_payload_touch(void *args)}: writes one byte per stride of a buffer, then {@code ++counter}. */
    public static final MemorySegment weft_payload_touch = symbol("weft_payload_touch");
    /** {@code void weft_payload_abort(void *args)}: {@code ++counter}, then XABORT(code). */
    public static final MemorySegment weft_payload_abort = symbol("weft_payload_abort");

    private static SymbolLookup load() {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch");
        if (!os.equals("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new UnsupportedOperationException("the RTM shim is built for Linux x86-64 only, not " + os + " " + arch);
        }
        try (InputStream in = WeftRtm.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath: build htm-native with Maven");
            Path file = Files.createTempFile("libweftrtm", ".so");
            try {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                return SymbolLookup.libraryLookup(file, Arena.global());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the RTM shim", e);
        }
    }

    private static MemorySegment symbol(String name) {
        return SHIM.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libweftrtm.so has no " + name));
    }

    private static MethodHandle downcall(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(symbol(name), fd);
    }

    /** {@code weft_cpuid}: {@code out} receives eax, ebx, ecx, edx (16 bytes). */
    public static void cpuid(int leaf, int subleaf, MemorySegment out) {
        requireSize("cpuid out", out, 16);
        try {
            weft_cpuid$MH.invokeExact(leaf, subleaf, out);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code weft_rtm_init}: the shim's self-test; {@code commits} receives an int32. */
    public static int init(int trials, MemorySegment commits) {
        if (trials <= 0) throw new IllegalArgumentException("trials must be > 0, got " + trials);
        requireSize("commits", commits, 4);
        try {
            return (int) weft_rtm_init$MH.invokeExact(trials, commits);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void disable() {
        try {
            weft_rtm_disable$MH.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static boolean usable() {
        try {
            return (int) weft_rtm_usable$MH.invokeExact() != 0;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code weft_rtm_begin}. Beware: a transaction begun from Java spans the JVM's own code
     * until {@link #end}, and on abort this call returns a second time with the abort status.
     */
    public static int begin() {
        try {
            return (int) weft_rtm_begin$MH.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int end() {
        try {
            return (int) weft_rtm_end$MH.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int abort(int code) {
        if (code < 0 || code > 255) throw new IllegalArgumentException("abort code must be 0..255, got " + code);
        try {
            return (int) weft_rtm_abort$MH.invokeExact(code);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int test() {
        try {
            return (int) weft_rtm_test$MH.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code weft_rtm_run}: {@code attempts} receives an int32. */
    public static int run(MemorySegment fn, MemorySegment arg, int maxRetries, MemorySegment attempts) {
        requireNonNull("fn", fn);
        requireNonNull("arg", arg);
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
        requireSize("attempts", attempts, 4);
        try {
            return (int) weft_rtm_run$MH.invokeExact(fn, arg, maxRetries, attempts);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static void requireNonNull(String what, MemorySegment segment) {
        if (segment == null || segment.address() == 0) throw new IllegalArgumentException(what + " is NULL");
    }

    private static void requireSize(String what, MemorySegment segment, long bytes) {
        requireNonNull(what, segment);
        if (segment.byteSize() < bytes) {
            throw new IllegalArgumentException(what + " needs " + bytes + " bytes, has " + segment.byteSize());
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }
}

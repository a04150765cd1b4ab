package dev.weft.htm;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Native memory for machine code, with a one-way life: {@code allocate} (an anonymous private
 * {@code mmap}, read+write, rounded up to whole pages), {@link #write} the code, {@link #seal}
 * ({@code mprotect} to read+execute), call it through {@link #downcall}, {@link #close}
 * ({@code munmap}). The pages are never writable and executable at once (W^X), so a stray
 * write can never become code; code that must change is written into a fresh block.
 *
 * <p>Every method checks the state first and throws {@link IllegalStateException} instead of
 * touching memory it must not: writes after {@code seal}, calls before it, anything after
 * {@code close}. Handles from {@link #downcall} keep that check, so calling one after
 * {@code close} throws instead of jumping into unmapped memory. Not thread-safe: one owner
 * writes, seals and closes; closing while another thread runs the code is the owner's bug.
 * There is no Cleaner: native code may still jump into the pages when no Java object refers
 * to them, so only the owner knows when to {@code close} (use try-with-resources).
 */
@SuppressWarnings("restricted") // sizing the mapping and calling into it are this class's job
public final class ExecutableMemory implements AutoCloseable {
    private static final MethodHandle ENSURE_CALLABLE;

    static {
        try {
            ENSURE_CALLABLE = MethodHandles.lookup().findVirtual(
                    ExecutableMemory.class, "ensureCallable", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MemorySegment mapping;
    private boolean sealed;
    private boolean closed;

    private ExecutableMemory(MemorySegment mapping) {
        this.mapping = mapping;
    }

    /** Maps at least {@code size} bytes (rounded up to pages), read+write, zero-filled. */
    public static ExecutableMemory allocate(long size) {
        if (size <= 0) throw new IllegalArgumentException("size must be > 0, got " + size);
        long page = LibC.pageSize();
        if (size > Long.MAX_VALUE - page) throw new IllegalArgumentException("size too large: " + size);
        long rounded = (size + page - 1) / page * page;
        MemorySegment base = LibC.mmap(MemorySegment.NULL, rounded, LibC.PROT_READ | LibC.PROT_WRITE,
                LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS, -1, 0);
        return new ExecutableMemory(base.reinterpret(rounded));
    }

    /** Allocates, writes {@code code} at offset 0 and seals: the usual way to install code. */
    public static ExecutableMemory of(byte[] code) {
        if (code.length == 0) throw new IllegalArgumentException("no code");
        ExecutableMemory memory = allocate(code.length);
        memory.write(0, code);
        memory.seal();
        return memory;
    }

    /** The mapped size in bytes: the requested size rounded up to whole pages. */
    public long size() {
        return mapping.byteSize();
    }

    /** The address of the first byte. */
    public long base() {
        ensureOpen();
        return mapping.address();
    }

    public boolean isSealed() {
        return sealed;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Copies {@code code} to {@code offset}; only before {@link #seal}. */
    public void write(long offset, byte[] code) {
        ensureOpen();
        if (sealed) throw new IllegalStateException("executable memory is sealed (read+execute): no more writes");
        checkRange(offset, code.length);
        MemorySegment.copy(MemorySegment.ofArray(code), 0, mapping, offset, code.length);
    }

    /** Flips the pages to read+execute. Once: after this, writes throw and calls are allowed. */
    public void seal() {
        ensureOpen();
        if (sealed) throw new IllegalStateException("executable memory is already sealed");
        LibC.mprotect(mapping, mapping.byteSize(), LibC.PROT_READ | LibC.PROT_EXEC);
        sealed = true;
    }

    /** A zero-length segment at {@code base + offset}: an entry point to pass to native code. */
    public MemorySegment address(long offset) {
        ensureOpen();
        checkRange(offset, 1);
        return MemorySegment.ofAddress(mapping.address() + offset);
    }

    /**
     * A handle that calls the code at {@code offset} with the C calling convention described
     * by {@code fd}. The memory must be sealed; the handle throws once the memory is closed.
     */
    public MethodHandle downcall(long offset, FunctionDescriptor fd) {
        ensureCallable();
        MethodHandle target = Linker.nativeLinker().downcallHandle(address(offset), fd);
        return MethodHandles.foldArguments(target, ENSURE_CALLABLE.bindTo(this));
    }

    /** Unmaps the pages. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        LibC.munmap(mapping, mapping.byteSize());
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("executable memory is closed");
    }

    private void ensureCallable() {
        ensureOpen();
        if (!sealed) throw new IllegalStateException("executable memory is not sealed: seal() before calling into it");
    }

    private void checkRange(long offset, long length) {
        if (offset < 0 || length < 0 || offset > mapping.byteSize() - length) {
            throw new IndexOutOfBoundsException("offset " + offset + " + " + length + " bytes outside "
                    + mapping.byteSize() + " bytes of executable memory");
        }
    }
}

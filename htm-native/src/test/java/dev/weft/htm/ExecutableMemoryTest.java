package dev.weft.htm;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutableMemoryTest {
    /** {@code mov rax, rdi; add rax, rsi; ret}: long add(long, long). */
    static final byte[] ADD = {0x48, (byte) 0x89, (byte) 0xf8, 0x48, 0x01, (byte) 0xf0, (byte) 0xc3};
    /** {@code mov eax, 7; ret}: int seven(). */
    static final byte[] SEVEN = {(byte) 0xb8, 7, 0, 0, 0, (byte) 0xc3};
    static final FunctionDescriptor LONG_LONG_LONG = FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG);
    static final long PAGE = LibC.pageSize();

    @Test
    void handAssembledCodeRunsAfterSeal() throws Throwable {
        try (ExecutableMemory code = ExecutableMemory.allocate(64)) {
            code.write(0, ADD);
            code.seal();
            MethodHandle add = code.downcall(0, LONG_LONG_LONG);
            assertEquals(5L, (long) add.invokeExact(2L, 3L));
            assertEquals(-1L, (long) add.invokeExact(Long.MAX_VALUE, Long.MIN_VALUE));
        }
    }

    @Test
    void entriesAtOffsets() throws Throwable {
        try (ExecutableMemory code = ExecutableMemory.allocate(PAGE + 1)) {
            code.write(0, ADD);
            code.write(PAGE, SEVEN);
            code.seal();
            assertEquals(7, (int) code.downcall(PAGE, FunctionDescriptor.of(JAVA_INT)).invokeExact());
            assertEquals(code.base() + PAGE, code.address(PAGE).address());
            assertEquals(40L, (long) code.downcall(0, LONG_LONG_LONG).invokeExact(40L, 0L));
        }
    }

    /** Exact equality with one permission string per state also proves "never rwx". */
    @Test
    void pagesAreWritableThenExecutableNeverBoth() {
        try (ExecutableMemory code = ExecutableMemory.allocate(3 * PAGE - 5)) {
            assertEquals(3 * PAGE, code.size());
            assertEquals(List.of("rw-p"), ProcFiles.permissions(code.base(), code.size()));
            code.write(0, ADD);
            assertEquals(List.of("rw-p"), ProcFiles.permissions(code.base(), code.size()));
            code.seal();
            assertEquals(List.of("r-xp"), ProcFiles.permissions(code.base(), code.size()));
        }
    }

    @Test
    void unmappedAfterClose() {
        ExecutableMemory code = ExecutableMemory.of(ADD);
        long base = code.base(), size = code.size();
        code.close();
        assertEquals(List.of(), ProcFiles.permissions(base, size));
        code.close(); // idempotent
        assertTrue(code.isClosed());
    }

    @Test
    void writesAfterSealThrow() {
        try (ExecutableMemory code = ExecutableMemory.of(ADD)) {
            assertTrue(code.isSealed());
            assertThrows(IllegalStateException.class, () -> code.write(0, SEVEN));
            assertThrows(IllegalStateException.class, code::seal);
        }
    }

    @Test
    void callsBeforeSealThrow() {
        try (ExecutableMemory code = ExecutableMemory.allocate(16)) {
            code.write(0, ADD);
            assertFalse(code.isSealed());
            assertThrows(IllegalStateException.class, () -> code.downcall(0, LONG_LONG_LONG));
        }
    }

    @Test
    void useAfterCloseThrows() throws Throwable {
        ExecutableMemory code = ExecutableMemory.of(ADD);
        MethodHandle add = code.downcall(0, LONG_LONG_LONG);
        assertEquals(3L, (long) add.invokeExact(1L, 2L));
        code.close();
        assertThrows(IllegalStateException.class, () -> { long unused = (long) add.invokeExact(1L, 2L); });
        assertThrows(IllegalStateException.class, () -> code.downcall(0, LONG_LONG_LONG));
        assertThrows(IllegalStateException.class, () -> code.address(0));
        assertThrows(IllegalStateException.class, () -> code.write(0, ADD));
        assertThrows(IllegalStateException.class, code::seal);
        assertThrows(IllegalStateException.class, code::base);
    }

    @Test
    void badSizesAndOffsetsThrow() {
        assertThrows(IllegalArgumentException.class, () -> ExecutableMemory.allocate(0));
        assertThrows(IllegalArgumentException.class, () -> ExecutableMemory.allocate(-PAGE));
        assertThrows(IllegalArgumentException.class, () -> ExecutableMemory.allocate(Long.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> ExecutableMemory.of(new byte[0]));
        try (ExecutableMemory code = ExecutableMemory.allocate(PAGE)) {
            assertThrows(IndexOutOfBoundsException.class, () -> code.write(PAGE - 3, ADD));
            assertThrows(IndexOutOfBoundsException.class, () -> code.write(-1, ADD));
            assertThrows(IndexOutOfBoundsException.class, () -> code.write(Long.MAX_VALUE, ADD));
            code.write(PAGE - ADD.length, ADD); // the last bytes still fit
            code.seal();
            assertThrows(IndexOutOfBoundsException.class, () -> code.address(PAGE));
            assertThrows(IndexOutOfBoundsException.class, () -> code.downcall(-1, LONG_LONG_LONG));
        }
    }
}

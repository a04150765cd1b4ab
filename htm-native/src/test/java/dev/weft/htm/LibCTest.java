package dev.weft.htm;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("restricted")
class LibCTest {
    private static final long PAGE = LibC.pageSize();

    /** LibC's int constants, by name. */
    private static Map<String, Integer> constants() throws IllegalAccessException {
        Map<String, Integer> map = new HashMap<>();
        for (Field f : LibC.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) map.put(f.getName(), f.getInt(null));
        }
        return map;
    }

    @Test
    void constantsAndPrototypesMatchGlibcHeaders(@TempDir Path dir) throws Exception {
        // Arrange: a C program, generated from LibC's field names, prints glibc's values; the
        // prototypes of weft_libc.h follow glibc's own, so gcc rejects any that conflict.
        StringBuilder c = new StringBuilder("#include <stdio.h>\n#include <sys/mman.h>\n#include <unistd.h>\n");
        prototypes().forEach(p -> c.append(p).append('\n'));
        c.append("int main(void) {\n");
        for (String name : constants().keySet()) c.append("  printf(\"").append(name).append("=%ld\\n\", (long) ").append(name).append(");\n");
        c.append("  printf(\"MAP_FAILED=%ld\\n\", (long) MAP_FAILED);\n");
        c.append("  printf(\"pagesize=%ld\\n\", sysconf(_SC_PAGESIZE));\n  return 0;\n}\n");
        Files.writeString(dir.resolve("c.c"), c);

        // Act
        String output = exec(dir, "gcc", "-Wall", "-Werror", "-o", "c", "c.c") + exec(dir, "./c");

        // Assert
        Map<String, Long> glibc = new HashMap<>();
        output.lines().map(l -> l.split("=")).forEach(kv -> glibc.put(kv[0], Long.parseLong(kv[1])));
        constants().forEach((name, value) -> assertEquals(glibc.get(name), (long) value, name));
        assertEquals(glibc.get("MAP_FAILED"), LibC.MAP_FAILED.address());
        assertEquals(glibc.get("pagesize"), LibC.sysconf(LibC._SC_PAGESIZE));
        assertEquals(glibc.get("pagesize"), LibC.pageSize());
    }

    @Test
    void constantsMatchTheHeaderTheyMirror() throws Exception {
        String header = Files.readString(Path.of("src/main/c/weft_libc.h"));
        Map<String, Integer> defined = new HashMap<>();
        Matcher m = Pattern.compile("#define\\s+(\\w+)\\s+(0x[0-9A-Fa-f]+|\\d+)\\b").matcher(header);
        while (m.find()) defined.put(m.group(1), Integer.decode(m.group(2)));
        assertEquals(defined, constants());
        for (String function : List.of("mmap", "mprotect", "munmap", "madvise", "sysconf")) {
            assertTrue(prototypes().stream().anyMatch(p -> p.contains(function + "(")), function + " has no prototype");
        }
    }

    @Test
    void mmapWritesAndMunmaps() {
        MemorySegment page = LibC.mmap(MemorySegment.NULL, PAGE, LibC.PROT_READ | LibC.PROT_WRITE,
                LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS, -1, 0).reinterpret(PAGE);
        assertEquals(List.of("rw-p"), ProcFiles.permissions(page.address(), PAGE));
        page.set(JAVA_LONG, 8, 42L);
        LibC.madvise(page, PAGE, LibC.MADV_DONTNEED);
        assertEquals(0L, page.get(JAVA_LONG, 8), "MADV_DONTNEED gives fresh zero pages");
        LibC.munmap(page, PAGE);
        assertEquals(List.of(), ProcFiles.permissions(page.address(), PAGE));
    }

    @Test
    void failingCallsNameTheCallAndErrno() {
        // Neither MAP_PRIVATE nor MAP_SHARED: EINVAL.
        LibCException mmap = assertThrows(LibCException.class,
                () -> LibC.mmap(MemorySegment.NULL, PAGE, LibC.PROT_READ, LibC.MAP_ANONYMOUS, -1, 0));
        assertEquals("mmap", mmap.call());
        assertEquals(22, mmap.errno());
        assertEquals("mmap failed: errno 22 (EINVAL)", mmap.getMessage());

        MemorySegment page = LibC.mmap(MemorySegment.NULL, PAGE, LibC.PROT_READ, LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS, -1, 0);
        try {
            MemorySegment unaligned = MemorySegment.ofAddress(page.address() + 1);
            LibCException mprotect = assertThrows(LibCException.class, () -> LibC.mprotect(unaligned, 16, LibC.PROT_READ));
            assertEquals("mprotect", mprotect.call());
            assertEquals(22, mprotect.errno());
            assertEquals(22, assertThrows(LibCException.class, () -> LibC.munmap(unaligned, 16)).errno());
            assertEquals("madvise", assertThrows(LibCException.class, () -> LibC.madvise(page, PAGE, 12345)).call());
        } finally {
            LibC.munmap(page, PAGE);
        }
    }

    @Test
    void nullAddressesAndEmptyLengthsNeverReachLibc() {
        MemorySegment some = MemorySegment.ofAddress(PAGE * 16);
        assertThrows(IllegalArgumentException.class, () -> LibC.munmap(MemorySegment.NULL, PAGE));
        assertThrows(IllegalArgumentException.class, () -> LibC.munmap(null, PAGE));
        assertThrows(IllegalArgumentException.class, () -> LibC.mprotect(MemorySegment.NULL, PAGE, LibC.PROT_NONE));
        assertThrows(IllegalArgumentException.class, () -> LibC.madvise(MemorySegment.NULL, PAGE, LibC.MADV_NORMAL));
        assertThrows(IllegalArgumentException.class, () -> LibC.munmap(some, 0));
        assertThrows(IllegalArgumentException.class, () -> LibC.mprotect(some, -1, LibC.PROT_NONE));
        assertThrows(IllegalArgumentException.class,
                () -> LibC.mmap(MemorySegment.NULL, 0, LibC.PROT_READ, LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS, -1, 0));
    }

    /** The function prototypes of weft_libc.h: its lines that end in ");". */
    static List<String> prototypes() throws IOException {
        return Files.readAllLines(Path.of("src/main/c/weft_libc.h")).stream().filter(l -> l.endsWith(");")).toList();
    }

    static String exec(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), Arrays.toString(command) + ": " + out);
        return out;
    }
}

package dev.weft.x86;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The judge of the assembler tests: GNU as, nm and objcopy (and objdump for readable
 * failure reports), run as external processes.
 *
 * <p>{@link #assemble} takes a whole Intel-syntax source file and returns the bytes of its
 * {@code .text} section together with the offsets of its symbols, so that a test can put a
 * pair of symbols around each of thousands of instructions and compare them all with one
 * {@code as} run. A missing tool fails the test with a message saying what to install: CI
 * installs binutils, and a skipped differential test would pass silently.
 */
final class GnuBinutils {
    private GnuBinutils() {}

    /** The assembled text section and symbol table, or the assembler's complaints. */
    record Result(byte[] text, Map<String, Integer> symbols, String errors) {}

    static Result assemble(String source) {
        try {
            Path dir = Files.createTempDirectory("weft-gas");
            try {
                Path src = dir.resolve("rows.s");
                Path obj = dir.resolve("rows.o");
                Path bin = dir.resolve("rows.bin");
                Files.writeString(src, source, StandardCharsets.UTF_8);
                Proc as = run(dir, "as", "--64", "-o", obj.toString(), src.toString());
                if (as.status != 0) {
                    return new Result(null, Map.of(), as.output);
                }
                Proc nm = run(dir, "nm", obj.toString());
                if (nm.status != 0) {
                    fail("nm failed: " + nm.output);
                }
                Map<String, Integer> symbols = new HashMap<>();
                for (String line : nm.output.split("\n")) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length == 3) {
                        symbols.put(f[2], Integer.parseUnsignedInt(f[0], 16));
                    }
                }
                Proc objcopy = run(dir, "objcopy", "-O", "binary", "-j", ".text", obj.toString(), bin.toString());
                if (objcopy.status != 0) {
                    fail("objcopy failed: " + objcopy.output);
                }
                return new Result(Files.readAllBytes(bin), symbols, "");
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** objdump's Intel-syntax disassembly of raw x86-64 code, one instruction a line. */
    static String disassemble(byte[] code) {
        try {
            Path f = Files.createTempFile("weft-dis", ".bin");
            try {
                Files.write(f, code);
                Proc p = run(f.getParent(), "objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel",
                        f.toString());
                StringBuilder sb = new StringBuilder();
                boolean body = false;
                for (String line : p.output.split("\n")) {
                    if (body && !line.isBlank()) {
                        sb.append(line.strip()).append('\n');
                    }
                    body |= line.contains("<.data>:");
                }
                return sb.toString();
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            return "(objdump failed: " + e.getMessage() + ")";
        }
    }

    private record Proc(int status, String output) {}

    private static Proc run(Path dir, String... cmd) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(List.of(cmd)).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("'" + cmd[0] + "' (GNU binutils) is needed by the assembler tests and was not found: "
                    + "install it, e.g. 'apt-get install -y binutils' (" + e.getMessage() + ")");
            throw new AssertionError(e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(cmd[0] + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return new Proc(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static String hex(byte[] b) {
        if (b == null) {
            return "-";
        }
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(sb.isEmpty() ? "" : " ").append(String.format("%02x", x & 0xFF));
        }
        return sb.toString();
    }

    /** objdump's instructions (continuation lines of long encodings dropped), mnemonic and operands. */
    static java.util.List<String> instructions(byte[] code) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String line : disassemble(code).split("\n")) {
            String[] f = line.split("\t");
            if (f.length >= 3) out.add(f[2].replaceAll("\\s+", " ").strip());
        }
        return out;
    }
}

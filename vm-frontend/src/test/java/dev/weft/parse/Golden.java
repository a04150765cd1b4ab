package dev.weft.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Shared access to the golden data of src/test/resources/parse (made by generate.py from
 * CPython 3.11) and to a python3 for the tests that ask CPython directly.
 */
public final class Golden {
    public static final Path DIR = Path.of("src/test/resources/parse");
    public static final Path AST_DIR = DIR.resolve("ast");
    /** The conformance corpus of the ci module, when it is there. */
    public static final Path CONFORMANCE = Path.of("../ci/src/test/resources/conformance");

    private static Boolean python311;

    private Golden() {
    }

    /** The golden sources ast/*.py, sorted. */
    public static List<Path> sources() {
        try (Stream<Path> s = Files.list(AST_DIR)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether "python3" on PATH is CPython 3.11, the version the goldens stand for. */
    public static synchronized boolean python311() {
        if (python311 == null) {
            try {
                Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
                String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                python311 = p.waitFor(30, TimeUnit.SECONDS) && v.startsWith("Python 3.11.");
            } catch (IOException e) {
                python311 = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                python311 = false;
            }
        }
        return python311;
    }

    /** Runs python3 with {@code args} in DIR; returns [exit status, stdout, stderr]. */
    public static String[] python(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("python3");
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).directory(DIR.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
            // The helpers write little to stderr, so reading stdout first cannot block python3.
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String errText = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("python3 timed out");
            }
            return new String[] {String.valueOf(p.exitValue()), out, errText};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The escapes of errors.txt (\n \t \r \f \\ \0 \xHH \\uHHHH), as generate.py reads them. */
    public static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'x' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'f' -> b.append('\f');
                case '0' -> b.append('\0');
                case '\\' -> b.append('\\');
                default -> throw new IllegalArgumentException("bad escape in " + s);
            }
        }
        return b.toString();
    }
}

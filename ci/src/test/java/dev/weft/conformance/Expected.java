package dev.weft.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What CPython did with one program, read from its {@code .expected} file (written only by
 * {@code ci/conformance/expect.py}). Byte counts rather than delimiters keep stdout exact, with or
 * without a final newline, whatever it holds. A file for a program whose stdout is "hi\n" and
 * which failed with a ZeroDivisionError:
 *
 * <pre>
 * # Made by ci/conformance/expect.py from CPython 3.11; do not edit.
 * status 1
 * stderr last-line
 * stdout 3 bytes
 * hi
 *
 * stderr 35 bytes
 * ZeroDivisionError: division by zero
 * </pre>
 *
 * Each block is followed by one newline that is not part of it. Under {@code stderr last-line}
 * the stderr block holds only stderr's last line; under {@code stderr full} all of it.
 *
 * @param status the exit status
 * @param fullStderr whether all of stderr is compared, or only its last line
 * @param stdout stdout, byte for byte
 * @param stderr normalised stderr (see {@link Corpus#normaliseStderr}), or its last line
 */
record Expected(int status, boolean fullStderr, byte[] stdout, String stderr) {

    static Expected parse(byte[] file) {
        var reader = new Reader(file);
        if (reader.line().charAt(0) != '#') throw new IllegalArgumentException("no header comment");
        int status = Integer.parseInt(reader.field("status"));
        String rule = reader.field("stderr");
        if (!rule.equals("full") && !rule.equals("last-line")) {
            throw new IllegalArgumentException("unknown stderr rule " + rule);
        }
        byte[] stdout = reader.block("stdout");
        byte[] stderr = reader.block("stderr");
        if (reader.pos != file.length) throw new IllegalArgumentException("data after the stderr block");
        return new Expected(status, rule.equals("full"), stdout, new String(stderr, StandardCharsets.UTF_8));
    }

    private static final class Reader {
        final byte[] bytes;
        int pos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        String line() {
            int start = pos;
            while (pos < bytes.length && bytes[pos] != '\n') pos++;
            if (pos == bytes.length) throw new IllegalArgumentException("truncated .expected file");
            return new String(bytes, start, pos++ - start, StandardCharsets.UTF_8);
        }

        String field(String name) {
            String line = line();
            if (!line.startsWith(name + " ")) throw new IllegalArgumentException("expected '" + name + "', got " + line);
            return line.substring(name.length() + 1);
        }

        byte[] block(String name) {
            String size = field(name);
            if (!size.endsWith(" bytes")) throw new IllegalArgumentException("bad size line: " + size);
            int n = Integer.parseInt(size.substring(0, size.length() - " bytes".length()));
            if (pos + n + 1 > bytes.length || bytes[pos + n] != '\n') {
                throw new IllegalArgumentException(name + " block is not " + n + " bytes and a newline");
            }
            byte[] block = Arrays.copyOfRange(bytes, pos, pos + n);
            pos += n + 1;
            return block;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expected e && status == e.status && fullStderr == e.fullStderr
                && Arrays.equals(stdout, e.stdout) && stderr.equals(e.stderr);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(stdout) + stderr.hashCode() + status;
    }

    @Override
    public String toString() {
        return "Expected[status=" + status + ", stderr " + (fullStderr ? "full" : "last line") + "]";
    }
}

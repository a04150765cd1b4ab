package dev.weft.conformance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs one program in this JVM through the command line's entry point
 * {@code dev.weft.cli.Weft.run(String[] args, InputStream stdin, PrintStream stdout,
 * PrintStream stderr)}, which returns the exit status. Each call is meant to build a fresh VM.
 *
 * <p>The method is found by reflection, not called directly, so this harness compiles and runs
 * while the interpreter is being written: when it is missing, every run reports "not implemented"
 * (and the programs sit in KNOWN_FAILURES). The run happens on a daemon thread of its own with a
 * large stack and a time limit, so a hung or runaway guest fails one test instead of the suite,
 * and any Java throwable becomes a failure that names it. A call to {@code System.exit} inside
 * weft would still end the JVM: the entry point must return its status instead.
 */
final class WeftRunner {
    /** What a run left behind. {@code problem} is null when weft returned normally. */
    record Result(int status, byte[] stdout, String stderr, String problem) {
        String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    /** The shape of {@code Weft.run}: arguments, stdin, stdout, stderr in; the exit status out. */
    @FunctionalInterface
    interface Entry {
        int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) throws Exception;
    }

    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("conformance.timeoutSeconds", 20));
    private static final long STACK_BYTES = 256L << 20;
    /** Weft's entry point, when it exists. */
    static final Optional<Entry> WEFT = find();

    private WeftRunner() {}

    private static Optional<Entry> find() {
        try {
            Method m = Class.forName("dev.weft.cli.Weft").getDeclaredMethod(
                    "run", String[].class, InputStream.class, PrintStream.class, PrintStream.class);
            m.setAccessible(true);
            return Optional.of((args, in, out, err) -> {
                try {
                    return (Integer) m.invoke(null, args, in, out, err);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof Error error) throw error;
                    throw e.getCause() instanceof Exception x ? x : e;
                }
            });
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** Runs weft, or reports "not implemented" while its entry point does not exist. */
    static Result run(List<String> args, byte[] stdin) {
        if (WEFT.isEmpty()) {
            return new Result(-1, new byte[0], "", "not implemented: dev.weft.cli.Weft.run(String[], InputStream,"
                    + " PrintStream, PrintStream) does not exist yet");
        }
        return run(WEFT.get(), args, stdin);
    }

    static Result run(Entry entry, List<String> args, byte[] stdin) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        var errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int[] status = {-1};
        Throwable[] thrown = {null};
        Runnable body = () -> {
            try {
                status[0] = entry.run(args.toArray(String[]::new), new ByteArrayInputStream(stdin), outStream, errStream);
            } catch (Throwable t) {
                thrown[0] = t;
            }
        };
        Thread thread = new Thread(null, body, "conformance " + String.join(" ", args), STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        String problem = null;
        try {
            thread.join(TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
            problem = "timed out after " + TIMEOUT.toSeconds() + " s";
        } else if (thrown[0] != null) {
            var trace = new StringWriter();
            thrown[0].printStackTrace(new PrintWriter(trace));
            problem = "weft threw a Java exception:\n" + trace;
        }
        outStream.flush();
        errStream.flush();
        return new Result(status[0], out.toByteArray(), err.toString(StandardCharsets.UTF_8), problem);
    }
}

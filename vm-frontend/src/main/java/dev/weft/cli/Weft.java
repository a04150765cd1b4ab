package dev.weft.cli;

import dev.weft.htm.CpuReport;
import dev.weft.interp.Program;
import dev.weft.interp.Vm;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The {@code weft} command line. Commands only parse and print: what they do is computed in
 * the modules that own it ({@code weft run} is the interpreter's {@link Program}, {@code weft
 * cpu} prints htm-native's {@link CpuReport}). Errors in the command line itself are one line
 * on stderr and exit status 2, like CPython's.
 */
public final class Weft {
    private Weft() {}

    public static void main(String[] args) {
        // The guest runs on a thread with a large stack: built-in code that calls back into
        // Python (a sort key, __eq__ from a dict) nests the interpreter on the Java stack.
        try {
            // Ctrl-C raises KeyboardInterrupt in the guest, as in CPython
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> Program.interrupt());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT here: Ctrl-C ends the JVM
        }
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = run(args, System.in, System.out, System.err), "weft-main", 256L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            status[0] = 130;
        }
        System.out.flush();
        System.exit(status[0]);
    }

    /** Runs a command with the given streams and answers the exit status (the API tests use). */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.println(USAGE);
            return 0;
        }
        switch (args[0]) {
            case "cpu" -> {
                if (args.length > 1) {
                    err.println("weft: 'cpu' takes no arguments");
                    return 2;
                }
                CpuReport.lines().forEach(out::println);
                out.println("heap access: " + (dev.weft.stm.RawMemory.UNSAFE ? "unsafe"
                        : "var handles (slower to compile: java.base/jdk.internal.misc is not exported to Weft)"));
                return 0;
            }
            case "run" -> {
                return runCommand(Arrays.copyOfRange(args, 1, args.length), stdin, out, err);
            }
            case "tm-report" -> {
                return TmReport.run(Arrays.copyOfRange(args, 1, args.length), out, err);
            }
            default -> {}
        }
        if (NOT_YET.contains(args[0])) {
            err.println("weft: '" + args[0] + "' is not implemented yet (today: 'weft run', 'weft tm-report' and 'weft cpu')");
            return 2;
        }
        err.println("weft: unknown command '" + args[0] + "' (try 'weft help')");
        return 2;
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    private static int runCommand(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        Vm.Settings s = Vm.Settings.defaults();
        String tmLog = System.getenv("WEFT_TM_LOG");
        boolean checkPointers = false;
        int i = 0;
        for (; i < args.length && args[i].startsWith("--"); i++) {
            String a = args[i];
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
            if (a.startsWith("--tm=")) {
                switch (value) {
                    case "gil" -> s = new Vm.Settings(true, s.budget(), s.recursionLimit(), s.heapLimit(), s.injectAborts(), s.stats());
                    case "stm", "auto" -> s = new Vm.Settings(false, s.budget(), s.recursionLimit(), s.heapLimit(), s.injectAborts(), s.stats());
                    case "htm", "emulate" -> {
                        err.println("weft: --tm=" + value + ": hardware transactions run only in compiled traces, and the JIT"
                                + " is not built yet; use --tm=stm or --tm=gil");
                        return 2;
                    }
                    default -> {
                        err.println("weft: --tm must be one of auto, stm, htm, emulate, gil (not '" + value + "')");
                        return 2;
                    }
                }
            } else if (a.startsWith("--inject-aborts=")) {
                double rate;
                try {
                    rate = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    rate = -1;
                }
                if (rate < 0 || rate > 0.5) {
                    err.println("weft: --inject-aborts takes a probability from 0 to 0.5 (not '" + value + "')");
                    return 2;
                }
                s = new Vm.Settings(s.gil(), s.budget(), s.recursionLimit(), s.heapLimit(), rate, s.stats());
            } else if (a.startsWith("--budget=")) {
                try {
                    s = new Vm.Settings(s.gil(), Integer.parseInt(value), s.recursionLimit(), s.heapLimit(), s.injectAborts(), s.stats());
                } catch (NumberFormatException e) {
                    err.println("weft: --budget takes a number of back edges and calls (not '" + value + "')");
                    return 2;
                }
            } else if (a.startsWith("--heap=")) {
                long bytes = parseSize(value);
                if (bytes <= 0) {
                    err.println("weft: --heap takes a size such as 512m or 2g (not '" + value + "')");
                    return 2;
                }
                s = new Vm.Settings(s.gil(), s.budget(), s.recursionLimit(), bytes, s.injectAborts(), s.stats());
            } else if (a.equals("--stats")) {
                s = s.withStats(true);
            } else if (a.equals("--check-pointers")) {
                checkPointers = true;
            } else if (a.startsWith("--tm-log=")) {
                if (value.isEmpty()) {
                    err.println("weft: --tm-log takes a file to write the conflict log to");
                    return 2;
                }
                tmLog = value;
            } else if (a.equals("--")) {
                i++;
                break;
            } else {
                err.println("weft: unknown option '" + a + "' for run (try 'weft help')");
                return 2;
            }
        }
        if (i >= args.length) {
            err.println("weft: run needs a program: weft run [options] prog.py [args]");
            return 2;
        }
        String script = args[i];
        String[] argv = Arrays.copyOfRange(args, i, args.length);
        if (tmLog != null && !tmLog.isEmpty()) s = s.withTmLog(tmLog);
        if (checkPointers) s = s.withCheckPointers(true);
        return Program.run(s, script, argv, stdin, out, err);
    }

    private static long parseSize(String v) {
        try {
            String t = v.toLowerCase();
            long mult = 1;
            if (t.endsWith("k")) mult = 1L << 10;
            else if (t.endsWith("m")) mult = 1L << 20;
            else if (t.endsWith("g")) mult = 1L << 30;
            if (mult > 1) t = t.substring(0, t.length() - 1);
            return Long.parseLong(t) * mult;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Commands of the architecture that later issues bring. */
    static final java.util.Set<String> NOT_YET = java.util.Set.of("compare");

    static final String USAGE = """
            usage: weft <command> [args]

            commands:
              run [options] prog.py [args]   run a Python 3 program
                  --tm=stm|gil               software transactions (default) or one global lock
                  --inject-aborts=P          abort transactions at random (probability P per slow barrier)
                  --tm-log=FILE              write every abort and wait, with both sides' source lines,
                                             to FILE (also WEFT_TM_LOG=FILE); read it with weft tm-report
                  --budget=N                 back edges and calls per transaction (default 10000)
                  --heap=SIZE                heap limit, e.g. 512m or 2g (default 1g)
                  --check-pointers           debug mode: check every heap access's object and field
                                             (slower; a bad one is an error, not a crash)
                  --stats                    at exit, print to stderr transactions, aborts by cause,
                                             collections, inevitable time and the exit wait for threads
              tm-report [--stats] [--html OUT.html] [--top N] LOG
                      rank the conflicts of a --tm-log file by time lost, with both sides' source lines
              cpu     what Weft sees of this CPU: vendor, model, RTM (listed, usable and why), AVX2, caches
              help    this text

            not yet: compare
            """;
}

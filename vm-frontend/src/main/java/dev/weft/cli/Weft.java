package dev.weft.cli;

import dev.weft.htm.CpuReport;
import java.io.PrintStream;

/**
 * The {@code weft} command line. Until the interpreter exists it knows one job, {@code weft cpu};
 * every other command says plainly that it is not there yet, with exit status 2. Commands only
 * parse and print: what they report is computed in the modules that own it ({@code weft cpu}
 * prints htm-native's {@link CpuReport}).
 */
public final class Weft {
    private Weft() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.println(USAGE);
            return 0;
        }
        if (args[0].equals("cpu")) {
            if (args.length > 1) {
                err.println("weft: 'cpu' takes no arguments");
                return 2;
            }
            CpuReport.lines().forEach(out::println);
            return 0;
        }
        if (NOT_YET.contains(args[0])) {
            err.println("weft: '" + args[0] + "' is not implemented yet: Weft has no Python interpreter so far"
                    + " (today it offers 'weft cpu')");
            return 2;
        }
        err.println("weft: unknown command '" + args[0] + "' (try 'weft help')");
        return 2;
    }

    /** Commands of the architecture that later issues bring. */
    static final java.util.Set<String> NOT_YET = java.util.Set.of("run", "tm-report", "compare");

    static final String USAGE = """
            usage: weft <command> [args]

            commands:
              cpu     what Weft sees of this CPU: vendor, model, RTM (listed, usable and why), AVX2, caches
              help    this text

            not yet: run (a Python program), tm-report, compare
            """;
}

package dev.weft.cli;

/**
 * The {@code weft} command line. Until the interpreter exists it knows one job, {@code weft cpu};
 * every other command says plainly that it is not there yet, with exit status 2.
 */
public final class Weft {
    private Weft() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println(USAGE);
            return 0;
        }
        System.err.println("weft: unknown command '" + args[0] + "' (try 'weft help')");
        return 2;
    }

    static final String USAGE = """
            usage: weft <command> [args]

            commands:
              cpu     what Weft sees of this CPU: vendor, model, RTM (listed, usable and why), AVX2, caches
              help    this text
            """;
}

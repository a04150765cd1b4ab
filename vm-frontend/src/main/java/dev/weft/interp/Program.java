package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.parse.PySyntaxError;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.stm.TxAbort;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a script as {@code __main__} the way {@code python3 script.py} does: the same messages for a
 * file that cannot be opened, for a syntax error, for an uncaught exception (a traceback on
 * stderr, exit status 1) and for {@code SystemExit}. No Java stack trace reaches the user; an
 * internal error is reported in one line (with the Java trace only when WEFT_DEBUG is set).
 */
public final class Program {
    private Program() {}

    /** Set by the SIGINT handler of the command line; the interpreter raises KeyboardInterrupt. */
    static volatile boolean interrupted;

    /** Asks the running program to raise KeyboardInterrupt at its next loop back edge or call. */
    public static void interrupt() {
        interrupted = true;
    }

    public static int run(Vm.Settings settings, String script, String[] argv, InputStream stdin, PrintStream out, PrintStream err) {
        Path given = Path.of(script);
        Path abs = given.isAbsolute() ? given : Path.of(System.getProperty("user.dir")).resolve(given).normalize();
        if (Files.isDirectory(abs)) {
            err.println("weft: can't find '__main__' module in '" + script + "'");
            return 1;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(abs);
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("weft: can't open file '" + abs + "': [Errno 2] No such file or directory");
            return 2;
        } catch (java.nio.file.AccessDeniedException e) {
            err.println("weft: can't open file '" + abs + "': [Errno 13] Permission denied");
            return 2;
        } catch (java.io.IOException e) {
            err.println("weft: can't open file '" + abs + "': " + e.getMessage());
            return 2;
        }
        Code code;
        try {
            code = Vm.compile(bytes, script, true);
        } catch (dev.weft.parse.ParserMemoryError e) {
            err.println("MemoryError");
            return 1;
        } catch (PySyntaxError e) {
            err.print(syntaxErrorText(e.kind, e.filename, e.lineno, e.offset, e.text != null ? e.text : lineOf(bytes, e.lineno),
                    e.endLineno, e.endOffset));
            err.println(e.kind + ": " + e.msg);
            err.flush();
            return 1;
        }
        if (System.getenv("WEFT_DUMP_BYTECODE") != null) dump(code, err);
        try (Vm vm = new Vm(settings, argv, abs.getParent(), stdin, out, err)) {
            vm.scriptPathForm = given;
            vm.rememberSource(script, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            int status = runMain(vm, code, script);
            if (settings.stats()) err.println(vm.statsReport());
            return status;
        } catch (RuntimeException | Error e) {
            out.flush();
            err.println("weft: internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            if (System.getenv("WEFT_DEBUG") != null) e.printStackTrace(err);
            err.flush();
            return 70;
        }
    }

    /** Prints the code and every code nested in it (WEFT_DUMP_BYTECODE=1). */
    static void dump(Code code, PrintStream err) {
        err.print(code.disassemble());
        for (Object o : code.constObjects) {
            if (o instanceof dev.weft.compile.Compiler.CodeConst cc) dump(cc.code(), err);
        }
    }

    private static int runMain(Vm vm, Code code, String script) {
        Interp in = vm.mainInterp();
        long module = vm.immortal(() -> vm.newModule(vm.immortalMem(), vm.immortalCtx(), "__main__", script));
        vm.immortal(() -> {
            vm.registerModule(vm.immortalCtx(), "__main__", module);
            return NULL;
        });
        int status;
        try {
            vm.runModule(code, "__main__", module);
            vm.flushOutput();
            status = 0;
        } catch (PyException e) {
            vm.flushOutput();
            status = uncaught(vm, in, e);
        }
        try {
            joinThreads(vm, in);
        } catch (PyException e) {
            vm.flushOutput();
            int s = uncaught(vm, in, e);
            if (status == 0) status = s;
        }
        return status;
    }

    /**
     * As CPython at exit: {@code threading._shutdown()}, which waits for every thread started
     * with threading that is not a daemon, if the program imported threading.
     */
    private static void joinThreads(Vm vm, Interp in) {
        Long mod = vm.modules.get("threading");
        if (mod == null) return;
        long[] fn = {NULL};
        int mark = in.waiting.pins();
        in.txs.atomically(() -> {
            in.waiting.unpinTo(mark); // pinned before the commit: between it and the next begin a collection may run
            fn[0] = H.dictGet(in.ctx, in.mem.get(mod, MOD_DICT), vm.intern("_shutdown"));
            in.waiting.pin(fn[0]);
        });
        if (fn[0] == NULL) return;
        long start = System.nanoTime();
        try {
            in.txs.runTopLevel(vm.threads.bootstrapFrame(in, fn[0], vm.emptyTuple, NULL));
        } finally {
            in.waiting.unpinTo(mark);
            vm.exitWaitNanos = System.nanoTime() - start;
        }
        vm.flushOutput();
    }

    /** Reports an uncaught exception as CPython does and answers the exit status. */
    private static int uncaught(Vm vm, Interp in, PyException e) {
        try {
            for (int attempt = 1;; attempt++) {
                try {
                    // injected aborts and a full heap land in the catch below; after a few tries
                    // the report runs inevitable, which cannot abort
                    in.txs.txBegin(attempt > 4, attempt > 1);
                    in.txSerial++;
                    int status = report(vm, in, e);
                    in.txs.commitTx();
                    return status;
                } catch (TxAbort a) {
                    in.typeCache.aborted();
                    in.txs.transactionEnded(false);
                    if (a.abortCause() == dev.weft.stm.AbortCause.COLLECT) vm.collect(in);
                } catch (PyException again) {
                    // no room left even to report (a MemoryError in a full heap): the bare line
                    if (in.tx.isInTransaction()) in.txs.commitTx();
                    vm.flushOutput();
                    if (System.getenv("WEFT_DEBUG") != null) again.printStackTrace(vm.err);
                    String name = e.kind != null ? e.kind.pyName : again.kind != null ? again.kind.pyName : "Exception";
                    String msg = e.kind != null ? e.getMessage() : null;
                    vm.err.println(name + (msg == null || msg.isEmpty() ? "" : ": " + msg));
                    return 1;
                }
            }
        } finally {
            in.escaped = in.escapedArg = NULL;
        }
    }

    private static int report(Vm vm, Interp in, PyException e) {
        long exc = e.object();
        if (exc == NULL) exc = in.exc.materialize(e, null);
        if (in.exc.isInstance(exc, ExcKind.SYSTEM_EXIT)) {
            long args = in.mem.get(exc, E_ARGS);
            long code = H.tupleSize(args) == 0 ? NONE : H.tupleSize(args) == 1 ? H.tupleGet(args, 0) : args;
            if (code == NONE) return 0;
            if (isSmallInt(code)) return (int) toInt(code);
            if (isBool(code)) return code == TRUE ? 1 : 0;
            String text = in.str(code) + "\n";
            if (!TextFiles.writeRedirectedStderr(in, text)) vm.err.print(text);
            return 1;
        }
        String text = in.exc.format(exc);
        if (!TextFiles.writeRedirectedStderr(in, text)) vm.err.print(text);
        vm.err.flush();
        return in.exc.isInstance(exc, ExcKind.KEYBOARD_INTERRUPT) ? 130 : 1;
    }

    private static String lineOf(byte[] bytes, int line) {
        String[] lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    /**
     * The "File ..., line N", source and caret lines CPython prints above a SyntaxError (its
     * print_error_text): leading blanks of the line are dropped and the caret moved with them;
     * no caret when it would point left of the text; as many carets as the error's columns
     * span on one line (one for an IndentationError).
     */
    static String syntaxErrorText(String kind, String filename, int lineno, int offset, String text, int endLineno, int endOffset) {
        var sb = new StringBuilder();
        if (lineno <= 0) return "";
        sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text == null) return sb.toString();
        String t = text;
        while (t.endsWith("\n") || t.endsWith("\r")) t = t.substring(0, t.length() - 1);
        int strip = 0;
        while (strip < t.length() && (t.charAt(strip) == ' ' || t.charAt(strip) == '\t' || t.charAt(strip) == '\f')) strip++;
        String shown = t.substring(strip);
        sb.append("    ").append(shown).append('\n');
        int col = offset - 1 - strip;
        if (col < 0) return sb.toString();
        col = Math.min(col, shown.length());
        int width = 1;
        if (!kind.equals("IndentationError") && endLineno == lineno && endOffset > offset) width = endOffset - offset;
        sb.append("    ").append(" ".repeat(col)).append("^".repeat(width)).append('\n');
        return sb.toString();
    }
}

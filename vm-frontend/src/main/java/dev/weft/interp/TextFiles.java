package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Text files: {@code sys.stdout}, {@code sys.stderr}, {@code sys.stdin} and what {@code open()}
 * answers. A FILE object holds one field, the handle of its Java stream; reads and writes are
 * irreversible, so under the TM each makes its transaction inevitable first. A file the
 * program drops without closing is closed by the collection that finds it dead, or at exit.
 */
final class TextFiles {
    private TextFiles() {}

    /** The Java side of an open file. */
    static final class PyFile {
        final String name;
        final String mode;
        PrintStream print;
        Writer writer;
        BufferedReader reader;
        boolean closed;
        /** The stream is the embedder's (stdin): closing the file leaves it open. */
        boolean borrowed;

        PyFile(String name, String mode) {
            this.name = name;
            this.mode = mode;
        }
    }

    static long make(Vm vm, dev.weft.runtime.Mem m, PyFile f) {
        long obj = m.alloc(TypeIds.FILE, 1);
        m.init(obj, 0, fromInt(vm.newHandle(f, obj)));
        return obj;
    }

    static PyFile file(Interp in, long obj) {
        return (PyFile) in.vm.handle((int) toInt(in.mem.get(obj, 0)));
    }

    /** Writes s to the text file {@code file} (the fast path for print()). */
    static void write(Interp in, long file, String s) {
        if (file == in.vm.stdout && file(in, file).print == in.vm.out) {
            in.vm.write(in.vm.out, s);
            return;
        }
        in.calls.callMethod(file, "write", in.str(s));
    }

    /**
     * Writes s to whatever sys.stderr is now, answering false when that is the VM's own
     * stderr (or None) so that the caller writes there directly.
     */
    static boolean writeRedirectedStderr(Interp in, String s) {
        long err = SysModule.stream(in, "stderr", in.vm.stderr);
        if (err == NONE || err == in.vm.stderr) return false;
        in.calls.callMethod(err, "write", in.str(s));
        return true;
    }

    private static void irreversible(Interp in) {
        in.becomeInevitable();
    }

    private static PyFile open(Interp in, long obj) {
        PyFile f = file(in, obj);
        if (f.closed) throw PyException.valueError("I/O operation on closed file.");
        return f;
    }

    static void install(Vm vm, MethodTable t) {
        t.add("write", 2, 2, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            PyFile f = open(in, a[0]);
            if (!H.isStr(a[1])) throw PyException.typeError("write() argument must be str, not " + in.typeName(a[1]));
            String s = H.jstr(a[1]);
            irreversible(in);
            try {
                if (f.print != null) f.print.print(s);
                else if (f.writer != null) f.writer.write(s);
                else throw PyException.of(ExcKind.OS_ERROR, "not writable");
            } catch (IOException e) {
                throw PyException.of(ExcKind.OS_ERROR, e.getMessage());
            }
            return fromInt(s.codePointCount(0, s.length()));
        });
        t.add("writelines", 2, 2, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            long it = in.ops.iter(a[1]);
            long write = in.vm.builtinMethod(in.vm.types[TypeIds.FILE], "write");
            for (long v = in.ops.next(it); v != NULL; v = in.ops.next(it)) in.calls.call2(write, a[0], v);
            return NONE;
        });
        t.add("flush", 1, 1, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            PyFile f = open(in, a[0]);
            try {
                if (f.print != null) f.print.flush();
                if (f.writer != null) f.writer.flush();
            } catch (IOException e) {
                throw PyException.of(ExcKind.OS_ERROR, e.getMessage());
            }
            return NONE;
        });
        t.add("read", 1, 2, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            PyFile f = readable(in, a[0]);
            irreversible(in);
            try {
                var sb = new StringBuilder();
                long limit = n > 1 && a[1] != NONE ? toInt(a[1]) : -1;
                int c;
                while ((limit < 0 || sb.length() < limit) && (c = f.reader.read()) >= 0) sb.append((char) c);
                return in.str(sb.toString());
            } catch (IOException e) {
                throw PyException.of(ExcKind.OS_ERROR, e.getMessage());
            }
        });
        t.add("readline", 1, 1, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            String line = readLine(in, readable(in, a[0]));
            return in.str(line == null ? "" : line);
        });
        t.add("readlines", 1, 1, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            PyFile f = readable(in, a[0]);
            long l = H.list(ctx);
            for (String line = readLine(in, f); line != null; line = readLine(in, f)) H.listAppend(ctx, l, in.str(line));
            return l;
        });
        t.add("__iter__", 1, 1, (ctx, a, n, kw) -> a[0]);
        t.add("__next__", 1, 1, (ctx, a, n, kw) -> {
            Interp in = (Interp) ctx.guest;
            String line = readLine(in, readable(in, a[0]));
            if (line == null) throw PyException.of(ExcKind.STOP_ITERATION, "");
            return in.str(line);
        });
        t.add("close", 1, 1, (ctx, a, n, kw) -> {
            close((Interp) ctx.guest, a[0]);
            return NONE;
        });
        t.add("__enter__", 1, 1, (ctx, a, n, kw) -> {
            open((Interp) ctx.guest, a[0]);
            return a[0];
        });
        t.add("__exit__", 1, 4, (ctx, a, n, kw) -> {
            close((Interp) ctx.guest, a[0]);
            return FALSE;
        });
    }

    private static PyFile readable(Interp in, long obj) {
        PyFile f = open(in, obj);
        if (f.reader == null) throw PyException.of(ExcKind.OS_ERROR, "not readable");
        return f;
    }

    /** A line with its newline, or null at the end. */
    private static String readLine(Interp in, PyFile f) {
        irreversible(in);
        try {
            var sb = new StringBuilder();
            int c;
            while ((c = f.reader.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') break;
            }
            return sb.length() == 0 ? null : sb.toString();
        } catch (IOException e) {
            throw PyException.of(ExcKind.OS_ERROR, e.getMessage());
        }
    }

    private static void close(Interp in, long obj) {
        PyFile f = file(in, obj);
        if (f.closed || f.print != null) return;
        irreversible(in);
        f.closed = true;
        if (f.borrowed) return;
        try {
            if (f.writer != null) f.writer.close();
            if (f.reader != null) f.reader.close();
        } catch (IOException e) {
            throw PyException.of(ExcKind.OS_ERROR, e.getMessage());
        }
    }

    /**
     * Closes the Java stream of a file that the program can no longer reach (a collection found
     * its object dead) or left open at exit, as CPython closes a file object when it is freed:
     * what was written reaches the file, and the descriptor goes back to the OS.
     */
    static void release(PyFile f) {
        if (f.closed || f.print != null) return;
        f.closed = true;
        if (f.borrowed) return;
        try {
            if (f.writer != null) f.writer.close();
            if (f.reader != null) f.reader.close();
        } catch (IOException e) {
            // CPython too only reports this as "Exception ignored"
        }
    }

    /** open(file, mode='r', encoding=None): text mode only. */
    static long open(Interp in, long[] a, int n, String[] kw) {
        long nameW = a[0];
        String mode = "r";
        if (n > 1) mode = H.jstr(a[1]);
        for (int k = 0; k < kw.length; k++) {
            switch (kw[k]) {
                case "mode" -> mode = H.jstr(a[n + k]);
                case "encoding" -> {
                    String enc = a[n + k] == NONE ? "utf-8" : H.jstr(a[n + k]).toLowerCase().replace("_", "-");
                    if (!enc.equals("utf-8") && !enc.equals("utf8")) throw PyException.of(ExcKind.LOOKUP_ERROR, "weft supports only utf-8 files, not " + enc);
                }
                case "newline", "errors", "buffering" -> {}
                default -> throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for open()");
            }
        }
        if (!H.isStr(nameW)) throw PyException.typeError("expected str, bytes or os.PathLike object, not " + in.typeName(nameW));
        String name = H.jstr(nameW);
        if (mode.contains("b")) throw PyException.of(ExcKind.NOT_IMPLEMENTED_ERROR, "binary files are not supported by weft yet");
        irreversible(in);
        Path p = Path.of(name);
        if (!p.isAbsolute()) p = Path.of(System.getProperty("user.dir")).resolve(p);
        PyFile f = new PyFile(name, mode);
        try {
            if (mode.startsWith("r")) {
                f.reader = java.nio.file.Files.newBufferedReader(p, StandardCharsets.UTF_8);
            } else if (mode.startsWith("w")) {
                f.writer = java.nio.file.Files.newBufferedWriter(p, StandardCharsets.UTF_8);
            } else if (mode.startsWith("a")) {
                f.writer = java.nio.file.Files.newBufferedWriter(p, StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } else if (mode.startsWith("x")) {
                f.writer = java.nio.file.Files.newBufferedWriter(p, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            } else {
                throw PyException.valueError("invalid mode: '" + mode + "'");
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw osError(in, ExcKind.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", nameW);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw osError(in, ExcKind.FILE_EXISTS_ERROR, 17, "File exists", nameW);
        } catch (java.nio.file.AccessDeniedException e) {
            throw osError(in, ExcKind.PERMISSION_ERROR, 13, "Permission denied", nameW);
        } catch (IOException e) {
            if (java.nio.file.Files.isDirectory(p)) throw osError(in, ExcKind.IS_A_DIRECTORY_ERROR, 21, "Is a directory", nameW);
            throw PyException.of(ExcKind.OS_ERROR, String.valueOf(e.getMessage()));
        }
        return make(in.vm, in.mem, f);
    }

    /** An OSError subclass with CPython's (errno, strerror, filename) arguments. */
    static PyException osError(Interp in, ExcKind kind, int errno, String strerror, long filename) {
        long args = H.tuple(in.mem, fromInt(errno), in.str(strerror), filename);
        return PyException.ofObject(in.exc.newException(kind.typeId(), args));
    }

    static PyFile stream(String name, PrintStream print) {
        PyFile f = new PyFile(name, "w");
        f.print = print;
        return f;
    }

    static PyFile input(String name, BufferedReader reader) {
        PyFile f = new PyFile(name, "r");
        f.reader = reader;
        f.borrowed = true; // the Vm's stdin: System.in of the JVM, or the embedder's stream
        return f;
    }
}

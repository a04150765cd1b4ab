package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.objects.bigint.BigInts;
import java.math.BigInteger;

/**
 * The Java half of the built-in module {@code sys}: what only the VM knows (argv, the module
 * table, the standard streams, the recursion limit, the running exception) and the constants
 * of the platform. The Python half, {@code lib/sys.py}, runs in the same namespace right after
 * and adds the named-tuple-like records ({@code version_info}, {@code float_info},
 * {@code int_info}), which are easier to write as guest classes.
 *
 * <p>{@code print()} and the report of an uncaught exception read {@code sys.stdout} and
 * {@code sys.stderr} from this module's dict at each use (see {@link #stream}), so a program
 * that swaps them sees its output go where it asked.
 */
final class SysModule {
    private SysModule() {}

    /** The version weft claims: the language it implements. */
    static final String VERSION = "3.11.0 (weft)";

    static long make(Vm vm) {
        return StdModules.make(vm, "sys", b -> {
            Mem m = b.m;
            long argv = H.list(b.c);
            for (String a : vm.argv) H.listAppend(b.c, argv, H.str(m, a));
            b.put("argv", argv);
            b.put("modules", vm.modulesDict);
            long path = H.list(b.c);
            H.listAppend(b.c, path, H.str(m, vm.scriptDir.toString()));
            H.listAppend(b.c, path, H.str(m, Imports.LIB_PATH_ENTRY)); // the modules in weft's jar: see Imports.findOnPath
            b.put("path", path);
            for (String prefix : new String[] {"", "__"}) {
                String suffix = prefix.isEmpty() ? "" : "__";
                b.put(prefix + "stdout" + suffix, vm.stdout);
                b.put(prefix + "stderr" + suffix, vm.stderr);
                b.put(prefix + "stdin" + suffix, vm.stdin);
            }
            b.put("version", H.str(m, VERSION));
            b.put("hexversion", fromInt(0x030b00f0));
            b.put("maxsize", BigInts.box(m, BigInteger.valueOf(Long.MAX_VALUE)));
            b.put("maxunicode", fromInt(0x10ffff));
            b.put("platform", H.str(m, "linux"));
            b.put("byteorder", H.str(m, "little"));
            b.put("executable", H.str(m, executable()));
            b.put("implementation_name", H.str(m, "weft"));
            b.put("dont_write_bytecode", TRUE);
            b.fn("exit", 0, 1, false, (ctx, a, n, kw) -> {
                // as CPython raises it: no arguments for None, a tuple's items as the arguments
                long status = n > 0 ? a[0] : NONE;
                long args = status == NONE ? H.tuple(ctx.mem) : H.isType(status, TypeIds.TUPLE) ? status : H.tuple(ctx.mem, status);
                throw PyException.ofObject(((Interp) ctx.guest).exc.newException(ExcKind.SYSTEM_EXIT.typeId(), args));
            });
            b.fn("getrecursionlimit", 0, 0, false, (ctx, a, n, kw) -> fromInt(vm.recursionLimit));
            b.fn("setrecursionlimit", 1, 1, false, (ctx, a, n, kw) -> {
                if (!isSmallInt(a[0])) throw PyException.typeError("'" + ((Interp) ctx.guest).typeName(a[0]) + "' object cannot be interpreted as an integer");
                long v = toInt(a[0]);
                if (v < 1) throw PyException.valueError("recursion limit must be greater or equal than 1");
                vm.recursionLimit = (int) Math.min(v, Integer.MAX_VALUE);
                return NONE;
            });
            b.fn("intern", 1, 1, false, (ctx, a, n, kw) -> {
                if (!H.isStr(a[0])) throw PyException.typeError("intern() argument must be str, not " + ((Interp) ctx.guest).typeName(a[0]));
                return vm.intern(H.jstr(a[0]));
            });
            b.fn("getsizeof", 1, 2, false, (ctx, a, n, kw) -> fromInt(sizeOf(a[0])));
            b.fn("getdefaultencoding", 0, 0, false, (ctx, a, n, kw) -> ((Interp) ctx.guest).str("utf-8"));
            b.fn("getfilesystemencoding", 0, 0, false, (ctx, a, n, kw) -> ((Interp) ctx.guest).str("utf-8"));
            b.fn("exc_info", 0, 0, false, (ctx, a, n, kw) -> {
                Interp i = (Interp) ctx.guest;
                long e = i.exc.currentHandled(i.top);
                if (e == NULL) return H.tuple(ctx.mem, NONE, NONE, NONE);
                return H.tuple(ctx.mem, i.exc.typeOfExc(e), e, i.exc.traceback(e));
            });
        });
    }

    /**
     * An approximate {@code sys.getsizeof}: a heap object's header and fields at 8 bytes each,
     * and CPython's 28 bytes for a small int or a float boxed in its word.
     */
    private static long sizeOf(long w) {
        return isPointer(w) ? 16 + 8L * Mem.fieldCount(w) : 28;
    }

    private static String executable() {
        return ProcessHandle.current().info().command().orElse("");
    }

    /**
     * input(prompt): the prompt to sys.stdout, a line from sys.stdin without its newline;
     * {@code prompt} NULL when none was given.
     */
    static long input(Interp in, long prompt) {
        Vm vm = in.vm;
        long out = stream(in, "stdout", vm.stdout);
        long stdin = stream(in, "stdin", vm.stdin);
        if (out == NONE) throw PyException.of(ExcKind.RUNTIME_ERROR, "input(): lost sys.stdout");
        if (stdin == NONE) throw PyException.of(ExcKind.RUNTIME_ERROR, "input(): lost sys.stdin");
        boolean console = out == vm.stdout && TextFiles.file(in, out).print == vm.out;
        if (prompt != NULL) {
            if (console) {
                vm.write(vm.out, in.str(prompt));
                vm.out.flush();
            } else {
                in.calls.callMethod(out, "write", in.str(in.str(prompt)));
            }
        }
        if (stdin != vm.stdin) {
            long line = in.calls.callMethod(stdin, "readline");
            if (!H.isStr(line)) throw PyException.typeError("object.readline() returned non-string");
            String s = H.jstr(line);
            if (s.isEmpty()) throw PyException.of(ExcKind.EOF_ERROR, "EOF when reading a line");
            return s.endsWith("\n") ? in.str(s.substring(0, s.length() - 1)) : line;
        }
        // the read waits outside any transaction (other threads go on, the GIL is free), and
        // what follows it runs inevitable: the line, once read, cannot be read again
        String[] line = {null};
        java.io.IOException[] failed = {null};
        in.waiting.outside(() -> {
            try {
                line[0] = vm.in.readLine();
            } catch (java.io.IOException e) {
                failed[0] = e;
            }
            return true;
        });
        in.becomeInevitable();
        if (failed[0] != null) throw PyException.of(ExcKind.OS_ERROR, failed[0].getMessage());
        if (line[0] == null) throw PyException.of(ExcKind.EOF_ERROR, "EOF when reading a line");
        return in.str(line[0]);
    }

    /**
     * The object now bound to {@code sys.<name>} ("stdout", "stderr"), or {@code fallback} (the
     * VM's own stream) while the program has not imported sys; NONE when the program removed
     * it or set it to None, in which case CPython's print() writes nothing.
     */
    static long stream(Interp in, String name, long fallback) {
        Long sys = in.vm.module(in, "sys");
        if (sys == null) return fallback;
        long v = H.dictGet(in.ctx, in.mem.get(sys, Layouts.MOD_DICT), in.vm.intern(name));
        return v == NULL ? NONE : v;
    }
}

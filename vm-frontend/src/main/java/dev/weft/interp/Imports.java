package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The import system: built-in modules (made in Java on first import), then the folders of
 * {@code sys.path} in order: the script's own ({@code sys.path[0]}), the standard modules
 * written in Python that weft's jar carries under {@code dev/weft/lib/} (the entry {@code
 * <weft>/lib}), and whatever folders the program adds ({@link #findOnPath}).
 *
 * <p>A module imported inside a transaction that aborts is forgotten again (its execution was
 * rolled back with the transaction), so the re-run imports it afresh.
 */
final class Imports {
    private final Vm vm;
    private final Map<String, Function<Interp, Long>> builtinModules = new HashMap<>();
    /** Modules first imported by the running transaction, to forget if it aborts. */

    Imports(Vm vm) {
        this.vm = vm;
        builtinModules.put("sys", in -> SysModule.make(vm));
        StdModules.register(vm, this);
        builtinModules.put("builtins", in -> {
            long mod = vm.newModule(in.mem, in.ctx, "builtins", null);
            in.mem.put(mod, MOD_DICT, vm.builtinsDict);
            return mod;
        });
    }

    /** Registers a built-in module made by {@code maker} on first import (for the standard modules). */
    void registerBuiltin(String name, Function<Interp, Long> maker) {
        builtinModules.put(name, maker);
    }

    /**
     * One import at a time, from the first load of a module not yet known to its end (as
     * CPython's import lock, coarser): a thread that meets a module another thread is
     * importing waits for it to finish instead of seeing it half made. Taken by
     * {@link #lockImports}, released by the outermost {@link #importName}.
     */
    private final java.util.concurrent.locks.ReentrantLock importLock = new java.util.concurrent.locks.ReentrantLock();

    /**
     * in's transaction ended. Committed: the modules whose import finished in it are published
     * in {@link Vm#modules}, where any thread finds them without a transaction. Aborted: the
     * modules it registered are not imported after all (their sys.modules entries are rolled
     * back with the heap).
     */
    void transactionEnded(Interp in, boolean committed) {
        if (committed) {
            for (String name : in.finishedThisTx) {
                Long mod = in.importing.remove(name);
                if (mod != null) vm.modules.put(name, mod);
            }
        } else {
            for (String name : in.registeredThisTx) in.importing.remove(name);
        }
        in.registeredThisTx.clear();
        in.finishedThisTx.clear();
    }

    /** The import of {@code full} has finished (published when the transaction commits). */
    private void finished(Interp in, String full) {
        if (in.importing.containsKey(full)) in.finishedThisTx.add(full);
    }

    /** Takes the import lock, waiting outside the transaction if another thread holds it. */
    private void lockImports(Interp in) {
        if (importLock.isHeldByCurrentThread() || importLock.tryLock()) return;
        in.waiting.outside(() -> {
            importLock.lock();
            return true;
        });
    }

    long importName(Interp in, Frame f, String name, long fromlist, int level) {
        boolean outermost = !importLock.isHeldByCurrentThread();
        try {
            return importLocked(in, f, name, fromlist, level);
        } finally {
            if (outermost && importLock.isHeldByCurrentThread()) importLock.unlock();
        }
    }

    private long importLocked(Interp in, Frame f, String name, long fromlist, int level) {
        if (level > 0) name = resolveRelative(in, f, name, level);
        String[] parts = name.split("\\.");
        long top = NULL, leaf = NULL;
        String prefix = "";
        for (int i = 0; i < parts.length; i++) {
            prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
            leaf = load(in, prefix, leaf);
            if (i == 0) top = leaf;
        }
        boolean hasFromlist = fromlist != NONE && fromlist != NULL && H.tupleSize(fromlist) > 0;
        if (hasFromlist) {
            // from package import submodule: load submodules named in the fromlist
            if (isPackage(in, leaf)) {
                for (int i = 0; i < H.tupleSize(fromlist); i++) {
                    String sub = H.jstr(H.tupleGet(fromlist, i));
                    if (sub.equals("*")) continue;
                    long dict = in.mem.get(leaf, MOD_DICT);
                    if (H.dictGet(in.ctx, dict, vm.intern(sub)) == NULL) {
                        Path p = packageDir(in, leaf);
                        if (p != null && (Files.exists(p.resolve(sub + ".py")) || Files.exists(p.resolve(sub).resolve("__init__.py")))) {
                            load(in, prefix + "." + sub, leaf);
                        }
                    }
                }
            }
            return leaf;
        }
        return level > 0 ? leaf : top;
    }

    private String resolveRelative(Interp in, Frame f, String name, int level) {
        long pkg = H.dictGet(in.ctx, f.globals, vm.intern("__package__"));
        String base = pkg != NULL && H.isStr(pkg) ? H.jstr(pkg) : "";
        if (base.isEmpty()) {
            throw PyException.of(ExcKind.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String[] parts = base.split("\\.");
        if (level - 1 >= parts.length) {
            throw PyException.of(ExcKind.IMPORT_ERROR, "attempted relative import beyond top-level package");
        }
        String resolved = String.join(".", java.util.Arrays.copyOf(parts, parts.length - (level - 1)));
        return name.isEmpty() ? resolved : resolved + "." + name;
    }

    private boolean isPackage(Interp in, long mod) {
        return H.dictGet(in.ctx, in.mem.get(mod, MOD_DICT), vm.intern("__path__")) != NULL;
    }

    private Path packageDir(Interp in, long mod) {
        long p = H.dictGet(in.ctx, in.mem.get(mod, MOD_DICT), vm.intern("__path__"));
        if (p == NULL) return null;
        return Path.of(H.jstr(H.listGet(in.ctx, p, 0)));
    }

    /** Loads module {@code full} (whose parent, already loaded, is parent or NULL). */
    private long load(Interp in, String full, long parent) {
        Long known = vm.modules.get(full);
        if (known != null) return known;
        known = in.importing.get(full);
        if (known != null) return known;
        lockImports(in);
        known = vm.modules.get(full);
        if (known != null) return known;
        long cached = H.dictGet(in.ctx, vm.modulesDict, vm.intern(full));
        if (cached != NULL) return cached;
        var maker = builtinModules.get(full);
        if (maker != null) {
            long mod = maker.apply(in);
            vm.registerModule(in.ctx, full, mod);
            completeFromLib(in, full, mod);
            finished(in, full);
            return mod;
        }
        String leafName = full.substring(full.lastIndexOf('.') + 1);
        Path dir = parent == NULL ? findOnPath(in, leafName) : packageDir(in, parent);
        boolean inLib = parent != NULL ? isLibPackage(in, parent) : dir == null || dir == LIB_ENTRY;
        if (inLib) {
            long lib = loadLib(in, full, parent, leafName);
            if (lib != NULL) return lib;
            throw notFound(full);
        }
        if (dir == null) throw notFound(full);
        Path file = dir.resolve(leafName + ".py");
        Path pkgInit = dir.resolve(leafName).resolve("__init__.py");
        boolean isPkg = false;
        if (!Files.isRegularFile(file)) {
            if (Files.isRegularFile(pkgInit)) {
                file = pkgInit;
                isPkg = true;
            } else {
                throw notFound(full);
            }
        }
        String display = dir.equals(vm.scriptDir) || parent != NULL ? displayPath(file) : file.toString();
        Code code = vm.compileFile(file, display);
        return execute(in, full, parent, leafName, code, display, isPkg ? file.getParent().toString() : null);
    }

    /**
     * Makes module {@code full} from its compiled code, registers it, runs it (forgetting it
     * again if it raises) and binds it in its parent; {@code pkgPath}: a package's __path__
     * entry, null for a plain module.
     */
    private long execute(Interp in, String full, long parent, String leafName, Code code, String display, String pkgPath) {
        Mem m = in.mem;
        long mod = vm.newModule(m, in.ctx, full, display);
        long dict = m.get(mod, MOD_DICT);
        if (pkgPath != null) {
            long path = H.list(in.ctx);
            H.listAppend(in.ctx, path, in.str(pkgPath));
            H.dictPut(in.ctx, dict, vm.intern("__path__"), path);
            H.dictPut(in.ctx, dict, vm.intern("__package__"), vm.intern(full));
        } else {
            int dot = full.lastIndexOf('.');
            H.dictPut(in.ctx, dict, vm.intern("__package__"), vm.intern(dot < 0 ? "" : full.substring(0, dot)));
        }
        vm.registerModule(in.ctx, full, mod);
        try {
            vm.runModule(code, full, mod);
        } catch (PyException e) {
            vm.unregisterModule(in.ctx, full);
            throw e;
        }
        if (parent != NULL) H.dictPut(in.ctx, m.get(parent, MOD_DICT), vm.intern(leafName), mod);
        finished(in, full);
        Long made = in.importing.get(full);
        return made != null ? made : vm.modules.get(full); // published already (a break in its body)
    }

    // ------------------------------------------------------------------------------------
    // The standard modules written in Python, shipped in weft's jar under dev/weft/lib/

    private static final String LIB = "dev/weft/lib/";
    /** How tracebacks name a library module's file (and the __path__ of a library package). */
    static final String LIB_DISPLAY = "<weft>/lib/";

    private boolean isLibPackage(Interp in, long mod) {
        long p = H.dictGet(in.ctx, in.mem.get(mod, MOD_DICT), vm.intern("__path__"));
        return p != NULL && H.jstr(H.listGet(in.ctx, p, 0)).startsWith(LIB_DISPLAY);
    }

    private static byte[] libSource(String resource) {
        try (var s = Imports.class.getClassLoader().getResourceAsStream(resource)) {
            return s == null ? null : s.readAllBytes();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * Loads library module {@code full} from the jar (a module, or a package's __init__);
     * NULL when the library has no such module. The program's own folder comes first, as
     * sys.path does in CPython: a script's random.py hides the library's.
     */
    private long loadLib(Interp in, String full, long parent, String leafName) {
        String rel = full.replace('.', '/');
        boolean isPkg = false;
        byte[] src = libSource(LIB + rel + ".py");
        if (src == null) {
            src = libSource(LIB + rel + "/__init__.py");
            isPkg = src != null;
        }
        if (src == null) return NULL;
        String display = LIB_DISPLAY + rel + (isPkg ? "/__init__.py" : ".py");
        vm.rememberSource(display, new String(src, java.nio.charset.StandardCharsets.UTF_8));
        Code code;
        try {
            code = Vm.compile(src, display, false);
        } catch (dev.weft.parse.PySyntaxError e) {
            throw vm.syntaxErrorException(e);
        }
        return execute(in, full, parent, leafName, code, display, isPkg ? LIB_DISPLAY + rel : null);
    }

    /**
     * Runs the Python half of built-in module {@code full}, the library file of the same name
     * (lib/sys.py for sys), in the module's namespace: the parts of a built-in module that are
     * easier to write in Python than in Java.
     */
    private void completeFromLib(Interp in, String full, long mod) {
        String rel = full.replace('.', '/');
        byte[] src = libSource(LIB + rel + ".py");
        if (src == null) return;
        String display = LIB_DISPLAY + rel + ".py";
        vm.rememberSource(display, new String(src, java.nio.charset.StandardCharsets.UTF_8));
        try {
            vm.runModule(Vm.compile(src, display, false), full, mod);
        } catch (dev.weft.parse.PySyntaxError e) {
            throw vm.syntaxErrorException(e);
        } catch (PyException e) {
            vm.unregisterModule(in.ctx, full);
            throw e;
        }
    }

    /** sys.path's entry for the library in the jar, after the script's folder (SysModule). */
    static final String LIB_PATH_ENTRY = "<weft>/lib";
    private static final Path LIB_ENTRY = Path.of(LIB_PATH_ENTRY);

    /**
     * The folder of a top-level module, found as CPython's path finder finds it: the first
     * entry of {@code sys.path} (a folder; "" is the working directory) that holds NAME.py or
     * NAME/__init__.py; {@link #LIB_ENTRY} when the library's entry comes first and the jar
     * holds the module (the entry stands in
     * sys.path where CPython's own library does, after the script's folder: a folder the
     * program appends comes after it, one it inserts at 0 before it); null when no folder
     * holds it (the library may still). Entries that are not str, or not folders, are skipped.
     */
    private Path findOnPath(Interp in, String leaf) {
        long sys = H.dictGet(in.ctx, vm.modulesDict, vm.intern("sys")); // sys.modules: this transaction's imports too
        long path = sys == NULL || !H.isType(sys, TypeIds.MODULE) ? NULL : H.dictGet(in.ctx, in.mem.get(sys, MOD_DICT), vm.intern("path"));
        if (path == NULL || !H.isType(path, TypeIds.LIST)) { // sys not imported yet, or its path replaced by a non-list
            return holds(vm.scriptDir, leaf) ? vm.scriptDir : LIB_ENTRY;
        }
        for (int i = 0; i < H.listSize(in.ctx, path); i++) {
            long e = H.listGet(in.ctx, path, i);
            if (!H.isStr(e)) continue;
            String entry = H.jstr(e);
            if (entry.equals(LIB_PATH_ENTRY)) {
                if (inLibrary(leaf)) return LIB_ENTRY;
                continue;
            }
            Path dir;
            try {
                dir = entry.isEmpty() ? Path.of(System.getProperty("user.dir")) : Path.of(entry);
            } catch (java.nio.file.InvalidPathException bad) {
                continue;
            }
            if (holds(dir, leaf)) return dir.equals(vm.scriptDir) ? vm.scriptDir : dir;
        }
        return null;
    }

    private static boolean inLibrary(String leaf) {
        ClassLoader loader = Imports.class.getClassLoader();
        return loader.getResource(LIB + leaf + ".py") != null || loader.getResource(LIB + leaf + "/__init__.py") != null;
    }

    private static boolean holds(Path dir, String leaf) {
        return dir != null && (Files.isRegularFile(dir.resolve(leaf + ".py")) || Files.isRegularFile(dir.resolve(leaf).resolve("__init__.py")));
    }

    private String displayPath(Path file) {
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        if (vm.scriptPathForm != null && !vm.scriptPathForm.isAbsolute()) {
            Path scriptAbs = vm.scriptDir.toAbsolutePath().normalize();
            Path rel = cwd.relativize(scriptAbs).resolve(scriptAbs.relativize(abs));
            return rel.normalize().toString();
        }
        return abs.toString();
    }

    private static PyException notFound(String name) {
        return PyException.of(ExcKind.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
    }

    long importFrom(Interp in, long module, String name) {
        long key = vm.intern(name);
        if (H.isType(module, TypeIds.MODULE)) {
            long v = H.dictGet(in.ctx, in.mem.get(module, MOD_DICT), key);
            if (v != NULL) return v;
            String modName = H.jstr(in.mem.get(module, MOD_NAME));
            Long sub = vm.module(in, modName + "." + name);
            if (sub != null) return sub;
            long ga = H.dictGet(in.ctx, in.mem.get(module, MOD_DICT), vm.intern("__getattr__")); // PEP 562
            if (ga != NULL) {
                try {
                    return in.calls.call1(ga, key);
                } catch (PyException x) {
                    if (x.object() == NULL || !in.exc.isInstance(x.object(), ExcKind.ATTRIBUTE_ERROR)) throw x;
                }
            }
            String file = "";
            long f = H.dictGet(in.ctx, in.mem.get(module, MOD_DICT), vm.intern("__file__"));
            if (f != NULL) file = " (" + H.jstr(f) + ")";
            else file = " (unknown location)";
            long e = in.exc.newException(ExcKind.IMPORT_ERROR.typeId(),
                    H.tuple(in.mem, in.str("cannot import name '" + name + "' from '" + modName + "'" + file)));
            long d = H.dict(in.ctx);
            H.dictPut(in.ctx, d, vm.intern("name"), vm.intern(modName));
            H.dictPut(in.ctx, d, vm.intern("path"), f != NULL ? f : NONE);
            in.mem.put(e, E_DICT, d);
            throw PyException.ofObject(e);
        }
        return in.attrs.get(module, key);
    }

    void importStar(Interp in, long module, long into) {
        long dict = in.mem.get(module, MOD_DICT);
        long all = H.dictGet(in.ctx, dict, vm.intern("__all__"));
        if (all != NULL) {
            long it = in.ops.iter(all);
            for (long k = in.ops.next(it); k != NULL; k = in.ops.next(it)) H.dictPut(in.ctx, into, k, importFrom(in, module, H.jstr(k)));
            return;
        }
        for (int i = 0, end = H.dictEnd(in.ctx, dict); i < end; i++) {
            long k = H.dictKeyAt(in.ctx, dict, i);
            if (k == NULL || H.jstr(k).startsWith("_")) continue;
            H.dictPut(in.ctx, into, k, H.dictValueAt(in.ctx, dict, i));
        }
    }
}

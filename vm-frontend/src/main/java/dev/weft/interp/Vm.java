package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Code;
import dev.weft.compile.Compiler;
import dev.weft.parse.ast.Ellipsis;
import dev.weft.runtime.BuiltinCode;
import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.objects.bigint.BigInts;
import dev.weft.stm.Heap;
import dev.weft.stm.Params;
import dev.weft.stm.TxAbort;
import dev.weft.stm.TxContext;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One running program: the heap, the type registry, the built-in functions, interned names,
 * the compiled code, the modules, and the program's streams.
 *
 * <p><b>Immortal objects.</b> What the VM makes for itself (type objects, interned names, code
 * constants, built-in function objects) is allocated by a context of its own in short
 * transactions that commit at once, and kept as roots for the collector forever. So these
 * objects never depend on the fate of the guest's transaction that happened to need them
 * (a module imported inside a transaction that later aborts still has valid constants).
 */
public final class Vm implements AutoCloseable {
    /** Interpreter settings, with their defaults and reasons (the heap's are in {@link Params}). */
    public record Settings(boolean gil, int budget, int recursionLimit, long heapLimit, double injectAborts, boolean stats, String tmLog,
            boolean checkPointers) {
        public Settings(boolean gil, int budget, int recursionLimit, long heapLimit, double injectAborts, boolean stats) {
            this(gil, budget, recursionLimit, heapLimit, injectAborts, stats, null, false);
        }

        public Settings(boolean gil, int budget, int recursionLimit, long heapLimit, double injectAborts) {
            this(gil, budget, recursionLimit, heapLimit, injectAborts, false);
        }

        public Settings withStats(boolean on) {
            return new Settings(gil, budget, recursionLimit, heapLimit, injectAborts, on, tmLog, checkPointers);
        }

        /** Writes the conflict log (every abort and wait, with both sides' positions) to {@code path}. */
        public Settings withTmLog(String path) {
            return new Settings(gil, budget, recursionLimit, heapLimit, injectAborts, stats, path, checkPointers);
        }

        /**
         * The debug mode: every heap access by the interpreter and the built-in types checks
         * that it is given an object and a field in range (TM barriers and {@link
         * dev.weft.runtime.Mem#init}), and throws instead of touching other memory. Also
         * {@code -Dweft.checkPointers=true}.
         */
        public Settings withCheckPointers(boolean on) {
            return new Settings(gil, budget, recursionLimit, heapLimit, injectAborts, stats, tmLog, on);
        }

        /**
         * Defaults: TM mode; a transaction break every 10,000 back edges and calls (long enough
         * that begin and commit cost little, short enough that conflicts lose little work);
         * CPython's recursion limit of 1000; a 1 GiB heap.
         */
        public static Settings defaults() {
            return new Settings(false, 10_000, 1000, 1L << 30, 0);
        }
    }

    final Heap heap;
    final boolean gil;
    final Settings params;
    final Stats stats = new Stats();
    final Classes classes;
    final Imports imports;
    private final Interp main;
    private final TxContext immortalTx;
    private final Mem immortalMem;
    private final Ctx immortalCtx;
    /** Transactions of the immortal context (not the program's; left out of --stats). */
    private long immortalCommits, immortalAloneCommits;
    /** Words kept alive forever (see the class comment). */
    private long[] roots = new long[1024];
    private int rootCount;

    TypeInfo[] types = new TypeInfo[TypeIds.FIRST_USER + 64];
    private int nextTypeId = TypeIds.FIRST_USER;
    private final Map<String, Long> interned = new java.util.concurrent.ConcurrentHashMap<>();
    final CodeTable code = new CodeTable();
    private final List<Builtin> builtins = new ArrayList<>();
    final Handles handles = new Handles();
    final GuestThreads threads = new GuestThreads(this);
    final Map<String, Long> modules = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> sources = new java.util.concurrent.ConcurrentHashMap<>();

    long builtinsDict;
    /** sys.modules: the guest's view of {@link #modules}, kept in step with it. */
    long modulesDict;
    /** The class epoch (a small int in a cell), renewed by every change to a class: see {@link TypeCache}. */
    long classEpochCell;
    /** The shapes of instances of Python classes (see {@link Instances}). */
    final Shape.Registry shapes = new Shape.Registry();
    final java.util.concurrent.atomic.AtomicLong classEpochs = new java.util.concurrent.atomic.AtomicLong();
    /**
     * Renewed by every abort and collection, in any thread: either may free objects whose
     * addresses caches shared by threads hold (SiteHints' proofs that a global is absent).
     */
    final java.util.concurrent.atomic.AtomicLong freedEpoch = new java.util.concurrent.atomic.AtomicLong();
    long stdout;
    long stderr;
    long stdin;
    /** The script's path as given on the command line (tracebacks name files in the same form). */
    Path scriptPathForm;
    volatile boolean interrupted;
    long emptyTuple;
    long buildClassFunction;
    int recursionLimit;
    boolean breaksEnabled = true;

    final PrintStream out;
    final PrintStream err;
    final java.io.BufferedReader in;
    final String[] argv;
    final Path scriptDir;

    /** A built-in function or method: its body and argument counts (self included for a method). */
    record Builtin(String name, String displayName, int min, int max, boolean keywords, BuiltinCode code, int unwrap) {
        Builtin(String name, String displayName, int min, int max, boolean keywords, BuiltinCode code) {
            this(name, displayName, min, max, keywords, code, ValueTypes.KEEP);
        }
    }

    public static final class Stats {
        final java.util.concurrent.atomic.AtomicLong aborts = new java.util.concurrent.atomic.AtomicLong();
        /** Transaction breaks inside nested loops (see Interp.nestedBreak). */
        final java.util.concurrent.atomic.AtomicLong nestedBreaks = new java.util.concurrent.atomic.AtomicLong();
        /** Transactions that ran alone and broke early, a thread waiting to begin (Transactions.nextChunk). */
        final java.util.concurrent.atomic.AtomicLong aloneBreaks = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong collections = new java.util.concurrent.atomic.AtomicLong();
        /** Collections asked for and put off, a thread waiting in a nested call (see Vm.collect). */
        final java.util.concurrent.atomic.AtomicLong collectionsPutOff = new java.util.concurrent.atomic.AtomicLong();
        /** Time the collections took, from the request to the sweep's end (the other threads stood still for it). */
        final java.util.concurrent.atomic.AtomicLong collectionNanos = new java.util.concurrent.atomic.AtomicLong();
    }

    public Vm(Settings settings, String[] argv, Path scriptDir, java.io.InputStream stdin, PrintStream out, PrintStream err) {
        this.params = settings;
        this.gil = settings.gil();
        this.recursionLimit = settings.recursionLimit();
        this.argv = argv;
        this.scriptDir = scriptDir;
        this.out = out;
        this.err = err;
        this.in = new java.io.BufferedReader(new java.io.InputStreamReader(stdin, StandardCharsets.UTF_8));
        Params p = Params.fromSystemProperties().withHeapLimit(settings.heapLimit());
        this.heap = new Heap(settings.checkPointers() ? p.withCheckPointers(true) : p);
        if (settings.tmLog() != null) {
            try {
                heap.conflicts().writeTo(Path.of(settings.tmLog()), id -> id == TypeIds.STORAGE || id == TypeIds.STORAGE_SPINE
                        ? "items of a list, dict or set" : id < types.length && types[id] != null ? types[id].name : null);
            } catch (java.io.IOException | RuntimeException e) {
                err.println("weft: cannot write the conflict log to " + settings.tmLog() + ": " + e.getMessage());
            }
        }
        this.immortalTx = heap.attach();
        this.immortalMem = new Mem(immortalTx, true);
        this.main = new Interp(this, heap.attach());
        threads.all.add(main);
        this.immortalCtx = new Ctx(immortalMem, main);
        this.classes = new Classes(this);
        this.imports = new Imports(this);
        if (settings.injectAborts() > 0) main.tx.injectAborts(settings.injectAborts(), 42);
        heap.collector().addRoots(visit -> {
            for (int i = 0; i < rootCount; i++) visit.accept(roots[i]);
            for (long mod : modules.values()) visit.accept(mod);
            // a suspended generator's frame: its values, but not its generator, which is alive
            // only if something else refers to it
            handles.visitFrames((f, v) -> visitFrame(f, v, false), visit);
            for (Interp in : threads.all) {
                for (Frame f = in.top; f != null; f = f.back) visitFrame(f, visit, true);
                in.waiting.visitPinned(visit);
                visit.accept(in.escaped);
                visit.accept(in.escapedArg);
            }
        });
        heap.collector().addSurvivors(handles::marked);
        heap.collector().veto(() -> threads.nestedWaiting.get() > 0);
        // young collections need every pointer store logged: not so under the global lock
        heap.collector().generational(!settings.gil() && Boolean.parseBoolean(System.getProperty("weft.youngCollections", "true")));
        immortal(() -> {
            Bootstrap.run(this);
            stdout = keep(TextFiles.make(this, immortalMem, TextFiles.stream("<stdout>", out)));
            stderr = keep(TextFiles.make(this, immortalMem, TextFiles.stream("<stderr>", err)));
            this.stdin = keep(TextFiles.make(this, immortalMem, TextFiles.input("<stdin>", in)));
            modulesDict = keep(H.dict(immortalCtx));
            classEpochCell = keep(immortalMem.alloc(TypeIds.CELL, Layouts.CELL_FIELDS));
            immortalMem.init(classEpochCell, 0, fromInt(0));
            return NULL;
        });
    }

    /** Parses, analyses and compiles a source file; SyntaxError as a guest exception. */
    Code compileFile(Path file, String displayName) {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw PyException.of(ExcKind.OS_ERROR, "cannot read " + displayName + ": " + e.getMessage());
        }
        try {
            return compile(bytes, displayName, false);
        } catch (dev.weft.parse.PySyntaxError e) {
            throw syntaxErrorException(e);
        }
    }

    /**
     * Compiles source bytes (throws {@link dev.weft.parse.PySyntaxError}); {@code script} for
     * the program itself, whose undecodable bytes CPython reports in other words than an
     * imported module's.
     */
    static Code compile(byte[] bytes, String displayName, boolean script) {
        dev.weft.parse.Frontend.Result r = script ? dev.weft.parse.Frontend.compileFile(bytes, displayName)
                : dev.weft.parse.Frontend.compileBytes(bytes, displayName);
        return Compiler.compileModule(r.module(), displayName, ScopeAdapter.of(r.scopes()));
    }

    /** A guest SyntaxError for a compile error (its args as CPython's: msg, (file, line, offset, text, end line, end offset)). */
    PyException syntaxErrorException(dev.weft.parse.PySyntaxError e) {
        ExcKind kind = switch (e.kind) {
            case "IndentationError" -> ExcKind.INDENTATION_ERROR;
            case "TabError" -> ExcKind.TAB_ERROR;
            default -> ExcKind.SYNTAX_ERROR;
        };
        Interp in = interp();
        Mem m = in.mem;
        String text = e.text != null ? e.text : sourceLine(e.filename, e.lineno);
        long details = H.tuple(m, in.str(e.filename), fromInt(e.lineno), fromInt(e.offset), text == null ? NONE : in.str(text),
                fromInt(e.endLineno), fromInt(e.endOffset));
        long obj = in.exc.newException(kind.typeId(), H.tuple(m, in.str(e.msg), details));
        PyException pe = PyException.ofObject(obj);
        syntaxErrors.put(obj, e);
        return pe;
    }

    final Map<Long, dev.weft.parse.PySyntaxError> syntaxErrors = new java.util.concurrent.ConcurrentHashMap<>();

    private static void visitFrame(Frame f, java.util.function.LongConsumer visit, boolean withGenerator) {
        for (int i = 0; i < f.sp; i++) visit.accept(f.slots[i]);
        visit.accept(f.globals);
        visit.accept(f.locals);
        visit.accept(f.function);
        visit.accept(f.handled);
        visit.accept(f.initSelf);
        if (withGenerator) visit.accept(f.generator);
    }

    /** The calling thread's interpreter. */
    Interp interp() {
        return threads.current();
    }

    // ------------------------------------------------------------------------------------
    // Immortal allocation

    interface Maker {
        long make();
    }

    /** Runs maker in an immortal transaction (nested calls join the running one) and keeps the result. */
    long immortal(Maker maker) {
        return outsideMonitor(() -> immortalLocked(maker));
    }

    /**
     * Runs {@code body}, which takes this VM's monitor and makes immortal objects. A thread
     * between transactions first begins one of its own, holding no monitor, and runs the body
     * within it (the immortal context's transaction nests in it): a begin may wait, for a
     * collection or for a transaction that runs alone, and a thread waiting with the monitor
     * held blocked every thread that then needed it, the one waited for included, which could
     * then never end. Like the rest of the VM it takes {@link #interp()} for the calling
     * thread's own interpreter (a thread that is not a guest thread runs the main one).
     */
    private long outsideMonitor(java.util.function.LongSupplier body) {
        TxContext own = interp().tx;
        // with the monitor already held (no such caller is known) the body begins the immortal
        // context's own transaction, as all of them did before
        if (own.isInTransaction() || Thread.holdsLock(this)) return body.getAsLong();
        own.begin();
        boolean alone = own.isAlone();
        long w;
        try {
            w = body.getAsLong();
        } finally {
            try {
                own.commit(); // read-only: it read and wrote nothing of its own
            } catch (TxAbort stale) {
                // an abort request meant for an earlier transaction of this thread: nothing to undo
            }
        }
        synchronized (this) {
            countImmortal(alone);
        }
        return w;
    }

    /** A commit that was not the program's: --stats leaves it out. Under the monitor. */
    private void countImmortal(boolean alone) {
        immortalCommits++;
        if (alone) immortalAloneCommits++;
    }

    private synchronized long immortalLocked(Maker maker) {
        if (immortalTx.isInTransaction()) return keep(maker.make());
        // A thread inside its own transaction does not wait for a collection (which waits for
        // that transaction to end): see TxContext.beginWithin.
        if (interp().tx.isInTransaction()) immortalTx.beginWithin();
        else immortalTx.begin();
        try {
            long w = maker.make();
            boolean alone = immortalTx.isAlone();
            immortalTx.commit();
            countImmortal(alone);
            return keep(w);
        } catch (RuntimeException | Error e) {
            if (immortalTx.isInTransaction()) immortalTx.abort(dev.weft.stm.AbortCause.EXCEPTION);
            if (e instanceof TxAbort) throw PyException.of(ExcKind.MEMORY_ERROR, "");
            throw e;
        }
    }

    Mem immortalMem() {
        return immortalMem;
    }

    Ctx immortalCtx() {
        return immortalCtx;
    }

    long keep(long w) {
        if (isPointer(w)) {
            if (rootCount == roots.length) roots = Arrays.copyOf(roots, rootCount * 2);
            roots[rootCount++] = w;
        }
        return w;
    }

    /**
     * The interned str for a name (immortal; equal names give the same word). The hot callers
     * pass the same Java string each time (a literal such as "__init__", an operator's method
     * name): a small table keyed by the string's identity answers them without the map, whose
     * lookup (hash, a node in a table of thousands, an unboxing) was 4% of raytrace_rows'
     * samples, made at every instance creation and user-defined operator.
     */
    long intern(String s) {
        int i = s.hashCode() & (internHits.length - 1);
        InternHit hit = internHits[i];
        if (hit != null && hit.name == s) return hit.word;
        Long w = interned.get(s);
        long word = w != null ? w : outsideMonitor(() -> internLocked(s));
        internHits[i] = new InternHit(s, word); // racy but safe: a hit is immutable, a word immortal
        return word;
    }

    private record InternHit(String name, long word) {}

    private final InternHit[] internHits = new InternHit[512];

    private long internLocked(String s) {
        Long w;
        synchronized (this) {
            w = interned.get(s);
            if (w != null) return w;
            long made = immortal(() -> H.str(immortalMem, s));
            Mem.markInterned(made);
            interned.put(s, made);
            return made;
        }
    }

    /** The interned str for a name if there is one, else NULL (and none is made). */
    long internedOrNull(String s) {
        Long w = interned.get(s);
        return w == null ? NULL : w;
    }

    // ------------------------------------------------------------------------------------
    // Types

    TypeInfo typeInfo(long w) {
        if (isSmallInt(w)) return types[TypeIds.INT];
        if (isFloat(w)) return types[TypeIds.FLOAT];
        if (!isPointer(w)) {
            if (w == NONE) return types[TypeIds.NONE_TYPE];
            if (isBool(w)) return types[TypeIds.BOOL];
            if (w == NOT_IMPLEMENTED) return types[TypeIds.NOT_IMPLEMENTED_TYPE];
            if (w == ELLIPSIS) return types[TypeIds.ELLIPSIS_TYPE];
            throw new IllegalStateException("no type for word 0x" + Long.toHexString(w));
        }
        TypeInfo t = types[Mem.typeId(w)];
        if (t == null) throw new IllegalStateException("unknown type id " + Mem.typeId(w) + " at 0x" + Long.toHexString(w));
        if (t.id == TypeIds.TYPE) {
            TypeInfo meta = typeOfTypeObject(w).meta;
            if (meta != null) return meta; // a class made by a metaclass
        }
        return t;
    }

    TypeInfo typeOfTypeObject(long type) {
        return types[(int) toInt(main.mem.getImm(type, T_ID))];
    }

    long typeObjectOf(int id) {
        return types[id].typeObject;
    }

    long excType(ExcKind kind) {
        return types[kind.typeId()].typeObject;
    }

    /** Registers a built-in type and makes its type object (at bootstrap). */
    TypeInfo defineBuiltinType(int id, String name, TypeInfo base, TypeInfo.Layout layout, MethodTable methods) {
        TypeInfo t = new TypeInfo(id, name, base, layout, methods, false);
        types[id] = t;
        Mem m = immortalMem;
        long type = m.alloc(TypeIds.TYPE, T_FIELDS);
        t.typeObject = keep(type);
        m.init(type, T_NAME, intern(name));
        m.init(type, T_QUALNAME, intern(name));
        m.init(type, T_BASES, base == null ? emptyTupleOrMake() : H.tuple(m, base.typeObject));
        List<Long> mro = new ArrayList<>();
        mro.add(type);
        for (TypeInfo b = base; b != null; b = b.base) mro.add(b.typeObject);
        m.init(type, T_MRO, H.tuple(m, mro.stream().mapToLong(Long::longValue).toArray()));
        m.init(type, T_DICT, NULL);
        m.init(type, T_ID, fromInt(id));
        return t;
    }

    private long emptyTupleOrMake() {
        if (emptyTuple == NULL) emptyTuple = keep(H.tuple(immortalMem));
        return emptyTuple;
    }

    synchronized TypeInfo newUserType(String name, TypeInfo solid, TypeInfo.Layout layout, long typeObject) {
        int id = nextTypeId++;
        if (id >= types.length) types = Arrays.copyOf(types, types.length * 2);
        TypeInfo t = new TypeInfo(id, name, solid, layout, null, true);
        t.typeObject = typeObject;
        types[id] = t;
        return t;
    }

    // ------------------------------------------------------------------------------------
    // Built-in functions

    /** Registers a built-in function and answers its (immortal) function object. */
    long builtinFunction(String name, int min, int max, boolean keywords, BuiltinCode body) {
        return builtinWord(new Builtin(name, name, min, max, keywords, body));
    }

    private long builtinWord(Builtin b) {
        int index;
        synchronized (this) {
            builtins.add(b);
            index = builtins.size() - 1;
        }
        return immortal(() -> {
            long f = immortalMem.allocImmutable(TypeIds.BUILTIN_FUNCTION, BF_FIELDS);
            immortalMem.init(f, BF_INDEX, fromInt(index));
            immortalMem.init(f, BF_SELF, NULL);
            return f;
        });
    }

    Builtin builtinAt(int i) {
        return builtins.get(i);
    }

    /** The unbound method object for t's method {@code name}, made on first use; NULL if t has none. */
    long builtinMethod(TypeInfo t, String name) {
        if (t.methods == null) return NULL;
        Long w = t.methodWords.get(name);
        if (w != null) return w;
        MethodTable.Entry e = t.methods.get(name);
        if (e == null) return NULL;
        long made = builtinWord(new Builtin(e.name(), t.name + "." + e.name(), e.minArgs(), e.maxArgs(), e.takesKeywords(), e.code(),
                ValueTypes.unwrapMode(t.id, e.name())));
        t.methodWords.put(name, made);
        return made;
    }

    /** {@link #builtinMethod} along the Java-side base chain (bool finds int's methods). */
    long builtinMethodAny(TypeInfo t, String name) {
        for (TypeInfo x = t; x != null; x = x.base) {
            if (x.user) continue;
            long w = builtinMethod(x, name);
            if (w != NULL) return w;
        }
        return NULL;
    }

    long bindBuiltin(Mem m, long unbound, long self) {
        long f = m.allocImmutable(TypeIds.BUILTIN_FUNCTION, BF_FIELDS);
        m.init(f, BF_INDEX, m.getImm(unbound, BF_INDEX));
        m.init(f, BF_SELF, self);
        return f;
    }

    // ------------------------------------------------------------------------------------
    // Code

    /** Registers code (and the code nested in it) and fills its constants and names. */
    void link(Code c) {
        if (c.index >= 0) return;
        outsideMonitor(() -> {
            linkLocked(c);
            return 0;
        });
    }

    private synchronized void linkLocked(Code c) {
        if (c.index >= 0) return;
        c.index = code.add(c);
        c.nameWords = new long[c.names.length];
        c.hints = new int[2 * c.code.length];
        c.siteCaches = new Object[c.code.length];
        for (int i = 0; i < c.names.length; i++) c.nameWords[i] = intern(c.names[i]);
        for (int i = 0; i < c.constObjects.length; i++) {
            Object o = c.constObjects[i];
            if (o instanceof String[]) continue;
            c.consts[i] = constant(o);
            if (!(o instanceof Compiler.CodeConst)) c.constObjects[i] = null;
        }
    }

    private long constant(Object o) {
        if (o instanceof dev.weft.parse.ast.None) return NONE;
        if (o instanceof Boolean b) return b ? TRUE : FALSE;
        if (o instanceof Long l) return fitsSmall(l) ? fromInt(l) : immortal(() -> BigInts.box(immortalMem, BigInteger.valueOf(l)));
        if (o instanceof BigInteger b) return immortal(() -> BigInts.box(immortalMem, b));
        if (o instanceof Double d) return fromDouble(d);
        if (o instanceof String s) return intern(s);
        if (o instanceof Ellipsis) return ELLIPSIS;
        if (o instanceof Compiler.ConstTuple t) {
            long[] items = new long[t.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = constant(t.items().get(i));
            return immortal(() -> H.tuple(immortalMem, items));
        }
        if (o instanceof Compiler.CodeConst cc) {
            link(cc.code());
            return immortal(() -> {
                long w = immortalMem.allocImmutable(TypeIds.CODE, 1);
                immortalMem.init(w, 0, fromInt(cc.code().index));
                return w;
            });
        }
        if (o instanceof byte[] b) return immortal(() -> dev.weft.runtime.objects.bytes.Bytes.of(immortalMem, b));
        if (o instanceof dev.weft.parse.ast.Complex z) {
            return immortal(() -> dev.weft.runtime.objects.complex.Complexes.box(immortalMem, z.real(), z.imag()));
        }
        throw new IllegalStateException("constant of kind " + o.getClass());
    }

    /** The CODE object for a registered code. */
    long codeObject(Code c) {
        return immortal(() -> {
            long w = immortalMem.allocImmutable(TypeIds.CODE, 1);
            immortalMem.init(w, 0, fromInt(c.index));
            return w;
        });
    }

    Code codeOf(long codeObj) {
        return code.get((int) toInt(main.mem.getImm(codeObj, 0)));
    }

    // ------------------------------------------------------------------------------------
    // Handles: Java objects (generator frames, open files) that heap objects refer to by index

    int newHandle(Object o, long owner) {
        return handles.add(o, owner);
    }

    /** How many handles are in use (for tests). */
    int liveHandles() {
        return handles.live();
    }

    Object handle(int i) {
        return handles.get(i);
    }

    /**
     * Frees a handle when the running transaction commits (an abort brings back the heap
     * object that refers to it, so the handle must outlive the attempt).
     */
    void freeHandle(int i) {
        interp().freedHandles.add(i);
    }

    // ------------------------------------------------------------------------------------
    // Containers the interpreter builds (sets are the set module's)

    long newSet(Ctx c) {
        return dev.weft.runtime.objects.set.PySet.make(c.mem, false);
    }

    void setAdd(Ctx c, long set, long v) {
        dev.weft.runtime.objects.set.PySet.add(c, set, v);
    }

    void listTruncate(Ctx c, long list, int n) {
        dev.weft.runtime.objects.list.PyList.resize(c.mem, list, n);
    }

    // ------------------------------------------------------------------------------------
    // Output, memory

    /** Writes guest output: under the TM the transaction becomes inevitable first (output cannot be undone). */
    void write(PrintStream stream, String s) {
        interp().becomeInevitable();
        stream.print(s);
    }

    void flushOutput() {
        out.flush();
        err.flush();
    }

    /**
     * Collects now, at a break of {@code who}'s. Put off while a thread waits in the middle of
     * built-in code that called back into Python ({@link Waiting#outside}, a nested break):
     * then the allocation counters stay as they are, so that the next break of any thread asks
     * again. (They used to be reset all the same; under the GIL, where the other thread is
     * nearly always waiting for the lock, sometimes in a nested break, the next attempt then
     * came a whole cycle later, after the heap and its reserve had run out: MemoryError.)
     */
    void collect(Interp who) {
        collect(who, -1);
    }

    /**
     * {@link #collect}, unless a collection has run since the caller read the collector's count
     * as {@code seen} (-1: whatever ran). Only the thread that collected resets the pace and
     * counts the collection; one that waited for it or came after it had nothing to do (two
     * threads that passed the mark together used to count one collection twice).
     */
    private void collect(Interp who, long seen) {
        heap.collector().retainEmptyBytes(cycleBytes());
        freedEpoch.incrementAndGet(); // before and after: no proof made around it survives
        long t0 = System.nanoTime();
        dev.weft.stm.Collector.Outcome o = heap.collector().collectUnlessRan(who.tx, seen);
        freedEpoch.incrementAndGet();
        if (o == dev.weft.stm.Collector.Outcome.VETOED) {
            stats.collectionsPutOff.incrementAndGet();
            return;
        }
        who.mem.allocated = 0;
        if (o == dev.weft.stm.Collector.Outcome.OTHERS) return;
        allocatedSinceCollection.set(0);
        stats.collections.incrementAndGet();
        stats.collectionNanos.addAndGet(System.nanoTime() - t0);
    }

    /**
     * Collects at a transaction break once the program has allocated a cycle's worth
     * ({@link #cycleBytes}), or after 100,000 new handles: the Java frames of generators
     * abandoned before they finished are freed only by a collection that finds their
     * generators dead. Collecting before the heap is full matters most under the GIL, whose
     * transactions cannot step back for a collection (their writes are not logged), and for
     * inevitable transactions (after output), which cannot either: for them a full heap is a
     * MemoryError.
     */
    void maybeCollect(Interp who) {
        // every thread's allocation counts: sixteen threads that each allocate a sixteenth of a
        // cycle fill the heap as one thread does (under the GIL, where a full heap cannot abort
        // for a collection, that was a MemoryError)
        long seen = heap.collector().collections();
        long total = allocatedSinceCollection.addAndGet(who.mem.allocated);
        who.mem.allocated = 0;
        boolean handlesDue = handles.sinceCollection() > 100_000;
        if (handlesDue) heap.collector().requestFull(); // frames of generators that died old go only in a full one
        if (total > cycleBytes() || handlesDue || heap.inReserve() || heap.filling()) collect(who, seen);
    }

    /** Bytes all threads allocated since the last collection, as far as their breaks told ({@link #maybeCollect}). */
    private final java.util.concurrent.atomic.AtomicLong allocatedSinceCollection = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The least a cycle allocates between two collections. 64 MiB, not 32: programs whose
     * live data is small collect half as often (a young collection costs about the same
     * whatever the cycle's size), which matters most with threads, since all of them stop for
     * each collection: tq_tasks, raytrace_rows and richards_threads spent 25-35% less time in
     * collections at two threads (docs/benchmarks.md, "Longer cycles for small heaps").
     */
    static final long MIN_CYCLE = 64L << 20;

    /**
     * What the program allocates between two collections: twice what the last one found live
     * (so collecting costs in proportion to the live data, as with Go's GOGC=100), at least
     * {@link #MIN_CYCLE}, at most half the room the heap limit leaves. It used to be always
     * half the room: 500 MB of fresh pages a cycle in the default 1 GiB heap, all given back to
     * the kernel at the sweep and faulted in again the next cycle, which cost pidigits a third
     * of its time in the kernel and every program hundreds of MB of resident memory.
     */
    long cycleBytes() {
        long live = heap.collector().lastLiveBytes();
        long room = params.heapLimit() - live;
        return Math.min(room / 2, Math.max(MIN_CYCLE, 2 * live));
    }

    /** How much one transaction may allocate before it breaks (see Interp's allocationMark). */
    long allocationQuota() {
        return Math.max(1 << 16, cycleBytes() / 4);
    }

    /** Line {@code line} (1-based) of a source file, for tracebacks; null if unknown. */
    String sourceLine(String filename, int line) {
        List<String> lines = sources.computeIfAbsent(filename, f -> {
            try {
                return Arrays.asList(new String(java.nio.file.Files.readAllBytes(Path.of(f)), StandardCharsets.UTF_8).split("\n", -1));
            } catch (Exception e) {
                return List.of();
            }
        });
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }

    void rememberSource(String filename, String text) {
        sources.put(filename, Arrays.asList(text.split("\n", -1)));
    }

    // ------------------------------------------------------------------------------------
    // Running a program

    /**
     * Runs module code as {@code __main__} (or another module) and answers its namespace. An
     * uncaught exception propagates as {@link PyException}.
     */
    long runModule(Code c, String name, long module) {
        link(c);
        Interp in = interp();
        long globals = in.mem.getImm(module, MOD_DICT);
        Frame f = new Frame(c, globals, builtinsDict, globals, NULL, in.nextSerial());
        if (in.top == null || in.nesting == 0 && !in.tx.isInTransaction()) {
            in.txs.runTopLevel(f);
        } else {
            in.runNested(f);
        }
        return globals;
    }

    /** A new module object with its namespace (made in the running transaction, or an immortal one). */
    long newModule(Mem m, Ctx c, String name, String file) {
        long mod = m.alloc(TypeIds.MODULE, MOD_FIELDS);
        long dict = H.dict(c);
        m.init(mod, MOD_NAME, intern(name));
        m.init(mod, MOD_DICT, dict);
        H.dictPut(c, dict, intern("__name__"), intern(name));
        H.dictPut(c, dict, intern("__builtins__"), builtinsDict);
        if (file != null) H.dictPut(c, dict, intern("__file__"), intern(file));
        H.dictPut(c, dict, intern("__doc__"), NONE);
        return mod;
    }

    /**
     * Registers a module: the heap's sys.modules first, since its write may abort; then, inside
     * a transaction, as one the thread is importing ({@link Imports#finished} publishes it),
     * outside one (the VM's own start) straight in the Java map.
     */
    void registerModule(Ctx c, String name, long module) {
        H.dictPut(c, modulesDict, intern(name), module);
        Interp in = interp();
        if (in.tx.isInTransaction()) {
            in.importing.put(name, module);
            in.registeredThisTx.add(name);
        } else {
            modules.put(name, module);
        }
    }

    /** The module named {@code name} as thread in sees it (its own imports included), or null. */
    Long module(Interp in, String name) {
        Long m = in.importing.get(name);
        return m != null ? m : modules.get(name);
    }

    void unregisterModule(Ctx c, String name) {
        modules.remove(name);
        interp().importing.remove(name);
        H.dictDel(c, modulesDict, intern(name));
    }

    Interp mainInterp() {
        return main;
    }

    /** When the VM started, for the conflict log's summary. */
    private final long startNanos = System.nanoTime();
    /** Time the main thread waited at exit for the program's threads ({@link Program}). */
    volatile long exitWaitNanos;

    /** The conflict log's last line: the run's counters (docs/tm-report.md). */
    private String logSummary() {
        dev.weft.stm.TmStats t = heap.stats();
        var sb = new StringBuilder("{\"kind\":\"summary\",\"mode\":\"").append(gil ? "gil" : "stm").append('"');
        sb.append(",\"threads\":").append(threads.started() + 1);
        sb.append(",\"commits\":").append(t.commits() - immortalCommits);
        sb.append(",\"inevitable_commits\":").append(t.inevitableCommits());
        sb.append(",\"read_only_commits\":").append(t.readOnlyCommits());
        sb.append(",\"alone_commits\":").append(t.aloneCommits() - immortalAloneCommits);
        sb.append(",\"aborts\":{");
        boolean first = true;
        for (var e : t.abortsByCause().entrySet()) {
            if (!first) sb.append(',');
            sb.append('"').append(e.getKey().name().toLowerCase()).append("\":").append(e.getValue());
            first = false;
        }
        sb.append("},\"inevitable_ns\":").append(t.inevitableNanos());
        sb.append(",\"wait_ns\":").append(heap.conflicts().waitNanos());
        sb.append(",\"abort_wait_ns\":").append(t.abortWaitNanos());
        sb.append(",\"alone_wait_ns\":").append(t.aloneWaitNanos());
        sb.append(",\"alone_breaks\":").append(stats.aloneBreaks.get());
        sb.append(",\"exit_wait_ns\":").append(exitWaitNanos);
        sb.append(",\"wall_ns\":").append(System.nanoTime() - startNanos);
        return sb.append('}').toString();
    }

    /** The --stats report: transactions, aborts by cause, collections, inevitable time, the exit wait. */
    String statsReport() {
        dev.weft.stm.TmStats t = heap.stats();
        var sb = new StringBuilder();
        sb.append("weft: ").append(gil ? "--tm=gil" : "--tm=stm").append(", ").append(t.commits() - immortalCommits).append(" transactions committed (")
                .append(t.inevitableCommits()).append(" inevitable, ").append(t.aloneCommits() - immortalAloneCommits).append(" alone), ").append(t.aborts()).append(" aborted");
        var by = t.abortsByCause();
        if (t.aborts() > 0) {
            sb.append(" (");
            boolean first = true;
            for (var e : by.entrySet()) {
                if (e.getValue() == 0) continue;
                if (!first) sb.append(", ");
                sb.append(e.getKey().name().toLowerCase()).append(' ').append(e.getValue());
                first = false;
            }
            sb.append("; ").append(t.abortedNanos() / 1_000_000).append(" ms lost, ").append(t.abortWaitNanos() / 1_000_000).append(" ms waiting for the winner)");
        }
        sb.append(", ").append(t.loggedReads()).append(" reads logged, ").append(stats.nestedBreaks.get()).append(" breaks in nested calls, ").append(stats.collections.get()).append(" collections (")
                .append(stats.collectionNanos.get() / 1_000_000).append(" ms, ").append(heap.collector().markNanos() / 1_000_000).append(" ms marking, ")
                .append(heap.collector().fullCollections()).append(" full");
        if (stats.collectionsPutOff.get() > 0) sb.append(", ").append(stats.collectionsPutOff.get()).append(" put off");
        sb.append(')');
        sb.append("; ").append(t.inevitableNanos() / 1_000_000).append(" ms inevitable, ")
                .append(t.aloneWaitNanos() / 1_000_000).append(" ms waiting to begin while one ran alone (")
                .append(stats.aloneBreaks.get()).append(" of those cut short), ")
                .append(exitWaitNanos / 1_000_000).append(" ms waiting at exit for threads");
        return sb.toString();
    }

    @Override
    public void close() {
        boolean stopped = threads.close();
        heap.conflicts().close(logSummary());
        handles.closeFiles();
        if (!stopped) return; // a thread still runs on the heap: leave it mapped (the process ends anyway)
        main.tx.close();
        immortalTx.close();
        heap.close();
    }
}

package dev.weft.x86.stm;

import static dev.weft.stm.ContextLayout.ABORT_REQUESTED;
import static dev.weft.stm.ContextLayout.ACTIVE;
import static dev.weft.stm.ContextLayout.EXIT_CODE;
import static dev.weft.stm.ContextLayout.EXIT_OBJECT;
import static dev.weft.stm.ContextLayout.EXIT_OREC;
import static dev.weft.stm.ContextLayout.LOCK_WORD;
import static dev.weft.stm.ContextLayout.READ_ENTRY;
import static dev.weft.stm.ContextLayout.READ_LOG_CURSOR;
import static dev.weft.stm.ContextLayout.READ_LOG_LIMIT;
import static dev.weft.stm.ContextLayout.READ_VERSION;
import static dev.weft.stm.ContextLayout.STATUS;
import static dev.weft.stm.ContextLayout.UNDO_LOG_CURSOR;
import static dev.weft.stm.ContextLayout.UNDO_LOG_LIMIT;
import static dev.weft.stm.ObjectLayout.HEADER;
import static dev.weft.stm.ObjectLayout.MAX_FIELDS;
import static dev.weft.stm.ObjectLayout.OREC;
import static dev.weft.x86.Reg.AL;
import static dev.weft.x86.Reg.EAX;
import static dev.weft.x86.Reg.R10;
import static dev.weft.x86.Reg.R10D;
import static dev.weft.x86.Reg.R11;
import static dev.weft.x86.Reg.R11D;
import static dev.weft.x86.Reg.RAX;

import dev.weft.stm.ContextLayout;
import dev.weft.stm.ObjectLayout;
import dev.weft.x86.AsmException;
import dev.weft.x86.Assembler;
import dev.weft.x86.Cond;
import dev.weft.x86.Label;
import dev.weft.x86.Mem;
import dev.weft.x86.Reg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits the software-TM barriers of docs/tm-protocol.md inline, as x86-64 code that does what
 * {@code dev.weft.stm.TxContext}'s {@code read} and {@code write} do, on the same context block
 * ({@link dev.weft.stm.ContextLayout}) and object layout ({@link ObjectLayout}): the same read
 * log, the same undo log, the same orec words. Generated code and Java barriers can therefore
 * run inside one transaction, and against each other from different threads.
 *
 * <p><b>What stays in Java.</b> Everything that may wait or that rewrites the logs: contention
 * management, extending the snapshot (validation), growing a log, rolling back. When a barrier
 * meets one of those it takes a <em>slow exit</em>: it writes {@code ctx[EXIT_CODE]} (one of
 * the constants below), {@code ctx[EXIT_OBJECT]} (the object it stopped at, or 0) and
 * {@code ctx[EXIT_OREC]} (the orec it saw there, or 0), and the generated function returns that
 * code (non-zero) in {@code rax}. Every effect so far is in the logs (a write's lock is taken only
 * after its undo entry is sure to fit), so the driver rolls the attempt back with
 * {@code TxContext.abortAfterNativeExit()} and retries it. A function that returns 0 has done
 * all its accesses; the driver commits in Java.
 *
 * <p><b>Registers.</b> {@code ctx} holds the context block's address for the whole function.
 * The barriers clobber {@code rax}, {@code r10}, {@code r11} and the flags, and nothing else;
 * object, value and destination registers must be other 64-bit registers. Slow exits jump to
 * the {@code exit} label with the code in {@code eax}: the function binds it in front of its
 * epilogue (restore callee-saved registers, {@code ret}).
 *
 * <p><b>Layout.</b> Each fast path is straight-line, falling through on success with every
 * conditional branch not taken; the rare paths (a first write's locking, every slow exit) are
 * emitted out of line by {@link #emitStubs()}, which the function calls once after its body.
 *
 * <p><b>Costs</b> (instructions on the path; GNU objdump listings in codegen-x86/README.md,
 * counted by {@code StmBarriersTest}):
 * <ul>
 *   <li>read, owned (locked or allocated by this transaction): {@value #READ_OWNED_INSTRUCTIONS}
 *       (orec load, field load, compare with the lock word, branch);
 *   <li>read, logged (anyone else's unlocked object): {@value #READ_LOGGED_INSTRUCTIONS} (plus the
 *       kill check, the locked test, the orec reload, the version check, the log bounds check and
 *       the 16-byte append), no taken branch;
 *   <li>write, owned: {@value #WRITE_OWNED_INSTRUCTIONS} (orec load, compare, branch, store);
 *   <li>write, first to the object: {@value #WRITE_FIRST_INSTRUCTIONS} + {@value #WRITE_FIRST_PER_FIELD} per
 *       field of an object of one field or more (the owned check, the kill, locked and version
 *       checks, the undo log bounds check, one {@code lock cmpxchg}, the undo entry's three
 *       header words, a copy loop, the store).
 * </ul>
 */
public final class StmBarriers {
    // The exit codes, defined once in ContextLayout beside the EXIT_CODE field they go in.
    public static final int OK = ContextLayout.EXIT_OK;
    public static final int CONFLICT_READ = ContextLayout.EXIT_CONFLICT_READ;
    public static final int CONFLICT_WRITE = ContextLayout.EXIT_CONFLICT_WRITE;
    public static final int EXTEND = ContextLayout.EXIT_EXTEND;
    public static final int READ_LOG_FULL = ContextLayout.EXIT_READ_LOG_FULL;
    public static final int UNDO_LOG_FULL = ContextLayout.EXIT_UNDO_LOG_FULL;
    public static final int KILLED = ContextLayout.EXIT_KILLED;
    public static final int INEVITABLE = ContextLayout.EXIT_INEVITABLE;

    public static final int READ_OWNED_INSTRUCTIONS = 4;
    public static final int READ_LOGGED_INSTRUCTIONS = 20;
    public static final int WRITE_OWNED_INSTRUCTIONS = 4;
    public static final int WRITE_FIRST_INSTRUCTIONS = 29;

    /** Extra instructions of a first write per field of the object (the copy loop's body). */
    public static final int WRITE_FIRST_PER_FIELD = 4;

    /** The registers every barrier may overwrite (and the flags). */
    public static final List<Reg> SCRATCH = List.of(RAX, R10, R11);

    private final Assembler a;
    private final Reg ctx;
    private final Label exit;
    private final List<Runnable> stubs = new ArrayList<>();
    /** One tail per exit code: {@code mov [ctx+EXIT_CODE], code; mov eax, code; jmp exit}. */
    private final Map<Integer, Label> tails = new HashMap<>();

    /**
     * @param a the assembler the function is being written to
     * @param ctx the register that holds the context block's address (not rax, r10 or r11)
     * @param exit the label of the function's epilogue, bound by the caller; slow exits jump
     *     there with the exit code in eax
     */
    public StmBarriers(Assembler a, Reg ctx, Label exit) {
        if (a == null || ctx == null || exit == null) throw new NullPointerException("assembler, ctx and exit are required");
        this.a = a;
        this.ctx = ctx;
        this.exit = exit;
        requireUsable("ctx", ctx);
    }

    /** The register holding the context block. */
    public Reg ctx() {
        return ctx;
    }

    // -------------------------------------------------------------------------------------
    // Entry and kill checks

    /**
     * The function's entry check: an inevitable transaction must not run here (exit
     * {@link #INEVITABLE}), and the transaction must be running: status ACTIVE, else exit
     * {@link #KILLED} (ABORT_REQUESTED; any other status is the driver's bug, which
     * {@code abortAfterNativeExit} reports). 4 instructions.
     */
    public void enter() {
        Label inevitable = new Label("inevitable"), notActive = new Label("notActive");
        a.cmp(ctxWord(ContextLayout.INEVITABLE), 0);
        a.jcc(Cond.NE, inevitable);
        a.cmp(ctxWord(STATUS), ACTIVE);
        a.jcc(Cond.NE, notActive);
        stubs.add(() -> exitStub(inevitable, INEVITABLE, null, false));
        stubs.add(() -> exitStub(notActive, KILLED, null, false));
    }

    /**
     * The kill check on its own (TxContext.checkKilled): exit {@link #KILLED} if another
     * transaction asked this one to abort. The barriers do it wherever they leave the owned
     * fast path; a loop whose accesses may all be owned should also do it on its back edge, so
     * that a kill request is noticed. 2 instructions.
     */
    public void checkKilled() {
        Label killed = new Label("killed");
        a.cmp(ctxWord(STATUS), ABORT_REQUESTED);
        a.jcc(Cond.E, killed);
        stubs.add(() -> exitStub(killed, KILLED, null, false));
    }

    // -------------------------------------------------------------------------------------
    // Read barrier

    /**
     * {@code dst = obj.field[field]} under the transaction's snapshot (TxContext.read):
     * <pre>
     * top: mov  rax, [obj+8]            ; a = orec
     *      mov  dst, [obj+16+8*field]   ; v = field (ordered after the orec load: x86 keeps loads in order)
     *      cmp  rax, [ctx+LOCK_WORD]
     *      je   done                    ; owned: v is mine, done (4 instructions)
     *      cmp  qword [ctx+STATUS], 2
     *      je   killed                  ; ABORT_REQUESTED
     *      test al, 1
     *      jne  conflict                ; locked by another
     *      cmp  rax, [obj+8]
     *      jne  top                     ; b != a: the object changed under the load, again
     *      mov  r10, rax
     *      shr  r10, 11
     *      cmp  r10, [ctx+READ_VERSION]
     *      ja   newer                   ; version(a) &gt; rv: own write, else extend
     *      mov  r10, [ctx+READ_LOG_CURSOR]
     *      cmp  r10, [ctx+READ_LOG_LIMIT]
     *      jae  full
     *      mov  [r10], obj              ; append (obj, a)
     *      mov  [r10+8], rax
     *      add  qword [ctx+READ_LOG_CURSOR], 16
     * done:
     * </pre>
     * Loading the field before testing ownership is what TxContext does too (a, then v, then
     * b): when the object turns out locked by another the value is dropped at the exit.
     */
    public void read(Reg dst, Reg obj, int field) {
        requireField(field);
        requireUsable("destination", dst);
        requireUsable("object", obj);
        requireDistinct(dst, obj);
        Label top = new Label("read.top"), done = new Label("read.done"), killed = new Label("read.killed"),
                conflict = new Label("read.conflict"), extend = new Label("read.extend"),
                full = new Label("read.full"), newer = new Label("read.newer"), current = new Label("read.current");
        Mem orec = Mem.qwordPtr(obj, OREC);
        a.bind(top);
        a.mov(RAX, orec);
        a.mov(dst, Mem.qwordPtr(obj, (int) ObjectLayout.fieldOffset(field)));
        a.cmp(RAX, ctxWord(LOCK_WORD));
        a.jcc(Cond.E, done);
        a.cmp(ctxWord(STATUS), ABORT_REQUESTED);
        a.jcc(Cond.E, killed);
        a.test(AL, 1);
        a.jcc(Cond.NE, conflict);
        a.cmp(RAX, orec);
        a.jcc(Cond.NE, top);
        a.mov(R10, RAX);
        a.shr(R10, ObjectLayout.VERSION_SHIFT);
        a.cmp(R10, ctxWord(READ_VERSION));
        a.jcc(Cond.A, newer);
        a.bind(current);
        a.mov(R10, ctxWord(READ_LOG_CURSOR));
        a.cmp(R10, ctxWord(READ_LOG_LIMIT));
        a.jcc(Cond.AE, full);
        a.mov(Mem.qwordPtr(R10, 0), obj);
        a.mov(Mem.qwordPtr(R10, 8), RAX);
        a.add(ctxWord(READ_LOG_CURSOR), READ_ENTRY);
        a.bind(done);
        stubs.add(() -> exitStub(killed, KILLED, obj, true));
        stubs.add(() -> exitStub(conflict, CONFLICT_READ, obj, true));
        stubs.add(() -> ownWrite(newer, current, extend));
        stubs.add(() -> exitStub(extend, EXTEND, obj, true));
        stubs.add(() -> exitStub(full, READ_LOG_FULL, obj, true));
    }

    /**
     * At {@code newer} (the orec in rax is newer than the snapshot): if this thread wrote the
     * object last, that write committed before this transaction began, and the object is
     * current after all (TxContext.tooNew): back to {@code current}; else to {@code extend}.
     * The writer's slot sits in bits 1..10 of an unlocked orec, the lock word is slot &lt;&lt; 1
     * | 1, so {@code (orec & 0x7FE) | 1 == LOCK_WORD} tests it in four instructions.
     */
    private void ownWrite(Label newer, Label current, Label extend) {
        a.bind(newer);
        a.mov(R10, RAX);
        a.and(R10D, 0x7FE);
        a.or(R10D, 1);
        a.cmp(R10, ctxWord(LOCK_WORD));
        a.jcc(Cond.E, current);
        a.jmp(extend);
    }

    // -------------------------------------------------------------------------------------
    // Write barrier

    /**
     * {@code obj.field[field] = value} (TxContext.write). Inline, the owned fast path:
     * <pre>
     * top:   mov  rax, [obj+8]
     *        cmp  rax, [ctx+LOCK_WORD]
     *        jne  lock                  ; not mine yet: out of line
     * store: mov  [obj+16+8*field], value
     * </pre>
     * Out of line, the first write to the object:
     * <pre>
     * lock:  cmp  qword [ctx+STATUS], 2
     *        je   killed
     *        test al, 1
     *        jne  conflict              ; locked by another
     *        mov  r10, rax
     *        shr  r10, 11
     *        cmp  r10, [ctx+READ_VERSION]
     *        ja   newer                 ; version(a) &gt; rv: own write, else extend
     *        movzx r11d, word [obj+4]   ; n = the header's field count (bits 32..47)
     *        mov  r10, [ctx+UNDO_LOG_CURSOR]
     *        lea  r10, [r10+r11*8+24]
     *        cmp  r10, [ctx+UNDO_LOG_LIMIT]
     *        ja   full                  ; checked before locking: a lock is never held without its entry
     *        mov  r10, [ctx+LOCK_WORD]
     *        lock cmpxchg [obj+8], r10  ; orec: a -&gt; lock word
     *        jne  top                   ; lost a race: rax holds the new orec; start again
     *        mov  r10, [ctx+UNDO_LOG_CURSOR]
     *        mov  [r10], obj            ; undo entry: obj, orec before, n, then the n fields
     *        mov  [r10+8], rax
     *        mov  [r10+16], r11
     *        lea  rax, [r10+r11*8+24]
     *        mov  [ctx+UNDO_LOG_CURSOR], rax
     *        test r11d, r11d
     *        je   store
     * copy:  mov  rax, [obj+r11*8+8]    ; field r11-1, copied from the last down to the first
     *        mov  [r10+r11*8+16], rax
     *        dec  r11
     *        jne  copy
     *        jmp  store
     * </pre>
     */
    public void write(Reg obj, int field, Reg value) {
        requireField(field);
        requireUsable("object", obj);
        requireUsable("value", value);
        Label top = new Label("write.top"), lock = new Label("write.lock"), store = new Label("write.store"),
                killed = new Label("write.killed"), conflict = new Label("write.conflict"),
                extend = new Label("write.extend"), full = new Label("write.full");
        Mem orec = Mem.qwordPtr(obj, OREC);
        a.bind(top);
        a.mov(RAX, orec);
        a.cmp(RAX, ctxWord(LOCK_WORD));
        a.jcc(Cond.NE, lock);
        a.bind(store);
        a.mov(Mem.qwordPtr(obj, (int) ObjectLayout.fieldOffset(field)), value);
        stubs.add(() -> {
            Label copy = new Label("write.copy");
            a.bind(lock);
            a.cmp(ctxWord(STATUS), ABORT_REQUESTED);
            a.jcc(Cond.E, killed);
            a.test(AL, 1);
            a.jcc(Cond.NE, conflict);
            Label newer = new Label("write.newer"), current = new Label("write.current");
            a.mov(R10, RAX);
            a.shr(R10, ObjectLayout.VERSION_SHIFT);
            a.cmp(R10, ctxWord(READ_VERSION));
            a.jcc(Cond.A, newer);
            a.bind(current);
            stubs.add(() -> ownWrite(newer, current, extend));
            a.movzx(R11D, Mem.wordPtr(obj, HEADER + 4));
            a.mov(R10, ctxWord(UNDO_LOG_CURSOR));
            a.lea(R10, Mem.of(R10, R11, 8, 24));
            a.cmp(R10, ctxWord(UNDO_LOG_LIMIT));
            a.jcc(Cond.A, full);
            a.mov(R10, ctxWord(LOCK_WORD));
            a.lockCmpxchg(orec, R10);
            a.jcc(Cond.NE, top);
            a.mov(R10, ctxWord(UNDO_LOG_CURSOR));
            a.mov(Mem.qwordPtr(R10, 0), obj);
            a.mov(Mem.qwordPtr(R10, 8), RAX);
            a.mov(Mem.qwordPtr(R10, 16), R11);
            a.lea(RAX, Mem.of(R10, R11, 8, 24));
            a.mov(ctxWord(UNDO_LOG_CURSOR), RAX);
            a.test(R11D, R11D);
            a.jcc(Cond.E, store);
            a.bind(copy);
            a.mov(RAX, Mem.qwordPtr(obj, R11, 8, ObjectLayout.FIELDS - 8));
            a.mov(Mem.qwordPtr(R10, R11, 8, 24 - 8), RAX);
            a.dec(R11);
            a.jcc(Cond.NE, copy);
            a.jmp(store);
            exitStub(killed, KILLED, obj, true);
            exitStub(conflict, CONFLICT_WRITE, obj, true);
            exitStub(extend, EXTEND, obj, true);
            exitStub(full, UNDO_LOG_FULL, obj, true);
        });
    }

    // -------------------------------------------------------------------------------------
    // Out-of-line code

    /**
     * Emits every pending out-of-line block (first-write locking, slow exits) and the shared
     * exit tails. Call once after the function's body, where no fall-through reaches (after its
     * {@code ret} or {@code jmp}).
     */
    public void emitStubs() {
        // a stub may add more stubs? none does today, but drain in order to be safe
        for (int i = 0; i < stubs.size(); i++) stubs.get(i).run();
        stubs.clear();
        for (var e : tails.entrySet()) {
            a.bind(e.getValue());
            a.mov(ctxWord(EXIT_CODE), e.getKey());
            a.mov(EAX, e.getKey());
            a.jmp(exit);
        }
        tails.clear();
    }

    /** At {@code at}: record the object and the orec in rax (or zeros), then the code's tail. */
    private void exitStub(Label at, int code, Reg obj, boolean orecInRax) {
        a.bind(at);
        if (obj != null) a.mov(ctxWord(EXIT_OBJECT), obj);
        else a.mov(ctxWord(EXIT_OBJECT), 0);
        if (orecInRax) a.mov(ctxWord(EXIT_OREC), RAX);
        else a.mov(ctxWord(EXIT_OREC), 0);
        a.jmp(tails.computeIfAbsent(code, c -> new Label("exit" + c)));
    }

    private Mem ctxWord(int offset) {
        return Mem.qwordPtr(ctx, offset);
    }

    private void requireUsable(String what, Reg r) {
        if (r == null) throw new AsmException("stm barrier: no " + what + " register");
        if (r.width() != 64) throw new AsmException("stm barrier: " + what + " register " + r + " must be a 64-bit register");
        if (SCRATCH.contains(r)) throw new AsmException("stm barrier: " + what + " register " + r + " is a barrier scratch register (rax, r10, r11)");
        if (r == Reg.RSP) throw new AsmException("stm barrier: " + what + " register cannot be rsp");
        if (!what.equals("ctx") && r == ctx) throw new AsmException("stm barrier: " + what + " register " + r + " holds the context block");
    }

    private static void requireDistinct(Reg x, Reg y) {
        if (x == y) throw new AsmException("stm barrier: " + x + " used for two operands");
    }

    private static void requireField(int field) {
        if (field < 0 || field >= MAX_FIELDS) throw new AsmException("stm barrier: field " + field + " not in 0.." + (MAX_FIELDS - 1));
    }
}

package dev.weft.x86.stm;

import static dev.weft.stm.ContextLayout.ALONE_ADDRESS;
import static dev.weft.stm.ContextLayout.CLOCK_ADDRESS;
import static dev.weft.stm.ObjectLayout.MAX_FIELDS;
import static dev.weft.stm.ObjectLayout.OREC;
import static dev.weft.stm.ObjectLayout.VERSION_SHIFT;
import static dev.weft.x86.Reg.AL;
import static dev.weft.x86.Reg.EAX;
import static dev.weft.x86.Reg.R10;
import static dev.weft.x86.Reg.R11;
import static dev.weft.x86.Reg.RAX;

import dev.weft.stm.ObjectLayout;
import dev.weft.x86.AsmException;
import dev.weft.x86.Assembler;
import dev.weft.x86.Cond;
import dev.weft.x86.Label;
import dev.weft.x86.Mem;
import dev.weft.x86.Reg;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Emits the hardware-transaction side of docs/tm-protocol.md ("Hardware transactions") as
 * x86-64 code: a region's entry, its read and write barriers (no logs: the hardware tracks
 * the read and write sets) and its commit, which ticks the global clock and stamps every
 * written object's orec with {@code next(wv, orec) << 15} (writer 0) before {@code xend}.
 *
 * <p><b>Modes.</b> The same barrier sequences are emitted in two modes; only the region's
 * entry, the commit's last instruction and the out-of-line abort code differ:
 * <ul>
 *   <li>{@link Mode#RTM}: {@code xbegin fallback} at entry, {@code xabort 0x01} when a barrier
 *       meets a locked orec, {@code xend} at commit; at {@code fallback} (where the hardware
 *       resumes after an abort with the status word in eax) the function returns that status.
 *   <li>{@link Mode#TEST}: no {@code xbegin}/{@code xend} at all (nothing is emitted for them),
 *       and a barrier that meets a locked orec returns {@link #LOCKED_STATUS}, the status word
 *       {@code xabort 0x01} would leave in eax. This is what lets the sequences be executed on
 *       a host without RTM (where xbegin/xend/xabort raise #UD). It is <em>not</em> a
 *       transaction: nothing is rolled back (a store done before a later barrier's abort
 *       stays), and the clock tick is a plain load/add/store, so a TEST-mode region is only
 *       correct when it runs alone and does all its orec checks before its first store.
 * </ul>
 * Both modes return {@link #COMMITTED} (0xFFFFFFFF, the value {@code _xbegin()} answers when
 * a transaction started, never a status an abort produces) from a region that committed.
 *
 * <p><b>Written objects.</b> The compiled code knows statically which objects a region
 * writes, so {@link #commit(List)} takes the registers that hold them (each object once; the
 * registers must still hold them at the commit). The orec is reloaded at the commit rather
 * than remembered from the first write: inside a hardware transaction nobody can change it
 * without aborting us (it is in our read set since the write barrier loaded it), so the
 * reloaded value is the one seen at the first write. Nothing is kept in the context block.
 *
 * <p><b>Registers.</b> {@code ctx} holds the context block for the whole region. The barriers
 * clobber {@code rax} and the flags; the commit also {@code r10} and {@code r11}. Object,
 * value and destination registers must be other 64-bit registers. The function binds the
 * {@code exit} label in front of its epilogue; every way out of the region (commit, abort in
 * TEST mode, the RTM fallback) arrives there with the answer in eax (upper half of rax zero).
 *
 * <p><b>Costs</b> (instructions; checked with GNU objdump by {@code HtmBarriersTest}):
 * read {@value #READ_INSTRUCTIONS}, write {@value #WRITE_INSTRUCTIONS}, commit
 * {@value #COMMIT_CLOCK_INSTRUCTIONS} (clock tick) + {@value #COMMIT_PER_OBJECT} per written
 * object + {@code xend} (RTM only) + 1 (the committed answer); region entry {@value #ENTRY_INSTRUCTIONS}
 * (the alone word's check, see {@link #begin}) + the xbegin in RTM.
 * <pre>
 * read:   mov  rax, [obj+8]          write:  mov  rax, [obj+8]
 *         test al, 1                         test al, 1
 *         jne  abortLocked                   jne  abortLocked
 *         mov  dst, [obj+16+8*field]         mov  [obj+16+8*field], value
 *
 * commit: mov  r10, [ctx+64]         ; &amp;G
 *         mov  r11, [r10]
 *         inc  r11                   ; wv = G + 1
 *         mov  [r10], r11            ; G = wv
 *         shl  r11, 15               ; wv &lt;&lt; 15: an orec of version wv, writer 0
 *   per written object o:
 *         mov  rax, [o+8]            ; even: checked by the write barrier
 *         and  rax, -32768           ; version &lt;&lt; 15 (drop incarnation and writer)
 *         add  rax, 0x8000           ; (version + 1) &lt;&lt; 15
 *         cmp  rax, r11
 *         cmovb rax, r11             ; max(wv, version + 1) &lt;&lt; 15
 *         mov  [o+8], rax
 *         xend                       ; RTM only
 *         mov  eax, 0xFFFFFFFF       ; COMMITTED
 * </pre>
 */
public final class HtmBarriers {
    /** How the region is made atomic: by the hardware, or not at all (for executing the code without RTM). */
    public enum Mode { RTM, TEST }

    /** The protocol's xabort code for "met a locked orec". */
    public static final int ABORT_LOCKED = 0x01;
    /** eax after {@code xabort 0x01}: the code in bits 31..24, bit 0 (XABORT) set. */
    public static final long LOCKED_STATUS = (long) ABORT_LOCKED << 24 | 1;
    /**
     * The xabort code for "a software transaction runs alone" (the heap's alone word is set):
     * the emulator's "needs software" code ({@code HtmRegion.ABORT_NEEDS_SOFTWARE}), which is
     * what it means here too: not retried, the software fallback runs (and waits for it).
     */
    public static final int ABORT_ALONE = 0x02;
    /** eax after {@code xabort 0x02}. */
    public static final long ALONE_STATUS = (long) ABORT_ALONE << 24 | 1;
    /** The alone-word check at a region's entry (after xbegin in RTM mode). */
    public static final int ENTRY_INSTRUCTIONS = 3;
    /** What a committed region returns (0xFFFFFFFF: _XBEGIN_STARTED, never an abort status). */
    public static final long COMMITTED = 0xFFFF_FFFFL;

    public static final int READ_INSTRUCTIONS = 4;
    public static final int WRITE_INSTRUCTIONS = 4;
    /** The clock tick at the start of a commit, with wv &lt;&lt; 11 made ready for the stamps. */
    public static final int COMMIT_CLOCK_INSTRUCTIONS = 5;
    public static final int COMMIT_PER_OBJECT = 6;

    /** The registers the barriers may overwrite (and the flags); the read and write barriers use only rax. */
    public static final List<Reg> SCRATCH = List.of(RAX, R10, R11);

    private final Assembler a;
    private final Mode mode;
    private final Reg ctx;
    private final Label exit;
    private final Label abortLocked = new Label("htm.abortLocked");
    private final Label abortAlone = new Label("htm.abortAlone");
    private final Label fallback = new Label("htm.fallback");
    private final Set<Reg> written = new LinkedHashSet<>();
    private boolean begun, committed, abortUsed, stubsEmitted;

    /**
     * @param a the assembler the function is being written to
     * @param mode RTM for real hardware transactions, TEST for code that can run without RTM
     * @param ctx the register that holds the context block's address (not rax, r10 or r11)
     * @param exit the label of the function's epilogue, bound by the caller
     */
    public HtmBarriers(Assembler a, Mode mode, Reg ctx, Label exit) {
        if (a == null || mode == null || ctx == null || exit == null) {
            throw new NullPointerException("assembler, mode, ctx and exit are required");
        }
        this.a = a;
        this.mode = mode;
        this.ctx = ctx;
        this.exit = exit;
        requireUsable("ctx", ctx);
    }

    public Mode mode() {
        return mode;
    }

    /**
     * Region entry: {@code xbegin fallback} in RTM mode, then the alone word's check: while a
     * software transaction runs alone (its reads are plain loads, docs/tm-protocol.md "Running
     * alone"), the region aborts with code 0x02 (not retried: the software fallback waits for
     * it to end). Inside the hardware transaction the load puts the word in the read set, so
     * a claim made later aborts the region too.
     * <pre>
     *   mov rax, [ctx+112]            ; &amp;alone
     *   cmp qword ptr [rax], 0
     *   jne abortAlone
     * </pre>
     */
    public void begin() {
        if (begun) throw new AsmException("htm region: begin called twice");
        begun = true;
        if (mode == Mode.RTM) a.xbegin(fallback);
        a.mov(RAX, Mem.qwordPtr(ctx, ALONE_ADDRESS));
        a.cmp(Mem.qwordPtr(RAX, 0), 0);
        a.jccNear(Cond.NE, abortAlone);
    }

    /** {@code dst = obj.field[field]}; aborts (code 0x01) if obj's orec is locked. */
    public void read(Reg dst, Reg obj, int field) {
        requireOpen();
        requireField(field);
        requireUsable("destination", dst);
        requireUsable("object", obj);
        if (dst == obj) throw new AsmException("htm barrier: " + dst + " used for two operands");
        orecCheck(obj);
        a.mov(dst, Mem.qwordPtr(obj, (int) ObjectLayout.fieldOffset(field)));
    }

    /**
     * {@code obj.field[field] = value}; aborts (code 0x01) if obj's orec is locked. The object
     * must be listed (in the register it is in then) at {@link #commit}.
     */
    public void write(Reg obj, int field, Reg value) {
        requireOpen();
        requireField(field);
        requireUsable("object", obj);
        requireUsable("value", value);
        orecCheck(obj);
        a.mov(Mem.qwordPtr(obj, (int) ObjectLayout.fieldOffset(field)), value);
        written.add(obj);
    }

    private void orecCheck(Reg obj) {
        a.mov(RAX, Mem.qwordPtr(obj, OREC));
        a.test(AL, 1);
        a.jcc(Cond.NE, abortLocked);
        abortUsed = true;
    }

    /**
     * The commit: {@code G = wv = G + 1}, each written object's orec set to
     * {@code next(wv, orec) << 15} (writer 0), {@code xend} (RTM), eax = {@link #COMMITTED};
     * falls through (the caller binds {@code exit} next, or jumps there).
     *
     * @param writtenObjects the registers holding the objects the region wrote, each once;
     *     every register passed to {@link #write} must be among them
     */
    public void commit(List<Reg> writtenObjects) {
        requireOpen();
        Set<Reg> seen = new LinkedHashSet<>();
        for (Reg o : writtenObjects) {
            requireUsable("written object", o);
            if (!seen.add(o)) throw new AsmException("htm commit: " + o + " listed twice (an object's version would be bumped twice)");
        }
        for (Reg o : written) {
            if (!seen.contains(o)) throw new AsmException("htm commit: " + o + " was written but is not in the written objects");
        }
        committed = true;
        a.mov(R10, Mem.qwordPtr(ctx, CLOCK_ADDRESS));
        a.mov(R11, Mem.qwordPtr(R10, 0));
        a.inc(R11);
        a.mov(Mem.qwordPtr(R10, 0), R11);
        a.shl(R11, VERSION_SHIFT);
        for (Reg o : writtenObjects) {
            Mem orec = Mem.qwordPtr(o, OREC);
            a.mov(RAX, orec);
            a.and(RAX, -1L << VERSION_SHIFT);
            a.add(RAX, 1L << VERSION_SHIFT);
            a.cmp(RAX, R11);
            a.cmovcc(Cond.B, RAX, R11);
            a.mov(orec, RAX);
        }
        if (mode == Mode.RTM) a.xend();
        a.mov(EAX, COMMITTED);
    }

    /**
     * The out-of-line code: the locked-orec abort ({@code xabort 0x01} in RTM mode, eax =
     * {@link #LOCKED_STATUS} and to {@code exit} in TEST mode), the alone abort likewise
     * ({@code xabort 0x02}, {@link #ALONE_STATUS}) and, in RTM mode, the xbegin
     * fallback ({@code mov eax, eax}: the abort status, to {@code exit}). Call once after the
     * function's body, where no fall-through reaches.
     */
    public void emitStubs() {
        if (stubsEmitted) throw new AsmException("htm region: emitStubs called twice");
        if (!begun || !committed) throw new AsmException("htm region: emitStubs before begin and commit");
        stubsEmitted = true;
        if (abortUsed) {
            a.bind(abortLocked);
            if (mode == Mode.RTM) {
                a.xabort(ABORT_LOCKED);
                // never falls through inside a transaction; outside one xabort is a no-op, and
                // the TEST-mode answer below reports the same status
            }
            a.mov(EAX, LOCKED_STATUS);
            a.jmp(exit);
        }
        a.bind(abortAlone);
        if (mode == Mode.RTM) a.xabort(ABORT_ALONE);
        a.mov(EAX, ALONE_STATUS);
        a.jmp(exit);
        if (mode == Mode.RTM) {
            a.bind(fallback);
            a.mov(EAX, EAX);
            a.jmp(exit);
        }
    }

    private void requireOpen() {
        if (!begun) throw new AsmException("htm region: barrier before begin");
        if (committed) throw new AsmException("htm region: barrier after commit");
    }

    private void requireUsable(String what, Reg r) {
        if (r == null) throw new AsmException("htm barrier: no " + what + " register");
        if (r.width() != 64) throw new AsmException("htm barrier: " + what + " register " + r + " must be a 64-bit register");
        if (SCRATCH.contains(r)) throw new AsmException("htm barrier: " + what + " register " + r + " is a barrier scratch register (rax, r10, r11)");
        if (r == Reg.RSP) throw new AsmException("htm barrier: " + what + " register cannot be rsp");
        if (!what.equals("ctx") && r == ctx) throw new AsmException("htm barrier: " + what + " register " + r + " holds the context block");
    }

    private static void requireField(int field) {
        if (field < 0 || field >= MAX_FIELDS) throw new AsmException("htm barrier: field " + field + " not in 0.." + (MAX_FIELDS - 1));
    }
}

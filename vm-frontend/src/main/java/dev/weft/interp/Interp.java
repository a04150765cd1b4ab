package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.BinOp;
import dev.weft.compile.Code;
import dev.weft.compile.Op;
import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Guest;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.GuestSupport;
import dev.weft.stm.AbortCause;
import dev.weft.stm.TxAbort;
import dev.weft.stm.TxContext;

/**
 * The interpreter of one guest thread: the bytecode loop, the frame stack, and the
 * transactions it runs in.
 *
 * <p><b>The loop.</b> {@link #execute} runs frames until the frame it was entered with
 * returns (or, for a generator, yields). A call to a Python function pushes a frame and goes
 * on in the same loop; only built-in code that calls back into Python (a sort key, a
 * {@code __eq__} from a dict lookup, {@code next()} on a generator) enters the loop again,
 * nested, and that nesting is counted.
 *
 * <p><b>Transactions.</b> Every guest step runs inside a transaction. At a loop's back edge
 * or a call, when the budget is spent and no built-in code is in the middle of a nested
 * call, the loop stops, the transaction commits, a new one begins, and the loop goes on:
 * that is a transaction break. Inside a nested call the break waits for the nesting to end,
 * or, if the nested stretch is long, commits in place and goes on inevitable
 * ({@link Transactions#nestedBreakIfLong}). When a transaction aborts, the heap is rolled back by the TM and
 * the frames by their checkpoints ({@link Frame}), and the loop re-runs from the break.
 * Under {@code --tm=gil} the same breaks are where the global lock could change hands.
 */
public final class Interp implements Guest, GuestSupport, dev.weft.runtime.text.FormatHost {
    final Vm vm;
    final TxContext tx;
    final Mem mem;
    final Ctx ctx;
    final Attrs attrs;
    final Operators ops;
    final Calls calls;
    final Exceptions exc;
    final TypeCache typeCache;
    /** Counts the transactions this thread has begun (caches valid for one transaction compare it). */
    long txSerial;

    /** The running frame. */
    Frame top;
    /** How many nested {@link #execute} calls are active (0 at the top level). */
    int nesting;
    private long serials;

    // transactions
    final Checkpoints checkpoints = new Checkpoints();
    /** Begin, commit, retry and breaks of this thread's transactions. */
    final Transactions txs = new Transactions(this);
    /** Back edges and calls left before the running transaction breaks (or, alone, looks for waiters). */
    int budget;
    /**
     * Of a transaction that runs alone, the steps still to come after {@link #budget}: it
     * runs in chunks, and between two it looks whether a thread waits to begin ({@link
     * Transactions#nextChunk}). 0 otherwise.
     */
    int budgetReserve;
    /**
     * Where {@link Mem#allocated} ends the transaction early ({@link Vm#allocationQuota}): at
     * its next back edge or call, whatever its budget, so that collections (which happen only
     * at breaks) come before the heap is full.
     */
    long allocationMark;
    /** The loop stopped at the top level for a transaction break ({@link Transactions#runTopLevel} resumes it). */
    boolean breakRequested;
    /** Set by a generator's return through {@link #execute}: it ended instead of yielding. */
    boolean returnedNotYielded;
    /** A generator's return value, for StopIteration.value. */
    long lastReturn;
    /**
     * What the loop returns when a helper that the loop calls to keep itself small (C2
     * inlines into a compilation at most 8,000 bytecodes, the loop's own included) ends it.
     */
    private long loopResult;
    /** Handles the running transaction freed (freed for good when it commits: {@link Vm#freeHandle}). */
    final java.util.ArrayList<Integer> freedHandles = new java.util.ArrayList<>();
    /**
     * Modules this thread is importing: registered in sys.modules, not yet in {@link Vm#modules},
     * which other threads read without a transaction and so must only hold modules whose
     * import has finished and committed ({@link Imports}).
     */
    final java.util.HashMap<String, Long> importing = new java.util.HashMap<>();
    /** Of those, the ones the running transaction registered (forgotten if it aborts), and finished. */
    final java.util.ArrayList<String> registeredThisTx = new java.util.ArrayList<>(), finishedThisTx = new java.util.ArrayList<>();
    /** Blocking waits outside transactions, what stays pinned meanwhile, whom to wake at a commit. */
    final Waiting waiting = new Waiting(this);
    /**
     * The exception that last left {@link Transactions#runTopLevel} (its object or NULL, and its
     * argument): roots until the caller has reported it, since its transaction committed and
     * another thread may collect before the report's transaction begins.
     */
    long escaped = NULL, escapedArg = NULL;
    /** A held lock that this thread releases when it has ended (pinned), or NULL ({@code _thread._start_joinable_thread}). */
    long doneLock = NULL;
    /**
     * How deep this thread is in atomic blocks ({@code transaction.atomic}): while above 0 the
     * transaction does not break. Java state that an abort must put back (Transactions keeps what it was at the begin).
     */
    int atomicDepth;
    /** Where CALL_FUNCTION_EX leaves the frame of a Python function (see {@link Calls#callEx}). */
    final Frame[] exCallee = new Frame[1];

    Interp(Vm vm, TxContext tx) {
        this.vm = vm;
        this.tx = tx;
        tx.holdAfterAbort(); // no collection sees the frames of an aborted attempt (rollbackFrames)
        this.mem = new Mem(tx, vm.gil);
        this.ctx = new Ctx(mem, this);
        this.attrs = new Attrs(this);
        this.ops = new Operators(this);
        this.calls = new Calls(this);
        this.exc = new Exceptions(this);
        this.typeCache = new TypeCache(this);
        if (vm.heap.conflicts().writing()) tx.recordSites(exc::site);
    }

    long nextSerial() {
        return ++serials;
    }

    // ------------------------------------------------------------------------------------
    // Transactions



    /**
     * Before an irreversible step (output, input, a thread start): the running transaction
     * becomes inevitable, so that it can no longer abort and re-run the step. Under the GIL
     * every transaction is inevitable already.
     */
    void becomeInevitable() {
        if (!vm.gil && tx.isInTransaction() && !tx.isInevitable()) {
            tx.becomeInevitable();
            // it holds what it read locked until it commits: with other threads running,
            // short (a print in a loop kept the loop inevitable, and the others waiting)
            if (vm.threads.running() > 0) breakSoon();
        }
    }

    /** Ends the running transaction at the next back edge or call (a thread start, a wait just ended). */
    void breakSoon() {
        budget = 0;
        budgetReserve = 0;
    }



    void checkpoint(Frame f) {
        checkpoints.save(f);
    }

    /** Switching to frame f: it is about to change, so save it first if this transaction has not. */
    void enter(Frame f) {
        checkpoint(f);
        top = f;
    }


    /** After an abort: the frames as the transaction found them. */
    void rollbackFrames() {
        top = checkpoints.rollback();
        nesting = 0;
    }


    // ------------------------------------------------------------------------------------
    // The loop

    /**
     * Runs from {@link #top} (whose frame is {@code entry}, or a frame above it) until entry
     * returns or yields; answers the value. If {@code pending} is not null, it is raised in
     * entry first (generator.throw). When a transaction break is due at the top level, it
     * stops early with {@link #breakRequested} set; {@link Transactions#runTopLevel} resumes it.
     */
    long execute(Frame entry, PyException pending) {
        Frame f = top;
        if (pending != null) f = exc.unwind(f, pending, entry);
        for (;;) {
            try {
                return loop(f, entry);
            } catch (PyException e) {
                f = exc.unwind(top, e, entry);
            } catch (StackOverflowError e) {
                f = exc.unwind(top, PyException.of(ExcKind.RECURSION_ERROR, "maximum recursion depth exceeded"), entry);
            }
        }
    }

    @SuppressWarnings("checkstyle:MethodLength")
    private long loop(Frame f, Frame entry) {
        final Mem m = mem;
        int[] code = f.code.quick;
        long[] s = f.slots;
        for (;;) {
            int insn = code[f.pc++];
            int arg = insn >>> 8;
            switch (insn & 0xFF) {
                case 0 /* NOP */ -> {}
                case 1 /* POP_TOP */ -> s[--f.sp] = 0;
                case 2 /* COPY */ -> {
                    s[f.sp] = s[f.sp - arg];
                    f.sp++;
                }
                case 3 /* SWAP */ -> {
                    long t = s[f.sp - 1];
                    s[f.sp - 1] = s[f.sp - arg];
                    s[f.sp - arg] = t;
                }
                case 4 /* LOAD_CONST */ -> s[f.sp++] = f.code.consts[arg];
                case 5 /* PUSH_NULL */ -> s[f.sp++] = NULL;
                case 6 /* LOAD_FAST */ -> {
                    long v = s[arg];
                    if (v == NULL) throw Names.unboundLocal(f.code.varNames[arg]);
                    s[f.sp++] = v;
                }
                case 7 /* STORE_FAST */ -> {
                    s[arg] = s[--f.sp];
                    s[f.sp] = 0;
                }
                case 9 /* LOAD_DEREF */ -> {
                    long v = m.get(s[f.code.nlocals() + arg], 0);
                    if (v == NULL) throw Names.unboundDeref(f, arg);
                    s[f.sp++] = v;
                }
                case 10 /* STORE_DEREF */ -> {
                    m.put(s[f.code.nlocals() + arg], 0, s[--f.sp]);
                    s[f.sp] = 0;
                }
                case 17 /* LOAD_GLOBAL */ -> s[f.sp++] = SiteHints.loadGlobal(this, f, arg, 2 * (f.pc - 1));
                case 20 /* LOAD_ATTR */ -> s[f.sp - 1] = SiteHints.loadAttr(this, s[f.sp - 1], f.code, arg, f.pc - 1);
                case 21 /* STORE_ATTR */ -> {
                    long obj = s[--f.sp];
                    long v = s[--f.sp];
                    s[f.sp] = s[f.sp + 1] = 0;
                    SiteHints.storeAttr(this, obj, v, f.code, arg, f.pc - 1);
                }
                case 23 /* LOAD_METHOD */ -> {
                    long obj = s[f.sp - 1];
                    long meth = SiteHints.lookupMethod(this, obj, f.code, arg, f.pc - 1);
                    if (meth != NULL) {
                        s[f.sp - 1] = meth;
                        s[f.sp++] = obj;
                    } else {
                        s[f.sp - 1] = NULL;
                        s[f.sp++] = attrs.get(obj, f.code.nameWords[arg]);
                    }
                }
                case 24 /* BINARY_SUBSCR */ -> {
                    long key = s[--f.sp];
                    s[f.sp] = 0;
                    s[f.sp - 1] = ops.getItem(s[f.sp - 1], key);
                }
                case 25 /* STORE_SUBSCR */ -> {
                    long key = s[--f.sp];
                    long obj = s[--f.sp];
                    long v = s[--f.sp];
                    s[f.sp] = s[f.sp + 1] = s[f.sp + 2] = 0;
                    ops.setItem(obj, key, v);
                }
                case 28 /* BINARY_OP */ -> {
                    long b = s[--f.sp];
                    s[f.sp] = 0;
                    s[f.sp - 1] = binary(arg, s[f.sp - 1], b);
                }
                case 29 /* UNARY_NEGATIVE */ -> s[f.sp - 1] = ops.unary(0, s[f.sp - 1]);
                case 32 /* UNARY_NOT */ -> s[f.sp - 1] = fromBool(!truthy(s[f.sp - 1]));
                case 33 /* COMPARE_OP */ -> {
                    long b = s[--f.sp];
                    s[f.sp] = 0;
                    s[f.sp - 1] = compare(arg, s[f.sp - 1], b);
                }
                case 34 /* IS_OP */ -> {
                    long b = s[--f.sp];
                    s[f.sp] = 0;
                    s[f.sp - 1] = Numbers.identical(s[f.sp - 1], b, arg);
                }
                case 35 /* CONTAINS_OP */ -> {
                    long container = s[--f.sp];
                    s[f.sp] = 0;
                    s[f.sp - 1] = fromBool(ops.contains(container, s[f.sp - 1]) != (arg == 1));
                }
                case 36 /* BUILD_TUPLE */ -> {
                    long t = H.tuple(m, s, f.sp - arg, arg);
                    clear(f, arg);
                    s[f.sp++] = t;
                }
                case 37 /* BUILD_LIST */ -> {
                    long l = ops.newList(s, f.sp - arg, arg);
                    clear(f, arg);
                    s[f.sp++] = l;
                }
                case 41 /* LIST_APPEND */ -> {
                    long v = s[--f.sp];
                    s[f.sp] = 0;
                    H.listAppend(ctx, s[f.sp - arg], v);
                }
                case 50 /* UNPACK_SEQUENCE */ -> {
                    long seq = s[--f.sp];
                    s[f.sp] = 0;
                    ops.unpack(seq, arg, -1, 0, s, f.sp);
                    f.sp += arg;
                }
                case 52 /* JUMP_FORWARD */ -> f.pc = arg;
                case 53 /* JUMP_BACKWARD */ -> {
                    if (backEdge(f, arg)) return NULL;
                }
                case 54 /* POP_JUMP_IF_FALSE */ -> {
                    long v = s[--f.sp];
                    s[f.sp] = 0;
                    if (v == FALSE || (v != TRUE && !truthy(v))) f.pc = arg;
                }
                case 55 /* POP_JUMP_IF_TRUE */ -> {
                    long v = s[--f.sp];
                    s[f.sp] = 0;
                    if (v == TRUE || (v != FALSE && truthy(v))) f.pc = arg;
                }
                case 56 /* JUMP_IF_FALSE_OR_POP */ -> {
                    if (!truthy(s[f.sp - 1])) f.pc = arg;
                    else s[--f.sp] = 0;
                }
                case 57 /* JUMP_IF_TRUE_OR_POP */ -> {
                    if (truthy(s[f.sp - 1])) f.pc = arg;
                    else s[--f.sp] = 0;
                }
                case 58 /* LOOP_HEADER */ -> countLoop(f.code.loopCounters, arg);
                case 59 /* GET_ITER */ -> s[f.sp - 1] = iter(s[f.sp - 1]);
                case 60 /* FOR_ITER */ -> {
                    long it = s[f.sp - 1];
                    if (H.isType(it, TypeIds.GENERATOR)) {
                        f = Generators.resumeInLoop(this, it, f, arg);
                        code = f.code.quick;
                        s = f.slots;
                        continue;
                    }
                    long v = next(it);
                    if (v == NULL) {
                        s[--f.sp] = 0;
                        f.pc = arg;
                    } else {
                        s[f.sp++] = v;
                    }
                }
                case 61 /* CALL */ -> {
                    String[] kw = f.kwnames;
                    f.kwnames = null;
                    int base = f.sp - arg - 2;
                    long callable = s[base];
                    int first = base + 1, argc = arg + 1;
                    if (callable == NULL) {
                        callable = s[base + 1];
                        first = base + 2;
                        argc = arg;
                    }
                    Frame callee = calls.frameFor(callable, s, first, argc, kw, f);
                    if (callee != null) {
                        clear(f, f.sp - base);
                        f = pushFrame(callee, f);
                        code = f.code.quick;
                        s = f.slots;
                        if (--budget <= 0 && Program.interrupted) throw Names.keyboardInterrupt();
                        if (breakDue()) return NULL;
                        continue;
                    }
                    long r = calls.call(callable, s, first, argc, kw);
                    clear(f, f.sp - base);
                    s[f.sp++] = r;
                }
                case 62 /* KW_NAMES */ -> f.kwnames = (String[]) f.code.constObjects[arg];
                case 65 /* RETURN_VALUE */ -> {
                    long v = s[--f.sp];
                    s[f.sp] = 0;
                    Frame back = f.back;
                    if (f == entry || f.generator != NULL || f.initSelf != NULL) {
                        back = returnRare(f, v, entry);
                        if (back == null) return loopResult;
                    } else {
                        enter(back);
                        back.slots[back.sp++] = v;
                    }
                    f = back;
                    code = f.code.quick;
                    s = f.slots;
                }
                case 66 /* YIELD_VALUE */ -> {
                    long v = s[--f.sp];
                    s[f.sp] = 0;
                    Frame back = suspend(f, v, entry);
                    if (back == null) return v;
                    f = back;
                    code = f.code.quick;
                    s = f.slots;
                }
                case 68 /* YIELD_FROM */ -> {
                    Frame next = yieldFrom(f, entry);
                    if (next == null) return loopResult;
                    f = next;
                    code = f.code.quick;
                    s = f.slots;
                }
                // fused pairs (Superinstructions): the second half's argument is in the next slot
                case 87 /* LOAD_FAST_LOAD_FAST */ -> {
                    s[f.sp] = local(f, s, arg);
                    s[f.sp + 1] = local(f, s, code[f.pc++] >>> 8);
                    f.sp += 2;
                }
                case 88 /* LOAD_FAST_LOAD_CONST */ -> {
                    s[f.sp] = local(f, s, arg);
                    s[f.sp + 1] = f.code.consts[code[f.pc++] >>> 8];
                    f.sp += 2;
                }
                case 89 /* LOAD_FAST_LOAD_ATTR */ -> {
                    long obj = local(f, s, arg);
                    int name = code[f.pc++] >>> 8;
                    s[f.sp] = SiteHints.loadAttr(this, obj, f.code, name, f.pc - 1);
                    f.sp++;
                }
                case 90 /* LOAD_FAST_BINARY_OP */ -> {
                    long b = local(f, s, arg);
                    s[f.sp - 1] = binary(code[f.pc++] >>> 8, s[f.sp - 1], b);
                }
                case 91 /* LOAD_CONST_BINARY_OP */ -> {
                    long b = f.code.consts[arg];
                    s[f.sp - 1] = binary(code[f.pc++] >>> 8, s[f.sp - 1], b);
                }
                case 92 /* STORE_FAST_LOAD_FAST */ -> {
                    s[arg] = s[--f.sp];
                    s[f.sp] = local(f, s, code[f.pc++] >>> 8);
                    f.sp++;
                }
                case 93 /* COMPARE_OP_POP_JUMP_IF_FALSE */ -> {
                    long b = s[--f.sp];
                    long a = s[--f.sp];
                    s[f.sp] = s[f.sp + 1] = 0;
                    long v = compare(arg, a, b);
                    int target = code[f.pc++] >>> 8;
                    if (v == FALSE || (v != TRUE && !truthy(v))) f.pc = target;
                }
                case 94 /* JUMP_BACKWARD_PAST_HEADER */ -> {
                    countLoop(f.code.loopCounters, code[arg] >>> 8);
                    if (backEdge(f, arg + 1)) return NULL;
                }
                case 95 /* LOAD_FAST_LOAD_METHOD */ -> {
                    long obj = local(f, s, arg);
                    int name = code[f.pc++] >>> 8;
                    long meth = SiteHints.lookupMethod(this, obj, f.code, name, f.pc - 1);
                    s[f.sp] = meth;
                    s[f.sp + 1] = meth != NULL ? obj : attrs.get(obj, f.code.nameWords[name]);
                    f.sp += 2;
                }
                case 96 /* PUSH_NULL_LOAD_GLOBAL */ -> {
                    s[f.sp++] = NULL;
                    int name = code[f.pc++] >>> 8;
                    s[f.sp++] = SiteHints.loadGlobal(this, f, name, 2 * (f.pc - 1));
                }
                case 97 /* STORE_FAST_STORE_FAST */ -> {
                    s[arg] = s[--f.sp];
                    s[code[f.pc++] >>> 8] = s[--f.sp];
                    s[f.sp] = s[f.sp + 1] = 0;
                }
                case 98 /* BINARY_OP_STORE_FAST */ -> {
                    long b = s[--f.sp];
                    long a = s[--f.sp];
                    s[f.sp] = s[f.sp + 1] = 0;
                    long r = binary(arg, a, b);
                    s[code[f.pc++] >>> 8] = r;
                }
                case 99 /* BINARY_OP_BINARY_OP */ -> {
                    long b = s[--f.sp];
                    s[f.sp] = 0;
                    long r = binary(arg, s[f.sp - 1], b);
                    int second = code[f.pc++] >>> 8;
                    s[f.sp - 1] = 0;
                    s[f.sp - 2] = binary(second, s[f.sp - 2], r);
                    f.sp--;
                }
                case 100 /* LOAD_FAST_LOAD_FAST_BINARY_OP */ -> {
                    long a = local(f, s, arg);
                    long b = local(f, s, code[f.pc++] >>> 8);
                    s[f.sp] = binary(code[f.pc++] >>> 8, a, b);
                    f.sp++;
                }
                default -> {
                    Frame callee = RareOps.run(this, f, insn);
                    if (callee != null) { // CALL_FUNCTION_EX of a Python function
                        f = pushFrame(callee, f);
                        code = f.code.quick;
                        s = f.slots;
                        if (--budget <= 0 && Program.interrupted) throw Names.keyboardInterrupt();
                        if (breakDue()) return NULL;
                    }
                }
            }
        }
    }

    /**
     * RETURN_VALUE from the frame the loop was entered with, a generator's or an __init__'s,
     * out of the loop (see {@link #loopResult}): answers the frame to go on in, or null when
     * the loop returns {@link #loopResult}.
     */
    private Frame returnRare(Frame f, long v, Frame entry) {
        if (f.initSelf != NULL) {
            if (v != NONE) throw PyException.typeError("__init__() should return None, not '" + typeName(v) + "'");
            v = f.initSelf;
        }
        Frame back = f.back;
        if (f.generator != NULL) {
            mem.put(f.generator, G_STATE, fromInt(GEN_DONE));
            vm.freeHandle((int) toInt(mem.get(f.generator, G_FRAME)));
            lastReturn = v;
            if (f != entry) { // resumed by FOR_ITER in the frame below: the loop ends
                enter(back);
                back.slots[--back.sp] = 0;
                back.pc = Op.argOf(back.code.quick[back.pc - 1]);
                return back;
            }
            returnedNotYielded = true;
            v = NULL;
        }
        if (f == entry) {
            top = back;
            if (back != null) checkpoint(back);
            loopResult = v;
            return null;
        }
        enter(back);
        back.slots[back.sp++] = v;
        return back;
    }

    /**
     * YIELD_FROM in frame f: sends the value on top to the iterator below it. Answers f when
     * that ended (its return value replaces it), else suspends f to yield what it yielded (f
     * runs YIELD_FROM again with the value sent in when resumed) and answers the frame that
     * resumed f, or null when the loop returns {@link #loopResult}.
     */
    private Frame yieldFrom(Frame f, Frame entry) {
        long[] s = f.slots;
        long sent = s[--f.sp];
        s[f.sp] = 0;
        long v = Coroutines.sendTo(this, s[f.sp - 1], sent);
        if (v == NULL) {
            s[f.sp - 1] = lastReturn;
            return f;
        }
        f.pc--;
        Frame back = suspend(f, v, entry);
        if (back == null) loopResult = v;
        return back;
    }

    /**
     * Suspends generator frame f, yielding v: answers the frame that resumed it, with v pushed,
     * or null when f is the frame the loop was entered with (the loop then returns v).
     */
    private Frame suspend(Frame f, long v, Frame entry) {
        mem.put(f.generator, G_STATE, fromInt(GEN_SUSPENDED));
        Frame back = f.back;
        f.back = null;
        if (f == entry) {
            returnedNotYielded = false;
            top = back;
            if (back != null) checkpoint(back);
            return null;
        }
        enter(back);
        back.slots[back.sp++] = v;
        return back;
    }

    /** Local {@code i} of frame f (slots s), which must be bound. */
    private static long local(Frame f, long[] s, int i) {
        long v = s[i];
        if (v == NULL) throw Names.unboundLocal(f.code.varNames[i]);
        return v;
    }

    /** BINARY_OP {@code arg} on a and b: small ints and floats here, the rest by {@link Operators#binary}. */
    private long binary(int arg, long a, long b) {
        if (isSmallInt(a) && isSmallInt(b)) {
            long r = Numbers.smallIntOp(arg & 15, toInt(a), toInt(b));
            if (r != NULL) return r;
        }
        long r = Numbers.floatOp(arg & 15, a, b);
        return r != NULL ? r : ops.binary(BinOp.of(arg), BinOp.isInplace(arg), a, b);
    }

    /** COMPARE_OP {@code arg} on a and b: small ints and floats here, the rest by {@link Operators#compare}. */
    private long compare(int arg, long a, long b) {
        if (isSmallInt(a) && isSmallInt(b)) return Numbers.compareSmall(arg, toInt(a), toInt(b));
        long r = Numbers.compareFloats(arg, a, b);
        return r != NULL ? r : ops.compare(arg, a, b);
    }

    /** What a loop counter counts up to: hot by then; see {@link #countLoop}. */
    static final int LOOP_COUNT_LIMIT = 1 << 16;

    /**
     * Counts a run of loop {@code i}'s header, up to {@link #LOOP_COUNT_LIMIT}. The counters of
     * a code object are shared by every thread that runs it, and a counter written at every
     * back edge kept its cache line moving between the cores: two threads running the same
     * loop on their own data ran no faster than one. Past the limit nobody writes it.
     */
    private static void countLoop(int[] counters, int i) {
        int c = counters[i];
        if (c < LOOP_COUNT_LIMIT) counters[i] = c + 1;
    }

    /**
     * A loop's back edge to {@code target} in the running frame f: a step of the budget, then
     * {@link #breakDue}.
     */
    private boolean backEdge(Frame f, int target) {
        if (--budget <= 0 && Program.interrupted) throw Names.keyboardInterrupt();
        f.pc = target;
        return breakDue();
    }

    /**
     * After a step of the budget (a back edge or a call): whether the transaction breaks here,
     * because the budget is spent or the allocation mark passed. At the top level the loop must
     * then return ({@link #breakRequested}); inside a nested call the break happens in place.
     */
    private boolean breakDue() {
        if (budget <= 0 || mem.allocated > allocationMark) {
            if (budget <= 0 && budgetReserve > 0 && txs.nextChunk() && budget > 0 && mem.allocated <= allocationMark) return false;
            if (vm.breaksEnabled && atomicDepth == 0) {
                if (nesting == 0) {
                    breakRequested = true;
                    return true;
                }
                txs.nestedBreakIfLong();
            }
            // a transaction that goes on past its budget (an atomic block, a nested stretch)
            // looks for abort requests here too: the read barriers' fast paths do not
            if (budget <= 0) mem.pollKilled();
        }
        return false;
    }


    /** Pops n items of f's stack. */
    static void clear(Frame f, int n) {
        java.util.Arrays.fill(f.slots, f.sp - n, f.sp, 0);
        f.sp -= n;
    }

    /** Makes callee the running frame, called from f. */
    Frame pushFrame(Frame callee, Frame f) {
        callee.back = f;
        callee.depth = f == null ? 1 : f.depth + 1;
        checkpoints.created(callee);
        if (callee.depth > vm.recursionLimit) {
            throw PyException.of(ExcKind.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        top = callee;
        return callee;
    }

    /** Runs a Python-level frame from built-in code (nested) and answers its result. */
    long runNested(Frame callee) {
        pushFrame(callee, top);
        // a call like any other for the budget (sort keys, __eq__ from a dict); a lone
        // transaction looks for waiters here too (a key function may have no back edge or
        // call of its own), and steps back for one, as breakDue does in a nested stretch
        if (--budget <= 0 && budgetReserve > 0 && !txs.nextChunk()) mem.pollKilled();
        if ((budget <= 0 || mem.allocated > allocationMark) && vm.breaksEnabled && atomicDepth == 0) txs.nestedBreakIfLong();
        nesting++;
        try {
            return execute(callee, null);
        } finally {
            nesting--;
        }
    }

    /** Resumes generator frame g from built-in code; {@code throwIt} is raised in it when not null. */
    long resumeNested(Frame g, PyException throwIt) {
        nesting++;
        try {
            return execute(g, throwIt);
        } finally {
            nesting--;
        }
    }

    void switchTo(Frame g) {
        checkpoint(g);
        top = g;
    }

    // ------------------------------------------------------------------------------------
    // Guest: the generic operations built-in code calls back for

    @Override
    public long hash(long v) {
        return ops.hash(v);
    }

    @Override
    public boolean eq(long a, long b) {
        return a == b || truthy(ops.compare(2, a, b));
    }

    @Override
    public boolean lt(long a, long b) {
        return truthy(ops.compare(0, a, b));
    }

    @Override
    public String repr(long v) {
        return ops.repr(v);
    }

    @Override
    public String str(long v) {
        return ops.str(v);
    }

    @Override
    public long call1(long f, long arg) {
        return calls.call1(f, arg);
    }

    @Override
    public void watchedWrite(long obj) {
        typeCache.classesChanged();
    }

    @Override
    public long baseValue(long v) {
        return ValueTypes.unwrap(vm, mem, v);
    }

    @Override
    public boolean truthy(long v) {
        if (v == TRUE) return true;
        if (v == FALSE || v == NONE) return false;
        return ops.truthy(v);
    }

    @Override
    public String typeName(long v) {
        if (isPointer(v)) {
            int id = dev.weft.runtime.Mem.typeId(v);
            if (id == TypeIds.ITERATOR || id == TypeIds.DICT_VIEW) return dev.weft.runtime.objects.iter.Values.typeName(v);
        }
        return vm.typeInfo(v).name;
    }

    @Override
    public long iter(long v) {
        return ops.iter(v);
    }

    @Override
    public long next(long it) {
        return ops.next(it);
    }

    // FormatHost: what str.format's replacement fields need

    @Override
    public long getAttr(long obj, String name) {
        return attrs.get(obj, vm.intern(name));
    }

    @Override
    public long getItem(long obj, String key) {
        return ops.getItem(obj, str(key));
    }

    @Override
    public long getItem(long obj, long index) {
        return ops.getItem(obj, dev.weft.runtime.objects.bigint.BigInts.box(mem, index));
    }

    @Override
    public String format(long v, String spec) {
        return H.jstr(ops.format(v, spec));
    }

    /** The word for a Java string (a new str; identifiers should use {@link Vm#intern}). */
    long str(String s) {
        return H.str(mem, s);
    }
}

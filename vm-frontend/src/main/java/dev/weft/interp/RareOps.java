package dev.weft.interp;

import static dev.weft.interp.Layouts.*;
import static dev.weft.runtime.Words.*;

import dev.weft.compile.Op;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;

/**
 * The instructions that most programs run seldom or never (deletions, imports, class and
 * function creation, the rarer builds, unpacking and async, module-level names, slices,
 * the exception handlers' bookkeeping; unary minus, run in many inner loops, stays), out of
 * {@link Interp}'s dispatch loop. The JVM compiles that loop as one method: the smaller it
 * is, the sooner C2 compiles it and the more of its helpers C2 inlines into it (at most
 * 8,000 bytecodes per compilation, the loop's own included: docs/benchmarks.md, "The
 * loop's inlining budget"). And C2 prunes the loop's switch cases not yet seen, so that the
 * first use of any of these instructions in the loop threw its compiled code away and
 * compiled it again, for the bulk of a second. Here a first use costs a recompilation of
 * this method alone. None of them switches frames: the loop keeps those.
 */
final class RareOps {
    private RareOps() {}

    /**
     * Runs one rare instruction in frame f. Answers null, or for CALL_FUNCTION_EX of a Python
     * function the callee's frame, which the loop then runs as it runs a CALL's.
     */
    static Frame run(Interp in, Frame f, int insn) {
        final Mem m = in.mem;
        long[] s = f.slots;
        int arg = insn >>> 8;
        switch (insn & 0xFF) {
            case 8 /* DELETE_FAST */ -> {
                if (s[arg] == NULL) throw Names.unboundLocal(f.code.varNames[arg]);
                s[arg] = NULL;
            }
            case 11 /* DELETE_DEREF */ -> {
                long cell = s[f.code.nlocals() + arg];
                if (m.get(cell, 0) == NULL) throw Names.unboundDeref(f, arg);
                m.put(cell, 0, NULL);
            }
            case 12 /* LOAD_CLOSURE */ -> s[f.sp++] = s[f.code.nlocals() + arg];
            case 13 /* LOAD_CLASSDEREF */ -> {
                String name = f.code.cellName(arg);
                long v = H.dictGet(in.ctx, f.locals, in.vm.intern(name));
                if (v == NULL) v = m.get(s[f.code.nlocals() + arg], 0);
                if (v == NULL) throw Names.unboundDeref(f, arg);
                s[f.sp++] = v;
            }
            case 14 /* LOAD_NAME */ -> s[f.sp++] = Names.load(in, f, arg);
            case 15 /* STORE_NAME */ -> {
                H.dictPut(in.ctx, f.locals, f.code.nameWords[arg], s[--f.sp]);
                s[f.sp] = 0;
            }
            case 16 /* DELETE_NAME */ -> {
                if (H.dictDel(in.ctx, f.locals, f.code.nameWords[arg]) == NULL) {
                    throw Names.nameError(f.code.names[arg]);
                }
            }
            case 18 /* STORE_GLOBAL */ -> {
                H.dictPut(in.ctx, f.globals, f.code.nameWords[arg], s[--f.sp]);
                s[f.sp] = 0;
            }
            case 19 /* DELETE_GLOBAL */ -> {
                if (H.dictDel(in.ctx, f.globals, f.code.nameWords[arg]) == NULL) throw Names.nameError(f.code.names[arg]);
            }
            case 22 /* DELETE_ATTR */ -> {
                long obj = s[--f.sp];
                s[f.sp] = 0;
                in.attrs.delete(obj, f.code.nameWords[arg]);
            }
            case 26 /* DELETE_SUBSCR */ -> {
                long key = s[--f.sp];
                long obj = s[--f.sp];
                s[f.sp] = s[f.sp + 1] = 0;
                in.ops.delItem(obj, key);
            }
            case 27 /* BUILD_SLICE */ -> {
                long step = arg == 3 ? s[--f.sp] : NONE;
                long stop = s[--f.sp];
                long start = s[f.sp - 1];
                s[f.sp] = s[f.sp + 1] = 0;
                s[f.sp - 1] = dev.weft.runtime.objects.slice.Slice.make(m, start, stop, step);
            }
            case 30 /* UNARY_POSITIVE */ -> s[f.sp - 1] = in.ops.unary(1, s[f.sp - 1]);
            case 31 /* UNARY_INVERT */ -> s[f.sp - 1] = in.ops.unary(2, s[f.sp - 1]);
            case 38 /* BUILD_SET */ -> {
                long st = in.ops.newSet(s, f.sp - arg, arg);
                Interp.clear(f, arg);
                s[f.sp++] = st;
            }
            case 39 /* BUILD_MAP */ -> {
                long d = H.dict(in.ctx);
                for (int i = f.sp - 2 * arg; i < f.sp; i += 2) H.dictPut(in.ctx, d, s[i], s[i + 1]);
                Interp.clear(f, 2 * arg);
                s[f.sp++] = d;
            }
            case 40 /* BUILD_STRING */ -> {
                var sb = new StringBuilder();
                for (int i = f.sp - arg; i < f.sp; i++) sb.append(H.jstr(s[i]));
                Interp.clear(f, arg);
                s[f.sp++] = H.str(m, sb.toString());
            }
            case 42 /* SET_ADD */ -> {
                long v = s[--f.sp];
                s[f.sp] = 0;
                in.ops.setAdd(s[f.sp - arg], v);
            }
            case 43 /* MAP_ADD */ -> {
                long v = s[--f.sp];
                long k = s[--f.sp];
                s[f.sp] = s[f.sp + 1] = 0;
                H.dictPut(in.ctx, s[f.sp - arg], k, v);
            }
            case 44 /* LIST_EXTEND */ -> {
                long it = s[--f.sp];
                s[f.sp] = 0;
                int depth = arg & 0xFFFF;
                if (!in.ops.isIterable(it)) {
                    String what = (arg & Op.IN_CALL) != 0 ? in.calls.funcStr(s[f.sp - depth - 1]) + " argument after *" : "Value after *";
                    throw PyException.typeError(what + " must be an iterable, not " + in.typeName(it));
                }
                in.ops.listExtend(s[f.sp - depth], it);
            }
            case 45 /* SET_UPDATE */ -> {
                long it = s[--f.sp];
                s[f.sp] = 0;
                in.ops.setUpdate(s[f.sp - arg], it);
            }
            case 46 /* DICT_UPDATE */ -> {
                long other = s[--f.sp];
                s[f.sp] = 0;
                in.ops.dictUpdate(s[f.sp - arg], other, false);
            }
            case 47 /* DICT_MERGE */ -> {
                long other = s[--f.sp];
                s[f.sp] = 0;
                long fn = s[f.sp - arg - 2];
                if (!H.isDict(other) && in.attrs.lookupSpecial(other, "keys") == NULL) {
                    throw PyException.typeError(in.calls.funcStr(fn) + " argument after ** must be a mapping, not " + in.typeName(other));
                }
                try {
                    in.ops.dictUpdate(s[f.sp - arg], other, true);
                } catch (Operators.DuplicateKeyword e) {
                    throw PyException.typeError(in.calls.funcStr(fn) + " got multiple values for keyword argument '" + e.name + "'");
                }
            }
            case 48 /* LIST_TO_TUPLE */ -> s[f.sp - 1] = in.ops.listToTuple(s[f.sp - 1]);
            case 49 /* FORMAT_VALUE */ -> {
                long spec = (arg & 4) != 0 ? s[--f.sp] : NULL;
                long v = s[f.sp - 1];
                s[f.sp] = 0;
                long conv = switch (arg & 3) {
                    case 1 -> H.str(m, in.str(v));
                    case 2 -> H.str(m, in.repr(v));
                    case 3 -> H.str(m, in.ops.ascii(in.repr(v)));
                    default -> v;
                };
                s[f.sp - 1] = in.ops.format(conv, spec == NULL ? "" : H.jstr(spec));
            }
            case 51 /* UNPACK_EX */ -> {
                long seq = s[--f.sp];
                s[f.sp] = 0;
                int before = arg & 0xFF, after = arg >> 8;
                in.ops.unpack(seq, before + after + 1, before, after, s, f.sp);
                f.sp += before + after + 1;
            }
            case 63 /* CALL_FUNCTION_EX */ -> {
                long kwargs = (arg & 1) != 0 ? s[--f.sp] : NULL;
                long args = s[--f.sp];
                long callable = s[--f.sp];
                long nul = s[--f.sp];
                s[f.sp] = s[f.sp + 1] = s[f.sp + 2] = s[f.sp + 3] = 0;
                if (nul != NULL) throw new IllegalStateException("CALL_FUNCTION_EX without NULL");
                Frame[] callee = in.exCallee;
                long r = in.calls.callEx(callable, args, kwargs, callee);
                if (callee[0] != null) {
                    Frame c = callee[0];
                    callee[0] = null;
                    return c;
                }
                s[f.sp++] = r;
            }
            case 64 /* MAKE_FUNCTION */ -> {
                long codeObj = s[--f.sp];
                long closure = (arg & 8) != 0 ? s[--f.sp] : NULL;
                long kwdefaults = (arg & 2) != 0 ? s[--f.sp] : NULL;
                long defaults = (arg & 1) != 0 ? s[--f.sp] : NULL;
                java.util.Arrays.fill(s, f.sp, f.sp + 1 + Integer.bitCount(arg & 0xB), 0);
                s[f.sp++] = in.calls.makeFunction(codeObj, f.globals, defaults, kwdefaults, closure);
            }
            case 67 /* GET_YIELD_FROM_ITER */ -> {
                long v = s[f.sp - 1];
                if (!H.isType(v, TypeIds.GENERATOR)) s[f.sp - 1] = in.iter(v);
            }
            case 69 /* RAISE_VARARGS */ -> {
                if (arg == 0) {
                    long h = in.exc.currentHandled(f);
                    if (h == NULL || h == NONE) throw PyException.of(ExcKind.RUNTIME_ERROR, "No active exception to reraise");
                    throw in.exc.reraise(h);
                }
                long cause = arg == 2 ? s[--f.sp] : NULL;
                long e = s[--f.sp];
                s[f.sp] = s[f.sp + 1] = 0;
                throw in.exc.raise(e, cause, arg == 2);
            }
            case 70 /* RERAISE */ -> {
                long e = s[--f.sp];
                s[f.sp] = 0;
                throw in.exc.reraise(e);
            }
            case 71 /* PUSH_EXC_INFO */ -> {
                long e = s[f.sp - 1];
                s[f.sp - 1] = f.handled == NULL ? NONE : f.handled;
                s[f.sp++] = e;
                f.handled = e;
            }
            case 72 /* POP_EXCEPT */ -> {
                long prev = s[--f.sp];
                s[f.sp] = 0;
                f.handled = prev == NONE ? NULL : prev;
            }
            case 73 /* CHECK_EXC_MATCH */ -> {
                long type = s[f.sp - 1];
                s[f.sp - 1] = fromBool(in.exc.matches(s[f.sp - 2], type));
            }
            case 74 /* BEFORE_WITH */ -> {
                long mgr = s[f.sp - 1];
                long exit = in.attrs.lookupSpecialBound(mgr, "__exit__");
                long enter = in.attrs.lookupSpecialBound(mgr, "__enter__");
                if (enter == NULL || exit == NULL) {
                    throw PyException.typeError("'" + in.typeName(mgr) + "' object does not support the context manager protocol");
                }
                s[f.sp - 1] = exit;
                s[f.sp++] = in.calls.call0(enter);
            }
            case 75 /* WITH_EXCEPT_START */ -> {
                long e = s[f.sp - 1];
                long exitFn = s[f.sp - 3];
                long r = in.calls.call3(exitFn, in.exc.typeOfExc(e), e, in.exc.traceback(e));
                s[f.sp++] = r;
            }
            case 76 /* LOAD_ASSERTION_ERROR */ -> s[f.sp++] = in.vm.excType(ExcKind.ASSERTION_ERROR);
            case 77 /* LOAD_BUILD_CLASS */ -> s[f.sp++] = in.vm.buildClassFunction;
            case 78 /* IMPORT_NAME */ -> {
                long fromlist = s[--f.sp];
                long level = s[--f.sp];
                s[f.sp] = s[f.sp + 1] = 0;
                s[f.sp++] = in.vm.imports.importName(in, f, f.code.names[arg], fromlist, (int) toInt(level));
            }
            case 79 /* IMPORT_FROM */ -> {
                long module = s[f.sp - 1];
                s[f.sp++] = in.vm.imports.importFrom(in, module, f.code.names[arg]);
            }
            case 80 /* IMPORT_STAR */ -> {
                long module = s[--f.sp];
                s[f.sp] = 0;
                in.vm.imports.importStar(in, module, f.locals != NULL ? f.locals : f.globals);
            }
            case 81 /* GET_AWAITABLE */ -> s[f.sp - 1] = Coroutines.awaitable(in, s[f.sp - 1]);
            case 82 /* GET_AITER */ -> s[f.sp - 1] = Coroutines.aiter(in, s[f.sp - 1]);
            case 83 /* GET_ANEXT */ -> Coroutines.pushAnext(in, f);
            case 84 /* END_ASYNC_FOR */ -> Coroutines.endAsyncFor(in, f);
            case 85 /* BEFORE_ASYNC_WITH */ -> Coroutines.beforeAsyncWith(in, f);
            case 86 /* ASYNC_GEN_WRAP */ -> s[f.sp - 1] = AsyncGenerators.wrap(in, s[f.sp - 1]);
            default -> throw new IllegalStateException("bad opcode " + (insn & 0xFF) + " at " + (f.pc - 1) + " in " + f.code.qualname);
        }
        return null;
    }
}

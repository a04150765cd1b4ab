package dev.weft.compile;

/**
 * Weft's bytecode: one table of every instruction, with its operand kind, so that the
 * compiler, the interpreter, the disassembler and (later) the trace recorder agree on one
 * definition. The set follows CPython 3.11's where the meaning is the same (so CPython's
 * documentation of {@code dis} explains most of them), with two differences that serve the
 * tracing JIT and the transactions: {@link #LOOP_HEADER} marks every loop's head explicitly,
 * with a counter of its own, and exception handlers come from a static table (like 3.11's
 * zero-cost exceptions), so a frame has no block stack to save when a transaction starts.
 *
 * <p>An instruction is one {@code int}: the opcode in bits 0..7, its argument in bits 8..31
 * (an unsigned 24-bit index, count or absolute jump target). Worked example: {@code
 * LOAD_FAST 3} is {@code 3 << 8 | LOAD_FAST.ordinal()}.
 *
 * <p>Stack notation below: the right end is the top.
 */
public enum Op {
    NOP(Arg.NONE),
    POP_TOP(Arg.NONE),
    /** Pushes a copy of the item {@code arg} deep (1 = top). */
    COPY(Arg.COUNT),
    /** Swaps the top with the item {@code arg} deep (2 = the one below the top). */
    SWAP(Arg.COUNT),
    LOAD_CONST(Arg.CONST),
    /** Pushes NULL (the marker for "plain call" under CALL). */
    PUSH_NULL(Arg.NONE),

    LOAD_FAST(Arg.LOCAL),
    STORE_FAST(Arg.LOCAL),
    DELETE_FAST(Arg.LOCAL),
    /** Pushes the content of cell {@code arg} (cells and free variables follow the locals). */
    LOAD_DEREF(Arg.CELL),
    STORE_DEREF(Arg.CELL),
    DELETE_DEREF(Arg.CELL),
    /** Pushes the cell object itself (to build a closure). */
    LOAD_CLOSURE(Arg.CELL),
    /** In a class body: the name from the class namespace, else from the cell. */
    LOAD_CLASSDEREF(Arg.CELL),

    LOAD_NAME(Arg.NAME),
    STORE_NAME(Arg.NAME),
    DELETE_NAME(Arg.NAME),
    LOAD_GLOBAL(Arg.NAME),
    STORE_GLOBAL(Arg.NAME),
    DELETE_GLOBAL(Arg.NAME),

    LOAD_ATTR(Arg.NAME),
    STORE_ATTR(Arg.NAME),
    DELETE_ATTR(Arg.NAME),
    /** obj → (method, obj) when the attribute is a plain function on the type, else (NULL, attr). */
    LOAD_METHOD(Arg.NAME),

    BINARY_SUBSCR(Arg.NONE),
    STORE_SUBSCR(Arg.NONE),
    DELETE_SUBSCR(Arg.NONE),
    /** Builds a slice of 2 or 3 items. */
    BUILD_SLICE(Arg.COUNT),

    /** a b → a op b; arg is a {@link BinOp} ordinal (in-place forms included). */
    BINARY_OP(Arg.BINOP),
    UNARY_NEGATIVE(Arg.NONE),
    UNARY_POSITIVE(Arg.NONE),
    UNARY_INVERT(Arg.NONE),
    UNARY_NOT(Arg.NONE),
    /** a b → a cmp b; arg is 0 &lt;, 1 &lt;=, 2 ==, 3 !=, 4 &gt;, 5 &gt;=. */
    COMPARE_OP(Arg.COMPARE),
    /** a b → a is b (arg 0) or a is not b (arg 1). */
    IS_OP(Arg.COUNT),
    /** a b → a in b (arg 0) or a not in b (arg 1). */
    CONTAINS_OP(Arg.COUNT),

    BUILD_TUPLE(Arg.COUNT),
    BUILD_LIST(Arg.COUNT),
    BUILD_SET(Arg.COUNT),
    /** k1 v1 .. kn vn → dict. */
    BUILD_MAP(Arg.COUNT),
    /** Concatenates {@code arg} strs. */
    BUILD_STRING(Arg.COUNT),
    /** v → (appends v to the list {@code arg} deep, counting after the pop). */
    LIST_APPEND(Arg.COUNT),
    SET_ADD(Arg.COUNT),
    /** k v → (sets the dict {@code arg} deep). */
    MAP_ADD(Arg.COUNT),
    /** iterable → (extends the list {@code arg & 0xFFFF} deep; {@link #IN_CALL} set for f(*x)). */
    LIST_EXTEND(Arg.COUNT),
    SET_UPDATE(Arg.COUNT),
    DICT_UPDATE(Arg.COUNT),
    /** Like DICT_UPDATE for **kwargs in a call: duplicate keys are a TypeError. */
    DICT_MERGE(Arg.COUNT),
    LIST_TO_TUPLE(Arg.NONE),
    /** value [spec] → str; arg bits 0..1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 has spec. */
    FORMAT_VALUE(Arg.COUNT),

    UNPACK_SEQUENCE(Arg.COUNT),
    /** arg = count before the star | count after << 8. */
    UNPACK_EX(Arg.COUNT),

    JUMP_FORWARD(Arg.JUMP),
    /** A loop's back edge, to its LOOP_HEADER: a transaction-break point. */
    JUMP_BACKWARD(Arg.JUMP),
    POP_JUMP_IF_FALSE(Arg.JUMP),
    POP_JUMP_IF_TRUE(Arg.JUMP),
    JUMP_IF_FALSE_OR_POP(Arg.JUMP),
    JUMP_IF_TRUE_OR_POP(Arg.JUMP),
    /** The head of a loop; arg is the loop's index in the code's loop counters. */
    LOOP_HEADER(Arg.COUNT),
    GET_ITER(Arg.NONE),
    /** iter → iter next, or pops iter and jumps to arg when exhausted. */
    FOR_ITER(Arg.JUMP),

    /**
     * [NULL callable | callable self] args... → result. {@code arg} positional arguments; the
     * last {@code k} of them are keyword arguments when a KW_NAMES came just before.
     */
    CALL(Arg.COUNT),
    /** Names the keyword arguments of the next CALL: arg is a constant (a String[]). */
    KW_NAMES(Arg.CONST),
    /** NULL callable args_tuple [kwargs_dict] → result; arg 1 when kwargs is there. */
    CALL_FUNCTION_EX(Arg.COUNT),
    /** [defaults tuple] [kwdefaults dict] [closure tuple] code → function; arg bits 0, 1, 3 say which. */
    MAKE_FUNCTION(Arg.COUNT),
    RETURN_VALUE(Arg.NONE),
    /** value → (suspends the generator with value; on resume, pushes the sent value). */
    YIELD_VALUE(Arg.NONE),
    /** iterable → iterator, for {@code yield from} (a generator stays itself). */
    GET_YIELD_FROM_ITER(Arg.NONE),
    /** iter sent → (delegates until the sub-iterator ends, then pushes its return value). */
    YIELD_FROM(Arg.NONE),

    /** arg 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS. */
    RAISE_VARARGS(Arg.COUNT),
    /** exc → (raises exc again, keeping its traceback). */
    RERAISE(Arg.NONE),
    /** exc → previous_handled exc: the handler begins; exc becomes the handled exception. */
    PUSH_EXC_INFO(Arg.NONE),
    /** previous_handled → (restores the handled exception as it was before the handler). */
    POP_EXCEPT(Arg.NONE),
    /** exc type → exc bool. */
    CHECK_EXC_MATCH(Arg.NONE),
    /** mgr → exit_bound entered: calls __enter__, keeps __exit__. */
    BEFORE_WITH(Arg.NONE),
    /** exit_fn prev exc → exit_fn prev exc result: calls exit_fn(type, exc, tb). */
    WITH_EXCEPT_START(Arg.NONE),
    LOAD_ASSERTION_ERROR(Arg.NONE),

    /** Pushes the builtin __build_class__. */
    LOAD_BUILD_CLASS(Arg.NONE),
    /** level fromlist → module; arg names the module. */
    IMPORT_NAME(Arg.NAME),
    /** module → module attr. */
    IMPORT_FROM(Arg.NAME),
    /** module → (copies its public names into the namespace). */
    IMPORT_STAR(Arg.NONE),

    /** v → awaitable iterator: a coroutine stays itself, anything else gives v.__await__(). */
    GET_AWAITABLE(Arg.NONE),
    /** v → v.__aiter__(), for {@code async for}. */
    GET_AITER(Arg.NONE),
    /** aiter → aiter awaitable: the awaitable of aiter.__anext__(). */
    GET_ANEXT(Arg.NONE),
    /** aiter exc → (an {@code async for} ends on StopAsyncIteration; any other exc is raised again). */
    END_ASYNC_FOR(Arg.NONE),
    /** mgr → aexit_bound aenter_awaitable: calls __aenter__, keeps __aexit__. */
    BEFORE_ASYNC_WITH(Arg.NONE),
    /** v → v marked as an async generator's yield (so its asend() ends with the value). */
    ASYNC_GEN_WRAP(Arg.NONE),

    // Fused pairs: never emitted by the compiler, only found in Code.quick, where the first
    // instruction of a pair is replaced by one of these with its own argument and the second
    // stays in the next slot (see Superinstructions).
    LOAD_FAST_LOAD_FAST(Arg.LOCAL),
    LOAD_FAST_LOAD_CONST(Arg.LOCAL),
    LOAD_FAST_LOAD_ATTR(Arg.LOCAL),
    LOAD_FAST_BINARY_OP(Arg.LOCAL),
    LOAD_CONST_BINARY_OP(Arg.CONST),
    STORE_FAST_LOAD_FAST(Arg.LOCAL),
    COMPARE_OP_POP_JUMP_IF_FALSE(Arg.COMPARE),
    /** JUMP_BACKWARD to a LOOP_HEADER: counts the loop as the header would, and jumps past it. */
    JUMP_BACKWARD_PAST_HEADER(Arg.JUMP),
    LOAD_FAST_LOAD_METHOD(Arg.LOCAL),
    PUSH_NULL_LOAD_GLOBAL(Arg.NONE),
    STORE_FAST_STORE_FAST(Arg.LOCAL),
    BINARY_OP_STORE_FAST(Arg.BINOP),
    BINARY_OP_BINARY_OP(Arg.BINOP),
    /** Three: LOAD_FAST, LOAD_FAST, BINARY_OP. */
    LOAD_FAST_LOAD_FAST_BINARY_OP(Arg.LOCAL);

    /** LIST_EXTEND's flag for the arguments of a call (its errors name the function). */
    public static final int IN_CALL = 0x10000;

    /** What an instruction's argument means (for the disassembler and the verifier). */
    public enum Arg { NONE, COUNT, CONST, LOCAL, CELL, NAME, JUMP, BINOP, COMPARE }

    public final Arg arg;

    Op(Arg arg) {
        this.arg = arg;
    }

    /** The effect of this instruction on the stack depth on the fall-through path. */
    public int stackEffect(int arg) {
        return switch (this) {
            case NOP, LOOP_HEADER, JUMP_FORWARD, JUMP_BACKWARD, KW_NAMES, UNARY_NEGATIVE, UNARY_POSITIVE,
                    UNARY_INVERT, UNARY_NOT, GET_ITER, SWAP, GET_YIELD_FROM_ITER, LIST_TO_TUPLE,
                    YIELD_VALUE, LOAD_ATTR, GET_AWAITABLE, GET_AITER, ASYNC_GEN_WRAP -> 0;
            case POP_TOP, STORE_FAST, STORE_DEREF, STORE_NAME, STORE_GLOBAL, BINARY_SUBSCR, BINARY_OP, COMPARE_OP,
                    IS_OP, CONTAINS_OP, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE,
                    POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, RETURN_VALUE,
                    RERAISE, POP_EXCEPT, DELETE_ATTR, YIELD_FROM, IMPORT_STAR -> -1;
            case COPY, LOAD_CONST, PUSH_NULL, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF, LOAD_NAME,
                    LOAD_GLOBAL, LOAD_ASSERTION_ERROR, LOAD_BUILD_CLASS, FOR_ITER, PUSH_EXC_INFO, BEFORE_WITH,
                    WITH_EXCEPT_START, IMPORT_FROM -> 1;
            case LOAD_METHOD -> 1;
            case CHECK_EXC_MATCH -> 0;
            case DELETE_FAST, DELETE_DEREF, DELETE_NAME, DELETE_GLOBAL -> 0;
            case STORE_ATTR, MAP_ADD, DELETE_SUBSCR -> -2;
            case STORE_SUBSCR -> -3;
            case BUILD_SLICE -> 1 - arg;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xFF) + (arg >> 8);
            case CALL -> -1 - arg;
            case CALL_FUNCTION_EX -> -2 - (arg & 1);
            case MAKE_FUNCTION -> -Integer.bitCount(arg & 0xB);
            case RAISE_VARARGS -> -arg;
            case IMPORT_NAME -> -1;
            case GET_ANEXT, BEFORE_ASYNC_WITH -> 1;
            case END_ASYNC_FOR -> -2;
            // both halves of a fused pair
            case LOAD_FAST_LOAD_FAST, LOAD_FAST_LOAD_CONST -> 2;
            case LOAD_FAST_LOAD_ATTR -> 1;
            case LOAD_FAST_BINARY_OP, LOAD_CONST_BINARY_OP, STORE_FAST_LOAD_FAST, JUMP_BACKWARD_PAST_HEADER -> 0;
            case COMPARE_OP_POP_JUMP_IF_FALSE, STORE_FAST_STORE_FAST, BINARY_OP_STORE_FAST, BINARY_OP_BINARY_OP -> -2;
            case LOAD_FAST_LOAD_METHOD, PUSH_NULL_LOAD_GLOBAL -> 2;
            case LOAD_FAST_LOAD_FAST_BINARY_OP -> 1;
        };
    }

    /** The effect of a jump instruction on the depth at its target. */
    public int jumpEffect() {
        return switch (this) {
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> -1;
            case FOR_ITER -> -1;
            default -> 0;
        };
    }

    private static final Op[] ALL = values();

    public static Op of(int insn) {
        return ALL[insn & 0xFF];
    }

    public static int argOf(int insn) {
        return insn >>> 8;
    }

    public int with(int arg) {
        if (arg < 0 || arg > 0xFF_FFFF) throw new IllegalArgumentException(this + " argument " + arg + " out of range");
        return arg << 8 | ordinal();
    }
}

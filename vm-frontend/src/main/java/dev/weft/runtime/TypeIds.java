package dev.weft.runtime;

/**
 * The type ids of the built-in types, as stored in an object's header (bits 0..31, see
 * {@code dev.weft.stm.ObjectLayout}). Ids below {@link #FIRST_EXCEPTION} are the core types,
 * then one per {@link ExcKind}, then from {@link #FIRST_USER} the classes that guest code
 * creates, numbered as they are made. Small ints, floats, None, True, False, NotImplemented
 * and Ellipsis are not heap objects (see {@link Words}) and have no id here.
 *
 * <p>The field layout of each built-in type is declared with the class that implements it;
 * {@link #STORAGE} is a plain array of words that no guest code sees (the items of a list,
 * the table of a dict).
 */
public final class TypeIds {
    private TypeIds() {}

    public static final int BIGINT = 1;
    public static final int STR = 2;
    public static final int TUPLE = 3;
    public static final int LIST = 4;
    public static final int DICT = 5;
    public static final int SET = 6;
    public static final int FROZENSET = 7;
    public static final int RANGE = 8;
    public static final int SLICE = 9;
    public static final int FUNCTION = 10;
    public static final int BUILTIN_FUNCTION = 11;
    public static final int METHOD = 12;
    public static final int TYPE = 13;
    public static final int OBJECT = 14;
    public static final int CELL = 15;
    public static final int GENERATOR = 16;
    public static final int MODULE = 17;
    public static final int STORAGE = 18;
    public static final int ITERATOR = 19;
    public static final int BYTES = 20;
    public static final int PROPERTY = 21;
    public static final int STATICMETHOD = 22;
    public static final int CLASSMETHOD = 23;
    public static final int SUPER = 24;
    public static final int CODE = 25;
    public static final int DICT_VIEW = 26;
    public static final int FILE = 27;
    public static final int TRACEBACK = 28;
    /** Ids of the types of the immediates (never in a header; for dispatch tables). */
    public static final int FLOAT = 29;
    public static final int NONE_TYPE = 30;
    public static final int BOOL = 31;
    public static final int NOT_IMPLEMENTED_TYPE = 32;
    public static final int ELLIPSIS_TYPE = 33;
    /** {@code int} is one type whether the value is a small int or a BIGINT object. */
    public static final int INT = BIGINT;
    public static final int BUILTIN_METHOD_DESCRIPTOR = 34;
    /** The lazy iterators of the builtins (enumerate, zip, map, filter, reversed, iter(seq), iter(f, sentinel)). */
    public static final int ENUMERATE = 35;
    public static final int ZIP = 36;
    public static final int MAP = 37;
    public static final int FILTER = 38;
    public static final int REVERSED = 39;
    public static final int SEQ_ITERATOR = 40;
    public static final int CALLABLE_ITERATOR = 41;
    /** What calling an {@code async def} makes (the GENERATOR layout), and its helpers. */
    public static final int COROUTINE = 42;
    public static final int ASYNC_GENERATOR = 43;
    /** What {@code coroutine.__await__()} answers: an iterator over the coroutine. */
    public static final int COROUTINE_WRAPPER = 44;
    /** The awaitable of {@code __anext__}, {@code asend}, {@code athrow} or {@code aclose} of an async generator. */
    public static final int ASYNC_GEN_AWAITABLE = 45;
    /** The mutable byte buffer (bytes itself is {@link #BYTES}). */
    public static final int BYTEARRAY = 47;
    /** complex: two doubles (see {@code objects.complex.Complexes}). */
    public static final int COMPLEX = 50;
    /** The spine of a chunked {@link #STORAGE} array (see {@code WordArray}); no guest code sees it. */
    public static final int STORAGE_SPINE = 51;
    /** {@code _thread.lock} and {@code _thread.RLock} (see the interpreter's ThreadModule). */
    public static final int LOCK = 52;
    public static final int RLOCK = 53;

    public static final int FIRST_EXCEPTION = 64;
    public static final int FIRST_USER = 256;
}

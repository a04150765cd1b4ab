package dev.weft.runtime;

/**
 * The built-in exception classes of CPython 3.11 and their hierarchy (the first base of each;
 * the few with two bases, such as UnicodeDecodeError, have their second added by the runtime
 * when it builds the type objects). Generated from CPython's own {@code builtins}, in
 * depth-first order, so a parent always comes before its children.
 *
 * <p>Type id of each class: {@link TypeIds#FIRST_EXCEPTION} + ordinal.
 */
public enum ExcKind {
    BASE_EXCEPTION("BaseException", null),
    BASE_EXCEPTION_GROUP("BaseExceptionGroup", BASE_EXCEPTION),
    EXCEPTION_GROUP("ExceptionGroup", BASE_EXCEPTION_GROUP),
    EXCEPTION("Exception", BASE_EXCEPTION),
    ARITHMETIC_ERROR("ArithmeticError", EXCEPTION),
    FLOATING_POINT_ERROR("FloatingPointError", ARITHMETIC_ERROR),
    OVERFLOW_ERROR("OverflowError", ARITHMETIC_ERROR),
    ZERO_DIVISION_ERROR("ZeroDivisionError", ARITHMETIC_ERROR),
    ASSERTION_ERROR("AssertionError", EXCEPTION),
    ATTRIBUTE_ERROR("AttributeError", EXCEPTION),
    BUFFER_ERROR("BufferError", EXCEPTION),
    EOF_ERROR("EOFError", EXCEPTION),
    IMPORT_ERROR("ImportError", EXCEPTION),
    MODULE_NOT_FOUND_ERROR("ModuleNotFoundError", IMPORT_ERROR),
    LOOKUP_ERROR("LookupError", EXCEPTION),
    INDEX_ERROR("IndexError", LOOKUP_ERROR),
    KEY_ERROR("KeyError", LOOKUP_ERROR),
    MEMORY_ERROR("MemoryError", EXCEPTION),
    NAME_ERROR("NameError", EXCEPTION),
    UNBOUND_LOCAL_ERROR("UnboundLocalError", NAME_ERROR),
    OS_ERROR("OSError", EXCEPTION),
    BLOCKING_IO_ERROR("BlockingIOError", OS_ERROR),
    CHILD_PROCESS_ERROR("ChildProcessError", OS_ERROR),
    CONNECTION_ERROR("ConnectionError", OS_ERROR),
    BROKEN_PIPE_ERROR("BrokenPipeError", CONNECTION_ERROR),
    CONNECTION_ABORTED_ERROR("ConnectionAbortedError", CONNECTION_ERROR),
    CONNECTION_REFUSED_ERROR("ConnectionRefusedError", CONNECTION_ERROR),
    CONNECTION_RESET_ERROR("ConnectionResetError", CONNECTION_ERROR),
    FILE_EXISTS_ERROR("FileExistsError", OS_ERROR),
    FILE_NOT_FOUND_ERROR("FileNotFoundError", OS_ERROR),
    INTERRUPTED_ERROR("InterruptedError", OS_ERROR),
    IS_A_DIRECTORY_ERROR("IsADirectoryError", OS_ERROR),
    NOT_A_DIRECTORY_ERROR("NotADirectoryError", OS_ERROR),
    PERMISSION_ERROR("PermissionError", OS_ERROR),
    PROCESS_LOOKUP_ERROR("ProcessLookupError", OS_ERROR),
    TIMEOUT_ERROR("TimeoutError", OS_ERROR),
    REFERENCE_ERROR("ReferenceError", EXCEPTION),
    RUNTIME_ERROR("RuntimeError", EXCEPTION),
    NOT_IMPLEMENTED_ERROR("NotImplementedError", RUNTIME_ERROR),
    RECURSION_ERROR("RecursionError", RUNTIME_ERROR),
    STOP_ASYNC_ITERATION("StopAsyncIteration", EXCEPTION),
    STOP_ITERATION("StopIteration", EXCEPTION),
    SYNTAX_ERROR("SyntaxError", EXCEPTION),
    INDENTATION_ERROR("IndentationError", SYNTAX_ERROR),
    TAB_ERROR("TabError", INDENTATION_ERROR),
    SYSTEM_ERROR("SystemError", EXCEPTION),
    TYPE_ERROR("TypeError", EXCEPTION),
    VALUE_ERROR("ValueError", EXCEPTION),
    UNICODE_ERROR("UnicodeError", VALUE_ERROR),
    UNICODE_DECODE_ERROR("UnicodeDecodeError", UNICODE_ERROR),
    UNICODE_ENCODE_ERROR("UnicodeEncodeError", UNICODE_ERROR),
    UNICODE_TRANSLATE_ERROR("UnicodeTranslateError", UNICODE_ERROR),
    WARNING("Warning", EXCEPTION),
    BYTES_WARNING("BytesWarning", WARNING),
    DEPRECATION_WARNING("DeprecationWarning", WARNING),
    ENCODING_WARNING("EncodingWarning", WARNING),
    FUTURE_WARNING("FutureWarning", WARNING),
    IMPORT_WARNING("ImportWarning", WARNING),
    PENDING_DEPRECATION_WARNING("PendingDeprecationWarning", WARNING),
    RESOURCE_WARNING("ResourceWarning", WARNING),
    RUNTIME_WARNING("RuntimeWarning", WARNING),
    SYNTAX_WARNING("SyntaxWarning", WARNING),
    UNICODE_WARNING("UnicodeWarning", WARNING),
    USER_WARNING("UserWarning", WARNING),
    GENERATOR_EXIT("GeneratorExit", BASE_EXCEPTION),
    KEYBOARD_INTERRUPT("KeyboardInterrupt", BASE_EXCEPTION),
    SYSTEM_EXIT("SystemExit", BASE_EXCEPTION);

    /** The Python name. */
    public final String pyName;
    /** The first base, null for BaseException. */
    public final ExcKind parent;

    ExcKind(String pyName, ExcKind parent) {
        this.pyName = pyName;
        this.parent = parent;
    }

    public int typeId() {
        return TypeIds.FIRST_EXCEPTION + ordinal();
    }

    /** Whether this kind is {@code other} or derives from it. */
    public boolean isA(ExcKind other) {
        for (ExcKind k = this; k != null; k = k.parent) {
            if (k == other) return true;
        }
        return false;
    }

    private static final ExcKind[] ALL = values();

    /** The kind whose type id is {@code id}, or null. */
    public static ExcKind ofTypeId(int id) {
        int i = id - TypeIds.FIRST_EXCEPTION;
        return i >= 0 && i < ALL.length ? ALL[i] : null;
    }
}

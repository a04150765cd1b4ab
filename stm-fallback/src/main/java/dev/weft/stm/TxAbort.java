package dev.weft.stm;

/**
 * Thrown by a barrier, by {@code commit} or by an allocation when the current transaction has
 * aborted. By the time it is thrown the transaction is already rolled back and its locks
 * released, so the catcher only decides whether to run it again ({@link TxContext#atomically}
 * does). One instance per thread, without a stack trace: an abort is control flow, and
 * conflicts are frequent enough that building traces would show in profiles.
 */
public final class TxAbort extends RuntimeException {
    private static final long serialVersionUID = 1L;
    AbortCause cause = AbortCause.EXPLICIT;

    TxAbort() {
        super("transaction aborted", null, false, false);
    }

    public AbortCause abortCause() {
        return cause;
    }

    @Override
    public String getMessage() {
        return "transaction aborted: " + cause.label;
    }
}

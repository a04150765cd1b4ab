package dev.weft.stm;

/**
 * One abort, or one wait for another transaction, as the conflict log keeps it: what
 * happened, on which object, between which threads, where each of them touched the object,
 * and how much time it cost.
 *
 * @param cause why it aborted (for a wait: the kind of access that waited)
 * @param object the object of the conflict (0 if none, e.g. an explicit abort)
 * @param type the object's type id (0 if none)
 * @param thread the slot of the thread that aborted (or waited)
 * @param other the slot of the other side (0 if none or unknown)
 * @param location this side's guest position at its access of the object (a JSON array of
 *     [file, line, function], outermost first), or null when positions are not recorded
 * @param otherLocation the other side's, or null when unknown
 * @param nanosLost for an abort, the time from the start of the attempt to the abort; for a
 *     wait, the time waited
 * @param waited whether this is a wait (the transaction won and waited) rather than an abort
 * @param access this side's access: "read" or "write" (null when unknown)
 * @param otherAccess the other side's access (null when unknown)
 * @param attempt which attempt of its transaction this side was in: 1 for the first, 2 for
 *     the first retry, and so on (a retry keeps its transaction's age and counts on)
 */
public record ConflictRecord(AbortCause cause, long object, int type, int thread, int other,
        Object location, Object otherLocation, long nanosLost, boolean waited, String access, String otherAccess, int attempt) {
    public ConflictRecord(AbortCause cause, long object, int type, int thread, int other, Object location, Object otherLocation, long nanosLost,
            int attempt) {
        this(cause, object, type, thread, other, location, otherLocation, nanosLost, false, null, null, attempt);
    }
}

package dev.weft.stm;

/**
 * One abort, as the conflict log keeps it: what happened, on which object, between which
 * threads, where each of them was (the {@code location} slot of each context, which the
 * interpreter will fill with the guest source position), and how much work was lost.
 *
 * @param cause why it aborted
 * @param object the object of the conflict (0 if none, e.g. an explicit abort)
 * @param type the object's type id (0 if none)
 * @param thread the slot of the thread that aborted
 * @param other the slot of the other side (0 if none)
 * @param location where the aborted transaction was (its context's location slot)
 * @param otherLocation where the other side was, read at the time of the conflict
 * @param nanosLost time from the start of the attempt to the abort
 */
public record ConflictRecord(AbortCause cause, long object, int type, int thread, int other,
        Object location, Object otherLocation, long nanosLost) {}

package dev.weft.stm;

import static dev.weft.stm.ContextLayout.*;
import static dev.weft.stm.ObjectLayout.*;

/** How a software transaction ends after generated code left it through a slow exit. */
final class NativeExits {
    private NativeExits() {}

    /**
     * Ends the running attempt after generated code left it through a slow exit (codegen-x86's
     * {@code dev.weft.x86.stm.StmBarriers}): reads {@code EXIT_CODE}, {@code EXIT_OBJECT} and
     * {@code EXIT_OREC} from the context block, rolls back (the native barriers kept the same
     * read and undo logs as {@link TxContext#read} and {@link TxContext#write}) and throws the {@link TxAbort},
     * so that {@link TxContext#atomically} retries with the same age. Exit codes and their causes:
     * 1 read conflict ({@code READ_WRITE}) and 2 write conflict ({@code WRITE_WRITE}, or
     * {@code INEVITABLE} if the owner is inevitable): as in the Java barriers' contention
     * management, an older transaction asks the owner to abort; either way this one waits,
     * after rolling back, until the orec changes, so its retry does not spin on the lock;
     * 3 version newer than the snapshot ({@code VALIDATION}: native code cannot extend in
     * place); 4 read log and 5 undo log full (the log is grown first; {@code EXPLICIT});
     * 6 kill requested ({@code KILLED}). 7 (entered while inevitable, nothing done) and anything
     * else is the driver's bug: {@link IllegalStateException}, which atomically treats as the
     * body's exception.
     */
    static void abort(TxContext tx) {
        tx.requireActive("abortAfterNativeExit");
        long code = tx.get(EXIT_CODE), obj = tx.get(EXIT_OBJECT), seen = tx.get(EXIT_OREC);
        tx.put(EXIT_CODE, 0);
        if (obj != 0 && !tx.heap().isObject(obj)) obj = 0; // never dereference what native code claimed blindly
        if (tx.isInevitable() || code < EXIT_CONFLICT_READ || code > EXIT_KILLED) {
            throw new IllegalStateException("abortAfterNativeExit: no slow exit to handle (exit code " + code
                    + (tx.isInevitable() ? ", inevitable transaction: run it in Java" : "") + ")");
        }
        switch ((int) code) {
            case EXIT_CONFLICT_READ, EXIT_CONFLICT_WRITE -> {
                int ownerSlot = isLocked(seen) && owner(seen) > 0 && owner(seen) <= Heap.MAX_SLOTS ? owner(seen) : 0;
                TxContext owner = ownerSlot > 0 && ownerSlot != tx.slot() ? tx.heap().slots[ownerSlot] : null;
                boolean ownerInevitable = owner != null && owner.isInevitable();
                boolean older = owner != null && !ownerInevitable && tx.get(TICKET) < owner.ticket();
                TxAbort e = tx.rollback(ownerInevitable ? AbortCause.INEVITABLE
                        : code == EXIT_CONFLICT_READ ? AbortCause.READ_WRITE : AbortCause.WRITE_WRITE, obj, ownerSlot);
                if (older) owner.requestAbort();
                if (obj != 0 && ownerSlot != 0) tx.contention.waitForChange(obj, seen, false);
                throw e;
            }
            case EXIT_EXTEND -> {
                tx.heap().advanceClock(version(seen)); // else the retry's snapshot is as old again
                throw tx.rollback(AbortCause.VALIDATION, obj, 0);
            }
            case EXIT_READ_LOG_FULL -> {
                tx.growReadLog();
                throw tx.rollback(AbortCause.EXPLICIT, obj, 0);
            }
            case EXIT_UNDO_LOG_FULL -> {
                tx.growUndoLog(24 + (obj != 0 ? 8L * fieldCount(RawMemory.get(obj)) : 0));
                throw tx.rollback(AbortCause.EXPLICIT, obj, 0);
            }
            default -> throw tx.rollback(AbortCause.KILLED, obj, 0);
        }
    }
}

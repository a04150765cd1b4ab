package dev.weft.stm;

/**
 * The per-thread context block: a native struct, one per thread attached to a {@link Heap},
 * that the Java barriers and the JIT's generated code read and write at the same offsets. This
 * class is the one definition of its layout; codegen-x86 emits {@code [ctx + OFFSET]} operands
 * from these constants, and a trace is entered with the block's address as its argument.
 *
 * <pre>
 *   off  field               written by       meaning
 *     0  HEAP_BASE           heap, once       the arena's first byte
 *     8  LOCK_WORD           heap, once       slot &lt;&lt; 1 | 1: the orec value of "locked by me"
 *    16  READ_VERSION        owner            rv: the clock value this transaction reads at
 *    24  STATUS              owner + others   INACTIVE 0, ACTIVE 1, ABORT_REQUESTED 2, COMMITTING 3,
 *                                             RUNNING_INEVITABLE 4
 *                                             (others only CAS ACTIVE -&gt; ABORT_REQUESTED)
 *    32  READ_LOG_CURSOR     owner            next free read-log entry (16 bytes: object, orec seen)
 *    40  READ_LOG_LIMIT      owner            end of the read-log buffer
 *    48  UNDO_LOG_CURSOR     owner            next free undo-log byte
 *    56  UNDO_LOG_LIMIT      owner            end of the undo-log buffer
 *    64  CLOCK_ADDRESS       heap, once       address of the global version clock G
 *    72  TICKET              owner            age of the logical transaction (smaller = older)
 *    80  INEVITABLE          owner            1 while this transaction is inevitable
 *    88  EXIT_CODE           generated code   why native code returned (see below)
 *    96  EXIT_OBJECT         generated code   the object it stopped at, if any
 *   104  EXIT_OREC           generated code   the orec value it saw there
 *   112  ALONE_ADDRESS       heap, once       address of the alone word: the slot of the transaction
 *                                             that runs alone, or 0 (hardware transactions read it)
 *   120  (reserved)
 *   128  ALLOC               owner            per size class c, 3 words at 128 + 24c:
 *                                             free-list head, bump cursor, bump limit
 *  1024  EXIT_RECORD         generated code   512 bytes for the JIT's live values at a side exit
 *  1536  (size)
 * </pre>
 *
 * A read-log entry is {@code (object, orec seen)}; an undo-log entry is {@code (object, orec
 * before locking, n)} followed by the object's n fields as they were (n = -1 marks a lock taken
 * by an inevitable transaction's read, with nothing to restore).
 *
 * <p>Worked example: the thread in slot 3 begins at clock 10 and reads one object at
 * 0x7f..40 whose orec is 0x12 (version 9). Its block then holds LOCK_WORD 7, READ_VERSION 10,
 * STATUS 1, and READ_LOG_CURSOR has moved 16 bytes past the entry {@code 0x7f..40, 0x12}.
 */
public final class ContextLayout {
    private ContextLayout() {}

    public static final int HEAP_BASE = 0;
    public static final int LOCK_WORD = 8;
    public static final int READ_VERSION = 16;
    public static final int STATUS = 24;
    public static final int READ_LOG_CURSOR = 32;
    public static final int READ_LOG_LIMIT = 40;
    public static final int UNDO_LOG_CURSOR = 48;
    public static final int UNDO_LOG_LIMIT = 56;
    public static final int CLOCK_ADDRESS = 64;
    public static final int TICKET = 72;
    public static final int INEVITABLE = 80;
    public static final int EXIT_CODE = 88;
    public static final int EXIT_OBJECT = 96;
    public static final int EXIT_OREC = 104;
    public static final int ALONE_ADDRESS = 112;
    public static final int ALLOC = 128;
    public static final int ALLOC_ENTRY = 24;
    public static final int ALLOC_FREE_HEAD = 0;
    public static final int ALLOC_BUMP_CURSOR = 8;
    public static final int ALLOC_BUMP_LIMIT = 16;
    public static final int EXIT_RECORD = 1024;
    public static final int EXIT_RECORD_BYTES = 512;
    public static final int SIZE = 1536;

    public static final long INACTIVE = 0;
    public static final long ACTIVE = 1;
    public static final long ABORT_REQUESTED = 2;
    public static final long COMMITTING = 3;
    public static final long RUNNING_INEVITABLE = 4;

    public static final int READ_ENTRY = 16;

    // Values of EXIT_CODE: why generated code left a transaction through a slow exit.
    // codegen-x86's StmBarriers writes them; TxContext.abortAfterNativeExit handles them.
    /** The generated function finished: commit. */
    public static final int EXIT_OK = 0;
    /** A read met an orec locked by another transaction (abort cause READ_WRITE). */
    public static final int EXIT_CONFLICT_READ = 1;
    /** A write met an orec locked by another transaction (WRITE_WRITE). */
    public static final int EXIT_CONFLICT_WRITE = 2;
    /** An object's version is newer than the snapshot: Java would extend; native code aborts (VALIDATION). */
    public static final int EXIT_EXTEND = 3;
    /** The read log is full: the driver grows it and retries (EXPLICIT). */
    public static final int EXIT_READ_LOG_FULL = 4;
    /** The undo log has no room for the object's entry: grown, then retried (EXPLICIT). */
    public static final int EXIT_UNDO_LOG_FULL = 5;
    /** Another transaction asked this one to abort (KILLED). */
    public static final int EXIT_KILLED = 6;
    /** Entered in an inevitable transaction, which runs in Java: nothing was done. */
    public static final int EXIT_INEVITABLE = 7;

    /** The offset of size class {@code c}'s allocation entry. */
    public static int alloc(int sizeClass) {
        return ALLOC + ALLOC_ENTRY * sizeClass;
    }

    static {
        if (alloc(SizeClasses.COUNT) > EXIT_RECORD) {
            throw new AssertionError("allocation entries overlap the exit record");
        }
    }
}

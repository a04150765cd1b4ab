package dev.weft.stm;

/**
 * The layout of every object in the arena: two header words, then the fields, 8 bytes each,
 * at an 8-byte-aligned raw address that Java code and native trace code use alike.
 *
 * <pre>
 *   addr + 0   header   bits  0..31  type id (the language's; opaque here)
 *                       bits 32..55  field count (0..16777215 words: a 128 MiB object)
 *                       bit  56      (unused: the collector's marks are in a table beside
 *                                    the blocks, {@link Heap#marks})
 *                       bit  57      IMMUTABLE fields never change after the creating transaction
 *                       bit  58      FREE      a free cell (the rest of the word is then 0)
 *                       bit  59      ALLOCATED set in every object, so no object's header is 0
 *                                    (a zero header is a cell never handed out)
 *   addr + 8   orec     even: unlocked, version << 15 | incarnation << 11 | writer << 1
 *                             (writer: the slot of the thread whose transaction wrote it
 *                             last, 0 for none or the RTM emulator; incarnation: aborts since
 *                             that write, see {@link #afterAbort})
 *                       odd:  locked,   slot << 1 | 1 (slot &gt;= 1 names the owner's context),
 *                                       with bit 11 set for an inevitable transaction's read lock
 *                       in a FREE cell: the address of the next free cell, or 0
 *   addr + 16  field 0
 *   addr + 24  field 1  ...
 * </pre>
 *
 * Worked example: a 3-field object of type 7, last written by a transaction that committed at
 * clock 41, sits at 0x7f0000100040 as
 * {@code 0x0800_0003_0000_0007} (header: ALLOCATED, 3 fields, type 7), {@code 0x148004} (orec: 41 &lt;&lt; 15 | 2 &lt;&lt; 1, written by slot 2), then its fields at
 * 0x...50, 0x...58, 0x...60. While the thread in slot 2 writes it, its orec reads {@code 0x5}.
 *
 * <p>The orec sits in the object, not in a hashed side table, so that conflicts are per object
 * (never a false conflict between two objects that share a table entry or a cache line) and the
 * barrier finds it at a constant offset from the pointer it already holds.
 */
public final class ObjectLayout {
    private ObjectLayout() {}

    public static final int HEADER = 0;
    public static final int OREC = 8;
    public static final int FIELDS = 16;
    /** Bytes of the two header words. */
    public static final int HEADER_BYTES = 16;
    public static final int MAX_FIELDS = 0xFF_FFFF;

    public static final long IMMUTABLE = 1L << 57;
    public static final long FREE = 1L << 58;
    public static final long ALLOCATED = 1L << 59;

    public static long header(int type, int fields, long flags) {
        return (type & 0xFFFF_FFFFL) | (long) fields << 32 | ALLOCATED | flags;
    }

    public static int type(long header) {
        return (int) header;
    }

    public static int fieldCount(long header) {
        return (int) (header >>> 32) & 0xFF_FFFF;
    }

    /** The byte offset of field {@code i} from the object's address. */
    public static long fieldOffset(int i) {
        return FIELDS + 8L * i;
    }

    /** Bytes an object of {@code fields} fields occupies. */
    public static long sizeOf(int fields) {
        return HEADER_BYTES + 8L * fields;
    }

    public static boolean isLocked(long orec) {
        return (orec & 1) != 0;
    }

    /** Bits below the version in an unlocked orec: the incarnation, the writer's slot and the lock bit. */
    public static final int VERSION_SHIFT = 15;
    /** Where the incarnation sits: 4 bits between the writer and the version. */
    public static final int INCARNATION_SHIFT = 11;
    static final long INCARNATION_MASK = 0xFL << INCARNATION_SHIFT;
    static final int MAX_INCARNATION = 15;

    public static int incarnation(long orec) {
        return (int) ((orec & INCARNATION_MASK) >>> INCARNATION_SHIFT);
    }

    /**
     * The orec an aborting transaction leaves on an object it wrote and has put back: the
     * one it locked from, {@code before}, with the next incarnation, so that the orec still
     * never takes a value it had (a reader that loaded the orec, then an aborting writer's
     * value, then the orec again, sees the change), while the version, which says what is in
     * the object, stays: readers that read it before the lock stay valid ({@link
     * #sameVersion}). After the last incarnation, a new version, as every abort used to give
     * (docs/tm-protocol.md, "Aborts keep the version").
     */
    public static long afterAbort(long before, long wv, int slot) {
        return incarnation(before) < MAX_INCARNATION ? before + (1L << INCARNATION_SHIFT) : unlocked(nextVersion(wv, before), slot);
    }

    /**
     * Whether two orecs differ at most in their incarnation: the object holds what it held
     * (the validation of a read log). A read's own check after its load must compare the
     * whole word instead: it may have loaded an aborting writer's value.
     */
    public static boolean sameVersion(long a, long b) {
        return ((a ^ b) & ~INCARNATION_MASK) == 0;
    }

    public static long version(long orec) {
        return orec >>> VERSION_SHIFT;
    }

    /** An unlocked orec of {@code version} with no writer recorded (writer 0). */
    public static long unlocked(long version) {
        return version << VERSION_SHIFT;
    }

    /** An unlocked orec of {@code version} last written by the thread in {@code writer}. */
    public static long unlocked(long version, int writer) {
        return version << VERSION_SHIFT | (long) writer << 1;
    }

    /** The slot of the last writer recorded in an unlocked orec (0 for none). */
    public static int writer(long orec) {
        return (int) (orec >>> 1) & 0x3FF;
    }

    /**
     * The version an object gets when a writer publishes at clock value {@code wv}: never
     * below or equal to the version it replaces, so an orec never takes a value it had
     * before (a reader comparing orecs must see every change: no ABA).
     */
    public static long nextVersion(long wv, long replacedOrec) {
        return Math.max(wv, version(replacedOrec) + 1);
    }

    public static long lockWord(int slot) {
        return (long) slot << 1 | 1;
    }

    /**
     * Set in a lock word that an inevitable transaction took to read, not to write: its
     * write barrier finds it is not the lock word and upgrades it, so the commit can tell
     * what it only read (that gets its old orec back) from what it wrote.
     */
    static final long READ_LOCK = 1L << 11;

    /** The lock word of an inevitable transaction's read lock ({@link #READ_LOCK}). */
    public static long readLockWord(int slot) {
        return lockWord(slot) | READ_LOCK;
    }

    /** The slot of the owner of a locked orec (a lock word or a read lock word). */
    public static int owner(long orec) {
        return (int) (orec >>> 1) & 0x3FF;
    }
}

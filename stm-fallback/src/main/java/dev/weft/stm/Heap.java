package dev.weft.stm;

import static dev.weft.stm.ContextLayout.*;
import static dev.weft.stm.ObjectLayout.OREC;

import dev.weft.htm.LibC;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The arena every guest object lives in, and the shared state of the transactional memory
 * over it (the global clock, the thread slots, the inevitable token).
 *
 * <p><b>Memory.</b> One {@code mmap} reserves {@link Params#heapLimit} bytes of address space
 * with no access and no swap reservation; blocks of {@link #BLOCK} bytes are committed
 * ({@code mprotect} read+write) in chunks as the heap grows, so an untouched heap costs only
 * address space. Object addresses are raw: Java code reaches them through {@link #MEMORY}, a
 * segment over the whole address space indexed by the address itself (no base to add), and
 * native code with plain {@code mov}s. Nothing ever reads an address the allocator did not
 * hand out, so the unmapped rest of the reservation is never touched.
 *
 * <p><b>Allocation.</b> Small objects take a cell of their {@link SizeClasses size class};
 * each block holds cells of one class. A thread owns the blocks it allocates from (its
 * thread-local allocation buffer, kept in its context block: a free-list head and a bump
 * range per class), so the fast path is a pop or a bump with no lock and no atomic
 * instruction. Only the slow path, taking a fresh or swept block, takes this heap's lock.
 * Large objects take whole blocks. When no block is left under the limit the allocation
 * answers 0: the caller turns that into a collection or, after one, an out-of-memory error.
 *
 * <p><b>Collection</b> is mark-sweep and non-moving ({@link Collector}); this class keeps the
 * per-block tables it needs.
 */
public final class Heap implements AutoCloseable {
    /** Bytes per block: the unit of commitment, of ownership by a thread, and of sweeping. */
    public static final int BLOCK = 64 * 1024;
    public static final int BLOCK_SHIFT = 16;
    /** The most threads attached at once; slot numbers are 1..MAX_SLOTS (0 means none). */
    public static final int MAX_SLOTS = 1023;

    /** All of memory, indexed by raw address (see {@link RawMemory} for the loads and stores). */
    @SuppressWarnings("restricted")
    public static final MemorySegment MEMORY = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    static final byte BLOCK_FREE = -1;
    static final byte BLOCK_LARGE = -2;
    static final byte BLOCK_LARGE_TAIL = -3;

    final Params params;
    private final MemorySegment reservation;
    /** The first block's address (BLOCK-aligned). */
    final long base;
    final int blockCount;

    /** Per block: its size class, or BLOCK_FREE / BLOCK_LARGE / BLOCK_LARGE_TAIL. */
    final byte[] blockClass;
    /** Per large-object head block: how many blocks the object spans. */
    final int[] largeSpan;
    /** Per block owned by no thread after a sweep: the head of its free-cell list, or 0. */
    final long[] blockFreeList;
    /**
     * Per block: its mark bits, one per cell (bit 0 for a large object), set by the
     * collector's mark and kept until the next collection clears them; null until the block is
     * first marked. In a table beside the objects, not in their headers, so that a thread can
     * sweep a block lazily while others read the live objects in it: nothing writes a live
     * object's header after its allocation.
     */
    final long[][] marks;
    /** Cells per block at most (16-byte cells), so mark bits per block. */
    static final int MAX_CELLS = BLOCK / 16;
    /**
     * Per block: marked by the last collection and not swept since ({@link Collector#sweepBlock}):
     * its dead cells still look allocated, so {@link #isObject} asks its marks. Written with
     * release after the sweep's stores, read with acquire.
     */
    private final boolean[] unswept;
    private static final VarHandle UNSWEPT = java.lang.invoke.MethodHandles.arrayElementVarHandle(boolean[].class);
    /** Per free block: whether its pages may still be resident (not given back since its use). */
    private final boolean[] resident;
    /** Blocks handed out so far are [0, freshBlocks); those below committedBlocks are mapped. */
    private volatile int freshBlocks;
    private int committedBlocks;
    /**
     * Blocks not free, and the most of them an allocation that can step back for a collection
     * may bring about: the last eighth of the heap is kept for inevitable transactions (and
     * every transaction under a global lock), which cannot abort to let a collection run. An
     * inevitable transaction that meets a full heap used to get a MemoryError at once; with
     * many conflicts (so many inevitable retries) that happened in programs with almost nothing
     * live. Once the reserve is touched, {@link #inReserve} asks for a collection at the next
     * break.
     */
    private int usedBlocks;
    private final int softBlocks;
    private volatile boolean inReserve;
    /** Blocks with live and dead cells, per size class, that no one has swept yet; wholly free blocks. Guarded by this. */
    private final ArrayDeque<Integer>[] unsweptBlocks;
    private final ArrayDeque<Integer> emptyBlocks = new ArrayDeque<>();

    /** Native globals: the version clock G at offset 0, on a cache line of its own. */
    private final Arena globalsArena = Arena.ofShared();
    final MemorySegment globals;
    public final long clockAddress;

    final TxContext[] slots = new TxContext[MAX_SLOTS + 1];
    /** The attached contexts, copied at each attach and detach: what {@link Alone} looks through. */
    volatile TxContext[] attached = new TxContext[0];
    /**
     * The alone word (globals + 64, a cache line of its own): the slot of the transaction that
     * runs alone ({@link Alone}), or 0. Native, so that hardware transactions can read it.
     */
    public final long aloneAddress;
    /** Contexts waiting at their begin for the transaction that runs alone to end. */
    final java.util.concurrent.atomic.AtomicInteger aloneWaiters = new java.util.concurrent.atomic.AtomicInteger();
    /** Where the last transaction that ran alone with a context waiting for it ended (conflict log only). */
    volatile String aloneEndSite;
    /** The slot of the inevitable transaction, or 0. */
    volatile int inevitable;
    static final VarHandle INEVITABLE;

    final TmStats stats = new TmStats();
    /** Transactions' ages count from here (TxContext's TICKET). */
    final long startNanos = System.nanoTime();
    final ConflictLog conflicts;
    final Collector collector;

    static {
        try {
            INEVITABLE = java.lang.invoke.MethodHandles.lookup().findVarHandle(Heap.class, "inevitable", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unchecked")
    public Heap(Params params) {
        if (params.heapLimit() < BLOCK || params.heapLimit() > (1L << 46)) {
            throw new IllegalArgumentException("heap limit " + params.heapLimit() + " not in [64 KiB, 64 TiB]");
        }
        this.params = params;
        long blocks = params.heapLimit() >>> BLOCK_SHIFT;
        this.blockCount = (int) blocks;
        this.softBlocks = blockCount >= 16 ? blockCount - blockCount / 8 : blockCount;
        long bytes = blocks * BLOCK + BLOCK; // one extra block to align the base
        reservation = LibC.mmap(MemorySegment.NULL, bytes, LibC.PROT_NONE,
                LibC.MAP_PRIVATE | LibC.MAP_ANONYMOUS | LibC.MAP_NORESERVE, -1, 0).reinterpret(bytes);
        base = (reservation.address() + BLOCK - 1) & -(long) BLOCK;
        blockClass = new byte[blockCount];
        java.util.Arrays.fill(blockClass, BLOCK_FREE);
        largeSpan = new int[blockCount];
        blockFreeList = new long[blockCount];
        resident = new boolean[blockCount];
        marks = new long[blockCount][];
        unswept = new boolean[blockCount];
        unsweptBlocks = new ArrayDeque[SizeClasses.COUNT];
        for (int c = 0; c < SizeClasses.COUNT; c++) unsweptBlocks[c] = new ArrayDeque<>();
        globals = globalsArena.allocate(128, 64);
        clockAddress = globals.address();
        aloneAddress = clockAddress + 64;
        conflicts = new ConflictLog(params.conflictLogSize());
        collector = new Collector(this);
    }

    public Heap() {
        this(Params.fromSystemProperties());
    }

    // ---------------------------------------------------------------------------------------
    // Threads

    /** Attaches the calling thread: a context block, a slot, allocation buffers. */
    public synchronized TxContext attach() {
        for (int s = 1; s <= MAX_SLOTS; s++) {
            if (slots[s] == null) {
                TxContext ctx = new TxContext(this, s);
                slots[s] = ctx;
                attached = contexts().toArray(new TxContext[0]);
                collector.registered(ctx);
                return ctx;
            }
        }
        throw new IllegalStateException("more than " + MAX_SLOTS + " threads attached to one heap");
    }

    synchronized void detached(TxContext ctx) {
        collector.unregistered(ctx);
        slots[ctx.slot] = null;
        attached = contexts().toArray(new TxContext[0]);
    }

    synchronized List<TxContext> contexts() {
        List<TxContext> all = new ArrayList<>();
        for (TxContext c : slots) if (c != null) all.add(c);
        return all;
    }

    public TmStats stats() {
        return stats;
    }

    public ConflictLog conflicts() {
        return conflicts;
    }

    /** The last committed write of each object, while positions are recorded ({@link ConflictSites}); bounded. */
    private final java.util.Map<Long, ConflictSites.Write> lastWriters = new java.util.concurrent.ConcurrentHashMap<>();

    void lastWrite(long obj, ConflictSites.Write w) {
        if (lastWriters.size() > 100_000) lastWriters.clear();
        lastWriters.put(obj, w);
    }

    ConflictSites.Write lastWriteOf(long obj) {
        return lastWriters.get(obj);
    }

    public Collector collector() {
        return collector;
    }

    public Params params() {
        return params;
    }

    /** The global version clock G. */
    /** The slot of the transaction that runs alone, or 0. */
    int alone() {
        return (int) RawMemory.getVolatile(aloneAddress);
    }

    public long clock() {
        return RawMemory.getVolatile(clockAddress);
    }

    /**
     * Moves G up to at least {@code version} (a reader met an object published at a version
     * the clock has not reached: commits read G but do not advance it) and answers G.
     */
    public long advanceClock(long version) {
        for (;;) {
            long g = clock();
            if (g >= version || RawMemory.compareAndSet(clockAddress, g, version)) return Math.max(g, version);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Blocks (the slow path of allocation; the fast path is in TxContext)

    long blockAddress(int block) {
        return base + ((long) block << BLOCK_SHIFT);
    }

    /** The block an address lies in, or -1 if it is outside the blocks handed out. */
    int blockOf(long address) {
        long off = address - base;
        if (off < 0) return -1;
        long b = off >>> BLOCK_SHIFT;
        return b < freshBlocksPlain() ? (int) b : -1;
    }

    private int freshBlocksPlain() {
        return freshBlocks;
    }

    /**
     * A block for size class {@code c}, owned by the caller from now on: one the last
     * collection marked, which the caller sweeps here, outside the lock, and takes if it has
     * free cells (their list is then in {@link #blockFreeList}), else an empty one or a fresh
     * one. Returns -1 when the heap limit is reached ({@code reserve}: the hard limit, else
     * the soft one, {@link #usedBlocks}).
     */
    int takeBlock(int c, boolean reserve) {
        for (;;) {
            int b;
            synchronized (this) {
                Integer marked = unsweptBlocks[c].poll();
                if (marked == null) return takeEmptyBlock(c, reserve);
                b = marked;
            }
            if (collector.sweepBlock(b)) return b;
            // every cell live: the block stays in use, swept, and the next one is tried
        }
    }

    /**
     * An empty or fresh block for class {@code c}, or -1. A block used before may still hold
     * what its last class left: at this class's cell boundaries its headers are cleared, so
     * that no cell past a thread's bump cursor looks like an object ({@link #isObject}).
     */
    private int takeEmptyBlock(int c, boolean reserve) {
        int b = takeEmptyBlocks(1, reserve);
        if (b < 0) return b;
        blockClass[b] = (byte) c;
        blockFreeList[b] = 0;
        if (resident[b]) {
            int size = SizeClasses.size(c);
            for (long cell = blockAddress(b), end = cell + BLOCK - size; cell <= end; cell += size) RawMemory.set(cell, 0L);
        }
        return b;
    }

    boolean isUnswept(int block) {
        return (boolean) UNSWEPT.getAcquire(unswept, block);
    }

    /** Called by the collector's sweep: the block keeps its marks until a thread sweeps it. */
    synchronized void returnUnswept(int block) {
        UNSWEPT.setRelease(unswept, block, true);
        unsweptBlocks[blockClass[block]].add(block);
    }

    /** Called by {@link Collector#sweepBlock} after its stores: the block's headers tell again. */
    void sweptBlock(int block) {
        UNSWEPT.setRelease(unswept, block, false);
    }

    /**
     * Takes a new block for class {@code c} into a thread's allocation buffer (the entry at
     * {@code entry} in its context block, laid out by {@link ContextLayout}): answers the first
     * cell, or 0 if the heap has no block left (under its soft limit unless {@code reserve}).
     */
    long refillBuffer(int c, long entry, boolean reserve) {
        int b = takeBlock(c, reserve);
        if (b < 0) return 0;
        long start = blockAddress(b);
        long free = blockFreeList[b];
        int size = SizeClasses.size(c);
        if (free != 0) {
            blockFreeList[b] = 0;
            RawMemory.set(entry + ALLOC_BUMP_CURSOR, 0L);
            RawMemory.set(entry + ALLOC_BUMP_LIMIT, 0L);
            RawMemory.set(entry + ALLOC_FREE_HEAD, RawMemory.get(free + OREC));
            return free;
        }
        RawMemory.set(entry + ALLOC_FREE_HEAD, 0L);
        RawMemory.set(entry + ALLOC_BUMP_CURSOR, start + size);
        RawMemory.set(entry + ALLOC_BUMP_LIMIT, start + (long) (BLOCK / size) * size);
        return start;
    }

    /** {@code n} contiguous free blocks, or -1 (see {@link #usedBlocks} for {@code reserve}). */
    private int takeEmptyBlocks(int n, boolean reserve) {
        if (usedBlocks + n > (reserve ? blockCount : softBlocks)) return -1;
        int b = findEmptyBlocks(n);
        if (b >= 0) {
            usedBlocks += n;
            if (usedBlocks > softBlocks) inReserve = true;
        }
        return b;
    }

    private int findEmptyBlocks(int n) {
        if (n == 1 && !emptyBlocks.isEmpty()) return emptyBlocks.poll();
        if (freshBlocks + n <= blockCount) {
            int b = freshBlocks;
            commitUpTo(b + n);
            freshBlocks += n;
            return b;
        }
        if (n > 1) { // first fit over blocks freed by the collector
            int run = 0;
            for (int b = 0; b < freshBlocks; b++) {
                run = blockClass[b] == BLOCK_FREE ? run + 1 : 0;
                if (run == n) {
                    int first = b - n + 1;
                    for (int i = first; i <= b; i++) emptyBlocks.remove(i);
                    return first;
                }
            }
        }
        return -1;
    }

    private void commitUpTo(int blocks) {
        if (blocks <= committedBlocks) return;
        long chunk = Math.max(params.commitChunk() >>> BLOCK_SHIFT, 1);
        int target = (int) Math.min(blockCount, Math.max(blocks, committedBlocks + chunk));
        LibC.mprotect(MemorySegment.ofAddress(blockAddress(committedBlocks)),
                (long) (target - committedBlocks) << BLOCK_SHIFT, LibC.PROT_READ | LibC.PROT_WRITE);
        committedBlocks = target;
    }

    /** Blocks for one large object of {@code bytes}; its address, or 0 when the limit is reached (see {@link #usedBlocks}). */
    synchronized long allocateLarge(long bytes, boolean reserve) {
        int n = (int) ((bytes + BLOCK - 1) >>> BLOCK_SHIFT);
        int b = takeEmptyBlocks(n, reserve);
        if (b < 0) return 0;
        blockClass[b] = BLOCK_LARGE;
        largeSpan[b] = n;
        for (int i = 1; i < n; i++) blockClass[b + i] = BLOCK_LARGE_TAIL;
        long address = blockAddress(b);
        // Only the object's own bytes: the rest of its last block is never read (the sweep
        // looks at a large object's header only), and zeroing whole 64 KiB blocks for a
        // 9 KiB bigint was most of pidigits' time.
        MEMORY.asSlice(address, bytes).fill((byte) 0);
        return address;
    }

    /**
     * Called by the sweep: a block with nothing live is free for any use. {@code release}:
     * it held objects until now, so its pages go back to the kernel (they stay mapped and
     * read as zero when used again).
     */
    synchronized void returnEmpty(int block, boolean release) {
        if (blockClass[block] != BLOCK_FREE) {
            resident[block] = true;
            usedBlocks--;
        }
        blockClass[block] = BLOCK_FREE;
        blockFreeList[block] = 0;
        largeSpan[block] = 0;
        emptyBlocks.add(block);
        if (release && resident[block]) {
            LibC.madvise(MemorySegment.ofAddress(blockAddress(block)), BLOCK, LibC.MADV_DONTNEED);
            resident[block] = false;
        }
    }

    /** Forgets every pool: the sweep rebuilds them. Called at the safepoint, once every block is swept. */
    synchronized void clearPools() {
        for (ArrayDeque<Integer> p : unsweptBlocks) p.clear();
        emptyBlocks.clear();
    }

    /** Free blocks whose pages may still be resident (kept by the sweep for reuse). */
    synchronized int residentFreeBlocks() {
        int n = 0;
        for (int b = 0; b < freshBlocks; b++) if (blockClass[b] == BLOCK_FREE && resident[b]) n++;
        return n;
    }

    /**
     * Whether an inevitable transaction has allocated into the reserve since the last
     * collection: the language collects at its next transaction break.
     */
    public boolean inReserve() {
        return inReserve;
    }

    /**
     * Whether the blocks in use have passed three quarters of the heap, and grown by an
     * eighth of it since the last sweep: the language collects at its next break then,
     * whatever its pace says. The pace counts the bytes the program asked for; the blocks also
     * hold every thread's partly filled allocation buffers, and with seven threads in a 20 MiB
     * heap they were full when the pace had counted half of them. A thread in a long stretch
     * of built-in code that calls Python code (no collection can run there) then ate the
     * reserve and got a MemoryError. Read without the lock: a heuristic, off by a block at most.
     */
    public boolean filling() {
        int used = usedBlocks;
        return used > blockCount - blockCount / 4 && used > usedAfterSweep + blockCount / 8;
    }

    /** Blocks in use now (tests). */
    int usedBlocks() {
        return usedBlocks;
    }

    /** Blocks in use when the last sweep ended (see {@link #filling}). */
    private int usedAfterSweep;

    /** Called at the end of a sweep. */
    synchronized void swept() {
        inReserve = usedBlocks > softBlocks;
        usedAfterSweep = usedBlocks;
    }

    synchronized int blocksInUse() {
        int n = 0;
        for (int b = 0; b < freshBlocks; b++) if (blockClass[b] != BLOCK_FREE) n++;
        return n;
    }

    synchronized int freshBlockCount() {
        return freshBlocks;
    }

    /** Bytes committed (mapped read+write) so far. */
    public synchronized long committedBytes() {
        return (long) committedBlocks << BLOCK_SHIFT;
    }

    // ---------------------------------------------------------------------------------------
    // Pointer checks (debug mode)

    /**
     * Whether {@code address} is the start of an allocated object: in a block handed out,
     * at a cell boundary of its class (or the start of a large object), not a free cell; in a
     * block not swept since the last collection, a marked one.
     */
    public boolean isObject(long address) {
        return cellOf(address) >= 0;
    }

    /**
     * The object at {@code address} as its block and cell number, {@code block << 12 | cell}
     * (where the collector keeps its mark bit), or -1 when it is no object ({@link #isObject}).
     * A header whose field count does not fit the cell is no object's: a cell past a bump
     * cursor may hold what an older use of the block left.
     */
    long cellOf(long address) {
        if ((address & 7) != 0) return -1;
        int b = blockOf(address);
        if (b < 0) return -1;
        byte c = blockClass[b];
        long inBlock = address - blockAddress(b);
        int cell = 0;
        long room = (long) largeSpan[b] << BLOCK_SHIFT;
        if (c == BLOCK_LARGE) {
            if (inBlock != 0) return -1;
        } else {
            if (c < 0) return -1;
            int size = SizeClasses.size(c);
            cell = (int) (inBlock / size);
            if ((long) cell * size != inBlock) return -1;
            if (isUnswept(b)) return Collector.marked(marks[b], cell) ? (long) b << CELL_BITS | cell : -1;
            room = size;
        }
        long header = RawMemory.get(address);
        if (header == 0 || (header & ObjectLayout.FREE) != 0 || ObjectLayout.sizeOf(ObjectLayout.fieldCount(header)) > room) return -1;
        return (long) b << CELL_BITS | cell;
    }

    /** Bits of a cell number in {@link #cellOf}'s answer: MAX_CELLS is 2^12. */
    private static final int CELL_BITS = 12;

    static int blockOfCell(long at) {
        return (int) (at >>> CELL_BITS);
    }

    static int cellNumber(long at) {
        return (int) at & (MAX_CELLS - 1);
    }

    /** Throws when {@code address} is not an object: the debug mode's check on every barrier. */
    void checkObject(long address) {
        if (!isObject(address)) {
            throw new IllegalStateException("not a heap object: 0x" + Long.toHexString(address));
        }
    }

    @Override
    public synchronized void close() {
        for (TxContext c : slots) {
            if (c != null) throw new IllegalStateException("heap closed while thread slot " + c.slot + " is attached");
        }
        LibC.munmap(reservation, reservation.byteSize());
        globalsArena.close();
    }
}

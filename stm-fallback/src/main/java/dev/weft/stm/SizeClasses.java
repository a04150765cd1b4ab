package dev.weft.stm;

/**
 * The cell sizes of the small-object allocator. Each 64 KiB block of the arena holds cells of
 * one size; an object takes the smallest class that fits it. Sizes grow by a quarter of the
 * last power of two (16, 24, ... 64, 80, 96, 112, 128, 160, ...), so no more than a fifth of
 * a cell is ever wasted for objects over 64 bytes. Objects over {@link #MAX_SMALL} bytes are
 * large: they take whole blocks of their own.
 */
public final class SizeClasses {
    private SizeClasses() {}

    private static final int[] SIZES = {
        16, 24, 32, 40, 48, 56, 64,
        80, 96, 112, 128,
        160, 192, 224, 256,
        320, 384, 448, 512,
        640, 768, 896, 1024,
        1280, 1536, 1792, 2048,
        2560, 3072, 3584, 4096,
        5120, 6144, 7168, 8192,
    };

    public static final int COUNT = SIZES.length;
    public static final int MAX_SMALL = SIZES[COUNT - 1];

    /** Class of each size in 8-byte words, 0..MAX_SMALL/8. */
    private static final byte[] BY_WORDS = new byte[MAX_SMALL / 8 + 1];

    static {
        int c = 0;
        for (int words = 0; words < BY_WORDS.length; words++) {
            while (SIZES[c] < words * 8) c++;
            BY_WORDS[words] = (byte) c;
        }
    }

    /**
     * The heap space an object of {@code bytes} really takes: its size class's cell, or, for a
     * large object, whole blocks ({@link Heap#BLOCK}). What allocation pacing must count: a
     * 9 KiB big int takes a 64 KiB block.
     */
    public static long footprint(long bytes) {
        if (bytes <= MAX_SMALL) return size(of(bytes));
        return (bytes + Heap.BLOCK - 1) / Heap.BLOCK * Heap.BLOCK;
    }

    /** The class for an object of {@code bytes} (a multiple of 8, at most MAX_SMALL). */
    public static int of(long bytes) {
        return BY_WORDS[(int) (bytes >>> 3)];
    }

    public static int size(int sizeClass) {
        return SIZES[sizeClass];
    }
}

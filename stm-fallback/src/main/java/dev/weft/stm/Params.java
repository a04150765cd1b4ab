package dev.weft.stm;

/**
 * Every tunable of the heap and the TM in one table, with its default and why. Each is read
 * once from a system property {@code weft.<name>} (so {@code -Dweft.heapLimit=1g}), and the
 * command line will set them the same way.
 *
 * @param heapLimit bytes the arena may ever use (reserved up front, committed as used):
 *     1 GiB by default, a comfortable size for programs that would fit in CPython's memory.
 * @param commitChunk bytes committed at a time as the heap grows: 1 MiB, so that an mprotect
 *     call is amortised over sixteen blocks.
 * @param maxRetriesBeforeInevitable consecutive aborts after which a transaction runs its next
 *     attempt inevitable, the backstop that makes progress certain: 16, rare enough that
 *     ordinary contention never serialises, small enough to bound a starving thread's wait.
 * @param spinsBeforeYield busy-wait iterations on a locked orec before the waiter gives up
 *     its core (it parks 20 us at a time then: {@code Contention.pause}): 200, about a
 *     microsecond, the length of a short transaction.
 * @param conflictLogSize conflict records kept (a ring): 4096.
 * @param checkPointers check every object address a barrier is given (debug mode): off.
 * @param runAlone a transaction that begins while no other is running runs alone, with plain
 *     reads, and every other begin waits for it to end ({@link Alone}): off in {@link
 *     #defaults()}, since a thread that drives two contexts at once (as the staged tests do)
 *     would wait for itself; on from {@link #fromSystemProperties()}, which the VM uses, one
 *     context per thread.
 */
public record Params(long heapLimit, long commitChunk, int maxRetriesBeforeInevitable, int spinsBeforeYield,
        int conflictLogSize, boolean checkPointers, boolean runAlone) {

    public static Params defaults() {
        return new Params(1L << 30, 1L << 20, 16, 200, 4096, false, false);
    }

    /** The defaults, overridden by {@code weft.*} system properties. */
    public static Params fromSystemProperties() {
        Params d = defaults();
        return new Params(
                bytes("weft.heapLimit", d.heapLimit),
                bytes("weft.commitChunk", d.commitChunk),
                Integer.getInteger("weft.maxRetriesBeforeInevitable", d.maxRetriesBeforeInevitable),
                Integer.getInteger("weft.spinsBeforeYield", d.spinsBeforeYield),
                Integer.getInteger("weft.conflictLogSize", d.conflictLogSize),
                Boolean.parseBoolean(System.getProperty("weft.checkPointers", Boolean.toString(d.checkPointers))),
                Boolean.parseBoolean(System.getProperty("weft.runAlone", "true")));
    }

    public Params withHeapLimit(long bytes) {
        return new Params(bytes, commitChunk, maxRetriesBeforeInevitable, spinsBeforeYield, conflictLogSize, checkPointers, runAlone);
    }

    public Params withCheckPointers(boolean on) {
        return new Params(heapLimit, commitChunk, maxRetriesBeforeInevitable, spinsBeforeYield, conflictLogSize, on, runAlone);
    }

    public Params withRunAlone(boolean on) {
        return new Params(heapLimit, commitChunk, maxRetriesBeforeInevitable, spinsBeforeYield, conflictLogSize, checkPointers, on);
    }

    public Params withMaxRetriesBeforeInevitable(int n) {
        return new Params(heapLimit, commitChunk, n, spinsBeforeYield, conflictLogSize, checkPointers, runAlone);
    }

    /** Parses {@code 512m}, {@code 2g}, {@code 65536}. */
    static long bytes(String property, long fallback) {
        String v = System.getProperty(property);
        if (v == null) return fallback;
        v = v.trim().toLowerCase(java.util.Locale.ROOT);
        long unit = switch (v.isEmpty() ? ' ' : v.charAt(v.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
        try {
            return Long.parseLong(digits) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + "=" + System.getProperty(property) + ": not a size (e.g. 512m, 2g)");
        }
    }
}

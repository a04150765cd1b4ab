package dev.weft.stm.htm;

/**
 * The RTM emulator's tunables, with their defaults and why. Each is read from a system
 * property {@code weft.htm.<name>} by {@link #fromSystemProperties()}.
 *
 * @param l1dBytes bytes of the L1 data cache that holds the write set: 32768, Haswell's L1D
 *     (a written line that would be evicted aborts the transaction with CAPACITY).
 * @param l1dWays its associativity: 8, Haswell's; with 64-byte lines that makes 64 sets, so
 *     lines 4 KiB apart share a set and the ninth such line written aborts.
 * @param lineBytes bytes per cache line: 64 (a power of two).
 * @param readSetLines distinct lines the read set may hold: 4096 (256 KiB, Haswell's per-core
 *     L2). Haswell tracks read lines evicted from L1D in a second structure, so its read sets
 *     are measured well beyond L1 (into MiBs), but past L2 they are no longer dependable (that
 *     structure aliases and other cores' traffic evicts), so the emulator stops there.
 * @param injectConflict probability that a barrier (or the commit) aborts with CONFLICT|RETRY,
 *     as if another core wrote a line of the region: 0.
 * @param injectRetry probability of an abort with RETRY alone (an interrupt, a transient
 *     resource): 0.
 * @param injectExplicit probability of an XABORT({@code explicitCode}) (status EXPLICIT): 0.
 * @param explicitCode the code of injected explicit aborts: 0x80, one the barriers never use.
 * @param seed the seed of the injection draws: each thread draws from its own stream, derived
 *     from the seed and its slot, so a run is repeatable for a given seed.
 */
public record EmulatorParams(int l1dBytes, int l1dWays, int lineBytes, int readSetLines,
        double injectConflict, double injectRetry, double injectExplicit, int explicitCode, long seed) {

    public EmulatorParams {
        if (lineBytes < 8 || Integer.bitCount(lineBytes) != 1) {
            throw new IllegalArgumentException("weft.htm.lineBytes=" + lineBytes + ": not a power of two >= 8");
        }
        if (l1dWays < 1 || l1dBytes < lineBytes * l1dWays || l1dBytes % (lineBytes * l1dWays) != 0) {
            throw new IllegalArgumentException("weft.htm.l1dBytes=" + l1dBytes + ", l1dWays=" + l1dWays
                    + ": the cache must hold a whole number (>= 1) of sets of " + l1dWays + " lines of " + lineBytes + " bytes");
        }
        if (readSetLines < 1) throw new IllegalArgumentException("weft.htm.readSetLines=" + readSetLines + ": must be >= 1");
        for (double p : new double[] {injectConflict, injectRetry, injectExplicit}) {
            if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("injection probability " + p + " not in [0, 1]");
        }
        if (injectConflict + injectRetry + injectExplicit > 1) {
            throw new IllegalArgumentException("injection probabilities add up to more than 1");
        }
        if (explicitCode < 0 || explicitCode > 255) {
            throw new IllegalArgumentException("weft.htm.explicitCode=" + explicitCode + ": not in 0..255");
        }
    }

    public static EmulatorParams defaults() {
        return new EmulatorParams(32 * 1024, 8, 64, 4096, 0, 0, 0, 0x80, 0x5EED);
    }

    /** The defaults, overridden by {@code weft.htm.*} system properties. */
    public static EmulatorParams fromSystemProperties() {
        EmulatorParams d = defaults();
        return new EmulatorParams(
                Integer.getInteger("weft.htm.l1dBytes", d.l1dBytes),
                Integer.getInteger("weft.htm.l1dWays", d.l1dWays),
                Integer.getInteger("weft.htm.lineBytes", d.lineBytes),
                Integer.getInteger("weft.htm.readSetLines", d.readSetLines),
                dbl("weft.htm.injectConflict", d.injectConflict),
                dbl("weft.htm.injectRetry", d.injectRetry),
                dbl("weft.htm.injectExplicit", d.injectExplicit),
                Integer.decode(System.getProperty("weft.htm.explicitCode", Integer.toString(d.explicitCode))),
                Long.getLong("weft.htm.seed", d.seed));
    }

    private static double dbl(String property, double fallback) {
        String v = System.getProperty(property);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + "=" + v + ": not a probability (e.g. 0.01)");
        }
    }

    /** Sets of the L1D model: {@code l1dBytes / (l1dWays * lineBytes)}. */
    public int sets() {
        return l1dBytes / (l1dWays * lineBytes);
    }

    public EmulatorParams withCache(int l1dBytes, int l1dWays, int readSetLines) {
        return new EmulatorParams(l1dBytes, l1dWays, lineBytes, readSetLines, injectConflict, injectRetry,
                injectExplicit, explicitCode, seed);
    }

    public EmulatorParams withInjection(double conflict, double retry, double explicit, long seed) {
        return new EmulatorParams(l1dBytes, l1dWays, lineBytes, readSetLines, conflict, retry, explicit, explicitCode, seed);
    }

    public EmulatorParams withExplicitCode(int code) {
        return new EmulatorParams(l1dBytes, l1dWays, lineBytes, readSetLines, injectConflict, injectRetry,
                injectExplicit, code, seed);
    }
}

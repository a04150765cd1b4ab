package dev.weft.stm;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counters of commits and of aborts by cause, for {@code --stats} and the benchmarks. */
public final class TmStats {
    final LongAdder commits = new LongAdder();
    final LongAdder readOnlyCommits = new LongAdder();
    final LongAdder inevitableCommits = new LongAdder();
    /** Commits of transactions that ran alone (plain reads: see {@code Alone}). */
    final LongAdder aloneCommits = new LongAdder();
    /** Read-log entries of committed transactions: the reads a commit validated. */
    final LongAdder loggedReads = new LongAdder();
    /** Time transactions spent inevitable (from becoming so to their commit). */
    final LongAdder inevitableNanos = new LongAdder();
    /** Time begins waited for a transaction that ran alone to end ({@code Alone}). */
    final LongAdder aloneWaitNanos = new LongAdder();
    /** Time aborted transactions waited, holding nothing, for the winner of their conflict to end. */
    final LongAdder abortWaitNanos = new LongAdder();
    private final LongAdder[] aborts = new LongAdder[AbortCause.values().length];
    /** Time aborted attempts ran, from their begin to their abort: the work thrown away. */
    private final LongAdder abortedNanos = new LongAdder();

    TmStats() {
        for (int i = 0; i < aborts.length; i++) aborts[i] = new LongAdder();
    }

    void aborted(AbortCause cause, long ranNanos) {
        aborts[cause.ordinal()].increment();
        abortedNanos.add(ranNanos);
    }

    /** Time aborted attempts ran before their aborts, summed: what conflicts (and collections) threw away. */
    public long abortedNanos() {
        return abortedNanos.sum();
    }

    public long commits() {
        return commits.sum();
    }

    public long readOnlyCommits() {
        return readOnlyCommits.sum();
    }

    public long inevitableCommits() {
        return inevitableCommits.sum();
    }

    public long loggedReads() {
        return loggedReads.sum();
    }

    public long aloneCommits() {
        return aloneCommits.sum();
    }

    public long inevitableNanos() {
        return inevitableNanos.sum();
    }

    public long aloneWaitNanos() {
        return aloneWaitNanos.sum();
    }

    public long abortWaitNanos() {
        return abortWaitNanos.sum();
    }

    public long aborts(AbortCause cause) {
        return aborts[cause.ordinal()].sum();
    }

    public long aborts() {
        long n = 0;
        for (LongAdder a : aborts) n += a.sum();
        return n;
    }

    public Map<AbortCause, Long> abortsByCause() {
        Map<AbortCause, Long> m = new EnumMap<>(AbortCause.class);
        for (AbortCause c : AbortCause.values()) if (c != AbortCause.ALONE) m.put(c, aborts(c)); // never an abort
        return m;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("commits " + commits() + " (read-only " + readOnlyCommits()
                + ", inevitable " + inevitableCommits() + ", alone " + aloneCommits() + "), aborts " + aborts());
        for (AbortCause c : AbortCause.values()) {
            long n = aborts(c);
            if (n > 0) sb.append(", ").append(c.label).append(' ').append(n);
        }
        return sb.toString();
    }
}

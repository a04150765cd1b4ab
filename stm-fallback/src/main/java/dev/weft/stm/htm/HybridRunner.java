package dev.weft.stm.htm;

import dev.weft.htm.Rtm;
import dev.weft.htm.RtmStatus;
import dev.weft.stm.TxContext;
import java.util.function.IntSupplier;

/**
 * The hybrid code path, the same over every {@link Htm}: run a transaction first in hardware,
 * retrying by the RTM status word alone, then fall back to a software transaction.
 *
 * <p>Policy (that of {@code weft_rtm_run} in htm-native): an attempt that aborts with RETRY or
 * CONFLICT, and neither CAPACITY nor EXPLICIT, is retried, at most {@code maxRetries} times;
 * any other abort (capacity, an explicit code such as 0x01 "locked orec", a fault) and
 * UNAVAILABLE go to software at once, where {@link TxContext#atomically} runs the body to its
 * commit (contention management, inevitability). The body is written once against
 * {@link TxOps} and runs unchanged in both modes.
 *
 * <p>One runner per thread (it holds the thread's {@link TxContext}); the {@link HtmStats} may
 * be shared.
 */
public final class HybridRunner {
    private final TxContext ctx;
    private final Htm htm;
    private final int maxRetries;
    private final HtmStats stats;
    private final SoftwareOps software;
    private Object result;

    public HybridRunner(TxContext ctx, Htm htm, int maxRetries, HtmStats stats) {
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries " + maxRetries + " < 0");
        this.ctx = ctx;
        this.htm = htm;
        this.maxRetries = maxRetries;
        this.stats = stats;
        this.software = new SoftwareOps(ctx);
    }

    /** With {@link #defaultMaxRetries()} and stats of its own. */
    public HybridRunner(TxContext ctx, Htm htm) {
        this(ctx, htm, defaultMaxRetries(), new HtmStats());
    }

    /** {@code weft.htm.maxRetries}, else {@link Rtm#DEFAULT_MAX_RETRIES} (4), the shim's. */
    public static int defaultMaxRetries() {
        return Integer.getInteger("weft.htm.maxRetries", Rtm.DEFAULT_MAX_RETRIES);
    }

    /** Whether the policy retries an attempt that answered {@code status}. */
    public static boolean retryable(int status) {
        return RtmStatus.retryable(status);
    }

    public HtmStats stats() {
        return stats;
    }

    public Htm htm() {
        return htm;
    }

    /** Runs {@code body} to its commit, in hardware if it can, else in software; answers its result. */
    @SuppressWarnings("unchecked")
    public <T> T atomically(TxBody<T> body) {
        HtmBody hw = region -> result = body.run(region);
        boolean committed = tryHardware(() -> htm.run(ctx, hw));
        T r = (T) result;
        result = null;
        if (committed) return r;
        return software(body);
    }

    /** {@link #atomically} for a body without a result. */
    public void atomic(java.util.function.Consumer<TxOps> body) {
        atomically(ops -> {
            body.accept(ops);
            return null;
        });
    }

    /**
     * The hardware half of the policy for any kind of attempt (a Java body over an
     * {@link Htm}, or a native region: {@code () -> RealRtm.INSTANCE.runNative(fn, arg)}):
     * runs {@code attempt} until it commits or the policy gives up, counting every status.
     * Answers whether it committed; if not, the caller runs the software version.
     */
    public boolean tryHardware(IntSupplier attempt) {
        for (int retries = 0; ; retries++) {
            int status = attempt.getAsInt();
            stats.record(status);
            if (status == RtmStatus.COMMITTED) return true;
            if (!retryable(status) || retries >= maxRetries) return false;
        }
    }

    /** The software half: {@code body} as a software transaction, counted as a fallback. */
    public <T> T software(TxBody<T> body) {
        stats.fellBack();
        return ctx.atomically(t -> body.run(software));
    }
}

package dev.weft.stm.htm;

import dev.weft.stm.TxContext;

/**
 * RTM in Java, for {@code --htm=emulate} on hosts without usable RTM: a region runs a Java
 * body against the hardware-side barriers of docs/tm-protocol.md and answers Intel's status
 * word, so that the hybrid code paths ({@link HybridRunner}) and the software TM's side of the
 * protocol meet the same answers they would meet over real RTM.
 *
 * <p><b>Contract kept.</b> A region either commits, and all its writes appear at once, or
 * aborts with a status word and has no effect: writes are buffered and published only by the
 * commit. Status words are what the hardware would report:
 * <pre>
 *   0xFFFFFFFF  committed
 *   0x01000001  EXPLICIT, code 0x01: a barrier found a locked orec (XABORT(0x01) of the protocol)
 *   0x02000001  EXPLICIT, code 0x02: the body allocated (allocation runs in software only)
 *   0xCC000001  EXPLICIT, code 0xCC: the body called xabort(0xCC), or an injected explicit abort
 *   0x00000006  CONFLICT|RETRY: something the region touched changed (found at a barrier or
 *               at the commit), or an injected conflict
 *   0x00000002  RETRY: an injected transient abort
 *   0x00000008  CAPACITY: the write set needed a line in a full L1D set, or the read set
 *               outgrew its bound ({@link EmulatorParams})
 *   0x00000000  the body threw a RuntimeException (a "fault": not delivered, as on hardware)
 *   | 0x20      NESTED, when the abort happened in a nested region (flat nesting, depth 7)
 * </pre>
 *
 * <p><b>Reads are opaque.</b> The first access to an object checks its orec (odd: abort with
 * code 0x01; version newer than the region's snapshot {@code rv}: move the snapshot forward if
 * every orec seen so far is unchanged, else abort CONFLICT); every load is followed by a check
 * that the object's orec is still the one first seen. So every value a body receives, in a
 * region that goes on to commit or to abort, belongs to one snapshot: a body never sees torn
 * state (real RTM gets this from aborting at the conflicting access; the emulator detects it
 * at the next barrier, before the body sees anything inconsistent).
 *
 * <p><b>The commit is atomic by the orec protocol itself</b>, since Java has no strong
 * isolation to offer. Real RTM's commit is {@code wv = ++G}, stamp each written orec with
 * {@code wv << 1}, XEND, all at one instant. The emulator does TL2's commit instead:
 * <ol>
 *   <li>lock each written object: CAS its orec from the value the region saw to
 *       {@link EmulatedRegion#LOCKED} ({@code lockWord(0)} = 1, odd, owned by no thread slot);
 *       a failed CAS means someone wrote it since: restore the locks taken, abort CONFLICT;
 *   <li>{@code wv = ++G};
 *   <li>validate: each object only read still has the orec seen, else restore, abort CONFLICT;
 *   <li>store the buffered fields; release each written orec with {@code wv << 1}.
 * </ol>
 * Why software transactions (and other regions) see it as one instant, at its {@code ++G}:
 * <ul>
 *   <li>while the data is being written, every written orec is odd: a software reader or
 *       writer that meets it finds no owner context for slot 0, treats the lock as one it
 *       beats, and waits for the orec to change; another region aborts. Nobody reads a
 *       half-published state;
 *   <li>a software transaction T that read an object before the lock read the old value
 *       with an older version; if T later reads anything this commit published, its version
 *       {@code wv} is newer than T's snapshot, so T extends, validates, finds the changed orec
 *       and aborts; T's commit validation likewise fails on the changed orec;
 *   <li>validating after the tick (not before) closes the write-skew window: if a software
 *       writer W committed with {@code wv_W = rv_W + 1} (so skipped validation), W's tick came
 *       before this commit's tick, hence W's locks on what the region read came before this
 *       validation, which sees them (odd or a new version) and aborts the region;
 *   <li>an abort during the commit restores the orecs to the values seen, which is safe only
 *       because nothing was stored under those locks (a software abort, which does restore
 *       data, must publish a new version instead);
 *   <li>the commit never waits, so a software transaction waiting on its locks waits a few
 *       stores (unless the committing thread is descheduled), and there is no wait cycle.
 * </ul>
 * Real RTM's commit also makes every hardware transaction write {@code G}; the emulator counts
 * G's line in the write set (for capacity) but does not make concurrent regions conflict on
 * it, so it aborts fewer concurrent writers than hardware.
 *
 * <p><b>Capacity</b> follows {@link CacheModel}: written field lines, the orec line of each
 * written object (the commit stamps it) and G's line must fit the set-associative L1D; read
 * lines (orecs and fields) must fit the read-set bound.
 *
 * <p><b>Injection</b> ({@link EmulatorParams}): at each barrier and at the commit, with the
 * configured probabilities, an abort CONFLICT|RETRY, RETRY or EXPLICIT(code); each thread
 * draws from its own stream, seeded from the seed and its slot.
 *
 * <p>Each thread has one region (kept in a thread-local, for its context). A region is a
 * transaction for the collector too: no collection runs while it does.
 */
public final class RtmEmulator implements Htm {
    private final EmulatorParams params;
    private final ThreadLocal<EmulatedRegion> regions = new ThreadLocal<>();

    public RtmEmulator(EmulatorParams params) {
        this.params = params;
    }

    public RtmEmulator() {
        this(EmulatorParams.defaults());
    }

    public EmulatorParams params() {
        return params;
    }

    @Override
    public int run(TxContext ctx, HtmBody body) {
        EmulatedRegion r = regions.get();
        if (r == null || r.ctx != ctx) {
            r = new EmulatedRegion(ctx, params);
            regions.set(r);
        }
        return r.run(body);
    }

    @Override
    public boolean usable() {
        return true;
    }

    @Override
    public String mode() {
        return "emulate";
    }

    @Override
    public String toString() {
        return "htm emulate " + params;
    }
}

package dev.weft.interp;

/**
 * Where guest threads wait for a change to a heap object they cannot make themselves (a lock
 * another thread holds): outside any transaction, on one of a few Java monitors chosen by the
 * object's address (objects never move).
 *
 * <p>No wake-up is lost: a waiter reads its stripe's sequence number <i>inside</i> the
 * transaction in which it saw the lock held, and waits only while the number is unchanged; a
 * releaser bumps it <i>after</i> the commit that freed the lock. Either the release committed
 * before the waiter's commit (the waiter read the lock, so its commit fails validation, or,
 * inevitable, it held the lock's object read-locked and the release could not commit), or it
 * commits after, and then bumps the number after the waiter read it. Two objects that share
 * a stripe only cause a spurious wake-up, after which the waiter looks again.
 */
final class Parking {
    private static final int STRIPES = 64;

    static final class Stripe {
        volatile long seq;
    }

    private final Stripe[] stripes = new Stripe[STRIPES];
    private volatile boolean closing;

    Parking() {
        for (int i = 0; i < STRIPES; i++) stripes[i] = new Stripe();
    }

    Stripe stripe(long obj) {
        return stripes[(int) ((obj >>> 4) ^ (obj >>> 10)) & (STRIPES - 1)];
    }

    /** Wakes whoever waits for a change to obj (call after the commit that changed it). */
    void wake(long obj) {
        Stripe s = stripe(obj);
        synchronized (s) {
            s.seq++;
            s.notifyAll();
        }
    }

    /**
     * Waits until {@code s}'s number is no longer {@code seen}, or {@code deadline} ({@link
     * System#nanoTime}; {@link Long#MAX_VALUE} for none) passes; answers false on a timeout.
     * Throws {@link GuestThreads.Exit} when the VM is closing.
     */
    boolean await(Stripe s, long seen, long deadline) {
        synchronized (s) {
            while (s.seq == seen) {
                if (closing) throw new GuestThreads.Exit();
                long left = deadline == Long.MAX_VALUE ? 0 : deadline - System.nanoTime();
                if (deadline != Long.MAX_VALUE && left <= 0) return false;
                try {
                    if (left == 0) s.wait();
                    else s.wait(left / 1_000_000L, (int) (left % 1_000_000L));
                } catch (InterruptedException e) {
                    if (closing) throw new GuestThreads.Exit();
                }
            }
        }
        return true;
    }

    /** The VM is closing: every waiter leaves (with {@link GuestThreads.Exit}). */
    void close() {
        closing = true;
        for (Stripe s : stripes) {
            synchronized (s) {
                s.notifyAll();
            }
        }
    }
}

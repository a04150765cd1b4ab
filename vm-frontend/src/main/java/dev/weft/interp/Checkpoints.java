package dev.weft.interp;

import java.util.ArrayList;

/**
 * The frames' side of a transaction abort (see {@link Frame}): which frames the running
 * transaction has changed, each saved before its first change, so that an abort puts them all
 * back and the program resumes at the frame that ran when the transaction began. Saving is
 * lazy: the running frame at {@link #begin}, any other frame when the interpreter switches to
 * it; frames the transaction created are never saved (an abort forgets them).
 */
final class Checkpoints {
    /** Numbers the transactions of this thread; a frame saved in this epoch needs no second copy. */
    private long epoch;
    private Frame top;
    private final ArrayList<Frame> saved = new ArrayList<>();

    /** A transaction begins with {@code running} the running frame (or null). */
    void begin(Frame running) {
        epoch++;
        saved.clear();
        top = running;
        if (running != null) save(running);
    }

    /** Frame f is about to change: save it if this transaction has not yet. */
    void save(Frame f) {
        if (f.savedEpoch != epoch && f.createdEpoch != epoch) {
            f.save(epoch);
            saved.add(f);
        }
    }

    /** A frame made by the running transaction. */
    void created(Frame f) {
        f.createdEpoch = epoch;
    }

    /** The transaction aborted: restores every saved frame and answers the frame to resume. */
    Frame rollback() {
        for (Frame f : saved) f.restore();
        saved.clear();
        return top;
    }
}

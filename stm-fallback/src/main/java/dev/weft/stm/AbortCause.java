package dev.weft.stm;

/** Why a transaction aborted: the key of the abort counters and of each conflict record. */
public enum AbortCause {
    /** It wanted to write an object another transaction had locked, and was the younger. */
    WRITE_WRITE("write/write"),
    /** It wanted to read an object another transaction had locked, and was the younger. */
    READ_WRITE("read/write"),
    /** An object it had read was changed by a transaction that committed since. */
    VALIDATION("validation"),
    /** An older or the inevitable transaction needed an object it held, and asked it to abort. */
    KILLED("killed"),
    /** The inevitable transaction held the object. */
    INEVITABLE("inevitable"),
    /** Its caller aborted it. */
    EXPLICIT("explicit"),
    /** The heap was full: it steps back so that the collector can run, then retries. */
    COLLECT("gc"),
    /** Its body threw: its effects are rolled back before the exception goes on. */
    EXCEPTION("exception"),
    /** Fault injection (tests and {@code --tm-inject}). */
    INJECTED("injected"),
    /** It ran alone and stepped back for a thread that wanted to begin (see {@code Alone}). */
    YIELDED("yielded"),
    /**
     * Never an abort: the cause of a wait at a begin for a transaction that ran alone (the
     * conflict log's records; {@code Alone}).
     */
    ALONE("alone");

    public final String label;

    AbortCause(String label) {
        this.label = label;
    }
}

package dev.weft.runtime;

/**
 * What built-in code running on one guest thread works with: its heap access ({@link #mem})
 * and the interpreter's generic operations ({@link #guest}). One per guest thread; passed to
 * every built-in function and method.
 */
public class Ctx {
    public final Mem mem;
    public final Guest guest;

    public Ctx(Mem mem, Guest guest) {
        this.mem = mem;
        this.guest = guest;
    }
}

package dev.weft.stm;

/** {@link ReadFilterTest} with pointers checked: every read goes down the barrier's slow path. */
class ReadFilterCheckedTest extends ReadFilterTest {
    @Override
    boolean checked() {
        return true;
    }
}

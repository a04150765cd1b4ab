package dev.weft.stm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The size classes: each size's class is the smallest that holds it. */
class SizeClassesTest {
    @Test
    void eachSizeGetsTheSmallestClassThatHoldsIt() {
        for (long bytes = 8; bytes <= SizeClasses.MAX_SMALL; bytes += 8) {
            int c = SizeClasses.of(bytes);
            assertTrue(SizeClasses.size(c) >= bytes, bytes + " bytes");
            assertTrue(c == 0 || SizeClasses.size(c - 1) < bytes, bytes + " bytes");
        }
    }
}

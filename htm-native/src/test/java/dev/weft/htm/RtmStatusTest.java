package dev.weft.htm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RtmStatusTest {
    @Test
    void workedExamplesOfTheDocumentation() {
        assertEquals("abort EXPLICIT code=42", RtmStatus.describe(0x2A000001));
        assertEquals("abort RETRY|CONFLICT", RtmStatus.describe(0x00000006));
        assertEquals("abort CAPACITY", RtmStatus.describe(0x00000008));
        assertEquals("abort (no reason)", RtmStatus.describe(0));
        assertEquals("committed", RtmStatus.describe(0xFFFFFFFF));
        assertEquals("unavailable", RtmStatus.describe(RtmStatus.UNAVAILABLE));
        assertEquals("not in a transaction", RtmStatus.describe(RtmStatus.NOT_IN_TRANSACTION));
    }

    @Test
    void weftsOwnValuesAreNoHardwareAnswer() {
        for (int own : new int[] {RtmStatus.UNAVAILABLE, RtmStatus.NOT_IN_TRANSACTION}) {
            assertFalse(RtmStatus.isAbort(own));
            assertFalse(RtmStatus.committed(own));
            assertTrue((own & 0x00FF0000) != 0, "sets reserved bits 16-23");
            assertFalse(RtmStatus.has(own, RtmStatus.RETRY));
        }
        assertEquals(0x00FF0000, RtmStatus.UNAVAILABLE);
        assertEquals(0xFFFFFFFF, RtmStatus.COMMITTED);
        // Every status hardware can give: any code, any of bits 0-5.
        for (int code = 0; code < 256; code += 51) {
            for (int bits = 0; bits < 64; bits++) {
                int status = code << 24 | bits;
                assertTrue(RtmStatus.isAbort(status));
                assertEquals(code, RtmStatus.abortCode(status));
            }
        }
    }

    @Test
    void retryPolicy() {
        assertTrue(RtmStatus.retryable(RtmStatus.RETRY));
        assertTrue(RtmStatus.retryable(RtmStatus.CONFLICT));
        assertTrue(RtmStatus.retryable(RtmStatus.RETRY | RtmStatus.CONFLICT));
        assertFalse(RtmStatus.retryable(RtmStatus.RETRY | RtmStatus.CAPACITY));
        assertFalse(RtmStatus.retryable(0x2A000000 | RtmStatus.EXPLICIT | RtmStatus.RETRY));
        assertFalse(RtmStatus.retryable(0));
        assertFalse(RtmStatus.retryable(RtmStatus.UNAVAILABLE));
    }
}

package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed golden files are what generate.py makes with the CPython 3.11 on PATH today (skipped without it). */
class GoldenFreshnessTest {
    @Test
    void goldenFilesAreUpToDate() {
        assumeTrue(Golden.python311(), "python3 3.11 not on PATH");

        String[] r = Golden.python(List.of("generate.py", "--check"));

        assertEquals("0", r[0], "stale golden files, run src/test/resources/parse/generate.py:\n" + r[1] + r[2]);
    }
}

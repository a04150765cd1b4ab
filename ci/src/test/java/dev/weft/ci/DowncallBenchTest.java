package dev.weft.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.bench.DowncallBench;
import org.junit.jupiter.api.Test;

/** The benchmark pairs compare like with like: generated and Java loops give the same answers. */
class DowncallBenchTest {
    @Test
    void eachGeneratedLoopComputesWhatItsJavaTwinComputes() throws Throwable {
        var bench = new DowncallBench();
        bench.n = 1000;
        bench.setup();

        assertEquals(42L, bench.downcall());
        assertEquals(bench.sumJava(), bench.sumGenerated());
        assertEquals(500_500L, bench.sumGenerated());
        assertEquals(Double.doubleToRawLongBits(bench.dotJava()), Double.doubleToRawLongBits(bench.dotGenerated()));
    }
}

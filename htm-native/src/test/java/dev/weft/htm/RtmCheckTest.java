package dev.weft.htm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RtmCheckTest {
    @Test
    void reportsWhyRtmIsNotUsableAndSkips() {
        assumeFalse(Rtm.usable(), "RTM is usable here: RtmTest runs the real checks");
        // The expected reason, decided again from CPUID and the kernel; trials must not be needed.
        RtmSelfTest.Reason expected = CpuFeatures.detect().rtm() ? Rtm.selfTest().reason()
                : RtmSelfTest.decide(CpuFeatures.detect(), KernelView.read(), n -> {
                    throw new AssertionError("trials");
                }).reason();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int status = RtmCheck.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, out);
        assertTrue(out.contains("RTM not usable here: " + expected + "; skipped 3 transactions\n"), out);
        assertTrue(out.contains("self-test: " + expected), out);
    }
}

package dev.weft.htm;

import static dev.weft.htm.RtmSelfTest.Reason.ALWAYS_ABORTS;
import static dev.weft.htm.RtmSelfTest.Reason.ALWAYS_ABORT_FLAG;
import static dev.weft.htm.RtmSelfTest.Reason.DISABLED_BY_KERNEL;
import static dev.weft.htm.RtmSelfTest.Reason.NOT_LISTED;
import static dev.weft.htm.RtmSelfTest.Reason.USABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtmSelfTestTest {
    static final String TAA_ON = "Mitigation: Clear CPU buffers; SMT vulnerable\n";
    static final String TAA_OFF = "Mitigation: TSX disabled\n";
    static final KernelView PLAIN = new KernelView(TAA_ON, "quiet splash", Set.of("fpu", "rtm", "hle"));

    static CpuFeatures cpu(boolean rtm, boolean alwaysAbort) {
        return new CpuFeatures("GenuineIntel", "test", 6, 85, 7, rtm, rtm, true, alwaysAbort, 64, 32768);
    }

    /** Trials that must never run: XBEGIN is executed only in the last step. */
    static final RtmSelfTest.Trials FORBIDDEN = n -> {
        throw new AssertionError("trial transactions ran");
    };

    @Test
    void notListed() {
        assertEquals(NOT_LISTED, RtmSelfTest.decide(cpu(false, false), PLAIN, FORBIDDEN).reason());
        KernelView nothingKnown = new KernelView(null, null, null);
        assertEquals(NOT_LISTED, RtmSelfTest.decide(cpu(false, false), nothingKnown, FORBIDDEN).reason());
    }

    @Test
    void disabledByKernelTaaFile() {
        KernelView kernel = new KernelView(TAA_OFF, "quiet", Set.of("fpu"));
        RtmSelfTest.Result r = RtmSelfTest.decide(cpu(false, false), kernel, FORBIDDEN);
        assertEquals(DISABLED_BY_KERNEL, r.reason());
        assertTrue(r.detail().contains("TSX disabled"), r.detail());
    }

    @Test
    void disabledByKernelCommandLine() {
        KernelView kernel = new KernelView("Not affected\n", "ro tsx=off quiet\n", Set.of("fpu"));
        RtmSelfTest.Result r = RtmSelfTest.decide(cpu(false, false), kernel, FORBIDDEN);
        assertEquals(DISABLED_BY_KERNEL, r.reason());
        assertTrue(r.detail().contains("tsx=off"), r.detail());
        KernelView lookalike = new KernelView("Not affected\n", "ro notsx=off tsx=on", Set.of("fpu"));
        assertEquals(NOT_LISTED, RtmSelfTest.decide(cpu(false, false), lookalike, FORBIDDEN).reason());
    }

    @Test
    void disabledByKernelFlagsHideListedRtm() {
        KernelView kernel = new KernelView(TAA_ON, "quiet", Set.of("fpu", "hle"));
        RtmSelfTest.Result r = RtmSelfTest.decide(cpu(true, false), kernel, FORBIDDEN);
        assertEquals(DISABLED_BY_KERNEL, r.reason());
        assertTrue(r.detail().contains("/proc/cpuinfo"), r.detail());
    }

    @Test
    void alwaysAbortFlag() {
        assertEquals(ALWAYS_ABORT_FLAG, RtmSelfTest.decide(cpu(true, true), PLAIN, FORBIDDEN).reason());
        KernelView hidden = new KernelView(TAA_OFF, "tsx=off", Set.of("fpu"));
        assertEquals(ALWAYS_ABORT_FLAG, RtmSelfTest.decide(cpu(true, true), hidden, FORBIDDEN).reason());
    }

    @Test
    void alwaysAborts() {
        int[] asked = {0};
        RtmSelfTest.Result r = RtmSelfTest.decide(cpu(true, false), PLAIN, n -> {
            asked[0] = n;
            return 0;
        });
        assertEquals(ALWAYS_ABORTS, r.reason());
        assertEquals(Rtm.SELF_TEST_TRIALS, asked[0]);
    }

    @Test
    void usable() {
        RtmSelfTest.Result r = RtmSelfTest.decide(cpu(true, false), PLAIN, n -> 1);
        assertEquals(USABLE, r.reason());
        assertTrue(r.usable());
        // Unknown cpuinfo (unreadable /proc) is no reason to refuse: the trials decide.
        KernelView unknown = new KernelView(null, null, null);
        assertEquals(USABLE, RtmSelfTest.decide(cpu(true, false), unknown, n -> n).reason());
    }

    @Test
    void readsKernelFilesUnderARoot(@TempDir Path root) throws IOException {
        write(root, "sys/devices/system/cpu/vulnerabilities/tsx_async_abort", TAA_OFF);
        write(root, "proc/cmdline", "BOOT_IMAGE=/vmlinuz ro\n");
        write(root, "proc/cpuinfo", "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vme rtm avx2\n\n"
                + "processor\t: 1\nflags\t\t: other\n");
        KernelView kernel = KernelView.read(root);
        assertEquals(Set.of("fpu", "vme", "rtm", "avx2"), kernel.cpuFlags());
        assertTrue(kernel.tsxDisabled());
        assertEquals(DISABLED_BY_KERNEL, RtmSelfTest.decide(cpu(false, false), kernel, FORBIDDEN).reason());

        KernelView empty = KernelView.read(root.resolve("nowhere"));
        assertNull(empty.cpuFlags());
        assertNull(empty.cmdline());
        assertEquals(false, empty.tsxDisabled());
    }

    /** This host: the verdict follows from CPUID and the kernel, and the shim's flag agrees with it. */
    @Test
    void thisHostsVerdictIsConsistent() {
        RtmSelfTest.Result verdict = Rtm.selfTest();
        assertEquals(verdict.usable(), WeftRtm.usable());
        CpuFeatures cpu = CpuFeatures.detect();
        if (!cpu.rtm() || cpu.rtmAlwaysAbort()) {
            assertEquals(verdict, RtmSelfTest.decide(cpu, KernelView.read(), FORBIDDEN));
        }
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}

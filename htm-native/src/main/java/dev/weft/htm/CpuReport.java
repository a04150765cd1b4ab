package dev.weft.htm;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code weft cpu}: one "key: value" line per fact, so that people read it and
 * tests and scripts parse it. CPUID's cache figures are shown next to sysconf's, which glibc
 * computes its own way, so a disagreement is visible.
 */
public final class CpuReport {
    private CpuReport() {}

    /** Lines for this host; runs the RTM self-test if it has not run yet. */
    public static List<String> lines() {
        return lines(CpuFeatures.detect(), Rtm.selfTest(),
                LibC.sysconf(LibC._SC_LEVEL1_DCACHE_LINESIZE), LibC.sysconf(LibC._SC_LEVEL1_DCACHE_SIZE));
    }

    public static List<String> lines(CpuFeatures cpu, RtmSelfTest.Result rtm, long sysconfLine, long sysconfL1d) {
        List<String> out = new ArrayList<>();
        out.add("vendor: " + cpu.vendor());
        out.add("model: " + (cpu.brand().isEmpty() ? "(no brand string)" : cpu.brand()));
        out.add("family/model/stepping: " + cpu.family() + "/" + cpu.model() + "/" + cpu.stepping());
        out.add("rtm listed: " + yesNo(cpu.rtm()));
        out.add("rtm usable: " + (rtm.usable() ? "yes (" + rtm.detail() + ")"
                : "no: " + rtm.reason() + " (" + rtm.detail() + ")"));
        out.add("hle: " + yesNo(cpu.hle()));
        out.add("avx2: " + yesNo(cpu.avx2()));
        out.add("rtm_always_abort: " + yesNo(cpu.rtmAlwaysAbort()));
        out.add("cache line: " + cpu.cacheLineSize() + " bytes (sysconf: " + sysconfText(sysconfLine, " bytes") + ")");
        out.add("l1d: " + cpu.l1dSize() / 1024 + " KiB (sysconf: "
                + sysconfText(sysconfL1d <= 0 ? sysconfL1d : sysconfL1d / 1024, " KiB") + ")");
        return out;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String sysconfText(long value, String unit) {
        return value <= 0 ? "unknown" : value + unit;
    }
}

package dev.weft.htm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CpuFeaturesTest {
    private final CpuFeatures cpu = CpuFeatures.detect();

    // Differential: this host's CPUID, decoded, against what the kernel and glibc say.

    @Test
    void identityMatchesProcCpuinfo() {
        assertEquals(ProcFiles.cpuinfo("vendor_id"), cpu.vendor());
        assertEquals(ProcFiles.cpuinfo("model name"), cpu.brand());
        assertEquals(Integer.parseInt(ProcFiles.cpuinfo("cpu family")), cpu.family());
        assertEquals(Integer.parseInt(ProcFiles.cpuinfo("model")), cpu.model());
        assertEquals(Integer.parseInt(ProcFiles.cpuinfo("stepping")), cpu.stepping());
    }

    @Test
    void featureBitsMatchProcCpuinfoFlags() {
        Set<String> flags = ProcFiles.cpuFlags();
        assertEquals(flags.contains("avx2"), cpu.avx2());
        // The kernel may hide TSX bits that CPUID shows (tsx=off), never the reverse.
        if (flags.contains("rtm")) assertTrue(cpu.rtm());
        if (flags.contains("hle")) assertTrue(cpu.hle());
        if (flags.contains("rtm_always_abort")) assertTrue(cpu.rtmAlwaysAbort());
        if (cpu.rtm() && !flags.contains("rtm")) {
            assertEquals(RtmSelfTest.Reason.DISABLED_BY_KERNEL, Rtm.selfTest().reason());
        }
    }

    @Test
    void cacheGeometryMatchesSysconfAndClflushSize() {
        long sysLine = LibC.sysconf(LibC._SC_LEVEL1_DCACHE_LINESIZE);
        long sysL1d = LibC.sysconf(LibC._SC_LEVEL1_DCACHE_SIZE);
        assertEquals(Integer.parseInt(ProcFiles.cpuinfo("clflush size")), cpu.cacheLineSize());
        if (sysLine > 0) assertEquals(sysLine, cpu.cacheLineSize());
        if (sysL1d > 0) assertEquals(sysL1d, cpu.l1dSize());
        assertTrue(Long.bitCount(cpu.cacheLineSize()) == 1 && cpu.l1dSize() >= 4096, cpu.toString());
    }

    // Recorded CPUID answers of CPUs this host is not.

    /** A Haswell Core i7-4770 with TSX: Intel's leaf 4 caches, HLE and RTM listed. */
    static Map<Long, int[]> haswell() {
        Map<Long, int[]> regs = new HashMap<>();
        put(regs, 0, 0, 0xD, 0x756E6547, 0x6C65746E, 0x49656E69);
        put(regs, 1, 0, 0x000306C3, 0x02100800, 0x7FFAFBBF, 0xBFEBFBFF);
        put(regs, 4, 0, 0x1C004121, 0x01C0003F, 0x3F, 0);   // L1D: 8 ways, 64 sets, 64-byte lines
        put(regs, 4, 1, 0x1C004122, 0x01C0003F, 0x3F, 0);   // L1I
        put(regs, 4, 2, 0x1C004143, 0x01C0003F, 0x1FF, 0);  // L2
        put(regs, 7, 0, 0, 0x00002FBB, 0, 0);               // HLE bit 4, AVX2 bit 5, RTM bit 11
        put(regs, 0x80000000, 0, 0x80000008, 0, 0, 0);
        brand(regs, "       Intel(R) Core(TM) i7-4770 CPU @ 3.40GHz");
        return regs;
    }

    @Test
    void decodesIntelLeaves() {
        CpuFeatures f = CpuFeatures.from(fake(haswell()));
        assertEquals(new CpuFeatures("GenuineIntel", "Intel(R) Core(TM) i7-4770 CPU @ 3.40GHz", 6, 60, 3,
                true, true, true, false, 64, 32 * 1024), f);
    }

    @Test
    void eachTsxBitIsItsOwn() {
        Map<Long, int[]> regs = haswell();
        put(regs, 7, 0, 0, 1 << 11, 0, 1 << 11);
        CpuFeatures onlyRtm = CpuFeatures.from(fake(regs));
        assertTrue(onlyRtm.rtm() && onlyRtm.rtmAlwaysAbort());
        assertFalse(onlyRtm.hle() || onlyRtm.avx2());
        put(regs, 7, 0, 0, 1 << 4, 0, 0);
        CpuFeatures onlyHle = CpuFeatures.from(fake(regs));
        assertTrue(onlyHle.hle());
        assertFalse(onlyHle.rtm() || onlyHle.avx2() || onlyHle.rtmAlwaysAbort());
        put(regs, 0, 0, 6, 0x756E6547, 0x6C65746E, 0x49656E69); // max leaf 6: leaf 7 must not be read
        assertFalse(CpuFeatures.from(fake(regs)).hle());
    }

    @Test
    void decodesAmdLeaves() {
        Map<Long, int[]> regs = new HashMap<>();
        put(regs, 0, 0, 0x10, 0x68747541, 0x444D4163, 0x69746E65);
        put(regs, 1, 0, 0x00A00F11, 0x00000800, 0, 0);      // Zen 3: family 0xF + 0xA
        put(regs, 7, 0, 0, 0x219C91A9, 0, 0);
        put(regs, 0x80000000, 0, 0x80000023, 0, 0, 0);
        put(regs, 0x80000005, 0, 0xFF40FF40, 0xFF40FF40, 0x20080140, 0x20080140);
        brand(regs, "AMD EPYC 7763 64-Core Processor                 ");
        CpuFeatures f = CpuFeatures.from(fake(regs));
        assertEquals(new CpuFeatures("AuthenticAMD", "AMD EPYC 7763 64-Core Processor", 25, 1, 1,
                false, false, true, false, 64, 32 * 1024), f);
    }

    @Test
    void unknownVendorFallsBackToClflushLineSize() {
        Map<Long, int[]> regs = new HashMap<>();
        put(regs, 0, 0, 1, 0x746E6543, 0x736C7561, 0x48727561); // "CentaurHauls"
        put(regs, 1, 0, 0x000006F2, 0x00000800, 0, 0);
        CpuFeatures f = CpuFeatures.from(fake(regs));
        assertEquals("CentaurHauls", f.vendor());
        assertEquals("", f.brand());
        assertEquals(64, f.cacheLineSize());
        assertEquals(0, f.l1dSize());
    }

    private static CpuFeatures.Cpuid fake(Map<Long, int[]> regs) {
        return (leaf, subleaf) -> regs.getOrDefault(key(leaf, subleaf), new int[4]).clone();
    }

    private static long key(int leaf, int subleaf) {
        return (long) leaf << 32 | (subleaf & 0xFFFFFFFFL);
    }

    private static void put(Map<Long, int[]> regs, int leaf, int subleaf, int eax, int ebx, int ecx, int edx) {
        regs.put(key(leaf, subleaf), new int[] {eax, ebx, ecx, edx});
    }

    private static void brand(Map<Long, int[]> regs, String text) {
        ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN).put(text.getBytes(StandardCharsets.US_ASCII));
        b.flip().limit(48);
        for (int i = 0; i < 3; i++) put(regs, 0x80000002 + i, 0, b.getInt(), b.getInt(), b.getInt(), b.getInt());
    }
}

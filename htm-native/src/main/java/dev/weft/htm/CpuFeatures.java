package dev.weft.htm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * What CPUID says about this CPU, decoded once: vendor, brand string, family/model/stepping,
 * the transactional-memory bits (RTM, HLE, RTM_ALWAYS_ABORT), AVX2, and the L1 data cache.
 * CPUID runs in the shim ({@code weft_cpuid}); {@link #from(Cpuid)} decodes any source of
 * CPUID answers, so the decoding is tested with recorded answers of CPUs this host is not.
 *
 * <p>"RTM listed" is only CPUID's claim: whether RTM is usable is {@link RtmSelfTest}'s call.
 *
 * <pre>
 *   leaf 0                  eax = max leaf; ebx, edx, ecx = vendor ("Genu" "ineI" "ntel")
 *   leaf 1                  eax: stepping 3-0, model 7-4, family 11-8, ext model 19-16, ext family 27-20
 *                           ebx 15-8: CLFLUSH line size / 8 (the last fallback for the line size)
 *   leaf 7, subleaf 0       ebx bit 4 HLE, bit 5 AVX2, bit 11 RTM; edx bit 11 RTM_ALWAYS_ABORT
 *   leaf 4, subleaf i       Intel caches: eax 4-0 type (1 data), 7-5 level; ebx 11-0 line-1,
 *                           21-12 partitions-1, 31-22 ways-1; ecx sets-1
 *   0x80000002..4           brand string, 48 bytes
 *   0x80000005              AMD L1: ecx 31-24 L1D KiB, 7-0 line size
 * </pre>
 * Family and model are combined as Linux does for /proc/cpuinfo: family 0xF adds the extended
 * family; family 6 and up takes the extended model as high nibble. E.g. leaf 1 eax 0x000306C3
 * (Haswell): family 6, model 0x3C = 60, stepping 3.
 */
public record CpuFeatures(String vendor, String brand, int family, int model, int stepping,
                          boolean rtm, boolean hle, boolean avx2, boolean rtmAlwaysAbort,
                          int cacheLineSize, long l1dSize) {

    /** A source of CPUID answers: {eax, ebx, ecx, edx} for (leaf, subleaf). */
    @FunctionalInterface
    public interface Cpuid {
        int[] query(int leaf, int subleaf);
    }

    private static final class Detected {
        static final CpuFeatures VALUE = from(CpuFeatures::cpuid);
    }

    /** This CPU's features (CPUID runs once per JVM). */
    public static CpuFeatures detect() {
        return Detected.VALUE;
    }

    /** CPUID on this CPU, through the shim. */
    public static int[] cpuid(int leaf, int subleaf) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ValueLayout.JAVA_INT, 4);
            WeftRtm.cpuid(leaf, subleaf, out);
            return out.toArray(ValueLayout.JAVA_INT);
        }
    }

    public static CpuFeatures from(Cpuid cpuid) {
        int[] l0 = cpuid.query(0, 0);
        int maxLeaf = l0[0];
        String vendor = ascii(l0[1], l0[3], l0[2]);
        int[] l1 = cpuid.query(1, 0);
        int eax = l1[0];
        int family = (eax >>> 8) & 0xF;
        int model = (eax >>> 4) & 0xF;
        if (family == 0xF) family += (eax >>> 20) & 0xFF;
        if (family >= 6) model += ((eax >>> 16) & 0xF) << 4;
        int stepping = eax & 0xF;

        int[] l7 = maxLeaf >= 7 ? cpuid.query(7, 0) : new int[4];
        boolean hle = bit(l7[1], 4), avx2 = bit(l7[1], 5), rtm = bit(l7[1], 11), alwaysAbort = bit(l7[3], 11);

        int maxExt = cpuid.query(0x80000000, 0)[0];
        String brand = "";
        if (Integer.compareUnsigned(maxExt, 0x80000004) >= 0) {
            int[] b = new int[12];
            for (int i = 0; i < 3; i++) System.arraycopy(cpuid.query(0x80000002 + i, 0), 0, b, 4 * i, 4);
            brand = ascii(b);
        }

        int line = 0;
        long l1d = 0;
        if (vendor.equals("GenuineIntel") && maxLeaf >= 4) {
            for (int i = 0; i < 32; i++) {
                int[] c = cpuid.query(4, i);
                int type = c[0] & 0x1F, level = (c[0] >>> 5) & 0x7;
                if (type == 0) break;
                if (type == 1 && level == 1) {
                    line = (c[1] & 0xFFF) + 1;
                    l1d = (long) line * (((c[1] >>> 12) & 0x3FF) + 1) * ((c[1] >>> 22) + 1) * (c[2] + 1L);
                    break;
                }
            }
        } else if ((vendor.equals("AuthenticAMD") || vendor.equals("HygonGenuine"))
                && Integer.compareUnsigned(maxExt, 0x80000005) >= 0) {
            int ecx = cpuid.query(0x80000005, 0)[2];
            line = ecx & 0xFF;
            l1d = (long) (ecx >>> 24) * 1024;
        }
        if (line == 0) line = ((l1[1] >>> 8) & 0xFF) * 8;
        return new CpuFeatures(vendor, brand, family, model, stepping, rtm, hle, avx2, alwaysAbort, line, l1d);
    }

    private static boolean bit(int word, int bit) {
        return (word >>> bit & 1) != 0;
    }

    /** The registers' bytes, little-endian, as text; NULs dropped and spaces trimmed. */
    private static String ascii(int... regs) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * regs.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int r : regs) bytes.putInt(r);
        return new String(bytes.array(), StandardCharsets.US_ASCII).replace("\0", "").trim();
    }
}

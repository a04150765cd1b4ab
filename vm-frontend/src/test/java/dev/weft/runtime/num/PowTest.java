package dev.weft.runtime.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Pow's fast tier against its slow tiers (exact BigInteger powers, 100-bit double-double) on
 * many random arguments: wherever the fast tier answers, its answer must be theirs, so its
 * error bound holds. (The tables check all three against CPython.)
 */
class PowTest {
    @Test
    void theFastTierAgreesWithTheExactTiersWhereverItAnswers() {
        SplittableRandom random = new SplittableRandom(7);
        int answered = 0, total = 200_000;
        for (int i = 0; i < total; i++) {
            double x = switch (i % 4) {
                case 0 -> random.nextDouble(0, 10);
                case 1 -> Double.longBitsToDouble(random.nextLong(0x0010_0000_0000_0000L, 0x7FF0_0000_0000_0000L));
                case 2 -> random.nextInt(1, 1000);
                default -> 1 + random.nextDouble(-1e-6, 1e-6);
            };
            double y = switch (i % 5) {
                case 0 -> random.nextInt(-40, 40);
                case 1 -> random.nextDouble(-5, 5);
                case 2 -> random.nextDouble(-1e6, 1e6);
                case 3 -> random.nextInt(-3, 4) + 0.5;
                default -> random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-20, 20));
            };
            if (x == 1.0 || y == 0.0) continue;
            double fast = Pow.fast(x, y);
            if (fast != fast) continue;
            answered++;
            assertEquals(Pow.exact(x, y), fast, () -> x + " ** " + y);
        }
        assertTrue(answered > total * 0.6, "the fast tier answered only " + answered + " of " + total);
    }

    @Test
    void exactTiesRoundToEven() {
        // 9 ** 17 = 16677181699666569 lies halfway between two doubles (glibc rounds it up)
        assertEquals(16677181699666568.0, FloatMath.pow(9.0, 17.0));
        assertEquals(0x1.6a09e667f3bcdp-2, FloatMath.pow(2.0, -1.5));
    }
}

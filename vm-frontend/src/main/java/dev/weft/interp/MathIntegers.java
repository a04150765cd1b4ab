package dev.weft.interp;

import static dev.weft.runtime.Words.*;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.PyException;
import dev.weft.runtime.objects.bigint.BigInts;
import java.math.BigInteger;

/**
 * The exact integer functions of {@code math}: gcd, lcm, isqrt, factorial, comb and perm, on
 * ints of any size (arguments through {@code __index__}), with CPython's errors.
 */
final class MathIntegers {
    private MathIntegers() {}

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static void install(StdModules.Builder b) {
        b.fn("gcd", 0, Integer.MAX_VALUE, false, (ctx, a, n, kw) -> {
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < n; i++) g = g.gcd(MathModule.integer(ctx, a[i]));
            return BigInts.box(ctx.mem, g);
        });
        b.fn("lcm", 0, Integer.MAX_VALUE, false, (ctx, a, n, kw) -> {
            BigInteger l = BigInteger.ONE;
            for (int i = 0; i < n; i++) {
                BigInteger x = MathModule.integer(ctx, a[i]).abs();
                l = l.signum() == 0 || x.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(x)).multiply(x);
            }
            return BigInts.box(ctx.mem, l);
        });
        b.fn("isqrt", 1, 1, false, (ctx, a, n, kw) -> {
            BigInteger x = MathModule.integer(ctx, a[0]);
            if (x.signum() < 0) throw PyException.valueError("isqrt() argument must be nonnegative");
            return BigInts.box(ctx.mem, x.sqrt());
        });
        b.fn("factorial", 1, 1, false, (ctx, a, n, kw) -> {
            BigInteger x = MathModule.integer(ctx, a[0]);
            if (x.signum() < 0) throw PyException.valueError("factorial() not defined for negative values");
            if (x.compareTo(LONG_MAX) > 0) {
                throw PyException.of(ExcKind.OVERFLOW_ERROR, "factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return BigInts.box(ctx.mem, product(1, x.longValue()));
        });
        b.fn("comb", 2, 2, false, (ctx, a, n, kw) -> {
            BigInteger[] nk = nk(ctx, a[0], a[1]);
            if (nk[1].compareTo(nk[0]) > 0) return fromInt(0);
            long k = smallK(nk[0].subtract(nk[1]).min(nk[1]));
            return BigInts.box(ctx.mem, fallingFactorial(nk[0], k).divide(product(1, k)));
        });
        b.fn("perm", 1, 2, false, (ctx, a, n, kw) -> {
            if (n == 1 || a[1] == NONE) {
                BigInteger x = MathModule.integer(ctx, a[0]);
                if (x.signum() < 0) throw PyException.valueError("n must be a non-negative integer");
                return BigInts.box(ctx.mem, product(1, smallK(x)));
            }
            BigInteger[] nk = nk(ctx, a[0], a[1]);
            if (nk[1].compareTo(nk[0]) > 0) return fromInt(0);
            return BigInts.box(ctx.mem, fallingFactorial(nk[0], smallK(nk[1])));
        });
    }

    private static BigInteger[] nk(Ctx c, long nw, long kw) {
        BigInteger n = MathModule.integer(c, nw), k = MathModule.integer(c, kw);
        if (n.signum() < 0) throw PyException.valueError("n must be a non-negative integer");
        if (k.signum() < 0) throw PyException.valueError("k must be a non-negative integer");
        return new BigInteger[] {n, k};
    }

    private static long smallK(BigInteger k) {
        if (k.compareTo(LONG_MAX) > 0) {
            throw PyException.of(ExcKind.OVERFLOW_ERROR, "min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        return k.longValue();
    }

    /** n * (n-1) * ... * (n-k+1). */
    private static BigInteger fallingFactorial(BigInteger n, long k) {
        if (k == 0) return BigInteger.ONE;
        if (n.bitLength() < 62) {
            long top = n.longValue();
            return product(top - k + 1, top);
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < k; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        return r;
    }

    /** lo * (lo+1) * ... * hi, split in halves so that the big multiplications are balanced. */
    private static BigInteger product(long lo, long hi) {
        if (hi < lo) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }
}

package dev.weft.interp;

import static dev.weft.runtime.Words.NONE;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.ExcKind;
import dev.weft.runtime.Mem;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.bigint.BigInts;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.list.WordArray;
import dev.weft.runtime.objects.str.Str;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The {@code _random} module: the Mersenne Twister (MT19937) core under {@code random.py},
 * giving exactly CPython's sequences (same seeding of the 624-word state from an int's 32-bit
 * chunks, same 53-bit floats, same {@code getrandbits} word order).
 *
 * <p>A generator's state lives on the guest heap, so that a transaction that aborts rolls it
 * back: a list of 625 small ints, the 624 state words then the index of the next word
 * ({@code new()} makes one). The functions take that list first:
 * {@code seed(state, a)}, {@code random(state)}, {@code getrandbits(state, k)},
 * {@code getstate(state)} (a tuple of the 625 ints, as CPython's) and
 * {@code setstate(state, tuple)}. {@code osbits(k)} gives k bits of the OS's randomness (for
 * SystemRandom).
 */
final class RandomModule {
    private RandomModule() {}

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final SecureRandom OS_RANDOM = new SecureRandom();

    static long make(Vm vm) {
        return StdModules.make(vm, "_random", b -> {
            b.fn("new", 0, 0, false, (ctx, a, n, kw) -> newState(ctx.mem));
            b.fn("seed", 2, 2, false, (ctx, a, n, kw) -> {
                seed(ctx, state(ctx, a[0]), a[1]);
                return NONE;
            });
            b.fn("random", 1, 1, false, (ctx, a, n, kw) -> Words.fromDouble(random(ctx, state(ctx, a[0]))));
            b.fn("getrandbits", 2, 2, false, (ctx, a, n, kw) -> getrandbits(ctx, state(ctx, a[0]), a[1]));
            b.fn("getstate", 1, 1, false, (ctx, a, n, kw) -> getstate(ctx.mem, state(ctx, a[0])));
            b.fn("setstate", 2, 2, false, (ctx, a, n, kw) -> {
                setstate(ctx, state(ctx, a[0]), a[1]);
                return NONE;
            });
            b.fn("osbits", 1, 1, false, (ctx, a, n, kw) -> osbits(ctx, a[0]));
        });
    }

    // ------------------------------------------------------------------------------------
    // The state list

    /** A fresh state list, all words 0 and the index past the end (seed() fills it). */
    private static long newState(Mem m) {
        long[] items = new long[N + 1];
        Arrays.fill(items, Words.fromInt(0));
        items[N] = Words.fromInt(N);
        return PyList.of(m, items, N + 1);
    }

    private static long state(Ctx c, long w) {
        if (!PyList.isList(w) || PyList.size(c.mem, w) != N + 1) {
            throw PyException.typeError("_random: a generator state (a list of " + (N + 1) + " ints) is required");
        }
        return w;
    }

    private static int[] readWords(Mem m, long state) {
        long[] raw = new long[N];
        WordArray.read(m, m.get(state, PyList.STORAGE), m.get(state, PyList.CAPACITY), 0, N, raw, 0);
        int[] mt = new int[N];
        for (int i = 0; i < N; i++) mt[i] = (int) Words.toInt(raw[i]);
        return mt;
    }

    private static void writeWords(Mem m, long state, int[] mt, int index) {
        long st = m.get(state, PyList.STORAGE), cap = m.get(state, PyList.CAPACITY);
        for (int i = 0; i < N; i++) WordArray.set(m, st, cap, i, Words.fromInt(mt[i] & 0xFFFF_FFFFL));
        WordArray.set(m, st, cap, N, Words.fromInt(index));
    }

    /** Draws 32-bit outputs from one state list; {@link #close} stores the index back. */
    private static final class Draw {
        private final Mem m;
        private final long state, storage, capacity;
        private int index;

        Draw(Mem m, long state) {
            this.m = m;
            this.state = state;
            this.storage = m.get(state, PyList.STORAGE);
            this.capacity = m.get(state, PyList.CAPACITY);
            long i = Words.toInt(WordArray.get(m, storage, capacity, N));
            this.index = i < 0 || i > N ? N : (int) i;
        }

        /** genrand_uint32: the next tempered output, as an unsigned 32-bit value in an int. */
        int next() {
            if (index >= N) {
                int[] mt = readWords(m, state);
                twist(mt);
                writeWords(m, state, mt, 0);
                index = 0;
            }
            int y = (int) Words.toInt(WordArray.get(m, storage, capacity, index++));
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            return y ^ (y >>> 18);
        }

        void close() {
            WordArray.set(m, storage, capacity, N, Words.fromInt(index));
        }
    }

    // ------------------------------------------------------------------------------------
    // MT19937 proper

    private static void twist(int[] mt) {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
    }

    private static int[] initGenrand(int s) {
        int[] mt = new int[N];
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        return mt;
    }

    private static int[] initByArray(int[] key) {
        int[] mt = initGenrand(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = UPPER_MASK; // MSB is 1, assuring a non-zero initial array
        return mt;
    }

    /** The 32-bit chunks of a non-negative n, least significant first (one chunk for 0). */
    private static int[] chunks(BigInteger n) {
        int[] key = new int[Math.max(1, (n.bitLength() + 31) / 32)];
        for (int i = 0; i < key.length; i++) key[i] = n.shiftRight(32 * i).intValue();
        return key;
    }

    // ------------------------------------------------------------------------------------
    // The functions

    /**
     * Seeds from None (the OS's randomness), an int (its absolute value), a str (version 2:
     * the UTF-8 bytes followed by their SHA-512, read as a big-endian int) or any other
     * hashable object (its hash, as an unsigned 64-bit value).
     */
    private static void seed(Ctx c, long state, long a) {
        int[] key;
        if (a == NONE) {
            key = new int[N];
            for (int i = 0; i < N; i++) key[i] = OS_RANDOM.nextInt();
        } else {
            long v = c.guest.baseValue(a);
            if (BigInts.isInt(v)) {
                key = chunks(BigInts.toBig(v).abs());
            } else if (Str.isStr(v)) {
                key = chunks(strSeed(Str.value(v)));
            } else {
                long h = c.guest.hash(a);
                key = chunks(new BigInteger(Long.toUnsignedString(h)));
            }
        }
        writeWords(c.mem, state, initByArray(key), N);
    }

    private static BigInteger strSeed(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i)) && !(Character.isHighSurrogate(s.charAt(i))
                    && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))) {
                throw PyException.of(ExcKind.UNICODE_ENCODE_ERROR, String.format(
                        "'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed",
                        (int) s.charAt(i), s.codePointCount(0, i)));
            }
            if (Character.isHighSurrogate(s.charAt(i))) i++;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-512", e);
        }
        byte[] all = new byte[bytes.length + digest.length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        System.arraycopy(digest, 0, all, bytes.length, digest.length);
        return new BigInteger(1, all);
    }

    /** A float in [0, 1) with 53 random bits, from two outputs (27 and 26 bits). */
    private static double random(Ctx c, long state) {
        Draw d = new Draw(c.mem, state);
        int a = d.next() >>> 5, b = d.next() >>> 6;
        d.close();
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** The bit count argument of getrandbits: a non-negative int that fits a C int. */
    private static int bitCount(Ctx c, long kw) {
        BigInteger kb = BigInts.toBig(c.guest.baseValue(Numbers.index((Interp) c.guest, kw)));
        if (kb.bitLength() > 31) throw PyException.of(ExcKind.OVERFLOW_ERROR, "Python int too large to convert to C int");
        int k = kb.intValue();
        if (k < 0) throw PyException.valueError("number of bits must be non-negative");
        return k;
    }

    /** k random bits: 32-bit outputs fill the int from its least significant word up. */
    private static long getrandbits(Ctx c, long state, long kw) {
        int k = bitCount(c, kw);
        if (k == 0) return Words.fromInt(0);
        Draw d = new Draw(c.mem, state);
        long result;
        if (k <= 32) {
            result = Words.fromInt((d.next() & 0xFFFF_FFFFL) >>> (32 - k));
        } else {
            int words = (k - 1) / 32 + 1;
            byte[] big = new byte[4 * words]; // big-endian magnitude
            for (int i = 0, left = k; i < words; i++, left -= 32) {
                int r = d.next();
                if (left < 32) r >>>= 32 - left;
                int at = big.length - 4 * (i + 1);
                big[at] = (byte) (r >>> 24);
                big[at + 1] = (byte) (r >>> 16);
                big[at + 2] = (byte) (r >>> 8);
                big[at + 3] = (byte) r;
            }
            result = BigInts.box(c.mem, new BigInteger(1, big));
        }
        d.close();
        return result;
    }

    private static long osbits(Ctx c, long kw) {
        // the OS's randomness is input: a re-run of the transaction must not draw other bits
        ((Interp) c.guest).becomeInevitable();
        return BigInts.box(c.mem, new BigInteger(bitCount(c, kw), OS_RANDOM));
    }

    private static long getstate(Mem m, long state) {
        return H.tuple(m, PyList.toArray(m, state));
    }

    /** Restores a getstate() tuple, with CPython's checks and messages. */
    private static void setstate(Ctx c, long state, long tuple) {
        if (!H.isTuple(tuple)) throw PyException.typeError("state vector must be a tuple");
        if (H.tupleSize(tuple) != N + 1) throw PyException.valueError("state vector is the wrong size");
        int[] mt = new int[N];
        for (int i = 0; i < N; i++) {
            long v = c.guest.baseValue(H.tupleGet(tuple, i));
            if (!BigInts.isInt(v)) throw PyException.typeError("an integer is required");
            BigInteger b = BigInts.toBig(v);
            if (b.signum() < 0) throw PyException.of(ExcKind.OVERFLOW_ERROR, "can't convert negative value to unsigned int");
            if (b.bitLength() > 64) {
                throw PyException.of(ExcKind.OVERFLOW_ERROR, "Python int too large to convert to C unsigned long");
            }
            mt[i] = b.intValue();
        }
        long iv = c.guest.baseValue(Numbers.index((Interp) c.guest, H.tupleGet(tuple, N)));
        if (!BigInts.fitsLong(iv)) throw PyException.of(ExcKind.OVERFLOW_ERROR, "Python int too large to convert to C long");
        long index = BigInts.toLong(iv);
        if (index < 0 || index > N) throw PyException.valueError("invalid state");
        writeWords(c.mem, state, mt, (int) index);
    }
}

package dev.weft.runtime.objects.bytes;

import static dev.weft.runtime.objects.iter.Args.Style.KW;
import static dev.weft.runtime.objects.iter.Args.Style.NOARGS;
import static dev.weft.runtime.objects.iter.Args.Style.O;
import static dev.weft.runtime.objects.iter.Args.Style.POS;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.tuple.Tuple;

/**
 * The methods of bytes and bytearray that treat the bytes as ASCII text: join, split,
 * partition, strip, replace, case mapping, the {@code is...} predicates, padding and
 * translate. Only ASCII letters have case and only the six ASCII whitespace bytes are
 * space, as in CPython; every result has the receiver's type.
 */
final class BytesText {
    private BytesText() {}

    static void install(MethodTable t) {
        Args.def(t, O, "join", 1, 1, (c, a, n, k) -> join(c, a[0], a[1]));
        Args.def(t, KW, "split", 0, 2, (c, a, n, k) -> {
            long[] p = Args.bind("split", a, n, k, 2, "sep", "maxsplit");
            return split(c, a[0], p[0], p[1], false);
        });
        Args.def(t, KW, "rsplit", 0, 2, (c, a, n, k) -> {
            long[] p = Args.bind("rsplit", a, n, k, 2, "sep", "maxsplit");
            return split(c, a[0], p[0], p[1], true);
        });
        Args.def(t, KW, "splitlines", 0, 1, (c, a, n, k) -> {
            long[] p = Args.bind("splitlines", a, n, k, 1, "keepends");
            return splitlines(c, a[0], p[0] != Words.NULL && Values.truthy(c, p[0]));
        });
        Args.def(t, O, "partition", 1, 1, (c, a, n, k) -> partition(c, a[0], a[1], false));
        Args.def(t, O, "rpartition", 1, 1, (c, a, n, k) -> partition(c, a[0], a[1], true));
        Args.def(t, POS, "strip", 0, 1, (c, a, n, k) -> strip(c, a[0], Args.opt(a, n, 1, Words.NONE), true, true));
        Args.def(t, POS, "lstrip", 0, 1, (c, a, n, k) -> strip(c, a[0], Args.opt(a, n, 1, Words.NONE), true, false));
        Args.def(t, POS, "rstrip", 0, 1, (c, a, n, k) -> strip(c, a[0], Args.opt(a, n, 1, Words.NONE), false, true));
        Args.def(t, POS, "replace", 2, 3, (c, a, n, k) -> replace(c, a[0], a[1], a[2], n > 3 ? Args.index(a[3]) : -1));
        Args.def(t, O, "removeprefix", 1, 1, (c, a, n, k) -> remove(c, a[0], a[1], true));
        Args.def(t, O, "removesuffix", 1, 1, (c, a, n, k) -> remove(c, a[0], a[1], false));
        Args.def(t, NOARGS, "upper", 0, 0, (c, a, n, k) -> map(c, a[0], 'u'));
        Args.def(t, NOARGS, "lower", 0, 0, (c, a, n, k) -> map(c, a[0], 'l'));
        Args.def(t, NOARGS, "swapcase", 0, 0, (c, a, n, k) -> map(c, a[0], 's'));
        Args.def(t, NOARGS, "capitalize", 0, 0, (c, a, n, k) -> map(c, a[0], 'c'));
        Args.def(t, NOARGS, "title", 0, 0, (c, a, n, k) -> map(c, a[0], 't'));
        Args.def(t, NOARGS, "isdigit", 0, 0, (c, a, n, k) -> all(c, a[0], BytesText::isDigit));
        Args.def(t, NOARGS, "isalpha", 0, 0, (c, a, n, k) -> all(c, a[0], BytesText::isAlpha));
        Args.def(t, NOARGS, "isalnum", 0, 0, (c, a, n, k) -> all(c, a[0], b -> isAlpha(b) || isDigit(b)));
        Args.def(t, NOARGS, "isspace", 0, 0, (c, a, n, k) -> all(c, a[0], BytesText::isSpace));
        Args.def(t, NOARGS, "isascii", 0, 0, (c, a, n, k) -> {
            for (byte b : Bytes.data(c.mem, a[0])) {
                if (b < 0) return Words.FALSE;
            }
            return Words.TRUE;
        });
        Args.def(t, NOARGS, "isupper", 0, 0, (c, a, n, k) -> Words.fromBool(cased(Bytes.data(c.mem, a[0]), true)));
        Args.def(t, NOARGS, "islower", 0, 0, (c, a, n, k) -> Words.fromBool(cased(Bytes.data(c.mem, a[0]), false)));
        Args.def(t, O, "zfill", 1, 1, (c, a, n, k) -> zfill(c, a[0], Args.index(a[1])));
        Args.def(t, POS, "ljust", 1, 2, (c, a, n, k) -> pad(c, a, n, "ljust"));
        Args.def(t, POS, "rjust", 1, 2, (c, a, n, k) -> pad(c, a, n, "rjust"));
        Args.def(t, POS, "center", 1, 2, (c, a, n, k) -> pad(c, a, n, "center"));
        Args.def(t, KW, "translate", 1, 2, (c, a, n, k) -> {
            long[] p = Args.bind("translate", a, n, k, 2, "table", "delete");
            return translate(c, a[0], p[0], p[1]);
        });
    }

    // byte classes ---------------------------------------------------------------------------

    static boolean isSpace(int b) {
        return b == ' ' || b >= 9 && b <= 13;
    }

    static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    static boolean isUpper(int b) {
        return b >= 'A' && b <= 'Z';
    }

    static boolean isLower(int b) {
        return b >= 'a' && b <= 'z';
    }

    static boolean isAlpha(int b) {
        return isUpper(b) || isLower(b);
    }

    private static long all(Ctx c, long self, java.util.function.IntPredicate p) {
        byte[] s = Bytes.data(c.mem, self);
        if (s.length == 0) return Words.FALSE;
        for (byte b : s) {
            if (!p.test(b & 0xFF)) return Words.FALSE;
        }
        return Words.TRUE;
    }

    private static boolean cased(byte[] s, boolean upper) {
        boolean any = false;
        for (byte b : s) {
            if (upper ? isLower(b) : isUpper(b)) return false;
            if (upper ? isUpper(b) : isLower(b)) any = true;
        }
        return any;
    }

    // join, split, partition -----------------------------------------------------------------

    static long join(Ctx c, long sep, long iterable) {
        if (!Values.maybeIterable(c, iterable)) throw PyException.typeError("can only join an iterable");
        Values.Items items = Values.items(c, iterable);
        byte[] s = Bytes.data(c.mem, sep);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < items.n; i++) {
            long w = items.a[i];
            if (!Bytes.isBytesLike(w)) {
                throw PyException.typeError("sequence item " + i + ": expected a bytes-like object, " + Values.typeName(c, w) + " found");
            }
            if (i > 0) out.writeBytes(s);
            out.writeBytes(Bytes.data(c.mem, w));
        }
        return BytesBuiltins.result(c, sep, out.toByteArray());
    }

    static long split(Ctx c, long self, long sepW, long maxW, boolean fromRight) {
        long max = maxW == Words.NULL ? -1 : Args.index(maxW);
        if (max < 0) max = Long.MAX_VALUE;
        byte[] s = Bytes.data(c.mem, self);
        int n = s.length;
        PyList.Builder out = new PyList.Builder();
        if (sepW == Words.NULL || sepW == Words.NONE) {
            if (!fromRight) {
                int i = 0;
                while (max > 0) {
                    while (i < n && isSpace(s[i])) i++;
                    if (i == n) break;
                    int j = i;
                    while (j < n && !isSpace(s[j])) j++;
                    out.add(BytesBuiltins.result(c, self, s, i, j));
                    max--;
                    i = j;
                }
                while (i < n && isSpace(s[i])) i++;
                if (i < n) out.add(BytesBuiltins.result(c, self, s, i, n));
            } else {
                int j = n;
                while (max > 0) {
                    while (j > 0 && isSpace(s[j - 1])) j--;
                    if (j == 0) break;
                    int i = j;
                    while (i > 0 && !isSpace(s[i - 1])) i--;
                    out.add(BytesBuiltins.result(c, self, s, i, j));
                    max--;
                    j = i;
                }
                while (j > 0 && isSpace(s[j - 1])) j--;
                if (j > 0) out.add(BytesBuiltins.result(c, self, s, 0, j));
                out.reverse();
            }
            return out.build(c.mem);
        }
        byte[] sep = BytesBuiltins.buffer(c, sepW);
        if (sep.length == 0) throw PyException.valueError("empty separator");
        if (!fromRight) {
            int i = 0;
            while (max > 0) {
                int j = BytesBuiltins.indexOf(s, sep, i, n);
                if (j < 0) break;
                out.add(BytesBuiltins.result(c, self, s, i, j));
                i = j + sep.length;
                max--;
            }
            out.add(BytesBuiltins.result(c, self, s, i, n));
        } else {
            int j = n;
            while (max > 0) {
                int i = BytesBuiltins.lastIndexOf(s, sep, 0, j);
                if (i < 0) break;
                out.add(BytesBuiltins.result(c, self, s, i + sep.length, j));
                j = i;
                max--;
            }
            out.add(BytesBuiltins.result(c, self, s, 0, j));
            out.reverse();
        }
        return out.build(c.mem);
    }

    static long splitlines(Ctx c, long self, boolean keepends) {
        byte[] s = Bytes.data(c.mem, self);
        int n = s.length;
        PyList.Builder out = new PyList.Builder();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && s[j] != '\n' && s[j] != '\r') j++;
            int eol = j;
            if (j < n) {
                j += s[j] == '\r' && j + 1 < n && s[j + 1] == '\n' ? 2 : 1;
                if (keepends) eol = j;
            }
            out.add(BytesBuiltins.result(c, self, s, i, eol));
            i = j;
        }
        return out.build(c.mem);
    }

    static long partition(Ctx c, long self, long sepW, boolean fromRight) {
        byte[] s = Bytes.data(c.mem, self);
        byte[] sep = BytesBuiltins.buffer(c, sepW);
        if (sep.length == 0) throw PyException.valueError("empty separator");
        int i = fromRight ? BytesBuiltins.lastIndexOf(s, sep, 0, s.length) : BytesBuiltins.indexOf(s, sep, 0, s.length);
        long sepR = BytesBuiltins.result(c, self, sep);
        if (i < 0) {
            long whole = BytesBuiltins.result(c, self, s);
            long e1 = BytesBuiltins.result(c, self, new byte[0]), e2 = BytesBuiltins.result(c, self, new byte[0]);
            return fromRight ? Tuple.of(c.mem, e1, e2, whole) : Tuple.of(c.mem, whole, e1, e2);
        }
        return Tuple.of(c.mem, BytesBuiltins.result(c, self, s, 0, i), sepR,
                BytesBuiltins.result(c, self, s, i + sep.length, s.length));
    }

    // strip, replace ---------------------------------------------------------------------------

    static long strip(Ctx c, long self, long chars, boolean left, boolean right) {
        byte[] s = Bytes.data(c.mem, self);
        boolean[] drop = new boolean[256];
        if (chars == Words.NONE) {
            for (int b = 0; b < 256; b++) drop[b] = isSpace(b);
        } else {
            for (byte b : BytesBuiltins.buffer(c, chars)) drop[b & 0xFF] = true;
        }
        int i = 0, j = s.length;
        if (left) {
            while (i < j && drop[s[i] & 0xFF]) i++;
        }
        if (right) {
            while (j > i && drop[s[j - 1] & 0xFF]) j--;
        }
        return BytesBuiltins.result(c, self, s, i, j);
    }

    static long replace(Ctx c, long self, long oldW, long newW, long count) {
        byte[] s = Bytes.data(c.mem, self);
        byte[] old = BytesBuiltins.buffer(c, oldW), rep = BytesBuiltins.buffer(c, newW);
        if (count < 0) count = Long.MAX_VALUE;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (old.length == 0) {
            // an empty pattern matches before every byte and at the end
            int i = 0;
            for (; i <= s.length && count > 0; i++, count--) {
                out.writeBytes(rep);
                if (i < s.length) out.write(s[i]);
            }
            if (i < s.length) out.write(s, i, s.length - i);
            return BytesBuiltins.result(c, self, out.toByteArray());
        }
        int i = 0;
        while (count > 0) {
            int j = BytesBuiltins.indexOf(s, old, i, s.length);
            if (j < 0) break;
            out.write(s, i, j - i);
            out.writeBytes(rep);
            i = j + old.length;
            count--;
        }
        out.write(s, i, s.length - i);
        return BytesBuiltins.result(c, self, out.toByteArray());
    }

    static long remove(Ctx c, long self, long affixW, boolean prefix) {
        byte[] s = Bytes.data(c.mem, self);
        byte[] p = BytesBuiltins.buffer(c, affixW);
        if (p.length <= s.length && BytesBuiltins.matches(s, prefix ? 0 : s.length - p.length, p)) {
            return prefix ? BytesBuiltins.result(c, self, s, p.length, s.length) : BytesBuiltins.result(c, self, s, 0, s.length - p.length);
        }
        return BytesBuiltins.result(c, self, s);
    }

    // case -------------------------------------------------------------------------------------

    private static long map(Ctx c, long self, char how) {
        byte[] s = Bytes.data(c.mem, self);
        boolean prevCased = false;
        for (int i = 0; i < s.length; i++) {
            int b = s[i];
            boolean up = isUpper(b), low = isLower(b);
            boolean toUpper = switch (how) {
                case 'u' -> low;
                case 's' -> low;
                case 'c' -> i == 0 && low;
                case 't' -> !prevCased && low;
                default -> false;
            };
            boolean toLower = switch (how) {
                case 'l', 's' -> up;
                case 'c' -> i > 0 && up;
                case 't' -> prevCased && up;
                default -> false;
            };
            if (toUpper) s[i] = (byte) (b - 32);
            if (toLower) s[i] = (byte) (b + 32);
            prevCased = up || low;
        }
        return BytesBuiltins.result(c, self, s);
    }

    // padding, translate ---------------------------------------------------------------------

    static long zfill(Ctx c, long self, long width) {
        byte[] s = Bytes.data(c.mem, self);
        if (width <= s.length) return BytesBuiltins.result(c, self, s);
        byte[] r = new byte[(int) width];
        int fill = (int) width - s.length;
        java.util.Arrays.fill(r, 0, fill, (byte) '0');
        System.arraycopy(s, 0, r, fill, s.length);
        if (s.length > 0 && (s[0] == '+' || s[0] == '-')) {
            r[0] = s[0];
            r[fill] = '0';
        }
        return BytesBuiltins.result(c, self, r);
    }

    private static long pad(Ctx c, long[] a, int argc, String name) {
        byte[] s = Bytes.data(c.mem, a[0]);
        long width = Args.index(a[1]);
        byte fill = ' ';
        if (argc > 2) {
            long f = a[2];
            if (!Bytes.isBytesLike(f) || Bytes.size(c.mem, f) != 1) {
                throw PyException.typeError(name + "() argument 2 must be a byte string of length 1, not " + Values.typeName(c, f));
            }
            fill = (byte) Bytes.at(c.mem, f, 0);
        }
        if (width <= s.length) return BytesBuiltins.result(c, a[0], s);
        long marg = width - s.length;
        long left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> marg;
            default -> marg / 2 + (marg & width & 1);
        };
        byte[] r = new byte[(int) width];
        java.util.Arrays.fill(r, fill);
        System.arraycopy(s, 0, r, (int) left, s.length);
        return BytesBuiltins.result(c, a[0], r);
    }

    static long translate(Ctx c, long self, long tableW, long deleteW) {
        byte[] s = Bytes.data(c.mem, self);
        byte[] table = null;
        if (tableW != Words.NONE) {
            table = BytesBuiltins.buffer(c, tableW);
            if (table.length != 256) throw PyException.valueError("translation table must be 256 characters long");
        }
        boolean[] del = new boolean[256];
        if (deleteW != Words.NULL) {
            for (byte b : BytesBuiltins.buffer(c, deleteW)) del[b & 0xFF] = true;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte b : s) {
            if (del[b & 0xFF]) continue;
            out.write(table == null ? b : table[b & 0xFF]);
        }
        return BytesBuiltins.result(c, self, out.toByteArray());
    }
}

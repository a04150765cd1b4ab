package dev.weft.runtime.objects.str;

import static dev.weft.runtime.objects.iter.Args.Style.KW;
import static dev.weft.runtime.objects.iter.Args.Style.NOARGS;
import static dev.weft.runtime.objects.iter.Args.Style.O;
import static dev.weft.runtime.objects.iter.Args.Style.POS;
import static dev.weft.runtime.objects.iter.Args.Style.VARARGS;

import dev.weft.runtime.Ctx;
import dev.weft.runtime.Mem;
import dev.weft.runtime.MethodTable;
import dev.weft.runtime.PyException;
import dev.weft.runtime.TypeIds;
import dev.weft.runtime.Words;
import dev.weft.runtime.objects.dict.Dict;
import dev.weft.runtime.objects.iter.Args;
import dev.weft.runtime.objects.iter.Iter;
import dev.weft.runtime.objects.iter.Seqs;
import dev.weft.runtime.objects.iter.Values;
import dev.weft.runtime.objects.list.PyList;
import dev.weft.runtime.objects.slice.Slice;
import dev.weft.runtime.objects.tuple.Tuple;
import java.util.function.IntPredicate;

/**
 * The methods of str (all but format, {@code %} and encode, which live with number
 * formatting), each CPython 3.11's to the error message. Most work on the code points
 * unpacked into an {@code int[]}: a str method reads its whole receiver anyway, and Java
 * arrays make the index arithmetic of split, strip and find plain.
 *
 * <p>The operator entry points ({@link #add}, {@link #mul}, {@link #getItem},
 * {@link #contains}, {@link #richCompare}) are what the interpreter calls for {@code +},
 * {@code *}, {@code s[i]}, {@code in} and comparisons; the dunder methods wrap the same code.
 */
public final class StrBuiltins {
    private StrBuiltins() {}

    public static void install(MethodTable t) {
        // joining and splitting
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
            return splitlines(c, a[0], p[0] != Words.NULL && Args.index(p[0]) != 0);
        });
        Args.def(t, O, "partition", 1, 1, (c, a, n, k) -> partition(c, a[0], a[1], false));
        Args.def(t, O, "rpartition", 1, 1, (c, a, n, k) -> partition(c, a[0], a[1], true));
        // stripping and padding
        Args.def(t, POS, "strip", 0, 1, (c, a, n, k) -> strip(c, a[0], Args.opt(a, n, 1, Words.NONE), "strip", true, true));
        Args.def(t, POS, "lstrip", 0, 1, (c, a, n, k) -> strip(c, a[0], Args.opt(a, n, 1, Words.NONE), "lstrip", true, false));
        Args.def(t, POS, "rstrip", 0, 1, (c, a, n, k) -> strip(c, a[0], Args.opt(a, n, 1, Words.NONE), "rstrip", false, true));
        Args.def(t, O, "zfill", 1, 1, (c, a, n, k) -> zfill(c, a[0], Args.index(a[1])));
        Args.def(t, POS, "ljust", 1, 2, (c, a, n, k) -> pad(c, a, n, 'l'));
        Args.def(t, POS, "rjust", 1, 2, (c, a, n, k) -> pad(c, a, n, 'r'));
        Args.def(t, POS, "center", 1, 2, (c, a, n, k) -> pad(c, a, n, 'c'));
        Args.def(t, KW, "expandtabs", 0, 1, (c, a, n, k) -> {
            long[] p = Args.bind("expandtabs", a, n, k, 1, "tabsize");
            return expandtabs(c, a[0], p[0] == Words.NULL ? 8 : Args.index(p[0]));
        });
        Args.def(t, O, "removeprefix", 1, 1, (c, a, n, k) -> remove(c, a[0], a[1], true));
        Args.def(t, O, "removesuffix", 1, 1, (c, a, n, k) -> remove(c, a[0], a[1], false));
        // searching
        Args.def(t, POS, "replace", 2, 3, (c, a, n, k) -> replace(c, a[0], a[1], a[2], n > 3 ? Args.index(a[3]) : -1));
        Args.def(t, VARARGS, "find", 1, 3, (c, a, n, k) -> Words.fromInt(find(c, a, n, "find", false, false)));
        Args.def(t, VARARGS, "rfind", 1, 3, (c, a, n, k) -> Words.fromInt(find(c, a, n, "rfind", true, false)));
        Args.def(t, VARARGS, "index", 1, 3, (c, a, n, k) -> Words.fromInt(find(c, a, n, "index", false, true)));
        Args.def(t, VARARGS, "rindex", 1, 3, (c, a, n, k) -> Words.fromInt(find(c, a, n, "rindex", true, true)));
        Args.def(t, VARARGS, "count", 1, 3, (c, a, n, k) -> Words.fromInt(count(c, a, n)));
        Args.def(t, VARARGS, "startswith", 1, 3, (c, a, n, k) -> Words.fromBool(tailMatch(c, a, n, "startswith", false)));
        Args.def(t, VARARGS, "endswith", 1, 3, (c, a, n, k) -> Words.fromBool(tailMatch(c, a, n, "endswith", true)));
        // case
        Args.def(t, NOARGS, "upper", 0, 0, (c, a, n, k) -> mapChars(c, a[0], Chars::upper));
        Args.def(t, NOARGS, "lower", 0, 0, (c, a, n, k) -> lower(c, a[0]));
        Args.def(t, NOARGS, "casefold", 0, 0, (c, a, n, k) -> mapChars(c, a[0], Chars::fold));
        Args.def(t, NOARGS, "swapcase", 0, 0, (c, a, n, k) -> swapcase(c, a[0]));
        Args.def(t, NOARGS, "title", 0, 0, (c, a, n, k) -> title(c, a[0]));
        Args.def(t, NOARGS, "capitalize", 0, 0, (c, a, n, k) -> capitalize(c, a[0]));
        // predicates
        Args.def(t, NOARGS, "isdigit", 0, 0, (c, a, n, k) -> all(a[0], Chars::isDigit));
        Args.def(t, NOARGS, "isdecimal", 0, 0, (c, a, n, k) -> all(a[0], Chars::isDecimal));
        Args.def(t, NOARGS, "isnumeric", 0, 0, (c, a, n, k) -> all(a[0], Chars::isNumeric));
        Args.def(t, NOARGS, "isalpha", 0, 0, (c, a, n, k) -> all(a[0], Chars::isAlpha));
        Args.def(t, NOARGS, "isalnum", 0, 0, (c, a, n, k) -> all(a[0], Chars::isAlnum));
        Args.def(t, NOARGS, "isspace", 0, 0, (c, a, n, k) -> all(a[0], Chars::isSpace));
        Args.def(t, NOARGS, "isascii", 0, 0, (c, a, n, k) -> Words.fromBool(Str.width(a[0]) == 1 && allOrEmpty(a[0], ch -> ch < 128)));
        Args.def(t, NOARGS, "isprintable", 0, 0, (c, a, n, k) -> Words.fromBool(allOrEmpty(a[0], Chars::isPrintable)));
        Args.def(t, NOARGS, "isupper", 0, 0, (c, a, n, k) -> Words.fromBool(cased(a[0], true)));
        Args.def(t, NOARGS, "islower", 0, 0, (c, a, n, k) -> Words.fromBool(cased(a[0], false)));
        Args.def(t, NOARGS, "istitle", 0, 0, (c, a, n, k) -> Words.fromBool(istitle(a[0])));
        Args.def(t, NOARGS, "isidentifier", 0, 0, (c, a, n, k) -> Words.fromBool(isIdentifier(a[0])));
        // translation
        Args.def(t, POS, "maketrans", 1, 3, (c, a, n, k) -> maketrans(c, a, n));
        Args.def(t, O, "translate", 1, 1, (c, a, n, k) -> translate(c, a[0], a[1]));
        // operators
        Args.def(t, NOARGS, "__len__", 0, 0, (c, a, n, k) -> Words.fromInt(Str.length(a[0])));
        Args.def(t, O, "__getitem__", 1, 1, (c, a, n, k) -> getItem(c, a[0], a[1]));
        Args.def(t, O, "__contains__", 1, 1, (c, a, n, k) -> Words.fromBool(contains(c, a[0], a[1])));
        Args.def(t, O, "__add__", 1, 1, (c, a, n, k) -> add(c, a[0], a[1]));
        Args.def(t, O, "__mul__", 1, 1, (c, a, n, k) -> mul(c, a[0], a[1]));
        Args.def(t, O, "__rmul__", 1, 1, (c, a, n, k) -> mul(c, a[0], a[1]));
        Args.def(t, NOARGS, "__hash__", 0, 0, (c, a, n, k) -> Words.fromInt(Str.hash(a[0])));
        Args.def(t, NOARGS, "__repr__", 0, 0, (c, a, n, k) -> Str.of(c.mem, Str.repr(a[0])));
        Args.def(t, NOARGS, "__str__", 0, 0, (c, a, n, k) -> a[0]);
        Args.def(t, NOARGS, "__iter__", 0, 0, (c, a, n, k) -> Iter.of(c, a[0]));
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmp.length; op++) {
            int o = op;
            Args.def(t, O, cmp[op], 1, 1, (c, a, n, k) -> richCompare(a[0], a[1], o));
        }
    }

    private static int[] cps(long s) {
        return Str.codePoints(s);
    }

    private static long str(Ctx c, int[] a, int from, int to) {
        return Str.of(c.mem, a, from, to);
    }

    private static long str(Ctx c, StringBuilder sb) {
        return Str.of(c.mem, sb.toString());
    }

    /** {@code w} as a str, else TypeError "must be str, not int" (with {@code prefix}). */
    private static long strArg(Ctx c, long w, String prefix) {
        if (!Str.isStr(w)) throw PyException.typeError(prefix + "must be str, not " + Values.typeName(c, w));
        return w;
    }

    // operators --------------------------------------------------------------------------------

    /** {@code a + b} with str {@code a}. */
    public static long add(Ctx c, long a, long b) {
        if (!Str.isStr(b)) {
            throw PyException.typeError("can only concatenate str (not \"" + Values.typeName(c, b) + "\") to str");
        }
        return Str.concat(c.mem, a, b);
    }

    /** {@code s * n} (or {@code n * s}); NotImplemented for an operand that may define it. */
    public static long mul(Ctx c, long s, long n) {
        if (!Args.isInt(n)) {
            if (!Values.isKnown(n) && !Words.isFloat(n)) return Words.NOT_IMPLEMENTED;
            throw PyException.typeError("can't multiply sequence by non-int of type '" + Values.typeName(c, n) + "'");
        }
        return Str.repeat(c.mem, s, Args.indexSized(n));
    }

    /** {@code s[key]}: an int or a slice. */
    public static long getItem(Ctx c, long s, long key) {
        if (Slice.isSlice(key)) {
            Slice.Bounds b = Slice.bounds(c, key, Str.length(s));
            if (b.count() == 0) return Str.of(c.mem, "");
            return Str.slice(c.mem, s, b.start(), b.step(), b.count());
        }
        if (!Args.isInt(key)) {
            throw PyException.typeError("string indices must be integers, not '" + Values.typeName(c, key) + "'");
        }
        long i = Seqs.normIndex(Args.indexClamped(c, key), Str.length(s));
        if (i < 0) throw PyException.indexError("string index out of range");
        return Str.ofChar(c.mem, Str.charAt(s, i));
    }

    /** {@code sub in s}. */
    public static boolean contains(Ctx c, long s, long sub) {
        if (!Str.isStr(sub)) {
            throw PyException.typeError("'in <string>' requires string as left operand, not " + Values.typeName(c, sub));
        }
        return Str.contains(s, sub);
    }

    /** {@code a OP b}: TRUE, FALSE or NotImplemented when {@code b} is not a str. */
    public static long richCompare(long a, long b, int op) {
        if (!Str.isStr(b)) return Words.NOT_IMPLEMENTED;
        if (op == Values.EQ || op == Values.NE) return Words.fromBool(Str.equals(a, b) == (op == Values.EQ));
        return Words.fromBool(Values.cmpResult(Str.compare(a, b), op));
    }

    // join and split -----------------------------------------------------------------------------

    public static long join(Ctx c, long sep, long iterable) {
        if (!Values.maybeIterable(c, iterable)) throw PyException.typeError("can only join an iterable");
        Values.Items items = Values.items(c, iterable);
        if (items.n == 1 && Str.isStr(items.a[0])) return items.a[0];
        StringBuilder sb = new StringBuilder();
        String s = Str.value(sep);
        for (int i = 0; i < items.n; i++) {
            long w = items.a[i];
            if (!Str.isStr(w)) w = c.guest.baseValue(w);
            if (!Str.isStr(w)) {
                throw PyException.typeError("sequence item " + i + ": expected str instance, " + Values.typeName(c, w) + " found");
            }
            if (i > 0) sb.append(s);
            sb.append(Str.value(w));
        }
        return str(c, sb);
    }

    static long split(Ctx c, long self, long sepW, long maxW, boolean fromRight) {
        long max = maxW == Words.NULL ? -1 : Args.index(maxW);
        if (max < 0) max = Long.MAX_VALUE;
        int[] s = cps(self);
        int n = s.length;
        PyList.Builder out = new PyList.Builder();
        if (sepW == Words.NULL || sepW == Words.NONE) {
            if (!fromRight) {
                int i = 0;
                while (max > 0) {
                    while (i < n && Chars.isSpace(s[i])) i++;
                    if (i == n) break;
                    int j = i;
                    while (j < n && !Chars.isSpace(s[j])) j++;
                    out.add(str(c, s, i, j));
                    max--;
                    i = j;
                }
                while (i < n && Chars.isSpace(s[i])) i++;
                if (i < n) out.add(str(c, s, i, n));
            } else {
                int j = n;
                while (max > 0) {
                    while (j > 0 && Chars.isSpace(s[j - 1])) j--;
                    if (j == 0) break;
                    int i = j;
                    while (i > 0 && !Chars.isSpace(s[i - 1])) i--;
                    out.add(str(c, s, i, j));
                    max--;
                    j = i;
                }
                while (j > 0 && Chars.isSpace(s[j - 1])) j--;
                if (j > 0) out.add(str(c, s, 0, j));
                out.reverse();
            }
            return out.build(c.mem);
        }
        if (!Str.isStr(sepW)) throw PyException.typeError("must be str or None, not " + Values.typeName(c, sepW));
        int[] sep = cps(sepW);
        if (sep.length == 0) throw PyException.valueError("empty separator");
        if (!fromRight) {
            int i = 0;
            while (max > 0) {
                int j = indexOf(s, sep, i, n);
                if (j < 0) break;
                out.add(str(c, s, i, j));
                i = j + sep.length;
                max--;
            }
            out.add(str(c, s, i, n));
        } else {
            int j = n;
            while (max > 0) {
                int i = lastIndexOf(s, sep, 0, j);
                if (i < 0) break;
                out.add(str(c, s, i + sep.length, j));
                j = i;
                max--;
            }
            out.add(str(c, s, 0, j));
            out.reverse();
        }
        return out.build(c.mem);
    }

    static int indexOf(int[] s, int[] sub, int from, int to) {
        for (int i = from; i + sub.length <= to; i++) {
            if (matches(s, i, sub)) return i;
        }
        return -1;
    }

    static int lastIndexOf(int[] s, int[] sub, int from, int to) {
        for (int i = to - sub.length; i >= from; i--) {
            if (matches(s, i, sub)) return i;
        }
        return -1;
    }

    private static boolean matches(int[] s, int at, int[] sub) {
        for (int k = 0; k < sub.length; k++) {
            if (s[at + k] != sub[k]) return false;
        }
        return true;
    }

    static long splitlines(Ctx c, long self, boolean keepends) {
        int[] s = cps(self);
        int n = s.length;
        PyList.Builder out = new PyList.Builder();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !Chars.isLineBreak(s[j])) j++;
            int eol = j;
            if (j < n) {
                j += s[j] == '\r' && j + 1 < n && s[j + 1] == '\n' ? 2 : 1;
                if (keepends) eol = j;
            }
            out.add(str(c, s, i, eol));
            i = j;
        }
        return out.build(c.mem);
    }

    static long partition(Ctx c, long self, long sepW, boolean fromRight) {
        strArg(c, sepW, "");
        int[] s = cps(self);
        int[] sep = cps(sepW);
        if (sep.length == 0) throw PyException.valueError("empty separator");
        int i = fromRight ? lastIndexOf(s, sep, 0, s.length) : indexOf(s, sep, 0, s.length);
        long empty = Str.of(c.mem, "");
        if (i < 0) return fromRight ? Tuple.of(c.mem, empty, empty, self) : Tuple.of(c.mem, self, empty, empty);
        return Tuple.of(c.mem, str(c, s, 0, i), sepW, str(c, s, i + sep.length, s.length));
    }

    // strip, pad ---------------------------------------------------------------------------------

    static long strip(Ctx c, long self, long chars, String name, boolean left, boolean right) {
        IntPredicate drop;
        if (chars == Words.NONE) {
            drop = Chars::isSpace;
        } else if (Str.isStr(chars)) {
            int[] set = cps(chars);
            drop = ch -> {
                for (int x : set) {
                    if (x == ch) return true;
                }
                return false;
            };
        } else {
            throw PyException.typeError(name + " arg must be None or str");
        }
        long n = Str.length(self);
        long i = 0, j = n;
        if (left) {
            while (i < j && drop.test(Str.charAt(self, i))) i++;
        }
        if (right) {
            while (j > i && drop.test(Str.charAt(self, j - 1))) j--;
        }
        return Str.substring(c.mem, self, i, j);
    }

    static long zfill(Ctx c, long self, long width) {
        int[] s = cps(self);
        if (width <= s.length) return self;
        int fill = (int) width - s.length;
        int[] r = new int[(int) width];
        java.util.Arrays.fill(r, 0, fill, '0');
        System.arraycopy(s, 0, r, fill, s.length);
        if (s.length > 0 && (s[0] == '+' || s[0] == '-')) {
            r[0] = s[0];
            r[fill] = '0';
        }
        return str(c, r, 0, r.length);
    }

    private static long pad(Ctx c, long[] a, int argc, char how) {
        long self = a[0];
        long width = Args.index(a[1]);
        int fill = ' ';
        if (argc > 2) {
            long f = a[2];
            if (!Str.isStr(f)) {
                throw PyException.typeError("The fill character must be a unicode character, not " + Values.typeName(c, f));
            }
            if (Str.length(f) != 1) throw PyException.typeError("The fill character must be exactly one character long");
            fill = Str.charAt(f, 0);
        }
        long n = Str.length(self);
        if (width <= n) return self;
        long marg = width - n;
        long left = switch (how) {
            case 'l' -> 0;
            case 'r' -> marg;
            default -> marg / 2 + (marg & width & 1);
        };
        int[] r = new int[(int) width];
        java.util.Arrays.fill(r, fill);
        for (int i = 0; i < n; i++) r[(int) left + i] = Str.charAt(self, i);
        return str(c, r, 0, r.length);
    }

    static long expandtabs(Ctx c, long self, long tabsize) {
        int[] s = cps(self);
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int ch : s) {
            if (ch == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - col % tabsize;
                    for (long k = 0; k < spaces; k++) sb.append(' ');
                    col += spaces;
                }
            } else {
                sb.appendCodePoint(ch);
                col = ch == '\n' || ch == '\r' ? 0 : col + 1;
            }
        }
        return str(c, sb);
    }

    static long remove(Ctx c, long self, long affix, boolean prefix) {
        if (!Str.isStr(affix)) {
            throw PyException.typeError((prefix ? "removeprefix" : "removesuffix") + "() argument must be str, not "
                    + Values.argTypeName(c, affix));
        }
        long n = Str.length(self), m = Str.length(affix);
        if (m == 0 || m > n) return self;
        if (prefix) return Str.matchesAt(self, 0, affix) ? Str.substring(c.mem, self, m, n) : self;
        return Str.matchesAt(self, n - m, affix) ? Str.substring(c.mem, self, 0, n - m) : self;
    }

    // search -------------------------------------------------------------------------------------

    static long replace(Ctx c, long self, long oldW, long newW, long count) {
        if (!Str.isStr(oldW)) throw PyException.typeError("replace() argument 1 must be str, not " + Values.argTypeName(c, oldW));
        if (!Str.isStr(newW)) throw PyException.typeError("replace() argument 2 must be str, not " + Values.argTypeName(c, newW));
        if (count < 0) count = Long.MAX_VALUE;
        int[] s = cps(self), old = cps(oldW);
        String rep = Str.value(newW);
        StringBuilder sb = new StringBuilder();
        if (old.length == 0) {
            int i = 0;
            for (; i <= s.length && count > 0; i++, count--) {
                sb.append(rep);
                if (i < s.length) sb.appendCodePoint(s[i]);
            }
            for (; i < s.length; i++) sb.appendCodePoint(s[i]);
            return str(c, sb);
        }
        int i = 0;
        boolean changed = false;
        while (count > 0) {
            int j = indexOf(s, old, i, s.length);
            if (j < 0) break;
            for (int k = i; k < j; k++) sb.appendCodePoint(s[k]);
            sb.append(rep);
            i = j + old.length;
            count--;
            changed = true;
        }
        if (!changed) return self;
        for (int k = i; k < s.length; k++) sb.appendCodePoint(s[k]);
        return str(c, sb);
    }

    /** CPython's ADJUST_INDICES of find-like start/end: answers {start, end}. */
    private static long[] range(Ctx c, long[] a, int argc, long len) {
        long start = Args.sliceIndex(c, Args.opt(a, argc, 2, Words.NONE), 0);
        long end = Args.sliceIndex(c, Args.opt(a, argc, 3, Words.NONE), len);
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) end = 0;
        }
        if (start < 0) {
            start += len;
            if (start < 0) start = 0;
        }
        return new long[] {start, end};
    }

    static long find(Ctx c, long[] a, int argc, String name, boolean fromRight, boolean raise) {
        long self = a[0];
        long sub = strArg(c, a[1], "");
        long[] r = range(c, a, argc, Str.length(self));
        long start = r[0], end = r[1];
        long i = -1;
        if (end - start >= Str.length(sub)) {
            i = fromRight ? Str.rfind(self, sub, start, end) : Str.find(self, sub, start, end);
        }
        if (i < 0 && raise) throw PyException.valueError("substring not found");
        return i;
    }

    static long count(Ctx c, long[] a, int argc) {
        long self = a[0];
        long sub = strArg(c, a[1], "");
        long[] r = range(c, a, argc, Str.length(self));
        long start = r[0], end = r[1];
        long m = Str.length(sub);
        if (end - start < m) return 0;
        if (m == 0) return end - start + 1;
        long n = 0;
        for (long i = start; i + m <= end; ) {
            if (Str.matchesAt(self, i, sub)) {
                n++;
                i += m;
            } else {
                i++;
            }
        }
        return n;
    }

    static boolean tailMatch(Ctx c, long[] a, int argc, String name, boolean atEnd) {
        long self = a[0];
        long what = a[1];
        long[] r = range(c, a, argc, Str.length(self));
        if (Words.isPointer(what) && dev.weft.runtime.Mem.typeId(what) == TypeIds.TUPLE) {
            int n = Tuple.size(what);
            for (int i = 0; i < n; i++) {
                long p = Tuple.get(what, i);
                if (!Str.isStr(p)) {
                    throw PyException.typeError("tuple for " + name + " must only contain str, not " + Values.typeName(c, p));
                }
                if (tailMatch(self, p, r[0], r[1], atEnd)) return true;
            }
            return false;
        }
        if (!Str.isStr(what)) {
            throw PyException.typeError(name + " first arg must be str or a tuple of str, not " + Values.typeName(c, what));
        }
        return tailMatch(self, what, r[0], r[1], atEnd);
    }

    private static boolean tailMatch(long self, long sub, long start, long end, boolean atEnd) {
        long m = Str.length(sub);
        end -= m;
        if (end < start) return false;
        return Str.matchesAt(self, atEnd ? end : start, sub);
    }

    // case ---------------------------------------------------------------------------------------

    private static long mapChars(Ctx c, long self, java.util.function.IntFunction<String> f) {
        StringBuilder sb = new StringBuilder();
        long n = Str.length(self);
        for (long i = 0; i < n; i++) sb.append(f.apply(Str.charAt(self, i)));
        return str(c, sb);
    }

    /** lower(), with Greek final sigma: Σ at the end of a word becomes ς. */
    static long lower(Ctx c, long self) {
        int[] s = cps(self);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            if (s[i] == 0x3A3) {
                sb.append(finalSigma(s, i) ? 'ς' : 'σ');
            } else {
                sb.append(Chars.lower(s[i]));
            }
        }
        return str(c, sb);
    }

    private static boolean finalSigma(int[] s, int i) {
        int j = i - 1;
        while (j >= 0 && Chars.isCaseIgnorable(s[j])) j--;
        if (j < 0 || !Chars.isCased(s[j])) return false;
        j = i + 1;
        while (j < s.length && Chars.isCaseIgnorable(s[j])) j++;
        return j == s.length || !Chars.isCased(s[j]);
    }

    static long swapcase(Ctx c, long self) {
        int[] s = cps(self);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            int ch = s[i];
            if (Chars.isUpper(ch)) {
                sb.append(ch == 0x3A3 ? (finalSigma(s, i) ? "ς" : "σ") : Chars.lower(ch));
            } else if (Chars.isLower(ch)) {
                sb.append(Chars.upper(ch));
            } else {
                sb.appendCodePoint(ch);
            }
        }
        return str(c, sb);
    }

    static long title(Ctx c, long self) {
        int[] s = cps(self);
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < s.length; i++) {
            int ch = s[i];
            if (prevCased) {
                sb.append(ch == 0x3A3 ? (finalSigma(s, i) ? "ς" : "σ") : Chars.lower(ch));
            } else {
                sb.append(Chars.title(ch));
            }
            prevCased = Chars.isCased(ch);
        }
        return str(c, sb);
    }

    static long capitalize(Ctx c, long self) {
        int[] s = cps(self);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            if (i == 0) {
                sb.append(Chars.title(s[0]));
            } else {
                sb.append(s[i] == 0x3A3 ? (finalSigma(s, i) ? "ς" : "σ") : Chars.lower(s[i]));
            }
        }
        return str(c, sb);
    }

    // predicates ---------------------------------------------------------------------------------

    /** True when {@code s} is not empty and every character passes. */
    private static long all(long s, IntPredicate p) {
        return Words.fromBool(Str.length(s) > 0 && allOrEmpty(s, p));
    }

    private static boolean allOrEmpty(long s, IntPredicate p) {
        long n = Str.length(s);
        for (long i = 0; i < n; i++) {
            if (!p.test(Str.charAt(s, i))) return false;
        }
        return true;
    }

    private static boolean cased(long s, boolean upper) {
        long n = Str.length(s);
        boolean any = false;
        for (long i = 0; i < n; i++) {
            int ch = Str.charAt(s, i);
            if (upper ? Chars.isLower(ch) || Chars.isTitle(ch) : Chars.isUpper(ch) || Chars.isTitle(ch)) return false;
            if (!any && (upper ? Chars.isUpper(ch) : Chars.isLower(ch))) any = true;
        }
        return any;
    }

    private static boolean istitle(long s) {
        long n = Str.length(s);
        boolean cased = false, prevCased = false;
        for (long i = 0; i < n; i++) {
            int ch = Str.charAt(s, i);
            if (Chars.isUpper(ch) || Chars.isTitle(ch)) {
                if (prevCased) return false;
                prevCased = true;
                cased = true;
            } else if (Chars.isLower(ch)) {
                if (!prevCased) return false;
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    private static boolean isIdentifier(long s) {
        long n = Str.length(s);
        if (n == 0 || !Chars.isIdentifierStart(Str.charAt(s, 0))) return false;
        for (long i = 1; i < n; i++) {
            if (!Chars.isIdentifierPart(Str.charAt(s, i))) return false;
        }
        return true;
    }

    // maketrans, translate -----------------------------------------------------------------------

    /** {@code str.maketrans(x[, y[, z]])}: args[0] is the str type or an instance; ignored. */
    static long maketrans(Ctx c, long[] a, int argc) {
        Mem m = c.mem;
        long d = Dict.make(m);
        if (argc == 2) {
            long x = a[1];
            if (!Words.isPointer(x) || Mem.typeId(x) != TypeIds.DICT) {
                throw PyException.typeError("if you give only one argument to maketrans it must be a dict");
            }
            long[] keys = Dict.keys(c, x);
            for (long k : keys) {
                long v = Dict.get(c, x, k);
                long key;
                if (Str.isStr(k)) {
                    if (Str.length(k) != 1) throw PyException.valueError("string keys in translate table must be of length 1");
                    key = Words.fromInt(Str.charAt(k, 0));
                } else if (Args.isInt(k)) {
                    key = k;
                } else {
                    throw PyException.typeError("keys in translate table must be strings or integers");
                }
                Dict.put(c, d, key, v);
            }
            return d;
        }
        long x = a[1], y = a[2];
        if (!Str.isStr(x)) throw PyException.typeError("maketrans() argument 1 must be str, not " + Values.argTypeName(c, x));
        if (!Str.isStr(y)) throw PyException.typeError("maketrans() argument 2 must be str, not " + Values.argTypeName(c, y));
        if (Str.length(x) != Str.length(y)) {
            throw PyException.valueError("the first two maketrans arguments must have equal length");
        }
        for (long i = 0; i < Str.length(x); i++) {
            Dict.put(c, d, Words.fromInt(Str.charAt(x, i)), Words.fromInt(Str.charAt(y, i)));
        }
        if (argc > 3) {
            long z = a[3];
            if (!Str.isStr(z)) throw PyException.typeError("maketrans() argument 3 must be str, not " + Values.argTypeName(c, z));
            for (long i = 0; i < Str.length(z); i++) Dict.put(c, d, Words.fromInt(Str.charAt(z, i)), Words.NONE);
        }
        return d;
    }

    static long translate(Ctx c, long self, long table) {
        if (!Words.isPointer(table) || Mem.typeId(table) != TypeIds.DICT) {
            throw PyException.typeError("'" + Values.typeName(c, table) + "' object is not subscriptable");
        }
        StringBuilder sb = new StringBuilder();
        long n = Str.length(self);
        for (long i = 0; i < n; i++) {
            int ch = Str.charAt(self, i);
            long v = Dict.get(c, table, Words.fromInt(ch));
            if (v == Words.NULL) {
                sb.appendCodePoint(ch);
            } else if (v == Words.NONE) {
                continue;
            } else if (Words.isSmallInt(v)) {
                long cp = Words.toInt(v);
                if (cp < 0 || cp > 0x10FFFF) throw PyException.valueError("character mapping must be in range(0x110000)");
                sb.appendCodePoint((int) cp);
            } else if (Str.isStr(v)) {
                sb.append(Str.value(v));
            } else {
                throw PyException.typeError("character mapping must return integer, None or str");
            }
        }
        return str(c, sb);
    }
}

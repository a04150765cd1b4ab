#!/usr/bin/env python3
"""Generates the number tables of Weft's runtime tests from CPython 3.11 itself.

Each table is JSON Lines: one JSON array a row, [operation, operand..., expected]. Values are
strings with a kind prefix: "i:123" int, "b:True" bool, "f:1.5" float (repr; "f:nan",
"f:inf"), "s:text" str, "n:" None. An expected value may also be "E:TypeName:message" (the
exception CPython raised, message as str(e)), "NI" (CPython's TypeError for unsupported
operand types: Weft's Num answers NotImplemented there and leaves the message to the
interpreter), "t:" with ";"-separated values (divmod, as_integer_ratio, the six comparisons),
or "C:" and CPython's outcome where a power leaves the reals (a complex result, or the
OverflowError of a complex power): Weft has no complex numbers yet and raises ValueError.

Float powers: CPython's x ** y is the C library's pow, and glibc's pow is not correctly
rounded in about 0.1% of cases (it rounds 9.0 ** 17 = 16677181699666569, a tie, upwards).
Weft's pow is correctly rounded. Where the two differ, the row is "pow~" and its expected
value is the correctly rounded power that CPython's decimal module computes at 120 digits;
CPython's own float result follows it, for the record.

Run: python3 gen_num_tables.py [OUT_DIR]   (default: this script's folder)
The test NumTablesTest re-runs it and checks that the committed tables are unchanged.
"""
import decimal
import json
import math
import operator
import os
import random
import struct
import sys


INF = float("inf")
NAN = float("nan")


def enc(v):
    if isinstance(v, bool):
        return "b:" + str(v)
    if isinstance(v, int):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)  # the tables hold big ints; the operations keep the limit
        try:
            return "i:" + str(v)
        finally:
            sys.set_int_max_str_digits(limit)
    if isinstance(v, float):
        if v != v:
            return "f:nan"
        return "f:" + repr(v)
    if isinstance(v, str):
        return "s:" + v
    if v is None:
        return "n:"
    if isinstance(v, tuple):
        return "t:" + ";".join(enc(x) for x in v)
    if isinstance(v, complex):
        return "C:" + repr(v)
    raise ValueError(v)


def outcome(f, *args):
    try:
        return enc(f(*args))
    except TypeError as e:
        m = str(e)
        if m.startswith("unsupported operand type") or m.startswith("bad operand type"):
            return "NI"
        return "E:TypeError:" + m
    except Exception as e:  # noqa: BLE001 - every CPython error is a row
        return "E:%s:%s" % (type(e).__name__, e)


CORE = [0, 1, -1, 2, -2, 7, -7, 2**47 - 1, -2**47, 2**47, 2**53 + 1, 2**63 - 1, -2**63,
        -2**64 - 3, 10**30 + 7, -(10**25), 3**100, True, False,
        0.0, -0.0, 0.5, -1.5, 1e16, 1e-310, 1.7976931348623157e308, INF, -INF, NAN, 0.1, 3.0, -7.25]

BINARY = {
    "add": operator.add, "sub": operator.sub, "mul": operator.mul, "truediv": operator.truediv,
    "floordiv": operator.floordiv, "mod": operator.mod, "divmod": divmod, "pow": operator.pow,
    "lshift": operator.lshift, "rshift": operator.rshift, "and": operator.and_, "or": operator.or_,
    "xor": operator.xor, "eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "le": operator.le,
    "gt": operator.gt, "ge": operator.ge,
}
COMPARISONS = ["eq", "ne", "lt", "le", "gt", "ge"]


def compare_all(a, b):
    """The six comparisons of a and b in one row: "t:" and their results."""
    return "t:" + ";".join(outcome(BINARY[op], a, b) for op in COMPARISONS)


def correctly_rounded_pow(a, b):
    """float(a) ** float(b) correctly rounded, or None where that is not a plain finite float."""
    try:
        x, y = float(a), float(b)
        r = x ** y
    except Exception:  # noqa: BLE001
        return None
    if not isinstance(r, float) or not math.isfinite(x) or not math.isfinite(y) or not math.isfinite(r) or x == 0 or r == 0:
        return None
    with decimal.localcontext() as ctx:
        ctx.prec = 120
        ctx.Emax = 10**6
        ctx.Emin = -10**6
        exact = decimal.Decimal(x) ** decimal.Decimal(y)
    return float(exact)


def goes_complex(a, b):
    """Whether CPython's a ** b leaves the reals: a negative base to a finite non-integer power."""
    try:
        x, y = float(a), float(b)
    except OverflowError:
        return False
    return x < 0 and math.isfinite(x) and math.isfinite(y) and y != math.floor(y)


def pow_row(a, b):
    if goes_complex(a, b):  # a complex result, or CPython's "complex exponentiation" overflow
        return ["pow", enc(a), enc(b), "C:" + outcome(operator.pow, a, b)]
    row = ["pow", enc(a), enc(b), outcome(operator.pow, a, b)]
    if isinstance(a, float) or isinstance(b, float) or (b < 0 and a != 0):
        cr = correctly_rounded_pow(a, b)
        if cr is not None and enc(cr) != row[3]:
            row = ["pow~", enc(a), enc(b), enc(cr), row[3]]
    return row


def too_big(op, a, b):
    """Pairs whose result would be astronomically large (CPython would take ages too)."""
    if isinstance(a, float) or isinstance(b, float):
        return False
    if op == "pow":
        return b > 300 and abs(a) > 1
    if op == "lshift":
        return b > 5000 and a != 0
    return False


def arith_rows(rnd):
    rows = []
    for op, f in BINARY.items():
        if op in COMPARISONS:
            continue
        for a in CORE:
            for b in CORE:
                if too_big(op, a, b):
                    continue
                rows.append(pow_row(a, b) if op == "pow" else [op, enc(a), enc(b), outcome(f, a, b)])
    for a in CORE:
        for b in CORE:
            rows.append(["cmp", enc(a), enc(b), compare_all(a, b)])
    # int / int correctly rounded, near overflow and into subnormals
    for _ in range(700):
        a = rnd.getrandbits(rnd.randint(1, 250)) * rnd.choice([1, -1])
        b = rnd.getrandbits(rnd.randint(1, 250)) * rnd.choice([1, -1]) or 1
        rows.append(["truediv", enc(a), enc(b), outcome(operator.truediv, a, b)])
    for _ in range(60):  # quotients near the largest double and below the smallest
        a = rnd.getrandbits(rnd.randint(1010, 1040)) | 1
        b = rnd.getrandbits(rnd.randint(1, 30)) | 1
        if rnd.random() < 0.5:
            a, b = b, a
        rows.append(["truediv", enc(a), enc(b), outcome(operator.truediv, a, b)])
    for _ in range(200):  # quotients close to a halfway point between two doubles
        q = rnd.getrandbits(53) | (1 << 52)
        b = rnd.getrandbits(rnd.randint(60, 200)) | 1
        a = (2 * q + 1) * b // 2 + rnd.randint(-2, 2)
        rows.append(["truediv", enc(a), enc(b), outcome(operator.truediv, a, b)])
    # exact int/float comparisons around 2**53 and beyond
    for _ in range(250):
        e = rnd.randint(50, 120) if rnd.random() < 0.8 else rnd.randint(120, 1100)
        i = (1 << e) + rnd.randint(-3, 3)
        x = float(1 << min(e, 1023)) * rnd.choice([1.0, 1.0 + 2**-52, 1.0 - 2**-53])
        if rnd.random() < 0.5:
            i, x = -i, -x
        rows.append(["cmp", enc(i), enc(x), compare_all(i, x)])
        rows.append(["cmp", enc(x), enc(i), compare_all(x, i)])
    # floats: floor division, modulo, divmod, pow
    for _ in range(800):
        x = rnd_float(rnd)
        y = rnd_float(rnd)
        op = rnd.choice(["floordiv", "mod", "divmod", "truediv", "pow", "mul", "add", "sub"])
        rows.append(pow_row(x, y) if op == "pow" else [op, enc(x), enc(y), outcome(BINARY[op], x, y)])
    for _ in range(1500):  # powers with small exponents, the common case
        x = rnd.choice([rnd.uniform(-10, 10), float(rnd.randint(-20, 20)), rnd.uniform(0, 2)])
        y = rnd.choice([float(rnd.randint(-30, 30)), rnd.uniform(-5, 5), 0.5, -0.5, 1 / 3])
        rows.append(pow_row(x, y))
    for _ in range(500):  # big ints, all operators
        a = rnd_int(rnd)
        b = rnd_int(rnd)
        op = rnd.choice(["add", "sub", "mul", "floordiv", "mod", "divmod", "and", "or", "xor", "lt", "eq"])
        if op in COMPARISONS:
            rows.append(["cmp", enc(a), enc(b), compare_all(a, b)])
            continue
        rows.append([op, enc(a), enc(b), outcome(BINARY[op], a, b)])
        s = rnd.randint(0, 200)
        op = rnd.choice(["lshift", "rshift"])
        rows.append([op, enc(a), enc(s), outcome(BINARY[op], a, s)])
        e = rnd.randint(-3, 12)
        base = a if abs(a) < 2**64 else a >> (a.bit_length() - 64)
        rows.append(pow_row(base, e))
    # shifts and pow at the edges of their errors
    for a, b in [(1, 2**64), (1, 2**100), (-1, 2**64), (0, 2**70), (1, 2**31), (5, -1), (1, 2**63), (3, 2**30 * 30)]:
        for op in ["lshift", "rshift"]:
            if op == "lshift" and a != 0 and 2**20 < b < 2**63:
                continue  # would succeed or fail slowly in CPython: skipped
            rows.append([op, enc(a), enc(b), outcome(BINARY[op], a, b)])
    for a, b in [(0, -1), (0, 2**64), (1, 2**64), (-1, 2**64 + 1), (-1, 2**64), (2, -2), (-2, -3), (True, -1), (0, 0)]:
        rows.append(pow_row(a, b))
    return rows


def rnd_int(rnd):
    k = rnd.choice([8, 40, 47, 48, 63, 64, 65, 100, 300, 1000])
    return rnd.getrandbits(k) * rnd.choice([1, -1])


def rnd_float(rnd):
    kind = rnd.randint(0, 5)
    if kind == 0:
        return struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
    if kind == 1:
        return rnd.choice([0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 5e-324, 1e308, 0.1, 3.0, -3.0])
    if kind == 2:
        return float(rnd.randint(-1000, 1000))
    if kind == 3:
        return rnd.uniform(-1e6, 1e6)
    if kind == 4:
        return round(rnd.uniform(-100, 100), rnd.randint(0, 4))
    return rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-320, 308)


def unary_rows(rnd):
    values = CORE + [rnd_int(rnd) for _ in range(40)] + [rnd_float(rnd) for _ in range(120)]
    values += [0.5, 1.5, 2.5, -0.5, -2.5, 1e300, 2.0**63, -2.0**63, 2.0**64, 4503599627370497.0, 123456789.0,
               2.675, 0.125, 0.375, 1e22, 9.5, -9.5, 1234.5678, 5e-324, -5e-324, 2.0**-1074 * 3]
    rows = []
    for v in values:
        rows.append(["neg", enc(v), outcome(operator.neg, v)])
        rows.append(["pos", enc(v), outcome(operator.pos, v)])
        rows.append(["abs", enc(v), outcome(abs, v)])
        rows.append(["invert", enc(v), outcome(operator.invert, v)])
        if v == v:  # hash(nan) is its identity in CPython 3.10+
            rows.append(["hash", enc(v), outcome(hash, v)])
        rows.append(["bool", enc(v), outcome(bool, v)])
        rows.append(["int_of", enc(v), outcome(int, v)])
        rows.append(["float_of", enc(v), outcome(float, v)])
        rows.append(["round", enc(v), outcome(round, v)])
        for n in [0, 1, 2, 3, -1, -2, 5, 15, 17, 300, 400, -300, -400, 2**64, -2**64]:
            if n == -2**64 and not isinstance(v, float):
                continue  # CPython computes 10**(2**64) here and never ends
            rows.append(["round2", enc(v), enc(n), outcome(round, v, n)])
        if isinstance(v, int):
            rows.append(["bit_length", enc(v), outcome(int.bit_length, v)])
        if isinstance(v, float):
            rows.append(["is_integer", enc(v), outcome(float.is_integer, v)])
            rows.append(["as_integer_ratio", enc(v), outcome(float.as_integer_ratio, v)])
    for v, n in [(1.5, None), (2.5, None), (15, None), (1.5, 1.0), (15, 2.5)]:
        rows.append(["round2", enc(v), enc(n), outcome(round, v, n)])
    for a, b, m in [(2, 10, 7), (2, -1, 5), (2, -1, -5), (2, -1, 4), (0, -1, 5), (0, -1, 1), (3, 0, 1), (3, 5, -7),
                    (-3, 5, 7), (2, 3, 0), (2.0, 3, 5), (2, 3, 5.0), (7, 2**64, 10**9 + 7), (3**100, 3**50, 2**61 - 1),
                    (5, -3, 2**61 - 1), (True, 2, 3), (10, 20, -1)]:
        rows.append(["pow3", enc(a), enc(b), enc(m), outcome(pow, a, b, m)])
    for _ in range(100):
        a, b, m = rnd_int(rnd), abs(rnd_int(rnd)) >> rnd.randint(0, 8), rnd_int(rnd) or 7
        rows.append(["pow3", enc(a), enc(b), enc(m), outcome(pow, a, b, m)])
    return rows


def parse_rows(rnd):
    rows = []
    int_cases = ["0", "00", "010", "0_0", "1_000", " 1_000 ", "_1", "1_", "1__0", "+5", "-5", "+-5", "- 5", "",
                 " ", "-", "12a", "abc", "\t42\n", "\u0661\u0662", "\uff11", "\uff21", "1\u00a0", "\u20031",
                 "0x10", "0X1f", "0o17", "0b101", "0x_1f", "0_x1f", "0x", "0b", "0b2", "0o8", "9" * 30,
                 "-" + "7" * 50, "1e5", "1.0", "'quoted'", "\"dq\"", "a'b\"c",
                 "z", "Z", "zz", "0" * 20 + "1", "-0", "+0", "0_7", "07"]
    for s in int_cases:
        for base in [10, 0, 16, 8, 2, 36, 1, 37, -1, 3, 7]:
            rows.append(["int", "s:" + s, enc(base), outcome(int, s, base)])
    for s in ["x" * 300, "1" * 4300, "1" * 4301, "1_" * 4300 + "1", "1" * 4301 + "x"]:  # repr cut, digit limit
        for base in [10, 16]:
            rows.append(["int", "s:" + s, enc(base), outcome(int, s, base)])
    for _ in range(300):
        base = rnd.randint(2, 36)
        v = rnd_int(rnd)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
        s = "".join(rnd.choice(digits + digits.upper() + "_") for _ in range(rnd.randint(1, 12)))
        if rnd.random() < 0.3:
            s = rnd.choice(["-", "+", " "]) + s
        rows.append(["int", "s:" + s, enc(base), outcome(int, s, base)])
        rows.append(["int", "s:" + format(v, "x"), "i:16", outcome(int, format(v, "x"), 16)])
    float_cases = ["1.5", " 1.5\n", "1_0.5_5e1_0", "1e", "1e+", ".5", "5.", ".", "e5", "1.e5", "inf", "-inf",
                   "+inf", "infinity", "-iNfINity", "infinit", "nan", "-nan", "+NaN", "nan1", "0x10", "1d",
                   "1f", "", " ", "1_", "_1", "1__0", "1._5", "1_.5", "1e_5", "1e5_", "1e1_0", "\u0661.\u0662",
                   "1e500", "-1e500", "1e-500", "2.2250738585072011e-308", "4.9e-324", "2.4703282292062328e-324",
                   "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308", "0.1",
                   "123456789012345678901234567890", "9007199254740993", "x" * 250, "1,5", "- 1", "++1",
                   "1.5j", "١٢", "1\u00a0", "Infinity", "+.5e-3", "-0", "-0.0", "00.5", "0e0"]
    for s in float_cases:
        rows.append(["float", "s:" + s, outcome(float, s)])
    for _ in range(400):
        x = rnd_float(rnd)
        s = rnd.choice([repr(x), "%.17g" % x, "%.5e" % x, "%.20f" % x if abs(x) < 1e20 else repr(x)])
        rows.append(["float", "s:" + s, outcome(float, s)])
    return rows


def write(out, name, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=True) + "\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write(out, "arith.jsonl", arith_rows(random.Random(1)))
    write(out, "unary.jsonl", unary_rows(random.Random(2)))
    write(out, "parse.jsonl", parse_rows(random.Random(3)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generates the text-formatting tables of Weft's runtime tests from CPython 3.11 itself.

Each table is JSON Lines: one JSON array a row, [operation, operand..., expected]. Values are
strings with a kind prefix: "i:123" int, "b:True" bool, "f:1.5" float (repr), "x:3ff8000000000000"
float by its IEEE bits, "s:text" str, "n:" None; a JSON list is a guest list, a JSON object a
guest dict, and {"__tuple__": [...]} a tuple. An expected value is "s:text" (the result) or
"E:TypeName:message" (the exception CPython raised, message as str(e)).

Run: python3 gen_text_tables.py [OUT_DIR]   (default: this script's folder)
The test TextTablesTest re-runs it and checks that the committed tables are unchanged.
"""
import json
import math
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
        sys.set_int_max_str_digits(0)
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
        return {"__tuple__": [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {k: enc(x) for k, x in v.items()}
    raise ValueError(v)


def bits(x):
    return "x:%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def outcome(f, *args):
    try:
        r = f(*args)
        assert isinstance(r, str)
        return "s:" + r
    except Exception as e:  # noqa: BLE001 - every CPython error is a row
        return "E:%s:%s" % (type(e).__name__, e)


def rnd_double(rnd):
    kind = rnd.randint(0, 7)
    if kind == 0:
        x = struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
        return x if math.isfinite(x) else 1.0
    if kind == 1:
        return struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(52)))[0]  # subnormal
    if kind == 2:
        return round(rnd.uniform(-1000, 1000), rnd.randint(0, 6))
    if kind == 3:
        return float(rnd.randint(-10**6, 10**6)) * 10.0 ** rnd.randint(-30, 30)
    if kind == 4:
        return rnd.choice([1, -1]) * 2.0 ** rnd.randint(-1074, 1023)
    if kind == 5:
        return rnd.uniform(0, 1)
    if kind == 6:
        return float("%.*e" % (rnd.randint(0, 3), rnd.uniform(1, 10) * 10.0 ** rnd.randint(-20, 20)))
    return rnd.randint(1, 9) * 10.0 ** rnd.randint(-324, 308)


EDGE_FLOATS = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 0.2, 0.3, 2.5, 0.125, 0.375, 100.0, 1e16, 1e15, 1e17, 1e-5,
               1e-4, 0.0001234, 123456789.0, 1234.5678, -1234.5678, 1e22, 1e23, 1e300, 5e-324, 1e-323,
               2.2250738585072014e-308, 1.7976931348623157e308, 2.0**53 + 2, 9.999999, 0.9999999, 999.9999,
               9.5, 0.5, 1 / 3, 2 / 3 * 1e-10, 12345678901234567890.0, 4.35, 0.045, 1e-7, 1.5e-7, 123456.0,
               9007199254740993.0, 2.0**63, 0.1 + 0.2, 1e21, 1e-310, INF, -INF, NAN]


def repr_rows(rnd):
    rows = [["repr", bits(x), outcome(repr, x)] for x in EDGE_FLOATS]
    for _ in range(3000):
        x = rnd_double(rnd)
        rows.append(["repr", bits(x), outcome(repr, x)])
    return rows


def int_text_rows(rnd):
    ints = [0, 1, -1, 9, 10, -10, 255, 2**47 - 1, -2**47, 2**47, 2**63, -2**63 - 1, 10**100, -(10**100) + 1,
            True, False, 10**4299, 10**4300, -(10**4300)]
    ints += [rnd.getrandbits(rnd.randint(1, 300)) * rnd.choice([1, -1]) for _ in range(200)]
    rows = []
    for v in ints:
        for name, f in [("str", str), ("repr", repr), ("bin", bin), ("oct", oct), ("hex", hex)]:
            if name != "str" and abs(v) > 2**400:
                continue
            rows.append([name, enc(v), outcome(f, v)])
    strs = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnew\nline\rcr", "\x00\x07\x1b\x7f",
            "\x80\x9f\xa0\xad\xff", "h\u00e9llo", "\u0100\u2028\u2029\u200b\ufeff\ufffe", "\U0001F600 \U000E0001",
            "\ud800", "\udfff x", "\u3000\u00a0\u1680", "\U0010FFFF", "\u0378", "Ω≈ç√∫", "\x1f\x20\x7e"]
    for s in strs:
        rows.append(["repr", enc(s), outcome(repr, s)])
        rows.append(["ascii", enc(s), outcome(ascii, s)])
    return rows


INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 1234567, -1234567, 10**20, -(2**70), 2**64 - 1, 65, 0x10FFFF,
        0x110000, 2**100, True, False]
STRS = ["", "a", "abc", "hello world", "h\u00e9llo", "\U0001F600x", "ab\tc"]

FILLALIGN = ["", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0=", "0>", "x^", "\U0001F600>", "<<", "{^", "->"]
SIGNS = ["", "+", "-", " "]
WIDTHS = ["", "0", "1", "5", "12", "20"]
GROUPS = ["", ",", "_"]
PRECS = ["", ".0", ".1", ".2", ".5", ".12", ".20"]
TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s"]
ODD_SPECS = [".", ",_", "_,", "__", ",,", "xx", "5.2.3", "99999999999999999999", ".99999999999999999999",
             "=^", "\x00", "\u00f1", "\u00f1\u00f1", ",.2,", "<\x00", ".2147483648", ".2147483647x", "\u0661\u0660",
             "#", "0", "00", "000", "z", "-z", "+#0", "#x", "#o", "#b", "#X", ",d", "_d", "_x", ",x", "_o", "_b",
             "z.1f", "z.0f", "z%", "z.2e", "zg", "zs", "#s", "+s", " s", "=s", "=", "%", ",%", "_%", ",f", "_f",
             ",e", ",g", ",n", "_n", ",c", "_c", "+c", "#c", ".3c", ".3d", "z5", "2,", "0,", "08,", "09,",
             "010,", "011_", "0=10,", "x=10,", "0=12_x", "#010x", "#010,d", "-#012,.3f", "^+#010.3%", ">010,.2f"]


def spec_rows(rnd):
    rows = []
    values = INTS + [x for x in EDGE_FLOATS] + STRS
    for v in values:
        for spec in [""] + TYPES + ODD_SPECS:
            rows.append(["format", enc(v), "s:" + spec, outcome(format, v, spec)])
        for _ in range(60):
            spec = (rnd.choice(FILLALIGN) + rnd.choice(SIGNS) + rnd.choice(["", "", "z"]) + rnd.choice(["", "#"])
                    + rnd.choice(["", "0"]) + rnd.choice(WIDTHS) + rnd.choice(GROUPS) + rnd.choice(PRECS)
                    + rnd.choice(TYPES))
            rows.append(["format", enc(v), "s:" + spec, outcome(format, v, spec)])
    for spec in ["", "d", ",", "e", "x", "c", ">10", "n"]:  # beyond the 4300-digit limit
        rows.append(["format", enc(10**4300), "s:" + spec, outcome(format, 10**4300, spec)])
    # the float conversions at many precisions, on many doubles
    for _ in range(2500):
        x = rnd_double(rnd) if rnd.random() < 0.7 else rnd.choice(EDGE_FLOATS)
        spec = rnd.choice(["", "#"]) + rnd.choice(["", "+"]) + "." + str(rnd.randint(0, 25)) + rnd.choice("eEfFgG%n")
        if rnd.random() < 0.1:
            spec = rnd.choice(["", "#", "+"]) + "." + str(rnd.randint(0, 20))  # no type: 'g' with a digit after the point
        rows.append(["format", bits(x), "s:" + spec, outcome(format, x, spec)])
    return rows


PCT_VALUES = [0, 1, -1, 42, -42, 255, 65, 2**70, -(2**70), 0x110000, True, False, 0.0, -0.0, 1.5, -2.5, 1e100, 1e-7,
              3.14159, 1234567.891, INF, -INF, NAN, "", "a", "abc", "h\u00e9llo", "\U0001F600", None, [1, "x"],
              {"a": 1}, 10**5000]


def pct_rows(rnd):
    rows = []
    fixed = [("%5%", ()), ("%5%", (1,)), ("%-%", (1,)), ("%%%s", 1), ("%.%", (1,)), ("%s%", 1), ("%*%", (1, 2)),
             ("%(a)d", {"a": "x"}), ("%c", -1), ("%c", 0x110000), ("%c", True), ("%c", ""), ("%5.2%", ()),
             ("%(a)%", {"a": 1}), ("%c", "ab"), ("%c", 2**70), ("%c", 1.5), ("%d", "a"), ("%x", 1.5), ("%f", "a"),
             ("%s %s", (1,)), ("%s", (1, 2)), ("abc", 5), ("abc", []), ("abc", ()), ("%(a)s", 5), ("%(a", {}),
             ("%", ()), ("%y", 1), ("%y", ()), ("%*d", ("a", 1)), ("%.*d", (1.5, 1)), ("%*d", (-5, 1)),
             ("%.*f", (-2, 1.5)), ("%i", 2.7), ("%x", True), ("%d", True), ("%s", True), ("%r", "\u00e9"),
             ("%a", "\u00e9"), ("%.2s", "abc"), ("%5.1s|", "abc"), ("%#x", 255), ("%#o", 8), ("%#.5x", 255),
             ("%+05d", 5), ("% d", 5), ("%-05d|", 5), ("%05s", "a"), ("%#5.0f", 1), ("%e", 10**400),
             ("%d", 10**5000), ("%.0e", 12345), ("%#.0e", 12345), ("%g", 1e-5), ("%#g", 1.0), ("%10.4g|", 3.14159),
             ("%c", 65), ("%5c|", "x"), ("%-5c|", 66), ("%.3c", 66), ("%05c", 66), ("%05r", "a"), ("%.3r", "abc"),
             ("%(a)s %(b)s", {"a": 1, "b": 2}), ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}),
             ("%(a)*d", {"a": 1}), ("%(a(b))s", {"a(b)": 1}), ("%(x)s", {"a": 1}), ("%(0)s", [1]),
             ("%d", None), ("%f", None), ("%x", None), ("%c", None), ("%u", 3.5), ("%X", 255), ("%o", -8),
             ("%#o", -8), ("%#X", -255), ("%.3d", -5), ("%010.3d", -5), ("%-010d|", -5), ("%+s", "a"), ("%ld", 5),
             ("%hd", 5), ("%Ld", 5), ("%lld", 5), ("%z", 5), ("%5", 5), ("%.", 5), ("%.f", 1.5), ("%0*d", (5, 1)),
             ("%d", NAN), ("%d", INF), ("%x", 2.0), ("%s", [1, "x"]), ("%s", ([1, "x"],)), ("%r", {"a": "b"}),
             ("%s and %r", ("x", "y")), ("%-+8.3f|", 3.14159), ("%+.3e", 0.0), ("% .3e", -0.0), ("%08.3f", -3.14159),
             ("%08.3f", INF), ("%-08.3f|", NAN), ("%+f", NAN), ("%#x", 0), ("%#o", 0), ("%#.0f", 0.0),
             ("%*.*f", (10, 2, 3.14159)), ("%*s|", (-6, "ab")), ("%.*s", (2, "abcdef")), ("%.*s", (2**40, "ab")),
             ("%*s", (2**70, "ab")), ("%.*s", (2**70, "ab")), ("%99999999999999999999d", 1), ("%.99999999999d", 1),
             ("%i%%", 50), ("%c%c", (104, "i")), ("%s", "\U0001F600"), ("%5s|", "\U0001F600"), ("%-3c|", 0x1F600),
             ("%a", "\U0001F600x"), ("%a", 1.5), ("%r", 2**70), ("%s", -0.0), ("%.3s", 1.23456), ("%.3r", None)]
    for template, arg in fixed:
        rows.append(["%", "s:" + template, enc(arg), outcome(lambda: template % arg)])
    convs = "sradiuoxXeEfFgGc"
    for _ in range(2500):
        parts, args = [], []
        for _ in range(rnd.randint(1, 3)):
            if rnd.random() < 0.5:
                parts.append(rnd.choice(["", "x", "ab ", "|", " = ", "\u00e9"]))
            flags = "".join(rnd.choice("-+ #0") for _ in range(rnd.choice([0, 0, 1, 1, 2, 3])))
            width = rnd.choice(["", "", "5", "12", "1", "*"])
            prec = rnd.choice(["", "", ".0", ".3", ".10", ".*"])
            conv = rnd.choice(convs)
            parts.append("%" + flags + width + prec + conv)
            if width == "*":
                args.append(rnd.choice([5, -7, 0, 12]))
            if prec == ".*":
                args.append(rnd.choice([0, 2, 4, -1]))
            args.append(rnd.choice(PCT_VALUES[:-1]))
        template = "".join(parts)
        operand = tuple(args) if len(args) != 1 or rnd.random() < 0.5 else args[0]
        if isinstance(operand, tuple) and rnd.random() < 0.05 and operand:
            operand = operand[:-1]  # not enough arguments
        if isinstance(operand, tuple) and rnd.random() < 0.05:
            operand = operand + (1,)  # not all converted
        rows.append(["%", "s:" + template, enc(operand), outcome(lambda: template % operand)])
    for _ in range(300):  # with a mapping
        d = {"a": rnd.choice(PCT_VALUES[:-3]), "bb": rnd.choice(PCT_VALUES[:-3]), "(x)": 3}
        template = "".join(rnd.choice(["%(a)s", "%(bb)r", "%(a)5d|", "%(bb)-8.2f|", "%((x))x", "%(c)s", " ", "%%", "%(a)*d"])
                           for _ in range(rnd.randint(1, 4)))
        rows.append(["%", "s:" + template, enc(d), outcome(lambda: template % d)])
    return rows


class Obj:
    """An argument with attributes for str.format: only ints' real and imag are used."""


def fmt_rows(rnd):
    rows = []
    fixed = [("{0", (1,), {}), ("{", (1,), {}), ("}", (1,), {}), ("a}b", (1,), {}), ("{0:{1}", (1, 2), {}),
             ("{0!}", (1,), {}), ("{0!r", (1,), {}), ("{0!rr}", (1,), {}), ("{0!x}", (1,), {}), ("{!r:}", (1,), {}),
             ("{0[}", (1,), {}), ("{0[a}]}", ({"a}": 5},), {}), ("{0.}", (1,), {}), ("{0[]}", (1,), {}),
             ("{0]}", (1,), {}), ("{0.a!r}", (1,), {}), ("{a{b}", (1,), {}), ("{0:{{}}}", (1,), {}),
             ("{:{:{}}}", (1, 2, 3), {}), ("{:{}}", (1, 5), {}), ("{0:{1}}{}", (1, 5), {}), ("{}{0}", (1, 5), {}),
             ("{5}", (1,), {}), ("{x}", (1,), {}), ("{-1}", (1,), {}), ("{0[0]}", ([7],), {}), ("{0[-1]}", ([7],), {}),
             ("{0[x]}", ({"x": 3},), {}), ("{00}", (4,), {}), ("{99999999999999999999}", (4,), {}),
             ("{:d}", ("a",), {}), ("{!s:>5}", (1.5,), {}), ("{!a}", ("\u00e9",), {}), ("{0!r:^9}", ("x",), {}),
             ("{:}", (3,), {}), ("{0:}", (3,), {}), ("{0!s}", (3,), {}), ("{0.real}", (3,), {}),
             ("{0[0][1]}", ([[1, 2]],), {}), ("{0[0]x}", ([[1, 2]],), {}), ("{0:{{}", (1,), {}),
             ("{:{x}}", (1,), {"x": 4}), ("{!}", (1,), {}), ("{:", (1,), {}), ("{!", (1,), {}), ("{0!:}", (1,), {}),
             ("{ 0}", (1,), {}), ("{0 }", (1,), {}), ("{0:}}", (1,), {}), ("{0}}", (1,), {}), ("}}{{", (), {}),
             ("{0:x}", (None,), {}), ("{0:}", (None,), {}), ("{:}", (), {}), ("{a[b]}", (), {"a": {"b": 1}}),
             ("{a.b.c}", (), {"a": 1}), ("x{0:{1}}y", (1, "a"), {}), ("{0:{1}{2}}", (3.14159, ">10", ".2f"), {}),
             ("{:{}{}}", (3.14159, ">10", ".2f"), {}), ("{0:{a}}", (7,), {"a": "+05"}), ("{a}{b}{a}", (), {"a": 1, "b": "x"}),
             ("{0}{1}{0}", ("ab", "cd"), {}), ("{}{}{}", (1, 2), {}), ("{!r}", ("it's",), {}),
             ("{0!a:>10}", ("\U0001F600",), {}), ("{0:\U0001F600^9}", ("x",), {}), ("{0[1]}", ("abc",), {}),
             ("{0[1]}", ((1, 2),), {}), ("{0.imag}", (5,), {}), ("{0.imag.real}", (5,), {}), ("{0[0].real}", ([9],), {}),
             ("{0.nope}", (5,), {}), ("{0[5]}", ([1],), {}), ("{0[a]}", ({"b": 1},), {}), ("{0!s:{1}}", (None, 8), {}),
             ("{0:>{1}}", (None, 8), {}), ("{0:{1}}", ([1], ""), {}), ("{\u0661}", ("ar", "bz"), {}), ("{0:%}", (0.5,), {}),
             ("{:,}", (10**12,), {}), ("{:_x}", (2**40,), {}), ("{:#_b}", (100,), {}), ("{:{}}", ("x", "{}"), {}),
             ("{{{0}}}", (1,), {}), ("{{}}", (), {}), ("{0!r}", ([1, "a"],), {}), ("{0}", ({"a": [1, 2.5]},), {}),
             ("{:.3}", ("abcdef",), {}), ("{:10.3}", (3.14159,), {}), ("{:=10}", (-5,), {}), ("{:010}", (-5.5,), {})]
    for template, args, kwargs in fixed:
        rows.append(["format", "s:" + template, [enc(a) for a in args], {k: enc(v) for k, v in kwargs.items()},
                     outcome(lambda: template.format(*args, **kwargs))])
    values = [0, 42, -7, 2**70, True, 1.5, -0.0, 1e16, INF, NAN, "", "abc", "h\u00e9llo", None, [1, "x"], {"k": 2}]
    specs = ["", ">8", "<6", "^7", "*^9", "+", "08.3f", ",", "_x", "#o", ".2", ".2e", "e", "%", "s", "d", "10", "x<5",
             "=+8", "z.1f", ".0", "c"]
    for _ in range(1500):
        args = [rnd.choice(values) for _ in range(rnd.randint(0, 3))]
        kwargs = {k: rnd.choice(values) for k in rnd.sample(["a", "b", "name"], rnd.randint(0, 2))}
        parts = []
        manual = rnd.random() < 0.5
        auto = 0
        for _ in range(rnd.randint(1, 3)):
            if rnd.random() < 0.4:
                parts.append(rnd.choice(["", "x", " ", "{{", "}}", "[", "\u00e9"]))
            name = rnd.choice([str(rnd.randint(0, 3)), rnd.choice(["a", "b", "name", "zz"])]) if manual else ""
            if rnd.random() < 0.1:
                name += rnd.choice(["[0]", ".real", "[k]"])
            conv = rnd.choice(["", "", "", "!r", "!s", "!a"])
            spec = rnd.choice(specs)
            if rnd.random() < 0.1:
                spec = "{" + rnd.choice(["", "a", "1"] if manual else [""]) + "}"
            parts.append("{" + name + conv + (":" + spec if spec or rnd.random() < 0.2 else "") + "}")
            auto += 1
        template = "".join(parts)
        rows.append(["format", "s:" + template, [enc(a) for a in args], {k: enc(v) for k, v in kwargs.items()},
                     outcome(lambda: template.format(*args, **kwargs))])
    return rows


def write(out, name, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=True) + "\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    write(out, "float_repr.jsonl", repr_rows(random.Random(11)))
    write(out, "int_text.jsonl", int_text_rows(random.Random(12)))
    write(out, "format_spec.jsonl", spec_rows(random.Random(13)))
    write(out, "percent.jsonl", pct_rows(random.Random(14)))
    write(out, "str_format.jsonl", fmt_rows(random.Random(15)))


if __name__ == "__main__":
    main()

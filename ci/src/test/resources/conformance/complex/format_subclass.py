# format() of complex and classes derived from complex.
for spec in ["", "10", ".3", "^20.3f", "+", "g", "e", ".2e", "<15", "*>16.2f", ",.2f", "_.1f", "#g", " .1f", "n", "-.0f", "F", "G", "E"]:
    for z in (1 + 2j, 1.5j, -0.0 + 1.5j, complex(-0.0, -1.0), 1234567.5 + 2j, complex(float("nan"), float("inf"))):
        print(repr(spec), repr(format(z, spec)))
print(f"{1+2j}", f"{1+2j!r:>12}", "{:.1f}".format(3 - 4j), "%s %r" % (1j, 2j))
for spec in ["010", "=10", "d", "%", "x"]:
    try:
        format(1j, spec)
    except ValueError as e:
        print(repr(spec), "ValueError:", e)


class C(complex):
    def describe(self):
        return "C" + repr(self)


c = C(1, 2)
print(c, repr(c), c.describe(), type(c).__name__, isinstance(c, complex), c.real, c.imag)
print(c + 1, type(c + 1).__name__, c * c, c == 1 + 2j, hash(c) == hash(1 + 2j), abs(C(3, 4)), c.conjugate())


class Z:
    def __complex__(self):
        return 2 + 3j


print(complex(Z()), complex(Z(), 1))

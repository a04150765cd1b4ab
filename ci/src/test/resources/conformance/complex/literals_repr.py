# Imaginary literals, complex(), repr/str, the parts, hash, truth and equality.
nan = float("nan")
inf = float("inf")
values = [1j, 2.5j, 1 + 2j, -1j, -0j, 0j, 3 - 4j, 1e300j, 1e-300 + 1j, complex(-0.0, -1.0),
          complex(0.0, -0.0), complex(-0.0, 0.0), complex(nan, inf), complex(-inf, nan), complex(1, -inf)]
for z in values:
    print(repr(z), str(z), z.real, z.imag, repr(z.conjugate()), bool(z), type(z).__name__)

print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(1 + 2j), complex(1 + 2j, 3j), complex(3j, 1 + 1j), complex(real=4, imag=5), complex(imag=2))
for s in ["1+2j", " ( 3-4J ) ", "j", "-j", "+1.5e3-2_0J", "1e500j", "nan+infj", "inf", "-infinityj",
          ".5j", "5.j", "1_2j", "(1)", "-0j", "-0-0j", "0-0j", "\u0661+2j"]:
    print(repr(s), repr(complex(s)))
for s in ["1+2", "1 +2j", "()", "(1", "1j)", "", "1e", "1+-2j", "1__2", "1_j", "_1j", "x"]:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "ValueError", e)

print(hash(complex(2, 0)) == hash(2), hash(complex(2.5, 0)) == hash(2.5), hash(1 + 2j), hash(-1 + 0j), hash(3 - 4j))
print(1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1, 2 == 2 + 0j, 1j != 1j, 1 + 2j == complex("1+2j"), (1 + 0j) == 10 ** 400)
print(1j == "1j", 1j != None, {1j: "a", 2: "b"}[1j], {complex(2): "two"}[2], 2 + 0j in {2}, sorted({3j, 3j, 4j}, key=abs))
print(isinstance(1j, complex), isinstance(1, complex), type(1j) is complex, complex.__name__)
print([bool(z) for z in (0j, -0j, 1j, complex(0, -0.0), complex(1e-320, 0))])

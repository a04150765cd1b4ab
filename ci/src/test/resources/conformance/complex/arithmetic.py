# Operators on complex, mixed with int, bool and float in both orders, and their errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

z, w = 1 + 2j, 3 - 4j
print(z + w, z - w, z * w, z / w, z ** 2, z ** -2, z ** 0, z ** 0.5, z ** w, -z, +z, abs(w))
print(z + 1, 1 + z, z - 1.5, 1.5 - z, z * 2, 2 * z, z / 2, 2 / z, z ** 3, 3 ** z, True + z, z * False)
print(2 ** 0.5j, (-8) ** (1 / 3 + 0j), 1j ** 2, 1j ** 1j, (1 + 1j) ** 101, (1 + 1j) ** -101, (0.5 + 0.5j) ** 100)
print(1 + (-0j), complex(0, -0.0) + 0, -(0j), 0j * -1, (-0.0 + 0j).real)
acc = 0j
for k in range(1, 20):
    acc = acc * (1 + 0.5j) + complex(k, -k) / k
print(acc)
x = 1j
x += 1
x *= 2
x **= 2
x /= 4j
print(x)
show(lambda: 1j / 0)
show(lambda: 1j / 0j)
show(lambda: 1 / 0j)
show(lambda: 0j ** -1)
show(lambda: 0j ** 1j)
show(lambda: 0j ** 0)
show(lambda: (10 + 0j) ** 1000)
show(lambda: (1e200 + 1e200j) ** 2)
show(lambda: pow(1j, 2, 3))
show(lambda: 1j // 2)
show(lambda: 1j % 2)
show(lambda: divmod(1j, 2))
show(lambda: 1j < 2)
show(lambda: 2 >= 1j)
show(lambda: 1j < 2j)
show(lambda: ~1j)
show(lambda: 1j & 1)
show(lambda: 1j + "a")
show(lambda: [1] * 1j)
show(lambda: int(1j))
show(lambda: float(1j))
show(lambda: round(1j))
show(lambda: abs(1.7e308 + 1.7e308j))
show(lambda: 1j + 10 ** 400)
show(lambda: complex("1", 2))
show(lambda: complex(1, "2"))
show(lambda: complex([]))
show(lambda: complex(1, []))
show(lambda: complex(1, 2, 3))
print(abs(3 + 4j), abs(-0j), abs(complex(float("inf"), float("nan"))), abs(1e308 + 1e308j))

from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Perm.R, repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.W))
print(list(Perm), Perm(6), Perm(7), repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R))
print(Perm.R in (Perm.R | Perm.X), Perm.W in (Perm.R | Perm.X))
print((Perm.R | Perm.W) & Perm.W, (Perm.R | Perm.W) ^ Perm.R, ~Perm.R, repr(~Perm.RWX))
print(list(Perm.R | Perm.X), len(Perm.RWX), Perm.RWX.value)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([c.value for c in Color], Color.RED | Color.BLUE, Color(3))


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 3, m + 1, isinstance(m, int), Mode.READ | 8, repr(Mode.READ | 8))
print(repr(Mode(0)), Mode.EXEC & 4, repr(~Mode.READ), Mode(5), repr(Mode(5)), format(Mode.WRITE))
print(Mode.READ in m, list(m), int(Mode.EXEC))

from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color(1).name)
print(Color.RED.describe(), Color.default())
print(type(Color.RED) is Color, isinstance(Color.RED, Enum), isinstance(Color.RED, Color))
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
print(Color.RED is Color.CRIMSON, hash(Color.RED) == hash(Color.CRIMSON))
print(sorted(Color.__members__), Color.__members__["CRIMSON"])
print({Color.RED: "r", Color.GREEN: "g"}[Color.RED])
print(Color.RED in Color, repr(Color), str(Color))
print([m.name for m in reversed(Color)])
print(f"{Color.RED}", format(Color.BLUE), "%s" % Color.GREEN, f"{Color.RED!r}")

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.ONE, repr(Number.TWO), Number.ONE + 1, Number.TWO * 3, Number.THREE > Number.ONE, Number.ONE == 1)
print(str(Number.ONE), format(Number.TWO), f"{Number.THREE:>4}", int(Number.THREE), hash(Number.ONE) == hash(1))
print(sorted([Number.THREE, Number.ONE, Number.TWO]), Number(2), [1, 2, 3][Number.ONE])


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Ordinal), Ordinal.THIRD.value)


class Word(StrEnum):
    HELLO = auto()
    WORLD = "World"


print(Word.HELLO, repr(Word.HELLO), Word.WORLD.upper(), Word.HELLO == "hello", f"{Word.WORLD}")


class Mixed(str, Enum):
    A = "a"
    B = "b"


print(Mixed.A, repr(Mixed.B), Mixed.A == "a", Mixed("b"), Mixed.A.upper())


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.value, Planet.MERCURY.radius)


class Coin(Enum):
    PENNY = 1
    NICKEL = 5

    @classmethod
    def _missing_(cls, value):
        if value == 0:
            return cls.PENNY
        return None


print(Coin(0), Coin(5))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    X = 1
    Y = 2


print(list(Fine))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape.SQUARE.value, Shape(3))


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    _ignore_ = ["temp"]
    temp = 5

    @property
    def is_first(self):
        return self is Weekday.MONDAY


print(list(Weekday), Weekday.MONDAY.is_first, hasattr(Weekday, "temp"))
print(Color.RED.__class__.__name__, Color.__name__)

from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__init__.__qualname__, Point.__doc__, Point.__match_args__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(Point)[1].default)
print(asdict(p), astuple(p), replace(p, y=5), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__hash__ is None)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    derived: int = field(init=False, default=-1)


a = Inventory("a")
b = Inventory("a")
a.tags.append("x")
print(a, b.tags, a.tags is not b.tags, Inventory("z", ["t"], 3, "q"))
print(Inventory("n", secret="one") == Inventory("n", secret="two"), a.derived)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, v1 <= v2, v2 > v1, max(v1, v2), sorted([v2, v1, Version(0, 9)]))
print(hash(v1) == hash(Version(1, 2, "other")), {v1: "one"}[Version(1, 2)])
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    v1 < 3
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 10


print(Derived(), Derived(1, "x", 2.5), [f.name for f in fields(Derived)])


@dataclass
class WithPost:
    w: int
    h: int
    area: int = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.area = self.w * self.h * scale


wp = WithPost(2, 3, scale=2)
print(wp, wp.area, [f.name for f in fields(wp)], hasattr(wp, "scale") and wp.scale)


@dataclass(eq=False, repr=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), Plain(1).v, Plain.__repr__ is object.__repr__)


@dataclass(unsafe_hash=True)
class Hashed:
    k: int


print(hash(Hashed(4)) == hash((4,)), Hashed(4) == Hashed(4))


@dataclass(init=False)
class NoInit:
    q: int = 7


print(NoInit(), NoInit().q)


@dataclass
class Custom:
    n: int

    def __repr__(self):
        return "custom!"


print(Custom(1), Custom(1) == Custom(1))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 1}), ((1,), {"x": 2}), ((), {"y": 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    Options()
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Frozen1:
        x: int
    @dataclass(frozen=True)
    class Frozen2(Frozen1):
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True)
    class HasLt:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(3)
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(Inventory("q"), derived=3)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
print(asdict(Point(1, 2), dict_factory=lambda items: sorted(items)))


@dataclass
class Loop:
    other: object = None


loop = Loop()
loop.other = loop
print(loop)
print(fields(Point)[0].default is MISSING, fields(Inventory)[1].default_factory is list)

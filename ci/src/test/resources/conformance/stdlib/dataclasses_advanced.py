from dataclasses import dataclass, field, fields, make_dataclass, KW_ONLY, InitVar, asdict, replace
from typing import ClassVar


@dataclass
class Config:
    instances: ClassVar[int] = 0
    name: str
    _: KW_ONLY
    debug: bool = False
    retries: int = 3

    def __post_init__(self):
        Config.instances += 1


c = Config("svc", debug=True)
print(c, Config.instances, [f.name for f in fields(Config)], Config.__match_args__)
try:
    Config("a", True)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()


@dataclass(frozen=True)
class FrozenChild(Frozen):
    c: str = "c"


fc = FrozenChild(1, (2,), "x")
print(fc, hash(fc) == hash(FrozenChild(1, (2,), "x")), replace(fc, c="y"))
try:
    @dataclass
    class Thawed(Frozen):
        d: int = 0
except TypeError as e:
    print("TypeError:", e)

Pair = make_dataclass("Pair", [("left", int), ("right", int, field(default=0))], order=True)
print(Pair(1), Pair(1, 2) < Pair(2, 0), [f.name for f in fields(Pair)])


@dataclass
class Meta:
    value: int = field(default=0, metadata={"unit": "m"})


print(fields(Meta)[0].metadata["unit"], len(fields(Meta)[0].metadata))


class Descriptor:
    def __set_name__(self, owner, name):
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 100
        return getattr(obj, self.attr, 100)

    def __set__(self, obj, value):
        setattr(obj, self.attr, value * 2)


@dataclass
class UsesDescriptor:
    size: int = Descriptor()


print(UsesDescriptor(), UsesDescriptor(5).size)


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False, compare=False)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self


acct = Account("ann").deposit(10).deposit(5.5)
print(acct, acct.history, asdict(acct), acct == Account("ann", 15.5))


@dataclass
class WithInitVar:
    base: int
    factor: InitVar[int] = 2
    total: int = field(init=False, default=0)

    def __post_init__(self, factor):
        self.total = self.base * factor


print(WithInitVar(3), WithInitVar(3, 5).total, replace(WithInitVar(1), base=4, factor=3))
print(repr(InitVar[int]))


@dataclass
class Shape:
    name: str

    def area(self):
        return 0


@dataclass
class Square(Shape):
    side: float = 1.0

    def area(self):
        return self.side ** 2


shapes = [Shape("blob"), Square("sq", 3.0)]
print([s.area() for s in shapes], shapes, isinstance(shapes[1], Shape))
print(Square.__doc__, Shape.__doc__)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))

# abc: abstract base classes refuse instantiation until every abstract method is overridden
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        """The shape's area."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


attempt('Shape', Shape)
attempt('Half', Half)
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape), isinstance(sq, ABC))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Square.__abstractmethods__))
print(Shape.area.__isabstractmethod__, getattr(Square.area, '__isabstractmethod__', False))


class One(ABC):
    @abstractmethod
    def run(self, x):
        pass


attempt('One', lambda: One())
attempt('One args', lambda: One(1, k=2))


class Impl(One):
    def run(self, x):
        return super().run(x), x * 2


print(Impl().run(5))


class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        pass

    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


attempt('WithProp', WithProp)


class Concrete(WithProp):
    @property
    def name(self):
        return 'concrete'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'help'


c = Concrete.make()
print(c.name, c.helper(), type(c).__name__)


class Meta(metaclass=ABCMeta):
    @abstractmethod
    def go(self):
        pass


class MetaImpl(Meta):
    def go(self):
        return 'went'


attempt('Meta', Meta)
print(MetaImpl().go())


class Plain(ABC):
    pass


print(type(Plain()).__name__, Plain.__abstractmethods__ == frozenset())


class Base(ABC):
    def __init__(self, value):
        self.value = value

    @abstractmethod
    def show(self):
        pass


class Leaf(Base):
    def show(self):
        return f'Leaf({self.value})'


print(Leaf(42).show())
attempt('Base', lambda: Base(1))

# Single inheritance: overriding, super() without arguments, isinstance/issubclass, __init__ chains.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return '%s with %d sides and area %.2f' % (self.name, self.sides, self.area())
class Rectangle(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__('rectangle')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = 'square'
    def describe(self):
        return 'SQUARE: ' + super().describe()
class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        Shape.__init__(self, 'triangle')
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
for s in [Shape('blob'), Rectangle(2, 3), Square(4), Triangle(3, 5)]:
    print(s.describe())
sq = Square(2)
print(isinstance(sq, Square), isinstance(sq, Rectangle), isinstance(sq, Shape), isinstance(sq, Triangle))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, (Triangle, Rectangle)))
print(issubclass(Square, object), isinstance(sq, (int, Shape)), issubclass(bool, int))
print([c.__name__ for c in Square.__mro__], Square.__bases__[0].__name__)
print(type(sq).__name__, type(sq).__base__.__name__, Square.sides, Triangle.sides)
class Base:
    def hello(self):
        return 'base hello from ' + type(self).__name__
class Child(Base):
    pass
print(Child().hello(), Base().hello())
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.instances, Sub.instances)

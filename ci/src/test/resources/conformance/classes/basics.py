# Classes: __init__, instance and class attributes, methods, attribute lookup order, __dict__.
class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return '%s says woof' % self.name
    def birthday(self):
        self.age += 1
        return self
a = Dog('rex')
b = Dog('fido', 5)
print(a.speak(), b.speak(), a.age, b.birthday().birthday().age, Dog.count)
print(a.species, Dog.species, a.__class__.__name__, type(b) is Dog, isinstance(a, Dog))
a.species = 'own'
print(a.species, b.species, Dog.species)
Dog.species = 'changed'
print(a.species, b.species)
del a.species
print(a.species)
print(a.__dict__, sorted(vars(b)))
a.trick = 'roll'
print(a.trick, hasattr(b, 'trick'), getattr(b, 'trick', 'none'))
try:
    b.trick
except AttributeError as e:
    print('AttributeError:', e)
try:
    Dog.missing
except AttributeError as e:
    print('AttributeError:', e)
print(Dog.__name__, Dog.__qualname__, Dog.speak.__qualname__, Dog.__module__)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, type(e).__name__, Empty.__bases__[0].__name__, Empty.__mro__[-1].__name__)
def outside(self):
    return 'added later ' + self.name
Dog.extra = outside
print(a.extra())

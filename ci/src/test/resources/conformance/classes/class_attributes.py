# Class attributes vs instance attributes, mutable class attributes shared, class bodies run once.
print('before class')
class Config:
    print('class body runs')
    defaults = {'debug': False}
    shared_list = []
    version = 1
    doubled = version * 2
    names = [n.upper() for n in ('a', 'b')]
    def __init__(self, name):
        self.name = name
        self.shared_list.append(name)
print('after class')
a = Config('a')
b = Config('b')
print(Config.shared_list, a.shared_list is b.shared_list, Config.doubled, Config.names)
a.version = 2
print(a.version, b.version, Config.version)
Config.version = 10
print(a.version, b.version)
a.shared_list = ['own']
print(a.shared_list, b.shared_list)
print('version' in vars(a), 'version' in vars(b), 'version' in vars(Config))
class Counter:
    total = 0
    def __init__(self):
        self.total += 1
        Counter.total += 10
c1 = Counter()
c2 = Counter()
print(c1.total, c2.total, Counter.total)
class WithDoc:
    """This class has a docstring."""
    x: int = 5
print(WithDoc.__doc__, WithDoc.x, WithDoc.__annotations__ if False else '-')

# property with getter, setter and deleter; validation; computed attributes; read-only errors.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('balance cannot be negative')
        self._balance = value
    @balance.deleter
    def balance(self):
        print('closing account of', self.owner)
        self._balance = 0
    @property
    def status(self):
        return 'rich' if self._balance > 1000 else 'normal'
a = Account('ann', 500)
print(a.balance, a.status)
a.balance = 5000
print(a.balance, a.status)
try:
    a.balance = -1
except ValueError as e:
    print('ValueError:', e)
del a.balance
print(a.balance)
try:
    a.status = 'poor'
except AttributeError as e:
    print('AttributeError:', e)
class Celsius:
    def __init__(self):
        self._c = 0.0
    def get_f(self):
        return self._c * 9 / 5 + 32
    def set_f(self, f):
        self._c = (f - 32) * 5 / 9
    fahrenheit = property(get_f, set_f, doc='in F')
c = Celsius()
c.fahrenheit = 212
print(c._c, c.fahrenheit, type(Celsius.fahrenheit).__name__, Celsius.fahrenheit.__doc__)
class Lazy:
    computed = 0
    @property
    def value(self):
        Lazy.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.computed)
class Child(Account):
    @property
    def status(self):
        return 'child of ' + super().status
ch = Child('kid', 2000)
print(ch.status, ch.balance)

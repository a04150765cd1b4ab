class Counts(dict):
    def total(self):
        return sum(self.values())


c = Counts(a=1, b=2)
d = {}
d.update(c)
print(d, dict(c), type(dict(c)).__name__, c.total())
e = {"z": 0}
e.update(Counts({"y": 5}), w=1)
print(e)
print({**c, "c": 3}, dict(Counts()), dict(c, extra=9))


class Keyed(dict):
    def __iter__(self):
        return iter(sorted(dict.keys(self)))


k = Keyed({"b": 2, "a": 1})
print(dict(k), list(k))

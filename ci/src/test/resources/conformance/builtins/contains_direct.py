# `in` and subscripts on the built-in containers go straight to their implementations; the
# answers and errors must be CPython's, including identity before equality, user __eq__,
# unhashable keys, sets looked up in sets, and slices with steps.
nan = float("nan")


class Eq:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Eq.calls += 1
        return isinstance(other, Eq) and self.v == other.v

    __hash__ = None


print(nan in [nan], nan in (nan,), nan in {nan}, nan in {nan: 1}, nan in [1.0])
print(Eq(2) in [Eq(1), Eq(2)], Eq(3) in (Eq(1),), Eq.calls)
print(1 in {1: 0}, 1.0 in {1}, True in {1}, {1} in {frozenset({1})}, "ab" in "cabd", "" in "x")
for bad in (lambda: [] in {}, lambda: {} in set(), lambda: 1 in "abc", lambda: Eq(1) in {1}):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
s, t, l = "abcdefg", tuple(range(10)), list(range(10))
print(s[1], s[-1], s[::2], s[5:1:-1], s[100:], t[::3], t[-3:], l[1:8:3], l[::-1][:3], s[True])
for bad in (lambda: s[7], lambda: t[-11], lambda: l[10], lambda: s["x"], lambda: t[1.0]):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


class L(list):
    def __contains__(self, v):
        return v == "always"


class S(str):
    def __getitem__(self, i):
        return "S" + str(i)


print("always" in L([1]), 1 in L([1]), S("xyz")[1], S("xyz")[0:2])

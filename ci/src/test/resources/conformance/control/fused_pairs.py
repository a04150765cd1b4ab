# The interpreter runs common instruction pairs as one (LOAD_FAST then LOAD_FAST, LOAD_CONST,
# LOAD_ATTR or BINARY_OP; LOAD_CONST then BINARY_OP; STORE_FAST then LOAD_FAST; COMPARE_OP then
# POP_JUMP_IF_FALSE; a back edge that skips its loop header). Their values and errors must be
# CPython's, with every kind of operand, and a jump into the second half of a pair runs it alone.


def first_half_unbound():
    if False:
        a = 1
    b = 2
    return a + b


def compare_jump(a, b):
    n = 0
    if a < b:
        n += 1
    return n


class Weird:
    def __lt__(self, other):
        return []         # falsy, not a bool


class Raises:
    def __bool__(self):
        raise ValueError("no truth")


class LtRaises:
    def __lt__(self, other):
        return Raises()


def store_then_load(k):
    t = k * 3
    u = t + 1
    return u


def loops(n):
    total = 0
    i = 0
    while i < n:
        i += 1
        total += i
        for j in range(3):
            total += j
        if i % 7 == 0:
            continue
        total -= 1
    return total


def jump_into_second_half(n):
    # the loop's back edge lands on an instruction that is the second half of a pair
    # (x's store then load sit on one line: the while's test jumps between them)
    out = []
    x = 0
    while (x := x + 1) < n: out.append(x)
    return out


try:
    first_half_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print([compare_jump(a, b) for a, b in ((1, 2), (2, 1), (1.5, 2), (2.5, 1), (float("nan"), 1.0),
                                        ("a", "b"), ((1, 2), (1, 3)), (Weird(), 1), (True, 2),
                                        (2 ** 70, 1), (1, 2 ** 70), (-0.0, 0.0))])
for bad in ((LtRaises(), 1), (1, "x"), (None, None)):
    try:
        compare_jump(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(store_then_load(5), store_then_load(2.5), store_then_load(True), store_then_load(2 ** 60))
print(loops(1000), jump_into_second_half(6))
x = 4
y = 2.0
print(x + 1, x - y, y * x, x / y, 7 // 2, 7 % 3, 2 ** 10, -x, x << 2, x & 5, x | 8, x ^ 1)


# the later pairs and the triple: method calls on locals, global calls, a, b = b, a,
# results stored to locals, chained operators, both operands locals
def more(n, items):
    total = 0
    a, b = 1, 2
    for i in range(n):
        a, b = b, a + b % 7
        c = a * b
        d = a + b * c - i
        total = total + c - d // 3
        items.append(d)
        total += len(items) + abs(-c)
    s = "x"
    t = s + s * 2
    u = items.pop() if items else None
    return total, a, b, t, u, len(items)


print(more(20, []))
try:
    def bad(x, y):
        z = x + y * 2
        return z
    bad("a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    def bad_method(v):
        return v.nope()
    bad_method(3)
except AttributeError as e:
    print("AttributeError", e)
try:
    def bad_global():
        return undefined_name(1)
    bad_global()
except NameError as e:
    print("NameError", e)

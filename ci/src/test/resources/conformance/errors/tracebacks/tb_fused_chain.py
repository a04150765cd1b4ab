# conformance: full-stderr
# BINARY_OP then BINARY_OP run as one instruction: the error in the second is marked there.
class P:
    def __init__(self, v, w):
        self.v = v
        self.w = w


def f(a, p):
    return a + p.v * p.w      # the product, then a + that: a is a str


print(f(1, P(2, 3)))
print(f("s", P(2, 3)))

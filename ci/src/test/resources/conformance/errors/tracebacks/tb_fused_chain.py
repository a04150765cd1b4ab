# conformance: full-stderr
# BINARY_OP then BINARY_OP run as one instruction: the error in the second is marked there.
def f(a, b, c):
    return a + b * c      # b * c, then a + that: a is a str


print(f(1, 2, 3))
print(f("s", 2, 3))

# conformance: full-stderr
# LOAD_FAST, LOAD_FAST, BINARY_OP run as one instruction: an error in the operator is marked
# at the operator, and an unbound second operand at its load.
def f(x, y):
    z = x - y
    return z


print(f(5, 3))
print(f([1], 3))

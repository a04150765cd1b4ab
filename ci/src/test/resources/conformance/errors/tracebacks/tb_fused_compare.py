# conformance: full-stderr
# The interpreter runs common instruction pairs as one (Superinstructions). An error in the
# second half of a pair must be reported at its own instruction: the carets show which.
def f(a, b):
    if a < b:             # COMPARE_OP then POP_JUMP_IF_FALSE
        return 1
    return 0


print(f(1, 2), f(2.5, 1))
print(f(1, "x"))

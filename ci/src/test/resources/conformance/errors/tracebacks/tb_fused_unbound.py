# conformance: full-stderr
# The interpreter runs common instruction pairs as one (Superinstructions). An error in the
# second half of a pair must be reported at its own instruction: the carets show which.
def f():
    a = 1
    if False:
        b = 2
    return a + b          # LOAD_FAST a, then LOAD_FAST b (unbound)


print(f())

# conformance: full-stderr
# The interpreter runs common instruction pairs as one (Superinstructions). An error in the
# second half of a pair must be reported at its own instruction: the carets show which.
def f(x, y):
    t = x * 2
    return t * 2 + y      # STORE_FAST t then LOAD_FAST t; LOAD_CONST 2 then *; LOAD_FAST y then +


print(f(3, 4))
print(f(3, "s"))

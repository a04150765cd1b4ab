# conformance: full-stderr
# The interpreter runs common instruction pairs as one (Superinstructions). An error in the
# second half of a pair must be reported at its own instruction: the carets show which.
class P:
    def __init__(self, v):
        self.v = v


def f(p, q):
    return p.v + q.v      # LOAD_FAST q then LOAD_ATTR v: q is None


print(f(P(1), P(2)))
print(f(P(1), None))

# conformance: full-stderr
def f(a, b, a):
    return a

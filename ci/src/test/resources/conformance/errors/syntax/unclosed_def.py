# conformance: full-stderr
def compute(a, b:
    return a + b

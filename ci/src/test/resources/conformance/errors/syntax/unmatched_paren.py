# conformance: full-stderr
value = (1 + 2))

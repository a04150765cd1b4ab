# conformance: full-stderr
*a, *b = [1, 2, 3]

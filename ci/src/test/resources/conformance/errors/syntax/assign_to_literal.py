# conformance: full-stderr
x = 1
5 = x

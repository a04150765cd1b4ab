# conformance: full-stderr
x = 1
else:
    x = 2

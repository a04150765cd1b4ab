# conformance: full-stderr
yield 1

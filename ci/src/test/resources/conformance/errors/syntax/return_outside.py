# conformance: full-stderr
x = 1
return x

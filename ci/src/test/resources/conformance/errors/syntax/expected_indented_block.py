# conformance: full-stderr
def f():
return 1

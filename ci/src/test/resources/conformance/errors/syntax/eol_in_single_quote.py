# conformance: full-stderr
print("unfinished)

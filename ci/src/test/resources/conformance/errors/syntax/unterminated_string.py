# conformance: full-stderr
name = 'Ada
print(name)

# conformance: full-stderr
print(sep='-', 'a')

# conformance: full-stderr
print('a' 'b' c)

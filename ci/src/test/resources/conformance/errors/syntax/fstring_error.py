# conformance: full-stderr
name = 'x'
print(f'{name')

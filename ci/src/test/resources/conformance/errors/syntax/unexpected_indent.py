# conformance: full-stderr
print('start')
    print('indented for no reason')

# conformance: full-stderr
for i in range(3)
    print(i)

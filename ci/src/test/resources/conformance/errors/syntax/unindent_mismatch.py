# conformance: full-stderr
if True:
        print('eight')
    print('four')

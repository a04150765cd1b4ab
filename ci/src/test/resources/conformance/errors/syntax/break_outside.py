# conformance: full-stderr
if True:
    break

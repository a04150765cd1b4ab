# conformance: full-stderr
pair = (1, 2]

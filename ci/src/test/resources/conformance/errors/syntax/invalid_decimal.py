# conformance: full-stderr
total = 12abc + 1

# conformance: full-stderr
# Bytes that are not valid UTF-8 inside a comment are still an error: Ã(
print("never")

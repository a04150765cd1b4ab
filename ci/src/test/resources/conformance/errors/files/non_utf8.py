# conformance: full-stderr
# A source file that is not UTF-8 (a 0xff byte in a string, no coding declaration).
print("before")
text = "cafÿ"
print(text)

# conformance: full-stderr
doc = """this string
never ends
print(doc)

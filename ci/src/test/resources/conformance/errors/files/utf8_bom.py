# A UTF-8 source file that starts with a byte order mark: legal, runs normally.
s = "héllo"
print(s, len(s))

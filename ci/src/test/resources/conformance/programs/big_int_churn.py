# Big ints of about 10 KiB each, made and dropped: each takes a whole 64 KiB heap block, and
# collections must be paced by that real footprint (the corpus runs this in a 32 MiB heap).
total = 0
for i in range(1500):
    x = 7 ** (30000 + i)
    total += x % 1000
print(total)

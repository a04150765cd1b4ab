# Allocation churn: many short-lived lists, strs, tuples and dicts, a few kept alive. Under a
# small heap (the conformance harness runs some modes with --heap=32m) the collector must run
# many times, keep everything reachable and free the rest.
keep = []
total = 0
for i in range(300000):
    t = [i, str(i), (i, i + 1), {"k": i, "v": [i] * 3}]
    total += len(t[1]) + t[3]["v"][2] % 7
    if i % 1000 == 0:
        keep.append(t)
print(total, len(keep), keep[-1][1], keep[150][3])
chunks = ["x" * (i % 5000) for i in range(4000)]
print(sum(len(c) for c in chunks))

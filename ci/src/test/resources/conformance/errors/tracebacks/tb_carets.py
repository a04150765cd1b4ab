# conformance: full-stderr
# CPython 3.11 marks the failing part of a line with ~ and ^ when it is not the whole line.
def ratio(a, b):
    return a / b

def report(values):
    total = sum(values)
    return [ratio(v, total - 6) for v in values]

print(ratio(1, 2))
result = report([1, 2, 3])

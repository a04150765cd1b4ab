# if / elif / else chains, nested ifs, truthiness of conditions.
def classify(n):
    if n < 0:
        kind = 'negative'
    elif n == 0:
        kind = 'zero'
    elif n < 10:
        kind = 'small'
    elif n < 100:
        if n % 2 == 0:
            kind = 'medium even'
        else:
            kind = 'medium odd'
    else:
        kind = 'large'
    return kind
for n in (-5, 0, 3, 42, 77, 1000):
    print(n, classify(n))
def grade(score):
    if score >= 90: return 'A'
    elif score >= 80: return 'B'
    elif score >= 70: return 'C'
    return 'F'
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
for value in (0, 1, '', 'x', [], [0], None, 0.0, {}, {'a': 1}):
    if value:
        print(repr(value), 'truthy')
    else:
        print(repr(value), 'falsy')
x = 5
if x > 3:
    pass
else:
    print('never')
if not x == 4:
    print('not four')
if x in (1, 5, 9) and x not in [2]:
    print('member')

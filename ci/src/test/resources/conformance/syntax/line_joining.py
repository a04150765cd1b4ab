# Implicit line joining in brackets, backslash continuation, comments everywhere.
total = (1 +
         2 +   # a comment inside brackets
         3)
print(total)
values = [
    10,
    20,  # trailing comma follows
    30,
]
print(values)
mapping = {
    'a': 1,
    'b':
        2,
}
print(mapping)
longer = 1 + \
    2 + \
    3
print(longer)
if total > 5 and \
        longer > 5:
    print('both big')
def f(a,
      b=2,
      *rest,
      c=3):
    return a + b + c + sum(rest)
print(f(1,
        10,
        100, 1000,
        c=4))
x = [i * j
     for i in range(3)
     # comment between clauses
     for j in range(3)
     if i != j]
print(x)
print('done'); print('two statements'); y = 5; print(y)
if y: print('one-line if')
for i in range(2): print('loop', i)
while y > 3: y -= 1; print('while', y)

x = 1 + \
    2
if a and \
   b:
    pass
y = (1 +
     2)
z = [
    1,
    2,
]
w = {
    'a': 1,  # comment
    # comment line
    'b': 2,
}
def f(a,
      b):
    pass
s = 'abc' \
    'def'
t = """multi
line""" + \
    'x'
    # indented comment
u = 1
if x:
    pass
        # over-indented comment
    # comment
v = 2

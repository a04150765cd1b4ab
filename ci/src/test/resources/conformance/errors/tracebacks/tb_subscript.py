# conformance: full-stderr
# The 3.11 markers for a subscript (~~~^^^^^) and a two-character operator (~~^^~~).
def lookup(table, key):
    value = table[key] + 1
    return value

def scale(values, by):
    return [v // by for v in values]

print(scale([4, 6], 2))
print(lookup({'a': 1}, 'a'))
try:
    scale([1], 0)
except ZeroDivisionError as e:
    print('caught', e)
lookup({'a': 1}, 'b')

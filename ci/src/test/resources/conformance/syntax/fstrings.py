# f-strings: expressions, conversions !r !s !a, format specs, nested fields, braces.
name = 'World'
n = 42
x = 3.14159
print(f'Hello, {name}!')
print(f'{n} {n + 1} {n * 2 - 1} {n // 5} {n % 5}')
print(f'{name!r} {name!s} {"é"!a}')
print(f'{x:.2f} {x:10.3f}| {x:<10.1f}| {x:^10.2f}| {x:e}')
print(f'{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{-n:d}')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}')
print(f'{1234567:,} {1234567:_} {1234567.891:,.2f}')
width, prec = 12, 4
print(f'{x:{width}.{prec}f}|')
print(f'{name:>{width}}|{name:*^{width}}|')
print(f'{{literal}} {{{n}}}')
items = ['a', 'b', 'c']
print(f'{len(items)} items: {", ".join(items)}')
print(f'{items[0]}{items[-1]} {items[1:]}')
d = {'key': 'value'}
print(f"{d['key']} {d!r}")
print(f'{"nested " + f"{n:03}"}')
print(f'{n if n > 10 else -n} {(lambda v: v * 2)(n)}')
print(f'{0.1 + 0.2} {1e20} {1/3:.5} {2.5:g} {1e-7:g}')
print(f'{"left":<8}|{"right":>8}|{"mid":^9}|')
print(f'{True} {None} {[1, 2]} {(1,)} {3 > 2}')
print(f'{n=}', f'{x = :.1f}')
multi = (f'a{n}'
         f'b{n}')
print(multi)
print(f'{12.0:%} {0.256:.1%}')

# inf and nan: creation, arithmetic, comparisons, repr, and conversion errors.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), str(-inf), float('-nan'), float('Infinity'), float('  nan '))
print(inf + 1, inf * 2, inf * -1, 1 / inf, -1 / inf, inf - 1e308)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf, inf > 10 ** 1000)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0, nan is nan)
print(inf * 0, inf - inf, nan + 1, 0 * nan)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 1e-323)
print(max(1.0, inf), min(-inf, 0), sorted([3.0, inf, -inf, 0.0]))
values = [1.0, nan, 2.0]
print(nan in values, values.count(nan), [v == v for v in values])
print(abs(-inf), -(-inf), round(inf) if False else 'skip', int(1e300) > 0)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.5), hash(0.5))
print(float('1e400'), float('-1e400'), float('1e-400'), float('-1e-400'))
for text in ('inf', '-INF', 'nan', '+nan', 'infinity', '-Infinity'):
    print(text, float(text))

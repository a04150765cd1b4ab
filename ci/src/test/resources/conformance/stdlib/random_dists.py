# random: the real-valued distributions (built on math's log, exp, sqrt, cos...), seeded.
import random

r = random.Random(2718)
print([r.gauss() for _ in range(5)])
print([r.gauss(10, 2) for _ in range(3)])
r.seed(1)
print(r.gauss(), r.gauss_next is not None, r.gauss(), r.gauss_next)
state = r.getstate()
g = r.gauss()
r.setstate(state)
print(g == r.gauss())
print([r.normalvariate() for _ in range(5)])
print([r.normalvariate(100, 15) for _ in range(3)])
print([r.lognormvariate(0, 0.5) for _ in range(3)])
print([r.expovariate(1.5) for _ in range(5)])
print([r.expovariate(-2) for _ in range(2)])
print([r.triangular() for _ in range(3)], r.triangular(0, 10, 2), r.triangular(5, 5), r.triangular(1, 3, 3))
print([r.vonmisesvariate(1.0, 4.0) for _ in range(3)], r.vonmisesvariate(0.5, 0))
for alpha in (0.5, 1.0):
    print(alpha, [r.gammavariate(alpha, 2.0) for _ in range(3)])
# For alpha > 1 the result goes through exp(), whose last bit may differ between C libraries.
for alpha in (2.5, 20.0):
    print(alpha, [round(r.gammavariate(alpha, 2.0), 12) for _ in range(3)])
print([r.betavariate(2, 3) for _ in range(3)], r.betavariate(0.5, 0.5))
print([r.paretovariate(3) for _ in range(3)])
print([r.weibullvariate(1, 1.5) for _ in range(3)])
try:
    r.gammavariate(0, 1)
except ValueError as e:
    print('ValueError:', e)
random.seed(42)
print(random.gauss(), random.expovariate(1), random.normalvariate(5, 1), random.triangular(1, 2))

# random: randrange, randint, choice, shuffle, sample and choices, seeded.
import random

random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(50, 5, -7) for _ in range(10)])
print(random.randrange(-10**30, 10**30), random.randint(0, 2**100), random.randrange(2**64, 2**65, 3))
print(random.randrange(True, 10), random.randint(3, 3))

r = random.Random('choices')
print([r.choice('abcdefgh') for _ in range(10)])
print(r.choice([1, 2, 3]), r.choice((4, 5)), r.choice(range(100, 200, 3)))

items = list(range(30))
r.shuffle(items)
print(items)
words = ['alpha', 'beta', 'gamma', 'delta']
r.shuffle(words)
print(words)
one = [1]
r.shuffle(one)
print(one, r.shuffle([]))

# sample: the pool strategy for small populations, the set strategy for large ones.
print(r.sample(range(10), 10))
print(r.sample(range(100), 12))
print(r.sample(range(10**12), 6))
print(r.sample('abcdefghijklmnop', 4))
print(r.sample((1, 2, 3), 0), r.sample([5, 6, 7], 3))
print(r.sample(['red', 'blue'], counts=[4, 2], k=5))
print(r.sample('xyz', counts=[3, 0, 5], k=8))
print(r.sample(range(40), 30))

# choices: even, weighted, cumulative.
print(r.choices('abc', k=8))
print(r.choices(['x', 'y', 'z'], [10, 1, 1], k=8))
print(r.choices(['x', 'y', 'z'], weights=[0.5, 0, 2.5], k=8))
print(r.choices('wxyz', cum_weights=[1, 1, 5, 100], k=8))
print(r.choices(range(1000)), r.choices('ab', k=0), r.choices('ab', k=-2))

# uniform and a subclass's own random() (then randrange draws from random() alone).
print(r.uniform(1, 5), r.uniform(10, -10), r.uniform(2, 2))

class Fixed(random.Random):
    def random(self):
        return 0.3

f = Fixed()
print(f.randrange(100), f.choice('abcdef'), f.randint(1, 10))

class Bits(random.Random):
    def getrandbits(self, k):
        return 2 if k > 2 else (1 << k) - 1

print(Bits(1).randrange(100))

class Index:
    def __index__(self):
        return 9

random.seed(3)
print(random.randrange(Index()), random.getrandbits(Index()))

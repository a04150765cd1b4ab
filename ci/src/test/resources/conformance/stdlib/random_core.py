# random: seeding (ints of any size and sign, str, float, bool) and the Mersenne Twister's
# raw outputs: random(), getrandbits(), getstate()/setstate().
import random

random.seed(42)
print([random.random() for _ in range(5)])
print([random.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 65, 100, 200)])

for seed in [0, 1, -1, 7, 2**31, 2**32 - 1, 2**32, 2**64 + 3, -(2**100), 10**40,
             'hello', '', 'héllo €', 'a' * 300, 1.5, -1.5, 0.1, 1e300, 0.0, True, False]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.getrandbits(70))

random.seed('spam', version=1)
print('version 1 str', random.random())
random.seed('', version=1)
print('version 1 empty', random.random())

# More than 624 outputs: the state twists again.
random.seed(2024)
for _ in range(1000):
    random.getrandbits(32)
print(random.getrandbits(32), random.getrandbits(3000) % 10**20)

# Independent instances, and the module functions share a hidden one.
a = random.Random(99)
b = random.Random(99)
print(a.random() == b.random(), a.random(), random.Random().random() != random.Random().random())
random.seed(5)
first = random.random()
print(first == random.Random(5).random())

# getstate / setstate round trip.
r = random.Random(123)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
before = [r.random() for _ in range(700)]
r.setstate(state)
print(before == [r.random() for _ in range(700)])
print(r.getstate()[1][-1])
r.setstate((2, state[1], None))
print(r.random() == before[0])
print(random.Random(7).getstate() == random.Random(7).getstate())

# A subclass that skips __init__ has an unseeded (all zero) generator, as in CPython.
class Unseeded(random.Random):
    def __init__(self):
        pass

print(Unseeded().random(), Unseeded().getrandbits(40))
print(random.Random(x=3).random())

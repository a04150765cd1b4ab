# random: the errors of bad arguments, in CPython's words.
import random

r = random.Random(5)


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(r.randrange, 0)
attempt(r.randrange, -5)
attempt(r.randrange, 5, 5)
attempt(r.randrange, 5, 2)
attempt(r.randrange, 0, 10, 0)
attempt(r.randrange, 0, 10, -1)
attempt(r.randrange, 10, step=2)
attempt(r.randrange, 'a')
attempt(r.randint, 3, 2)
attempt(r.choice, [])
attempt(r.choice, '')
attempt(r.sample, {1, 2, 3}, 2)
attempt(r.sample, {1: 2}, 1)
attempt(r.sample, [1, 2, 3], 4)
attempt(r.sample, [1, 2, 3], -1)
attempt(r.sample, 'abc', 2, counts=[1, 2])
attempt(r.sample, 'abc', 2, counts=[1, 2, 1.5])
attempt(r.sample, 'abc', 2, counts=[0, 0, 0])
attempt(r.choices, 'abc', 3)
attempt(r.choices, 'abc', [1, 2], k=2)
attempt(r.choices, 'abc', [1, 2, 3], cum_weights=[1, 2, 3])
attempt(r.choices, 'abc', [0, 0, 0])
attempt(r.choices, 'abc', [1, 2, float('inf')])
attempt(r.choices, 'abc', k=2.0)
attempt(r.choices, '', k=2)
attempt(r.choices, [], [])
attempt(r.getrandbits, -1)
attempt(r.getrandbits, 0)
attempt(r.getrandbits, 1.0)
attempt(r.getrandbits, 2**40)
attempt(r.seed, [1])
attempt(r.seed, (1, 2))

state = r.getstate()[1]
attempt(r.setstate, (4, (), None))
attempt(r.setstate, (3, [1], None))
attempt(r.setstate, (3, (1,), None))
attempt(r.setstate, (3, state[:-1] + (625,), None))
attempt(r.setstate, (3, state[:-1] + (-1,), None))
attempt(r.setstate, (3, ('a',) + state[1:], None))
attempt(r.setstate, (3, (-1,) + state[1:], None))
attempt(r.setstate, (3, (2**64,) + state[1:], None))
attempt(r.setstate, (3, state[:-1] + (2**70,), None))
attempt(r.setstate, (3, state[:-1] + (1.0,), None))
attempt(r.setstate, (3, (2**33 + 5,) + state[1:], None))
print(r.getstate()[1][0])
attempt(r.setstate, (3, state[:-1] + (0,), None))
attempt(r.random)

s = random.SystemRandom()
attempt(s.getstate)
attempt(s.getrandbits, -2)
print(s.seed(3), 0 <= s.random() < 1, s.getrandbits(8) < 256, sorted(s.sample(range(5), 5)))

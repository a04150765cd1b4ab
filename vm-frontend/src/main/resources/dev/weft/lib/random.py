"""Pseudo-random numbers, drawing exactly CPython 3.11's sequences.

The generator is the Mersenne Twister of weft's _random module; this module builds CPython's
distributions and sequence operations on it with the same algorithms, so that a program seeded
alike gets the same numbers. The module-level functions are the bound methods of one hidden
Random instance, seeded from the OS's randomness at import.
"""

import _random

__all__ = ['Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate',
           'gammavariate', 'gauss', 'getrandbits', 'getstate', 'lognormvariate',
           'normalvariate', 'paretovariate', 'randint', 'random', 'randrange', 'sample', 'seed',
           'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate']

# CPython's constants, as the float values that its formulas give.
NV_MAGICCONST = 1.7155277699214135   # 4 * exp(-0.5) / sqrt(2.0)
TWOPI = 6.283185307179586            # 2 * pi
LOG4 = 1.3862943611198906            # log(4.0)
SG_MAGICCONST = 2.504077396776274    # 1.0 + log(4.5)
BPF = 53                             # bits in a float
RECIP_BPF = 2 ** -BPF
_E = 2.718281828459045
_PI = 3.141592653589793
_ONE = 1                             # the default step of randrange, told apart by identity


def _index(x):
    """operator.index(x): the int that x stands for, or TypeError."""
    if isinstance(x, int):
        return int(x)
    index = getattr(type(x), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return index(x)


def _integer_arg(value, what):
    """randrange's reading of an argument: an index, or a float that is integral."""
    try:
        return _index(value)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            raise ValueError("non-integer %s for randrange()" % what)
        return as_int


def _accumulate(values):
    """The running totals of values (itertools.accumulate, as a list)."""
    totals = []
    for v in values:
        totals.append(totals[-1] + v if totals else v)
    return totals


def _bisect(a, x, lo=0, hi=None):
    """bisect.bisect_right: where x goes in sorted a, after any equal items."""
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _is_sequence(x):
    return isinstance(x, (list, tuple, str, range))


class Random:
    """A Mersenne Twister generator with its own state; the module's functions share one.

    A subclass may bring its own generator by overriding random(), seed(), getstate() and
    setstate(); with a getrandbits() too, randrange() covers ranges of any size.
    """

    VERSION = 3     # used by getstate/setstate

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self._state = _random.new()
        return self

    def __init__(self, x=None):
        """Seeds the new generator with x, as seed() does."""
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        """Picks how a subclass draws random ints: from its own getrandbits() if it defines
        one, else from its own random()."""
        for c in cls.__mro__:
            if '_randbelow' in c.__dict__:
                break
            if 'getrandbits' in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # -- the core generator

    def seed(self, a=None, version=2):
        """Seeds the generator from a: None (the OS's randomness), an int (all its bits),
        a float (its hash) or a str (all its bits; version=1 keeps the narrower seeding of
        old Pythons).
        """
        if isinstance(a, str):
            if version == 1:
                x = ord(a[0]) << 7 if a else 0
                for ch in a:
                    x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
                x ^= len(a)
                a = -2 if x == -1 else x
            elif version != 2:
                a = hash(a) & 0xFFFFFFFFFFFFFFFF   # what CPython's core seeds from
        elif not isinstance(a, (type(None), int, float)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        _random.seed(self._state, a)
        self.gauss_next = None

    def random(self):
        """A float x with 0.0 <= x < 1.0."""
        return _random.random(self._state)

    def getrandbits(self, k):
        """A non-negative int of k random bits."""
        return _random.getrandbits(self._state, k)

    def getstate(self):
        """The generator's state, for setstate() to restore later."""
        return self.VERSION, _random.getstate(self._state), self.gauss_next

    def setstate(self, state):
        """Restores a state that getstate() returned."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
        elif version == 2:
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        _random.setstate(self._state, internalstate)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    # -- integers

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n) for n > 0, from rejection sampling on getrandbits()."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) for n > 0, from random() alone (for subclasses without
        getrandbits)."""
        random = self.random
        if n >= maxsize:
            return int(random() * n)
        limit = (maxsize - maxsize % n) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return int(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=_ONE):
        """An item of range(start, stop, step) (range(start) with one argument)."""
        istart = _integer_arg(start, 'arg 1')
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _integer_arg(stop, 'stop')
        width = istop - istart
        istep = _integer_arg(step, 'step')
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """An int n with a <= n <= b."""
        return self.randrange(a, b + 1)

    # -- sequences

    def choice(self, seq):
        """An item of the non-empty sequence seq."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles the list x in place (Fisher-Yates)."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """A list of k items drawn without replacement from the sequence population, in the
        order drawn; counts[i], when given, repeats population[i] that many times."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _accumulate(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Below this size, copying the population costs less than a set of the chosen places.
        setsize = 21
        if k > 5:
            table = 1
            while table < k * 3:
                table *= 4
            setsize += table
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """A list of k items drawn with replacement from population, evenly or by the
        given relative or cumulative weights."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[int(random() * n)] for i in range(k)]
            try:
                cum_weights = _accumulate(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}'
                ) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not total - total == 0.0:
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for i in range(k)]

    # -- real-valued distributions

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """The triangular distribution on [low, high] peaking at mode (the middle by
        default)."""
        from math import sqrt
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """The normal distribution of mean mu and standard deviation sigma
        (Kinderman and Monahan's ratio method)."""
        from math import log
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """The normal distribution of mean mu and standard deviation sigma (Box-Muller:
        each pair of draws gives two values, the second kept for the next call)."""
        from math import cos, log, sin, sqrt
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = sqrt(-2.0 * log(1.0 - random()))
            z = cos(x2pi) * g2rad
            self.gauss_next = sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """A value whose log is normally distributed with mean mu and deviation sigma."""
        from math import exp
        return exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """The exponential distribution of rate lambd (mean 1 / lambd)."""
        from math import log
        return -log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """The von Mises distribution of mean angle mu (radians) and concentration
        kappa >= 0 (uniform on the circle when kappa is 0)."""
        from math import acos, cos, exp, sqrt
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = cos(_PI * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + acos(f)) % TWOPI
        return (mu - acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """The gamma distribution of shape alpha > 0 and scale beta > 0."""
        from math import exp, log, sqrt
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection method (1977).
            ainv = sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = log(u1 / (1.0 - u1)) / ainv
                x = alpha * exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= log(z):
                    return x * beta
        if alpha == 1.0:
            return -log(1.0 - random()) * beta
        # alpha < 1: the ALGORITHM GS of Statistical Computing (Kennedy & Gentle).
        while True:
            u = random()
            b = (_E + alpha) / _E
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    return x * beta
            elif u1 <= exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """The beta distribution of alpha > 0 and beta > 0, a value in [0, 1]."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """The Pareto distribution of shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """The Weibull distribution of scale alpha and shape beta."""
        from math import log
        u = 1.0 - self.random()
        return alpha * (-log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """A generator drawing from the OS's randomness: it has no state to seed or save."""

    def random(self):
        """A float x with 0.0 <= x < 1.0."""
        return _random.osbits(BPF) * RECIP_BPF

    def getrandbits(self, k):
        """A non-negative int of k random bits."""
        return _random.osbits(k)

    def seed(self, *args, **kwds):
        """Does nothing: the OS's randomness takes no seed."""
        return None

    def _notimplemented(self, *args, **kwds):
        """getstate() and setstate(): the OS's randomness has no state."""
        raise NotImplementedError('System entropy source does not have state.')
    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits

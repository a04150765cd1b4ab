"""Iterator building blocks, as classes like CPython's itertools."""


class count:
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._i < 0:
            try:
                v = next(self._it)
            except StopIteration:
                if not self._saved:
                    raise
                self._i = 0
            else:
                self._saved.append(v)
                return v
        v = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return v


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        self._times = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def _add(a, b):
    return a + b


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = _add if func is None else func
        self._total = initial
        self._started = initial is not None
        self._pending = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending:
            self._pending = False
            return self._total
        v = next(self._it)
        if not self._started:
            self._started = True
            self._total = v
        else:
            self._total = self._func(self._total, v)
        return self._total


class chain:
    def __init__(self, *iterables):
        self._src = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterable):
        obj = cls.__new__(cls)
        obj._src = iter(iterable)
        obj._cur = None
        return obj

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._cur is None:
                self._cur = iter(next(self._src))
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = None


class compress:
    def __init__(self, data, selectors):
        self._d = iter(data)
        self._s = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d = next(self._d)
            if next(self._s):
                return d


class dropwhile:
    def __init__(self, predicate, iterable):
        self._p = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            v = next(self._it)
            if self._done or not self._p(v):
                self._done = True
                return v


class takewhile:
    def __init__(self, predicate, iterable):
        self._p = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        v = next(self._it)
        if self._p(v):
            return v
        self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, function, iterable):
        self._f = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            v = next(self._it)
            if not self._f(v):
                return v


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._key = key
        self._tgtkey = self._curkey = self._currvalue = object()
        self._marker = self._tgtkey
        self._id = object()

    def __iter__(self):
        return self

    def _step(self):
        self._currvalue = next(self._it)
        self._curkey = self._currvalue if self._key is None else self._key(self._currvalue)

    def __next__(self):
        self._id = object()
        while self._curkey is self._marker or self._curkey == self._tgtkey:
            if self._curkey is not self._marker and self._tgtkey is self._marker:
                break
            self._step()
        self._tgtkey = self._curkey
        return (self._curkey, _grouper(self, self._tgtkey, self._id))


class _grouper:
    def __init__(self, parent, tgtkey, ident):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = ident

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._id is not self._id:
            raise StopIteration
        if p._currvalue is p._marker:
            p._step()
        if not (p._tgtkey == p._curkey):
            raise StopIteration
        r = p._currvalue
        p._currvalue = p._marker
        return r


class islice:
    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        elif not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        else:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
        if stop is not None:
            if not isinstance(stop, int) or stop < 0:
                raise ValueError('Stop argument for islice() must be None or an '
                                 'integer: 0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        elif not isinstance(step, int) or step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            self._drain_to(self._stop)
            self._it = None
            raise StopIteration
        self._drain_to(self._next)
        try:
            v = next(it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next += self._step
        return v

    def _drain_to(self, n):
        while self._pos < n:
            try:
                next(self._it)
            except StopIteration:
                self._it = None
                raise
            self._pos += 1


class starmap:
    def __init__(self, function, iterable):
        self._f = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._f(*next(self._it))


class _tee_data:
    def __init__(self, it):
        self.it = it
        self.buf = []
        self.base = 0


class _tee:
    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        i = self._pos - d.base
        if i >= len(d.buf):
            d.buf.append(next(d.it))
        v = d.buf[i]
        self._pos += 1
        return v

    def __copy__(self):
        return _tee(self._data, self._pos)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        return tuple([_tee(it._data, it._pos) for _ in range(n)])
    data = _tee_data(it)
    return tuple([_tee(data, 0) for _ in range(n)])


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or not self._active:
            raise StopIteration
        out = []
        for i, it in enumerate(self._its):
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._its[i] = None
                out.append(self._fill)
        return tuple(out)


class product:
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._g = self._gen(pools)

    @staticmethod
    def _gen(pools):
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        for prod in result:
            yield tuple(prod)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


class permutations:
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        elif r < 0:
            raise ValueError('r must be non-negative')
        self._g = self._gen(pool, n, r)

    @staticmethod
    def _gen(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


class combinations:
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = self._gen(tuple(iterable), r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


class combinations_with_replacement:
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        self._g = self._gen(tuple(iterable), r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._g)


class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = self._marker = object()

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        if self._old is self._marker:
            try:
                self._old = next(self._it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(self._it)
        except StopIteration:
            self._it = None
            raise
        r = (self._old, new)
        self._old = new
        return r

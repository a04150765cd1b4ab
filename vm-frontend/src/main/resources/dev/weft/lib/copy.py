"""Shallow and deep copy operations."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, type, range,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0),
           property)
try:
    _atomic += (complex,)
except NameError:
    pass


def copy(x):
    cls = type(x)
    if cls in _atomic:
        return x
    if cls in (list, dict, set):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is frozenset:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = frozenset(items)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        for a, b in zip(items, x):
            if a is not b:
                y = tuple(items)
                break
        else:
            y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    cls = type(x)
    deep = memo is not None
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        y.args = x.args
    elif isinstance(x, (list, dict, set, tuple, int, str, float)):
        base = next(b for b in cls.__mro__ if b in (list, dict, set, tuple, int, str, float))
        if base in (list, dict, set):
            y = cls.__new__(cls)
        else:
            value = base(x)
            if deep and base is tuple:
                value = tuple(deepcopy(a, memo) for a in value)
            y = cls.__new__(cls, value)
    else:
        if not hasattr(x, '__dict__'):
            raise Error('un(%sshallow)copyable object of type %s'
                        % ('deep' if deep else '', cls))
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if hasattr(x, '__getstate__') and not _default_getstate(cls):
        state = x.__getstate__()
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    if isinstance(x, list) and not isinstance(x, tuple):
        for a in x:
            y.append(deepcopy(a, memo) if deep else a)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    elif isinstance(x, set):
        for a in x:
            y.add(deepcopy(a, memo) if deep else a)
    return y


def _default_getstate(cls):
    return getattr(cls, '__getstate__', None) is getattr(object, '__getstate__', None)

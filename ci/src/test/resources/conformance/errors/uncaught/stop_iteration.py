# next() on an exhausted iterator at top level: uncaught StopIteration.
it = iter([1])
print(next(it))
print(next(it))

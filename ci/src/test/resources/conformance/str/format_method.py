# str.format: positional, numbered, named, attribute and index fields, conversions and specs.
print('{} and {}'.format('spam', 'eggs'), '{1} {0} {1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0!r} {0!s} {0!a}'.format('é'), '{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
point = {'x': 3, 'y': 4}
print('{p[x]},{p[y]}'.format(p=point), '{0[1]}'.format(['a', 'b']), '{0[0][1]}'.format([[1, 2]]))
class P:
    def __init__(self):
        self.name = 'pt'
        self.coords = (1, 2)
print('{0.name} {0.coords[1]}'.format(P()))
print('{:d} {:5d} {:05d} {:x} {:#o} {:,} {:b}'.format(42, 42, 42, 255, 8, 10 ** 6, 5))
print('{:.3} {:.1f} {:10.4f}| {:e}'.format('truncate', 2.25, 3.14159, 0.001))
print('{{}} {{{0}}} {0:{1}}|'.format(7, 5), '{:{fill}>{w}}'.format('x', fill='*', w=4))
print('{0:<{1}}|'.format('pad', 6), '{:%}'.format(0.25), '{:+} {:+} {: }'.format(5, -5, 5))
data = [('Widget', 4, 3.5), ('Gadget', 10, 12.25), ('Thing', 1, 100.0)]
for name, n, price in data:
    print('{:<8} x{:>3} @ {:>7.2f} = {:>8.2f}'.format(name, n, price, n * price))
print('{}'.format(None), '{}'.format([1, 2]), '{}'.format((1,)), '{!r}'.format('q'))
try:
    print('{} {}'.format(1))
except IndexError as e:
    print('IndexError:', e)
try:
    print('{name}'.format(nam=1))
except KeyError as e:
    print('KeyError:', e)
try:
    print('{:d}'.format('x'))
except ValueError as e:
    print('ValueError:', e)
print(format('text', '>10'), format('text', '.2'), format(3, ''), format('x'))

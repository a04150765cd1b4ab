# array: typecodes, conversions and overflow messages, the list protocol, tobytes/frombytes.
import array
for tc in 'bBhHiIlLqQ':
    for v in [2**70, 2**64, 2**63, 2**32, 2**31, 2**16, 2**15, 256, 128, -1, -129, -2**15-1, -2**31-1, -2**63-1]:
        try:
            array.array(tc, [v])
        except OverflowError as e:
            print(tc, v, type(e).__name__, e)
for tc, v in [('i', 1.5), ('f', 'x'), ('d', None), ('b', 'a'), ('u', 1)]:
    try:
        array.array(tc, [v])
    except TypeError as e:
        print(tc, v, type(e).__name__, e)
try: array.array('z')
except Exception as e: print(type(e).__name__, e)
try: array.array('i', 'abc')
except Exception as e: print(type(e).__name__, e)
a = array.array('i', [1, 2, 3]); print(a, repr(array.array('d')), array.array('f', [1.5]), array.array('u', 'hi'), a.itemsize, a.typecode)
print(a[0], a[-1], a[1:], a[::-1], list(a), a.tolist(), a.tobytes(), len(a))
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a)
b = array.array('i'); b.frombytes(a.tobytes()); print(b, b == a, a + b, a * 2, 3 in a, a.index(3), a.count(3))
a[0] = 9; a[1:3] = array.array('i', [7, 7, 7]); print(a); del a[0]; print(a); a.remove(7); print(a); a.reverse(); print(a)
for f in [lambda: a.__setitem__(slice(1, 2), [1]), lambda: a.append(1.0), lambda: a.pop(99), lambda: array.array('i').pop(), lambda: a[99],
          lambda: a.frombytes(b'abc'), lambda: a.index(99), lambda: a.remove(99), lambda: a + array.array('d'),
          lambda: a.extend(array.array('d')), lambda: a + [1]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(array.typecodes, array.array('B', b'ab'), array.array('b', bytearray(b'ab')), a < array.array('i', [100]), array.array('f', [0.1])[0])
c = array.array('d', [1.0]); c += array.array('d', [2.0]); c *= 2; print(c)
a.fromlist([1, 2]); print(a, a.buffer_info()[1], type(a), array.array('H', [1, 2]).tobytes(), array.array('q', [-1]).tobytes())
print(array.array('L', [2**64 - 1]), array.array('d', b'\x00' * 8), sum(array.array('i', range(10))))
x = array.array('h', [1, 256]); x.byteswap(); print(x)
try:
    a += [1]
except TypeError as e:
    print(e)

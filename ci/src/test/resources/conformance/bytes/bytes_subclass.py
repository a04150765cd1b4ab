# Subclasses of bytes and bytearray: the built-in methods and operators work on the instances.
class B(bytes):
    def shout(self):
        return self.upper() + b'!'


class BA(bytearray):
    def total(self):
        return sum(self)


b = B(b'ab')
print(b, type(b).__name__, len(b), b[0], b[:1], b.shout(), b + b'c', b == b'ab', b'ab' == b, isinstance(b, bytes), hash(b) == hash(b'ab'))
print(b.decode(), list(b), b'x' in B(b'xyz'), B(3), B([65]), b.hex(), repr(b), type(b + b'').__name__)
ba = BA(b'xy')
ba.append(122)
ba[0] = 65
ba += b'!'
print(type(ba).__name__, len(ba), ba.upper(), bytes(ba), ba.total(), isinstance(ba, bytearray), ba == b'Ayz!')

# struct: pack, unpack, calcsize, Struct, iter_unpack, pack_into, unpack_from and struct.error's messages.
import struct
print(struct.pack('<i', 1), struct.pack('>hH', -2, 65535), struct.pack('@bi', 1, 2), struct.pack('<q', -1), struct.pack('<Q', 2**64-1))
print(struct.unpack('<Q', b'\xff' * 8), struct.unpack('>i', b'\xff\xff\xff\xfe'), struct.unpack('<?c', b'\x02x'))
print(struct.calcsize('@bq'), struct.calcsize('<bq'), struct.calcsize('3s2x'), struct.calcsize('@qb'))
print(struct.pack('5p', b'abcdefg'), struct.pack('3s', b'a'), struct.unpack('5p', b'\x04abcd'), struct.unpack('<e', struct.pack('<e', 1.5)))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('>d', float('inf')), struct.pack('<e', float('nan')), struct.pack('<e', 65504.0))
print(struct.pack('!I', 0xdeadbeef), struct.pack('=h', 5), struct.pack('<d', 1), struct.pack(b'<h', 3))
s = struct.Struct('<ih')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
buf = bytearray(8)
struct.pack_into('<hh', buf, 2, 7, 8)
print(buf, struct.unpack_from('<h', buf, -2))
tests = [('b', 200), ('B', -1), ('h', 70000), ('H', -1), ('i', 2**31), ('I', -1), ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1),
         ('<l', 2**31), ('<L', -1), ('<q', 2**63), ('<Q', 2**64), ('n', 2**63), ('N', -1), ('>i', 2**31), ('<I', 2**32), ('<b', 200),
         ('<B', 300), ('<h', 2**15), ('<H', 2**16), ('i', 'x'), ('f', 'x'), ('c', b'ab'), ('s', 5), ('<f', 1e300), ('<e', 1e10),
         ('I', 2**32), ('<L', 2**32), ('b', 2**70), ('<I', -1), ('B', 2**64), ('x', 1)]
for f, v in tests:
    try:
        print(f, struct.pack(f, v))
    except (struct.error, OverflowError) as e:
        print(f, type(e).__name__, e)
for f in ['<n', 'zz', '3', '@3x2i', 'i 3h', '']:
    try:
        print(f, struct.calcsize(f))
    except struct.error as e:
        print(f, 'error', e)
for call in [lambda: struct.unpack('<i', b'ab'), lambda: struct.unpack_from('<i', b'ab', 1), lambda: struct.pack('<ii', 1),
             lambda: struct.pack('<i', 1, 2), lambda: struct.unpack_from('<i', b'abcdef', -10), lambda: struct.pack_into('<i', bytearray(2), 0, 5),
             lambda: list(struct.iter_unpack('<i', b'abc')), lambda: list(struct.iter_unpack('', b'abc')), lambda: struct.unpack('<i', 'abcd'),
             lambda: struct.unpack_from('<i', b'ab', 5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(struct.error.__name__, issubclass(struct.error, Exception))

# int.to_bytes and int.from_bytes: both byte orders, signed and unsigned, and their overflow errors.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes(1, byteorder='little'))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes(b'\x01\x02', byteorder='little'))
print(int.from_bytes([1, 2, 3], 'big'), (2**70).to_bytes(9, 'big'), int.from_bytes(b'\xff' * 9, 'big'), (0).to_bytes(0, 'big'), (5).to_bytes())
print(int.from_bytes(b'\x80', 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), int.from_bytes(b'', 'big'))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(-1, 'big')]:
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

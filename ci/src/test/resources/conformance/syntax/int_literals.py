# Every integer literal form: decimal, hex, octal, binary, with underscores, and big ones.
print(0, 7, 42, 1_000_000)
print(0x0, 0xff, 0XFF, 0xDead_Beef, 0x_1f)
print(0o0, 0o17, 0O777, 0o_12)
print(0b0, 0b1011, 0B1111_0000, 0b_1)
print(00, 0_0)
print(123456789012345678901234567890)
print(0xffffffffffffffffffffffffffffffff)
print(0o7777777777777777777777777777)
print(0b1 << 100)
print(-0x80, -0o10, -0b101)
print(1_2_3 + 4_5_6)
print(type(10**20).__name__, type(0xff).__name__)
big = 0x1234_5678_9abc_def0_1234_5678
print(big, hex(big), oct(big), bin(big))
print(1 if 0x10 == 16 == 0o20 == 0b10000 else 0)
for n in (0, 1, 9, 10, 99, 100, 2**31 - 1, 2**31, 2**63 - 1, 2**63, 2**64):
    print(n, -n, hex(n))

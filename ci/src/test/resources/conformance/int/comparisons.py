# Comparisons and chains on ints, mixed with floats and bools, and big ints.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 == 2)
print(1 == 1.0, 1 < 1.5, 2 > 1.9999, -1 < -0.5, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53)
print(2 ** 1000 > 1e308, 2 ** 1000 < float('inf'), -2 ** 1000 > float('-inf'))
print(True == 1, False == 0, True < 2, True + 0.5)
big = 10 ** 40
print(big > big - 1, big == 10 ** 40, -big < big, big != big + 1)
nums = [5, -3, 10 ** 20, 0, 2.5, -7.25, True, 10 ** 20 + 1, 1e20]
print(sorted(nums))
print(max(nums), min(nums))
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(0) < v(5))
print(calls)
print(0 == 0.0 == -0.0 == False)
print((3).__eq__(3.0), (3).__lt__(4))
print(1 == '1', 1 != '1', [1] == [1.0], (1, 2) < (1, 3), [2] > [1, 9])
try:
    print(1 < '2')
except TypeError as e:
    print('TypeError:', e)

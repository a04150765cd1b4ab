# list.sort and sorted: key, reverse, stability, mixed numbers, and the errors.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig', 'elderberry']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [('alice', 3), ('bob', 1), ('carol', 3), ('dave', 2), ('eve', 1), ('frank', 3)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
records.sort(key=lambda r: r[0], reverse=True)
records.sort(key=lambda r: r[1])
print(records)
print(sorted([3.5, 1, 2.25, -1, True, 0]), sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(sorted([[3, 1], [2, 9], [3, 0], [2]]), sorted('hello world'), sorted(range(5), reverse=True))
print(sorted({3: 'c', 1: 'a', 2: 'b'}), sorted([]), sorted([7]))
result = nums.sort()
print(result)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print('TypeError:', e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print('TypeError:', e)
class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight
    def __lt__(self, other):
        return self.weight < other.weight
    def __repr__(self):
        return 'Item(%s, %d)' % (self.name, self.weight)
items = [Item('x', 3), Item('y', 1), Item('z', 2), Item('w', 1)]
print(sorted(items), max(items), min(items))
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(sorted(big, reverse=True)))

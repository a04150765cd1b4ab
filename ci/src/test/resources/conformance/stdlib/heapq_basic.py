import heapq

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 3]
h = []
for x in data:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)
h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, data), heapq.nsmallest(0, data))
print(heapq.nlargest(20, data), heapq.nsmallest(4, iter(data)))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'plum']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, iter(words), key=len))
print(heapq.nlargest(3, iter(words), key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
h = [(2, 'b'), (1, 'a')]
heapq.heapify(h)
print(heapq.heappop(h))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print(type(e).__name__, e)

import heapq

def heapsort(xs):
    h = []
    for x in xs:
        heapq.heappush(h, x)
    return [heapq.heappop(h) for _ in range(len(h))]

vals = [(i * 37) % 101 for i in range(50)]
print(heapsort(vals) == sorted(vals))
h = vals[:]
heapq.heapify(h)
print(h)
for i in range(10):
    heapq.heapreplace(h, i * 13 % 29)
print(h)
print(heapq.nsmallest(5, vals), heapq.nlargest(5, vals))
print(heapq.nsmallest(5, vals, key=lambda v: -v), heapq.nlargest(5, vals, key=lambda v: v % 10))
print(list(heapq.merge(sorted(vals[:20]), sorted(vals[20:]))) == sorted(vals))
print(list(heapq.merge([(1, 'x')], [(1, 'a')], key=lambda t: t[0])))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
while tasks:
    print(heapq.heappop(tasks))

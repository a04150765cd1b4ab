# A binary-heap priority queue class with special methods, used for heap sort, Dijkstra's
# shortest paths and a task scheduler. Ties are broken by an insertion counter so order is stable.

class PriorityQueue:
    def __init__(self, items=()):
        self._heap = []
        self._counter = 0
        for priority, value in items:
            self.push(priority, value)

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def __repr__(self):
        return 'PriorityQueue(%d items, top=%r)' % (len(self), self.peek() if self else None)

    def __iter__(self):
        copy = PriorityQueue()
        copy._heap = list(self._heap)
        while copy:
            yield copy.pop()

    def push(self, priority, value):
        entry = (priority, self._counter, value)
        self._counter += 1
        heap = self._heap
        heap.append(entry)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if heap[parent] <= heap[i]:
                break
            heap[parent], heap[i] = heap[i], heap[parent]
            i = parent

    def peek(self):
        if not self._heap:
            raise IndexError('peek from empty queue')
        return self._heap[0][2]

    def pop(self):
        heap = self._heap
        if not heap:
            raise IndexError('pop from empty queue')
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i, n = 0, len(heap)
            while True:
                left, right, smallest = 2 * i + 1, 2 * i + 2, i
                if left < n and heap[left] < heap[smallest]:
                    smallest = left
                if right < n and heap[right] < heap[smallest]:
                    smallest = right
                if smallest == i:
                    break
                heap[i], heap[smallest] = heap[smallest], heap[i]
                i = smallest
        return top[2]

def heap_sort(values):
    pq = PriorityQueue((v, v) for v in values)
    return [pq.pop() for _ in range(len(pq))]

def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    pq = PriorityQueue([(0, source)])
    done = set()
    while pq:
        node = pq.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, weight in graph.get(node, []):
            nd = dist[node] + weight
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                pq.push(nd, nxt)
    return dist, prev

def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]

seed = 7
values = []
for _ in range(60):
    seed = (seed * 75 + 74) % 65537
    values.append(seed % 1000)
sorted_values = heap_sort(values)
print(sorted_values[:12], sorted_values[-5:], sorted_values == sorted(values))
pq = PriorityQueue([(3, 'c'), (1, 'a'), (2, 'b'), (1, 'a2'), (0, 'zero')])
print(pq, len(pq), list(pq), len(pq))
print([pq.pop() for _ in range(3)], pq.peek())
empty = PriorityQueue()
try:
    empty.pop()
except IndexError as e:
    print('IndexError:', e)
graph = {
    'A': [('B', 7), ('C', 9), ('F', 14)],
    'B': [('A', 7), ('C', 10), ('D', 15)],
    'C': [('A', 9), ('B', 10), ('D', 11), ('F', 2)],
    'D': [('B', 15), ('C', 11), ('E', 6)],
    'E': [('D', 6), ('F', 9)],
    'F': [('A', 14), ('C', 2), ('E', 9)],
}
dist, prev = dijkstra(graph, 'A')
for node in sorted(dist):
    print(node, dist[node], '->'.join(path_to(prev, node)))
grid_graph = {}
size = 12
for r in range(size):
    for c in range(size):
        edges = []
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < size and 0 <= nc < size:
                edges.append(((nr, nc), 1 + (nr * 7 + nc * 3) % 5))
        grid_graph[(r, c)] = edges
gdist, gprev = dijkstra(grid_graph, (0, 0))
print(gdist[(size - 1, size - 1)], len(path_to(gprev, (size - 1, size - 1))), max(gdist.values()))
tasks = PriorityQueue()
clock = 0
log = []
for name, prio, duration in [('backup', 3, 5), ('email', 1, 1), ('build', 2, 8), ('deploy', 2, 3), ('alert', 0, 1)]:
    tasks.push(prio, (name, duration))
while tasks:
    name, duration = tasks.pop()
    clock += duration
    log.append('%s@%d' % (name, clock))
print(' '.join(log))

# Queue, LifoQueue, PriorityQueue and SimpleQueue: order, bounds, timeouts and errors.
import queue
import threading

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    for x in (5, 1, 4, 2, 3):
        q.put(x)
    print(cls.__name__, q.qsize(), [q.get() for _ in range(5)], q.empty())

pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (3, "a"), (1, "a")]:
    pq.put_nowait(item)
print([pq.get_nowait() for _ in range(4)])

q = queue.Queue(maxsize=2)
q.put("a")
q.put("b", block=False)
print("full:", q.full(), "qsize:", q.qsize())
for attempt in (lambda: q.put_nowait("c"), lambda: q.put("c", timeout=0.01),
                lambda: q.put("c", False)):
    try:
        attempt()
    except queue.Full:
        print("Full")
print(q.get(), q.get(timeout=0.5))
for attempt in (q.get_nowait, lambda: q.get(timeout=0.01), lambda: q.get(False),
                queue.SimpleQueue().get_nowait, lambda: queue.SimpleQueue().get(timeout=0.01)):
    try:
        attempt()
    except queue.Empty:
        print("Empty")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# A blocked put goes through once a get makes room.
bounded = queue.Queue(1)
bounded.put(0)
t = threading.Thread(target=bounded.put, args=(1,))
t.start()
t.join(0.02)
print("put blocked:", t.is_alive())
print(bounded.get(), bounded.get())
t.join()
print("put done:", not t.is_alive())
print(queue.Queue().maxsize, bounded.maxsize, queue.Queue(0).full())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
queue.Queue().get(timeout=0.01)

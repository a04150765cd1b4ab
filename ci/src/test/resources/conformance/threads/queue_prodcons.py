# queue.Queue between threads: producers, consumers stopped by sentinels, task_done and join.
import queue
import threading

work = queue.Queue(maxsize=5)
results = queue.Queue()
STOP = object()


def producer(base):
    for i in range(50):
        work.put(base + i)


def consumer():
    while True:
        item = work.get()
        if item is STOP:
            work.task_done()
            return
        results.put(item * 2)
        work.task_done()


producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
work.join()
print("all tasks done, unfinished", work.unfinished_tasks, "qsize", work.qsize())
for _ in consumers:
    work.put(STOP)
for t in consumers:
    t.join()
got = []
while not results.empty():
    got.append(results.get_nowait())
print(len(got), sum(got), min(got), max(got))

# join() waits for the consumer's task_done calls.
jobs = queue.Queue()
log = []


def slow_worker():
    while True:
        item = jobs.get()
        log.append(item)
        jobs.task_done()


threading.Thread(target=slow_worker, daemon=True).start()
for i in range(20):
    jobs.put(i)
jobs.join()
print("joined after", len(log), "items:", log == list(range(20)))

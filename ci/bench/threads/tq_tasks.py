"""TransactionQueue of small tasks: FIRST tasks are queued, each does a little integer and
float arithmetic and stores its result in its own pre-made Cell (cells[i].value = ...), never
in a shared list; every FOLLOW-th task queues a follow-up task that works on its result and
stores into another cell of its own, for TOTAL tasks in all. The queue runs them with
nb_segments = THREADS. Each task writes only its own cell, so tasks commute and the checksum
over the cells is the same for any number of threads and any order.

    python3 tq_tasks.py [THREADS]
"""
import math
import sys
import threading

try:
    import transaction
    atomic = transaction.atomic
    TransactionQueue = transaction.TransactionQueue
except ImportError:  # CPython: one lock stands for atomic blocks
    atomic = threading.RLock()

    class TransactionQueue:
        """A small stand-in for weft's: run(nb_segments) starts that many threads that pop
        tasks from one shared list under a lock and run each under `atomic`."""

        def __init__(self):
            self._tasks = []
            self._cond = threading.Condition(threading.Lock())
            self._active = 0
            self._error = None

        def add(self, f, *args, **kwds):
            with self._cond:
                self._tasks.append((f, args, kwds))
                self._cond.notify()

        def _worker(self):
            cond = self._cond
            while True:
                with cond:
                    while not self._tasks and self._active > 0 and self._error is None:
                        cond.wait()
                    if not self._tasks or self._error is not None:
                        cond.notify_all()
                        return
                    f, args, kwds = self._tasks.pop()
                    self._active += 1
                try:
                    with atomic:
                        f(*args, **kwds)
                except BaseException as e:
                    with cond:
                        if self._error is None:
                            self._error = e
                with cond:
                    self._active -= 1
                    if self._active == 0 and not self._tasks:
                        cond.notify_all()

        def run(self, nb_segments=0):
            threads = [threading.Thread(target=self._worker) for _ in range(max(1, nb_segments))]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            if self._error is not None:
                error, self._error = self._error, None
                raise error

FIRST = 16000
FOLLOW = 4
TOTAL = FIRST + FIRST // FOLLOW
STEPS = 220


class Cell:
    def __init__(self):
        self.value = 0


def mix(seed, steps):
    x = seed
    acc = 0
    f = 0.0
    for k in range(steps):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc += (x >> 16) % (k + 7)
        f += math.sqrt(x >> 20) * 0.5
    return acc * 1000 + int(f)


def task(queue, cells, i):
    value = mix(i * 2654435761 & 0x7FFFFFFF, STEPS)
    cells[i].value = value
    if i % FOLLOW == 0:
        queue.add(follow_up, cells, FIRST + i // FOLLOW, value)


def follow_up(cells, j, parent):
    cells[j].value = mix(parent & 0x7FFFFFFF, STEPS) ^ j


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    cells = [Cell() for _ in range(TOTAL)]
    queue = TransactionQueue()
    for i in range(FIRST):
        queue.add(task, queue, cells, i)
    queue.run(nb_segments=nthreads)
    done = 0
    checksum = 0
    for c in cells:
        if c.value != 0:
            done += 1
        checksum = (checksum * 31 + c.value) % 1000000007
    print("tq_tasks tasks %d done %d checksum %d" % (TOTAL, done, checksum))


if __name__ == "__main__":
    main()

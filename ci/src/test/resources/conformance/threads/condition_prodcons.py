# Condition: producers and consumers around a bounded buffer, wait_for, notify(n), notify_all.
import threading

cond = threading.Condition()
buffer = []
LIMIT = 3
consumed = []


def producer(start):
    for i in range(start, start + 40):
        with cond:
            cond.wait_for(lambda: len(buffer) < LIMIT)
            buffer.append(i)
            cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: buffer)
            item = buffer.pop(0)
            cond.notify_all()
        if item is None:
            return
        consumed.append(item)


producers = [threading.Thread(target=producer, args=(k * 100,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    with cond:
        cond.wait_for(lambda: len(buffer) < LIMIT)
        buffer.append(None)
        cond.notify_all()
for t in consumers:
    t.join()
print(len(consumed), sum(consumed), sorted(consumed) == sorted(set(consumed)))

# notify(n) wakes at most n waiters.
ready = threading.Condition(threading.Lock())
state = {"waiting": 0, "woken": 0, "go": 0}


def sleeper():
    with ready:
        state["waiting"] += 1
        ready.notify_all()
        ready.wait_for(lambda: state["go"] > 0)
        state["go"] -= 1
        state["woken"] += 1
        ready.notify_all()


sleepers = [threading.Thread(target=sleeper) for _ in range(5)]
for t in sleepers:
    t.start()
with ready:
    ready.wait_for(lambda: state["waiting"] == 5)
    state["go"] = 2
    ready.notify(2)
    ready.wait_for(lambda: state["woken"] == 2)
    print("woken after notify(2):", state["woken"])
    state["go"] = 3
    ready.notify_all()
for t in sleepers:
    t.join()
print("woken at end:", state["woken"])

with cond:
    print("wait timeout:", cond.wait(0.01))
    print("wait_for timeout:", cond.wait_for(lambda: False, 0.01))
for method in (cond.wait, cond.notify, cond.notify_all):
    try:
        method()
    except RuntimeError as e:
        print("RuntimeError:", e)

# Timer: one fires after its interval, one is cancelled before; both end.
import threading

fired = []
quick = threading.Timer(0.01, fired.append, args=["quick"])
slow = threading.Timer(30, fired.append, args=["slow"])
kw = threading.Timer(0, lambda **k: fired.append(sorted(k.items())), kwargs={"a": 1, "b": 2})
print(quick.name, slow.name, kw.name)
print("is a Thread:", isinstance(quick, threading.Thread), quick.interval, slow.interval)
quick.start()
slow.start()
kw.start()
slow.cancel()
quick.join()
slow.join()
kw.join()
print(sorted(map(str, fired)))
print("finished:", quick.finished.is_set(), slow.finished.is_set())
print("alive:", quick.is_alive(), slow.is_alive())

# Cancelling before start: the timer thread ends without calling the function.
never = threading.Timer(0.01, fired.append, args=["never"])
never.cancel()
never.start()
never.join()
print(len(fired), "calls")

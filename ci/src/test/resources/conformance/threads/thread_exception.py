# An uncaught exception ends its thread only: threading.excepthook reports it, on stderr by
# default; SystemExit is silent. stderr's last line is the last report.
import sys
import threading


def boom(kind):
    raise kind("raised in a thread")


hooked = []


def my_hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None, len(args)))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = my_hook
for kind in (ValueError, KeyError):
    t = threading.Thread(target=boom, args=(kind,))
    t.start()
    t.join()
    print(t.name, "alive", t.is_alive())
print(hooked)
threading.excepthook = threading.__excepthook__


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


real = sys.stderr
sys.stderr = Capture()
t = threading.Thread(target=boom, args=(TypeError,), name="worker")
t.start()
t.join()
captured = "".join(sys.stderr.parts)
sys.stderr = real
lines = captured.splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])

quiet = threading.Thread(target=sys.exit, args=(3,))
quiet.start()
quiet.join()
print("SystemExit in a thread is silent; main goes on")

t = threading.Thread(target=boom, args=(ZeroDivisionError,))
t.start()
t.join()
print("main ends normally")

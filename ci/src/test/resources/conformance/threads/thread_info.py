# Names, daemon flags, current_thread, main_thread, enumerate and active_count.
import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(main.ident == threading.get_ident(), isinstance(threading.get_native_id(), int))
print(repr(main).replace(str(main.ident), "IDENT"))
print("active", threading.active_count(), [t.name for t in threading.enumerate()])


def job():
    pass


def report(box, release):
    me = threading.current_thread()
    box.append((me.name, me.daemon, me.ident == threading.get_ident(),
                me is not threading.main_thread()))
    release.wait()


names = [threading.Thread(target=job).name, threading.Thread(target=print).name,
         threading.Thread().name, threading.Thread(name="custom").name,
         threading.Thread(name=42).name, threading.Thread(target=job, name="").name]
print(names)

box = []
release = threading.Event()
plain = threading.Thread(target=report, args=(box, release))
daemonic = threading.Thread(target=report, args=(box, release), daemon=True)
print("daemon flags", plain.daemon, daemonic.daemon)
plain.start()
daemonic.start()
while len(box) < 2:
    plain.join(0.001)
print(sorted(box))
print("active", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
release.set()
plain.join()
daemonic.join()
print("active", threading.active_count(), [t.name for t in threading.enumerate()])

# A thread started by a daemon thread is a daemon too.
inherited = []


def parent():
    child = threading.Thread(target=job)
    inherited.append(child.daemon)


p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
print("child of daemon is daemon:", inherited)

t = threading.Thread(target=job)
t.name = "renamed"
t.daemon = True
print(t.name, t.daemon, t.ident, t.native_id)
print(threading.TIMEOUT_MAX > 0, threading.get_ident() == main.ident)

import threading
d = {}
N = 100000
def work(t):
    for i in range(N):
        d[(t, i)] = i
        x = d.get((t, i // 2))
ts = [threading.Thread(target=work, args=(t,)) for t in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d))

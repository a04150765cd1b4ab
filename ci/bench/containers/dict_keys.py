import threading, sys
d = {k: 0 for k in range(64)}
N = 200000
def work(t):
    k = t * 32  # each thread its own key
    for i in range(N):
        d[k] += 1
ts = [threading.Thread(target=work, args=(t,)) for t in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(d[0], d[32])

import threading
l = list(range(100))
N = 200000
def appender():
    for i in range(N):
        l.append(i)
def reader():
    s = 0
    for i in range(N):
        s += l[i % 50]
    print("sum", s)
ts = [threading.Thread(target=appender), threading.Thread(target=reader)]
for t in ts: t.start()
for t in ts: t.join()
print(len(l))

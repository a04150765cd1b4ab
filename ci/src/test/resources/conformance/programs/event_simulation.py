# A discrete-event simulation driven by generator coroutines: customers arrive at a shop with
# two counters, wait in FIFO queues, and are served; the scheduler resumes generators with send().

class Sim:
    def __init__(self):
        self.now = 0
        self.events = []
        self.seq = 0
        self.log = []

    def schedule(self, delay, proc, value=None):
        self.seq += 1
        self.events.append((self.now + delay, self.seq, proc, value))

    def start(self, proc):
        self.schedule(0, proc)

    def run(self, until):
        while self.events:
            self.events.sort(key=lambda e: (e[0], e[1]))
            time, _, proc, value = self.events.pop(0)
            if time > until:
                break
            self.now = time
            try:
                request = proc.send(value)
            except StopIteration:
                continue
            kind, arg = request
            if kind == 'wait':
                self.schedule(arg, proc)
            elif kind == 'acquire':
                arg.acquire(proc)

class Counter:
    def __init__(self, sim, name):
        self.sim, self.name = sim, name
        self.busy = False
        self.queue = []
        self.served = 0
        self.max_queue = 0

    def acquire(self, proc):
        if not self.busy:
            self.busy = True
            self.sim.schedule(0, proc, self)
        else:
            self.queue.append(proc)
            self.max_queue = max(self.max_queue, len(self.queue))

    def release(self):
        self.served += 1
        if self.queue:
            self.sim.schedule(0, self.queue.pop(0), self)
        else:
            self.busy = False

class Rand:
    def __init__(self, seed):
        self.s = seed
    def below(self, n):
        self.s = (self.s * 48271) % 2147483647
        return self.s % n

def customer(sim, name, counters, service):
    arrived = sim.now
    counter = min(counters, key=lambda c: (len(c.queue) + c.busy, c.name))
    got = yield ('acquire', counter)
    waited = sim.now - arrived
    sim.log.append('%4d %-4s at %s after %d' % (sim.now, name, got.name, waited))
    yield ('wait', service)
    got.release()
    sim.log.append('%4d %-4s leaves %s' % (sim.now, name, got.name))
    return waited

def arrivals(sim, counters, rng, count, waits):
    for i in range(count):
        yield ('wait', 1 + rng.below(6))
        service = 3 + rng.below(8)
        proc = customer(sim, 'c%d' % i, counters, service)
        waits.append(proc)
        sim.start(proc)

def ticker(sim, every):
    while True:
        yield ('wait', every)
        sim.log.append('%4d -- tick' % sim.now)

sim = Sim()
counters = [Counter(sim, 'A'), Counter(sim, 'B')]
rng = Rand(42)
procs = []
sim.start(arrivals(sim, counters, rng, 25, procs))
sim.start(ticker(sim, 25))
sim.run(until=400)
for line in sim.log:
    print(line)
for c in counters:
    print('counter', c.name, 'served', c.served, 'max queue', c.max_queue, 'busy', c.busy)
print('customers:', len(procs), 'finished at', sim.now, 'pending events', len(sim.events))

"""Richards in threads: Martin Richards' operating-system simulation (a scheduler switching
between an idle task, a worker, two handlers and two devices that pass packets through queues;
attributes, method calls through subclasses, linked lists). Each thread runs its own
independent instance (a Richards object, which makes a fresh System per round) over its share of
ROUNDS rounds; every bit of mutable state lives in those per-instance objects (the module holds
only constants), so the threads share nothing they write. Each round must end with the
reference counts (23246 packets queued, 9297 holds); prints the sums of the per-instance
counters, the same for any number of threads.

    python3 richards_threads.py [THREADS]
"""
import sys
import threading

ROUNDS = 32
COUNT = 10000
BUFSIZE = 4

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001

PKT_BIT, WAIT_BIT, HOLD_BIT = 1, 2, 4
S_RUN, S_RUNPKT, S_WAIT, S_WAITPKT = 0, 1, 2, 3

ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE


def append_packet(pkt, head):
    """Puts pkt at the end of the queue that starts at head; returns the new head."""
    pkt.link = None
    if head is None:
        return pkt
    last = head
    while last.link is not None:
        last = last.link
    last.link = pkt
    return head


class Task:
    def __init__(self, system, ident, priority, queue, state):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.link = system.tasks
        system.tasks = self
        system.table[ident] = self

    def runnable(self):
        return self.state in (S_RUN, S_RUNPKT, S_WAITPKT)

    def take_packet(self):
        pkt = self.queue
        self.queue = pkt.link
        self.state = S_RUN if self.queue is None else S_RUNPKT
        return pkt


class IdleTask(Task):
    def __init__(self, system, ident, priority, queue, state, count):
        Task.__init__(self, system, ident, priority, queue, state)
        self.seed = 1
        self.count = count

    def run(self, pkt):
        s = self.system
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.seed & 1 == 0:
            self.seed = (self.seed >> 1) & 0x7FFF
            return s.release(I_DEV_A)
        self.seed = ((self.seed >> 1) & 0x7FFF) ^ 0xD008
        return s.release(I_DEV_B)


class WorkTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        Task.__init__(self, system, ident, priority, queue, state)
        self.destination = I_HANDLER_A
        self.letter = 0

    def run(self, pkt):
        s = self.system
        if pkt is None:
            return s.wait()
        self.destination = I_HANDLER_A + I_HANDLER_B - self.destination
        pkt.ident = self.destination
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = ALPHABET[self.letter]
        return s.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        Task.__init__(self, system, ident, priority, queue, state)
        self.work = None
        self.devices = None

    def run(self, pkt):
        s = self.system
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work = append_packet(pkt, self.work)
            else:
                self.devices = append_packet(pkt, self.devices)
        work = self.work
        if work is not None:
            index = work.datum
            if index >= BUFSIZE:
                self.work = work.link
                return s.queue_packet(work)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.datum = work.data[index]
                work.datum = index + 1
                return s.queue_packet(dev)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, priority, queue, state):
        Task.__init__(self, system, ident, priority, queue, state)
        self.pending = None

    def run(self, pkt):
        s = self.system
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return s.wait()
            self.pending = None
            return s.queue_packet(pkt)
        self.pending = pkt
        return s.hold_self()


class System:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.queued = 0
        self.holds = 0

    def wait(self):
        self.current.state |= WAIT_BIT
        return self.current

    def hold_self(self):
        self.holds += 1
        self.current.state |= HOLD_BIT
        return self.current.link

    def release(self, ident):
        t = self.table[ident]
        t.state &= ~HOLD_BIT
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue_packet(self, pkt):
        t = self.table[pkt.ident]
        self.queued += 1
        pkt.link = None
        pkt.ident = self.current.ident
        if t.queue is None:
            t.queue = pkt
            t.state |= PKT_BIT
            if t.priority > self.current.priority:
                return t
        else:
            append_packet(pkt, t.queue)
        return self.current

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.runnable():
                pkt = None
                if t.state == S_WAITPKT:
                    pkt = t.take_packet()
                self.current = t
                t = t.run(pkt)
            else:
                t = t.link


class Richards:
    """One independent simulation instance: its counters and the rounds it ran."""

    def __init__(self):
        self.rounds = 0
        self.queued = 0
        self.holds = 0
        self.wrong = 0

    def one_round(self):
        s = System()
        IdleTask(s, I_IDLE, 0, None, S_RUN, COUNT)
        q = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
        WorkTask(s, I_WORK, 1000, q, S_WAITPKT)
        q = Packet(Packet(Packet(None, I_DEV_A, K_DEV), I_DEV_A, K_DEV), I_DEV_A, K_DEV)
        HandlerTask(s, I_HANDLER_A, 2000, q, S_WAITPKT)
        q = Packet(Packet(Packet(None, I_DEV_B, K_DEV), I_DEV_B, K_DEV), I_DEV_B, K_DEV)
        HandlerTask(s, I_HANDLER_B, 3000, q, S_WAITPKT)
        DeviceTask(s, I_DEV_A, 4000, None, S_WAIT)
        DeviceTask(s, I_DEV_B, 5000, None, S_WAIT)
        s.schedule()
        if s.queued != 23246 or s.holds != 9297:
            self.wrong += 1
        self.rounds += 1
        self.queued += s.queued
        self.holds += s.holds

    def run(self, rounds):
        for _ in range(rounds):
            self.one_round()


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    instances = [Richards() for _ in range(nthreads)]
    # thread i runs the rounds r with r % nthreads == i
    shares = [len(range(i, ROUNDS, nthreads)) for i in range(nthreads)]
    threads = [threading.Thread(target=instances[i].run, args=(shares[i],))
               for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rounds = sum(r.rounds for r in instances)
    queued = sum(r.queued for r in instances)
    holds = sum(r.holds for r in instances)
    wrong = sum(r.wrong for r in instances)
    print("richards_threads rounds", rounds, "queued", queued, "holds", holds, "wrong", wrong)


if __name__ == "__main__":
    main()

# The training run for the JVM's ahead-of-time cache (bin/weft makes it once per build): it
# exercises the common paths of the interpreter and imports the usual modules, so that their
# Java classes are loaded, linked and profiled from the cache at every later start.
import collections, functools, itertools, math, random, re, json, struct, sys, time
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float

    def norm(self):
        return math.hypot(self.x, self.y)


def gen(n):
    for i in range(n):
        yield i * i


def work():
    random.seed(1)
    pts = [Point(random.random(), random.random()) for _ in range(2000)]
    total = sum(p.norm() for p in pts)
    counts = collections.Counter(str(i % 97) for i in gen(5000))
    words = re.findall(r"\w+", "the quick brown fox jumps over the lazy dog " * 50)
    text = json.dumps({"n": len(words), "top": counts.most_common(3)})
    big = functools.reduce(lambda a, b: a * b + 1, range(1, 300))
    packed = struct.pack("<qd", 7, 2.5)
    try:
        {}["missing"]
    except KeyError as e:
        err = repr(e)
    perms = sum(1 for _ in itertools.permutations(range(6)))
    s = "%s %d %.3f %r" % ("x", 3, total, err) + f"{big % 1000:>5}" + text + repr(packed)
    return len(s) + perms


for _ in range(20):
    work()
print("trained", time.perf_counter() > 0, file=sys.stderr)

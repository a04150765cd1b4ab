"""Chaos: a chaos game. A point jumps, step after step, to a randomly chosen image under a few
contracting maps: affine maps and a pull toward a cubic Bezier curve (evaluated by de
Casteljau's construction on a small vector class). A linear congruential generator written
here picks the maps, so every run is identical. The visited points are binned on a grid; prints
the number of cells hit, the densest cells and a checksum of the rounded coordinates."""

STEPS = 750000
GRID = 96


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def lerp(self, o, t):
        return self + (o - self) * t


class Bezier:
    def __init__(self, points):
        self.points = points

    def at(self, t):
        pts = self.points
        while len(pts) > 1:
            pts = [pts[i].lerp(pts[i + 1], t) for i in range(len(pts) - 1)]
        return pts[0]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n

    def unit(self):
        return (self.next() >> 4) / 134217728.0


class AffineMap:
    def __init__(self, a, b, c, d, e, f):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f

    def apply(self, p, rng):
        return Vec(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class CurveMap:
    def __init__(self, curve, pull):
        self.curve = curve
        self.pull = pull

    def apply(self, p, rng):
        target = self.curve.at(rng.unit())
        return p.lerp(target, self.pull)


def main():
    curve = Bezier([Vec(0.05, 0.1), Vec(0.3, 0.95), Vec(0.7, -0.2), Vec(0.95, 0.9)])
    maps = [
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.0, 0.0),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.5, 0.0),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.25, 0.5),
        AffineMap(0.4, -0.3, 0.3, 0.4, 0.35, 0.2),
        CurveMap(curve, 0.6),
    ]
    rng = Lcg(20260127)
    p = Vec(0.5, 0.5)
    counts = {}
    checksum = 0
    for step in range(STEPS):
        p = maps[rng.below(len(maps))].apply(p, rng)
        if step < 20:
            continue
        cx = int(p.x * GRID)
        cy = int(p.y * GRID)
        key = cy * 1000 + cx
        counts[key] = counts.get(key, 0) + 1
        checksum = (checksum + round(p.x * 10000) * 7 + round(p.y * 10000) * 13) % 1000000007
    dense = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("cells", len(counts))
    for key, n in dense:
        print("cell", key % 1000, key // 1000, n)
    print("checksum", checksum)


main()

"""Float: the classic float benchmark. Builds many Point objects from sin and cos, normalizes
each (attribute reads and writes, float division, sqrt) and folds them into a point holding
the per-coordinate maxima. Uses the math module. Prints the maxima as the checksum."""

import math

POINTS = 100000
ROUNDS = 24


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def benchmark(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def main():
    for r in range(ROUNDS):
        p = benchmark(POINTS)
        print("round %d: %.12f %.12f %.12f" % (r, p.x, p.y, p.z))


main()

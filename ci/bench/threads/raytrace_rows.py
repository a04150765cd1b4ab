"""Raytrace by rows: a small ray tracer (vectors, rays, spheres and lights as classes, with
operator methods; Lambert and Phong shading, shadows, mirror reflections), so every pixel
allocates dozens of short-lived objects. Row y goes to thread y % N; each thread keeps its
quantized pixels in its own list, and the main thread prints a checksum over all rows in order,
which does not depend on the number of threads. The scene is built once and only read.

    python3 raytrace_rows.py [THREADS]
"""
import sys
import threading

WIDTH = 250
HEIGHT = 180
MAX_DEPTH = 3


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect_about(self, normal):
        return self - normal.scale(2.0 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Colour:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Colour(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, k):
        return Colour(self.r * k, self.g * k, self.b * k)

    def times(self, o):
        return Colour(self.r * o.r, self.g * o.g, self.b * o.b)


class Material:
    def __init__(self, colour, diffuse, specular, shininess, reflect):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        """The nearest distance along ray where it enters the sphere, or None."""
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Colour(0.1, 0.1, 0.1)
        self.background = Colour(0.05, 0.05, 0.15)

    def nearest_hit(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest_hit(ray)
        if obj is None:
            return self.background
        point = ray.at(t)
        normal = obj.normal_at(point)
        m = obj.material
        result = self.ambient.times(m.colour)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                result = result + m.colour.times(light.colour).scale(lambert * m.diffuse)
                half = (to_light - ray.direction).normalized()
                spec = normal.dot(half)
                if spec > 0.0:
                    result = result + light.colour.scale(m.specular * spec ** m.shininess)
        if m.reflect > 0.0 and depth < MAX_DEPTH:
            bounced = Ray(point, ray.direction.reflect_about(normal))
            result = result + self.trace(bounced, depth + 1).scale(m.reflect)
        return result


def build_scene():
    s = Scene()
    s.objects.append(Sphere(Vector(0.0, -1000.0, 0.0), 999.0,
                            Material(Colour(0.6, 0.6, 0.6), 0.8, 0.1, 8, 0.2)))
    s.objects.append(Sphere(Vector(0.0, 0.0, 5.0), 1.0,
                            Material(Colour(0.9, 0.2, 0.2), 0.7, 0.5, 32, 0.3)))
    s.objects.append(Sphere(Vector(-2.2, -0.3, 6.0), 0.7,
                            Material(Colour(0.2, 0.9, 0.3), 0.8, 0.3, 16, 0.1)))
    s.objects.append(Sphere(Vector(2.0, 0.2, 6.5), 1.2,
                            Material(Colour(0.3, 0.3, 0.9), 0.6, 0.8, 64, 0.5)))
    s.objects.append(Sphere(Vector(0.7, -0.7, 3.6), 0.3,
                            Material(Colour(0.9, 0.9, 0.2), 0.9, 0.2, 8, 0.0)))
    s.lights.append(Light(Vector(-5.0, 6.0, -2.0), Colour(0.9, 0.9, 0.8)))
    s.lights.append(Light(Vector(6.0, 4.0, 1.0), Colour(0.3, 0.3, 0.4)))
    return s


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0)


def render_row(scene, camera, y):
    eye, forward, right, up = camera
    aspect = WIDTH / HEIGHT
    v = (1.0 - 2.0 * (y + 0.5) / HEIGHT) * 0.5
    row = []
    for x in range(WIDTH):
        u = (2.0 * (x + 0.5) / WIDTH - 1.0) * aspect * 0.5
        d = forward + right.scale(u) + up.scale(v)
        c = scene.trace(Ray(eye, d), 0)
        row.append((to_byte(c.r), to_byte(c.g), to_byte(c.b)))
    return row


def worker(index, nthreads, scene, camera, results):
    mine = []  # (y, row) pairs: this thread's own list
    for y in range(index, HEIGHT, nthreads):
        mine.append((y, render_row(scene, camera, y)))
    results[index] = mine


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    scene = build_scene()
    eye = Vector(0.0, 0.5, -1.0)
    forward = (Vector(0.0, 0.0, 5.0) - eye).normalized()
    right = Vector(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    camera = (eye, forward, right, up)
    results = [None] * nthreads
    threads = [threading.Thread(target=worker, args=(i, nthreads, scene, camera, results))
               for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rows = [None] * HEIGHT
    for mine in results:
        for y, row in mine:
            rows[y] = row
    checksum = 0
    bright = 0
    for row in rows:
        for r, g, b in row:
            checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 2147483647
            bright += (r + g + b) // 3
    print("raytrace_rows %dx%d checksum %d brightness %d" % (WIDTH, HEIGHT, checksum, bright))


if __name__ == "__main__":
    main()

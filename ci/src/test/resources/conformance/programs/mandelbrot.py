# ASCII Mandelbrot and Julia sets with float arithmetic in tight loops; the escape counts are
# summed so that a single wrong float operation changes the output. Float-heavy on purpose.

def mandel(cx, cy, limit):
    x = y = 0.0
    for i in range(limit):
        x2, y2 = x * x, y * y
        if x2 + y2 > 4.0:
            return i
        y = 2.0 * x * y + cy
        x = x2 - y2 + cx
    return limit

def julia(zx, zy, cx, cy, limit):
    for i in range(limit):
        if zx * zx + zy * zy > 4.0:
            return i
        zx, zy = zx * zx - zy * zy + cx, 2.0 * zx * zy + cy
    return limit

CHARS = ' .:-=+*#%@'
width, height, limit = 64, 24, 60
total = 0
for row in range(height):
    cy = -1.2 + 2.4 * row / (height - 1)
    line = []
    for col in range(width):
        cx = -2.1 + 2.8 * col / (width - 1)
        n = mandel(cx, cy, limit)
        total += n
        line.append(CHARS[min(n * len(CHARS) // limit, len(CHARS) - 1)])
    print(''.join(line).rstrip())
print('mandelbrot total iterations:', total)
jtotal = 0
for row in range(12):
    zy = -1.0 + 2.0 * row / 11
    line = ''
    for col in range(48):
        zx = -1.6 + 3.2 * col / 47
        n = julia(zx, zy, -0.8, 0.156, 40)
        jtotal += n
        line += CHARS[n * (len(CHARS) - 1) // 40]
    print(line.rstrip())
print('julia total iterations:', jtotal)
x, y = 0.1, 0.2
for _ in range(1000):
    x, y = y, (x * 3.7 + y * 0.3) % 1.0
print('chaotic sequence:', x, y, repr(x * y))

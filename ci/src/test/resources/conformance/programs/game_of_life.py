# Conway's Game of Life on a set of live (row, col) cells; neighbour counts in a dict.
# Only sorted views of the sets are printed. A loop-heavy program for the first measurements.

def parse(picture):
    cells = set()
    for r, line in enumerate(picture.strip('\n').split('\n')):
        for c, ch in enumerate(line):
            if ch == '#':
                cells.add((r, c))
    return cells

def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, rows, cols):
    return '\n'.join(''.join('#' if (r, c) in live else '.' for c in range(cols)) for r in range(rows))

def bounds(live):
    rs = [r for r, _ in live]
    cs = [c for _, c in live]
    return min(rs), min(cs), max(rs), max(cs)

GLIDER = '''
.#.
..#
###
'''
board = parse(GLIDER)
for gen in range(5):
    print('generation', gen, sorted(board))
    print(render(board, 6, 6))
    board = step(board)
blinker = parse('###')
print(sorted(step(blinker)), step(step(blinker)) == blinker)
R_PENTOMINO = '''
.##
##.
.#.
'''
live = parse(R_PENTOMINO)
history = []
for gen in range(200):
    history.append(len(live))
    live = step(live)
print('r-pentomino population every 20 generations:', history[::20])
print('after 200:', len(live), 'bounds', bounds(live))
gun = parse('''
........................#...........
......................#.#...........
............##......##............##
...........#...#....##............##
##........#.....#...##..............
##........#...#.##....#.#...........
..........#.....#.......#...........
...........#...#....................
............##......................
''')
sizes = []
for gen in range(60):
    gun = step(gun)
    sizes.append(len(gun))
print('gosper gun sizes:', sizes[::6], 'final', len(gun))
print(render({(r, c) for r, c in gun if 0 <= r < 12 and 0 <= c < 40}, 12, 40))

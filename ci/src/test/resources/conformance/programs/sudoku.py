# A sudoku solver: constraint sets per row/column/box with backtracking and the most-constrained
# cell first. Candidate sets hold small ints only, so their iteration order is deterministic.

PUZZLES = [
    '53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79',
    '..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..',
]

def parse(text):
    return [[0 if ch == '.' else int(ch) for ch in text[r * 9:(r + 1) * 9]] for r in range(9)]

def show(grid):
    lines = []
    for r in range(9):
        row = ''
        for c in range(9):
            row += (str(grid[r][c]) if grid[r][c] else '.') + (' | ' if c in (2, 5) else ' ')
        lines.append(row.rstrip())
        if r in (2, 5):
            lines.append('------+-------+------')
    return '\n'.join(lines)

class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.rows = [set() for _ in range(9)]
        self.cols = [set() for _ in range(9)]
        self.boxes = [set() for _ in range(9)]
        self.guesses = 0
        for r in range(9):
            for c in range(9):
                v = self.grid[r][c]
                if v:
                    self.place(r, c, v)

    def place(self, r, c, v):
        self.grid[r][c] = v
        self.rows[r].add(v)
        self.cols[c].add(v)
        self.boxes[(r // 3) * 3 + c // 3].add(v)

    def remove(self, r, c, v):
        self.grid[r][c] = 0
        self.rows[r].discard(v)
        self.cols[c].discard(v)
        self.boxes[(r // 3) * 3 + c // 3].discard(v)

    def candidates(self, r, c):
        used = self.rows[r] | self.cols[c] | self.boxes[(r // 3) * 3 + c // 3]
        return [v for v in range(1, 10) if v not in used]

    def best_cell(self):
        best = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cands = self.candidates(r, c)
                    if best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
                        if len(cands) <= 1:
                            return best
        return best

    def solve(self):
        cell = self.best_cell()
        if cell is None:
            return True
        r, c, cands = cell
        for v in cands:
            self.guesses += 1
            self.place(r, c, v)
            if self.solve():
                return True
            self.remove(r, c, v)
        return False

def valid(grid):
    target = set(range(1, 10))
    for i in range(9):
        if set(grid[i]) != target:
            return False
        if {grid[r][i] for r in range(9)} != target:
            return False
        br, bc = (i // 3) * 3, (i % 3) * 3
        if {grid[br + dr][bc + dc] for dr in range(3) for dc in range(3)} != target:
            return False
    return True

for number, text in enumerate(PUZZLES, 1):
    grid = parse(text)
    print('puzzle %d: %d givens' % (number, sum(1 for row in grid for v in row if v)))
    print(show(grid))
    solver = Solver(grid)
    ok = solver.solve()
    print('solved:', ok, 'valid:', valid(solver.grid), 'guesses:', solver.guesses)
    print(show(solver.grid))
    print(''.join(str(v) for row in solver.grid for v in row))
    print()
bad = parse(PUZZLES[0])
bad[0][2] = 5
s = Solver(bad)
print('conflicting row sets:', sorted(s.rows[0]), 'candidates at (0,3):', s.candidates(0, 3))
print('first row candidates:', [(c, s.candidates(0, c)) for c in range(9) if bad[0][c] == 0])

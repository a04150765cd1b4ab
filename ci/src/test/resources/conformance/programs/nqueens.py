# N-queens by backtracking with bit masks, plus a printed board for the first solution.
# A loop- and recursion-heavy program for the first measurements.

def count_solutions(n):
    full = (1 << n) - 1
    def place(cols, diag1, diag2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | diag1 | diag2)
        while free:
            bit = free & -free
            free -= bit
            total += place(cols | bit, ((diag1 | bit) << 1) & full, (diag2 | bit) >> 1)
        return total
    return place(0, 0, 0)

def first_solution(n):
    queens = []
    def ok(row, col):
        for r, c in enumerate(queens):
            if c == col or abs(c - col) == row - r:
                return False
        return True
    def place(row):
        if row == n:
            return True
        for col in range(n):
            if ok(row, col):
                queens.append(col)
                if place(row + 1):
                    return True
                queens.pop()
        return False
    place(0)
    return queens

for n in range(1, 10):
    print(n, count_solutions(n))
for n in (4, 8):
    sol = first_solution(n)
    print(n, sol)
    for col in sol:
        print(' '.join('Q' if c == col else '.' for c in range(n)))
def all_solutions(n):
    out = []
    def place(row, cols):
        if row == n:
            out.append(tuple(cols))
            return
        for col in range(n):
            if all(c != col and abs(c - col) != row - r for r, c in enumerate(cols)):
                cols.append(col)
                place(row + 1, cols)
                cols.pop()
    place(0, [])
    return out
six = all_solutions(6)
print(len(six), six)
print(sorted(all_solutions(5))[:4])

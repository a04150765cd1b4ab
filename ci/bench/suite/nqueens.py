"""N-queens: counts the placements of N non-attacking queens by three searches: backtracking
over sets of attacked diagonals, a recursive generator that yields each solution, and a bit-mask
search. Prints the counts per board size and a checksum of the first solutions found."""

SIZES = (6, 7, 8, 9, 10)
ROUNDS = 9


def count_with_sets(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            total += place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
        return total

    return place(0)


def solutions(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for c in range(n):
        ok = True
        for r, pc in enumerate(placed):
            if pc == c or row - r == abs(c - pc):
                ok = False
                break
        if ok:
            yield from solutions(n, placed + (c,))


def count_with_bits(n):
    full = (1 << n) - 1

    def go(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free -= bit
            total += go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return go(0, 0, 0)


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = checksum_round(checksum, r == 0)
    print("checksum", checksum)


def checksum_round(checksum, show):
    for n in SIZES:
        a = count_with_sets(n)
        sols = list(solutions(n))
        c = count_with_bits(n)
        first = sols[0]
        checksum = checksum * 31 + sum((i + 1) * q for i, q in enumerate(first))
        if show:
            print("n=%d sets=%d generator=%d bits=%d first=%s" % (n, a, len(sols), c, list(first)))
    return checksum % 1000000007


main()

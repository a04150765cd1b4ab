"""Counts the solutions of the n-queens problem for n = 4..9, the first example of weft run."""


def solve(n):
    count = 0
    cols = [0] * n

    def place(row, used_cols, diag1, diag2):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in used_cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols[row] = c
            place(row + 1, used_cols | {c}, diag1 | {row + c}, diag2 | {row - c})

    place(0, frozenset(), frozenset(), frozenset())
    return count


if __name__ == "__main__":
    for n in range(4, 10):
        print(f"{n} queens: {solve(n):>3} solutions")

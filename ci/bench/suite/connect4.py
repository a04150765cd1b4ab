"""Connect four: a game-tree search (the suite's stand-in for go and hexiom). Negamax with
alpha-beta pruning, move ordering from the centre out and a heuristic that scores every
four-cell window, searched to a fixed depth from a few opening positions; then two such
players play a whole game against each other. Lists, tuples, recursion and integer
arithmetic. Prints the best move, score and node count of each search and the game record."""

ROWS = 6
COLS = 7
DEPTH = 7
EMPTY = 0
ORDER = (3, 2, 4, 1, 5, 0, 6)
WIN = 1000000


def make_windows():
    """Every line of four cells on the board, as tuples of cell indexes (row * COLS + col)."""
    windows = []
    for r in range(ROWS):
        for c in range(COLS):
            for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
                cells = []
                for k in range(4):
                    rr, cc = r + dr * k, c + dc * k
                    if 0 <= rr < ROWS and 0 <= cc < COLS:
                        cells.append(rr * COLS + cc)
                if len(cells) == 4:
                    windows.append(tuple(cells))
    return windows


WINDOWS = make_windows()
WINDOW_SCORE = {0: 0, 1: 1, 2: 4, 3: 32}


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (ROWS * COLS)
        self.heights = [0] * COLS
        self.moves = []

    def can_play(self, col):
        return self.heights[col] < ROWS

    def play(self, col, player):
        idx = self.heights[col] * COLS + col
        self.cells[idx] = player
        self.heights[col] += 1
        self.moves.append(col)

    def undo(self):
        col = self.moves.pop()
        self.heights[col] -= 1
        self.cells[self.heights[col] * COLS + col] = EMPTY

    def winner(self):
        cells = self.cells
        for a, b, c, d in WINDOWS:
            p = cells[a]
            if p != EMPTY and p == cells[b] and p == cells[c] and p == cells[d]:
                return p
        return EMPTY

    def evaluate(self, player):
        """Heuristic value for player: windows only one side occupies, weighted by fill."""
        cells = self.cells
        score = 0
        for w in WINDOWS:
            mine = theirs = 0
            for i in w:
                v = cells[i]
                if v == player:
                    mine += 1
                elif v != EMPTY:
                    theirs += 1
            if theirs == 0:
                score += WINDOW_SCORE[mine]
            elif mine == 0:
                score -= WINDOW_SCORE[theirs]
        return score


class Searcher:
    def __init__(self):
        self.nodes = 0

    def negamax(self, board, player, depth, alpha, beta):
        self.nodes += 1
        w = board.winner()
        if w != EMPTY:
            return (WIN + depth) if w == player else -(WIN + depth)
        if depth == 0 or len(board.moves) == ROWS * COLS:
            return board.evaluate(player)
        best = -WIN * 2
        for col in ORDER:
            if not board.can_play(col):
                continue
            board.play(col, player)
            value = -self.negamax(board, 3 - player, depth - 1, -beta, -alpha)
            board.undo()
            if value > best:
                best = value
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        return best

    def best_move(self, board, player, depth):
        best_col, best_val = -1, -WIN * 3
        alpha, beta = -WIN * 3, WIN * 3
        for col in ORDER:
            if not board.can_play(col):
                continue
            board.play(col, player)
            value = -self.negamax(board, 3 - player, depth - 1, -beta, -alpha)
            board.undo()
            if value > best_val:
                best_col, best_val = col, value
            if value > alpha:
                alpha = value
        return best_col, best_val


def main():
    openings = [(), (3,), (3, 3), (2, 4, 3), (0, 6, 1, 5)]
    total_nodes = 0
    for moves in openings:
        board = Board()
        player = 1
        for m in moves:
            board.play(m, player)
            player = 3 - player
        s = Searcher()
        col, val = s.best_move(board, player, DEPTH)
        total_nodes += s.nodes
        print("opening %s: move %d score %d nodes %d" % (list(moves), col, val, s.nodes))
    board = Board()
    player = 1
    record = []
    while len(board.moves) < ROWS * COLS and board.winner() == EMPTY:
        s = Searcher()
        col, val = s.best_move(board, player, 5 if player == 1 else 4)
        total_nodes += s.nodes
        board.play(col, player)
        record.append(str(col))
        player = 3 - player
    print("game", "".join(record), "winner", board.winner())
    print("total nodes", total_nodes)


main()

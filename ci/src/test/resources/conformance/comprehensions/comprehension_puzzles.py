# Comprehensions in real uses: transpose, matrix product, word index, run-length, and flattening.
def transpose(m):
    return [list(col) for col in zip(*m)]
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
print(transpose(A))
print(matmul(A, B))
print(matmul(B, A))
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(identity)
text = 'the cat sat on the mat the end'
index = {w: [i for i, x in enumerate(text.split()) if x == w] for w in text.split()}
print(index)
data = 'aaabccddddde'
rle = [(ch, len(run)) for ch, run in
       [(data[i], data[i:j]) for i, j in
        [(i, next((k for k in range(i, len(data)) if data[k] != data[i]), len(data)))
         for i in range(len(data)) if i == 0 or data[i] != data[i - 1]]]]
print(rle)
deep = [[1, [2, 3]], [4, [5, [6]]]]
def flat(x):
    return [y for e in x for y in (flat(e) if isinstance(e, list) else [e])]
print(flat(deep))
print([sum(row) for row in A], sum(sum(row) for row in A), [max(col) for col in zip(*A)])
chess = [''.join('#' if (r + c) % 2 else '.' for c in range(8)) for r in range(4)]
print('\n'.join(chess))

# Assignment expressions (:=) in conditions, comprehensions and calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list', n)
i = 0
while (item := data[i]) != 9:
    print('item', item)
    i += 1
print('stopped at', item, i)
squares = [y for x in data if (y := x * x) > 10]
print(squares, y)
def f(v):
    return v * 2 + 1
vals = [(v, w) for v in range(5) if (w := f(v)) % 3 == 0]
print(vals)
print((total := sum(data)), total)
chunks = []
text = 'abcdefghij'
pos = 0
while (chunk := text[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print(chunks)
print([last := c for c in 'xyz'], last)

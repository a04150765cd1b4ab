# Iterating strings, building them in loops, and the str constructor on many types.
text = 'Mississippi'
freq = {}
for ch in text:
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
runs = []
prev = None
for ch in text:
    if ch == prev:
        runs[-1][1] += 1
    else:
        runs.append([ch, 1])
    prev = ch
print(runs, ''.join(c + (str(n) if n > 1 else '') for c, n in runs))
acc = ''
for i in range(10):
    acc += str(i)
print(acc, len(acc), acc[::-2])
print(list(enumerate('abc', 1)), list(zip('abc', 'xyz')), list(reversed('abc')))
print(str(1), str(-2.5), str(True), str(None), str([1, 'a']), str((1,)), str({'a': 1}), str(range(3)))
print(str(b'x') if False else 'no bytes', str(str), str(object)[:7], str(int))
print(''.join(map(str, [1, 2, 3])), '-'.join(map(str, range(3))))

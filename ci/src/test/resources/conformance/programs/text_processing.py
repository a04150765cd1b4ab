# Text processing: word frequencies, line wrapping and full justification, a concordance,
# sentence statistics, and a Vigenere cipher. Output is sorted wherever a dict could reorder it.

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair, we had everything before us, we had
nothing before us, we were all going direct to Heaven, we were all going direct
the other way -- in short, the period was so far like the present period, that some
of its noisiest authorities insisted on its being received, for good or for evil,
in the superlative degree of comparison only."""

def words(text):
    out = []
    current = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current.append(ch)
        elif current:
            out.append(''.join(current))
            current = []
    if current:
        out.append(''.join(current))
    return out

def frequencies(ws):
    freq = {}
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
    return freq

def wrap(text, width):
    lines, line = [], []
    length = 0
    for w in text.split():
        if line and length + 1 + len(w) > width:
            lines.append(line)
            line, length = [], 0
        length += len(w) + (1 if line else 0)
        line.append(w)
    if line:
        lines.append(line)
    return lines

def justify(line_words, width):
    if len(line_words) == 1:
        return line_words[0].ljust(width)
    gaps = len(line_words) - 1
    spaces = width - sum(len(w) for w in line_words)
    base, extra = divmod(spaces, gaps)
    out = ''
    for i, w in enumerate(line_words[:-1]):
        out += w + ' ' * (base + (1 if i < extra else 0))
    return out + line_words[-1]

def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)]) - ord('a')
            if decrypt:
                shift = -shift
            base = ord('a') if ch.islower() else ord('A')
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return ''.join(out)

ws = words(TEXT)
freq = frequencies(ws)
print('words:', len(ws), 'distinct:', len(freq))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
for word, count in top:
    print('%-8s %3d %s' % (word, count, '#' * count))
print('longest:', sorted(freq, key=lambda w: (-len(w), w))[:5])
print('hapax legomena:', len([w for w in freq if freq[w] == 1]))
by_letter = {}
for w in sorted(freq):
    by_letter.setdefault(w[0], []).append(w)
for letter in sorted(by_letter)[:6]:
    print(letter, ', '.join(by_letter[letter]))
print()
for width in (30, 45):
    lines = wrap(TEXT, width)
    print('-- width %d, %d lines --' % (width, len(lines)))
    for i, lw in enumerate(lines):
        print('|' + (justify(lw, width) if i < len(lines) - 1 else ' '.join(lw).ljust(width)) + '|')
concordance = {}
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for w in words(line):
        if w in ('age', 'epoch', 'season', 'period'):
            concordance.setdefault(w, []).append(lineno)
print(sorted(concordance.items()))
sentences = [s.strip() for s in TEXT.replace('\n', ' ').split(',') if s.strip()]
lengths = [len(s.split()) for s in sentences]
print(len(sentences), 'clauses; mean length %.3f, longest %d' % (sum(lengths) / len(lengths), max(lengths)))
secret = vigenere('Attack at dawn, said the General.', 'lemon')
print(secret, '->', vigenere(secret, 'lemon', decrypt=True))
letters = frequencies(ch for ch in TEXT.lower() if ch.isalpha())
print(''.join(sorted(letters, key=lambda c: (-letters[c], c))))
acronym = ''.join(w[0].upper() for w in 'portable operating system interface'.split())
print(acronym, TEXT.count('it was'), TEXT.lower().count('it was'), TEXT.find('Heaven'))

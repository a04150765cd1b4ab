# A tour of str methods used together, the way text-handling code does.
s = 'Python is fun; Python is powerful. python!'
print(s.lower().count('python'), s.upper(), s.swapcase())
print(s.split(';'), [p.strip() for p in s.split(';')])
print(s.replace('Python', 'Weft', 1).title())
print(s.find('is'), s.rfind('is'), s.index('fun'), s.count('is'))
print(s.startswith('Python'), s.endswith('!'), s[::-1][:10])
sentence = 'a man a plan a canal panama'
cleaned = ''.join(ch for ch in sentence if ch.isalnum())
print(cleaned, cleaned == cleaned[::-1])
print(' '.join(w.capitalize() for w in sentence.split()))
print('%d words, %d unique' % (len(sentence.split()), len(set(sentence.split()))))
vowels = 'aeiou'
print(sum(1 for ch in sentence if ch in vowels), ''.join(ch for ch in sentence if ch not in vowels))
print(''.join(ch.upper() if i % 2 else ch for i, ch in enumerate('alternating')))
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha() and ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif ch.isalpha():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
print('x'.join(['1', '2']).zfill(6), '5'.rjust(3, '0'), 'abc'.center(9, '.').upper())
print('CamelCaseString'.lower(), ''.join('_' + c.lower() if c.isupper() else c for c in 'camelCaseString'))
print('snake_case_words'.replace('_', ' ').title().replace(' ', ''))

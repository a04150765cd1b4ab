# upper, lower, title, capitalize, swapcase, and the is* predicates.
words = ['hello', 'WORLD', 'mIxEd CaSe', "it's a dog's life", 'hello-world 2nd', '', '123abc', 'ÉCOLE été']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
samples = ['abc', 'ABC', 'abc123', '123', '', ' ', ' \t\n', 'a b', '١٢٣', '½', 'Ab', 'hello!', 'ñandú', '12.5', 'Title Case']
for t in samples:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower(),
          t.isdecimal(), t.isnumeric(), t.istitle(), t.isidentifier())
print('ß'.upper(), 'ǅ'.lower(), 'straße'.casefold() if False else '-', 'İ'.lower() == 'i̇')

# re: a table of patterns against a table of texts, printing search's span, groups and
# lastindex, findall, split, sub (with \g<0>) and subn for each pair.
import re

pats = [r'a*', r'a*?', r'(a|ab)(c|bcd)(d*)', r'(a+)+b', r'^(\w+)\s*=\s*(.*?)\s*$', r'(?m)^\s*#.*$', r'\b\w', r'\B\w',
        r'(?i)[a-z]+', r'[^a-z\s]+', r'(\d+)(?:\.(\d+))?', r'(?P<q>[\'"]).*?(?P=q)', r'x?', r'(?=(\w\w))', r'(?<=\s)\w+',
        r'(a)|(b)|(c)', r'((a)|b)*', r'(?:a|b)*?c', r'.+', r'(?s).+', r'\s+|\d+', r'[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?',
        r'(?x) ( \d+ ) \s* ( [a-z]+ )', r'$', r'^', r'(?m)$', r'\Z', r'\A\w', r'(a*)b\1', r'(?i)(A)\1', r'[\w.-]+@[\w-]+\.\w+',
        r'(?:(?:a)|b)+', r'a{2}|b{1,}', r'(?>a|ab)c', r'a*+b', r'[\u00e0-\u00ff]+', r'(?a)\w+', r'\W+', r'(.)(?!\1)', r'\d{2,}?']
subjects = ['', 'a', 'aab abc abcd', 'key = value  \n  # comment\nx=1', 'Hello World 42', "say 'hi' and \"bye\"",
            'x.y 3.14 -2e5 +.5', 'aaab', 'ab ba', '\u00e9\u00e0\u00fc caf\u00e9', 'foo@bar.com, a.b-c@d-e.org', 'aa\nbb\n',
            'abcabc', 'AaBb']
for p in pats:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        out = [m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.split(s), c.sub('<\\g<0>>', s), c.subn('#', s, 2)]
        print(repr(p), repr(s), out)

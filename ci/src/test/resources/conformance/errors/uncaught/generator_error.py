# An exception raised inside a generator propagates to the consuming loop.
def parse_all(lines):
    for line in lines:
        yield int(line)
for n in parse_all(['1', '2', 'x3']):
    print('parsed', n)

# Generators as data pipelines over text: read, parse, filter, group, summarize.
LOG = '''2024-01-01 INFO start service
2024-01-01 WARN disk 85%
2024-01-02 ERROR failed to connect db
2024-01-02 INFO retry ok
2024-01-03 ERROR timeout on api
2024-01-03 INFO stop service
2024-01-03 WARN memory 90%'''
def read_lines(text):
    for line in text.split('\n'):
        yield line
def parse(lines):
    for line in lines:
        date, level, message = line.split(' ', 2)
        yield {'date': date, 'level': level, 'message': message}
def only(level, records):
    return (r for r in records if r['level'] == level)
for r in only('ERROR', parse(read_lines(LOG))):
    print(r['date'], r['message'])
def group_by(key, records):
    groups = {}
    for r in records:
        groups.setdefault(r[key], []).append(r)
    return groups
grouped = group_by('level', parse(read_lines(LOG)))
for level in grouped:
    print(level, len(grouped[level]), [r['date'][-2:] for r in grouped[level]])
def window(iterable, size):
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total([5, -2, 10, 3])))
def batched(items, n):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched('abcdefg', 3)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave('abc', [1, 2], range(100, 104))))

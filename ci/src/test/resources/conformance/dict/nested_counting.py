# Dicts as records and indexes: grouping, counting, nested dicts, and default handling.
orders = [
    ('alice', 'book', 12.5), ('bob', 'pen', 1.25), ('alice', 'pen', 1.25),
    ('carol', 'book', 12.5), ('bob', 'lamp', 30.0), ('alice', 'lamp', 30.0), ('dave', 'pen', 1.25),
]
by_customer = {}
for customer, item, price in orders:
    by_customer.setdefault(customer, []).append(item)
print(by_customer)
totals = {}
for customer, _, price in orders:
    totals[customer] = totals.get(customer, 0) + price
print(totals)
for customer in sorted(totals, key=totals.get, reverse=True):
    print('%-6s %6.2f %s' % (customer, totals[customer], ','.join(by_customer[customer])))
item_count = {}
for _, item, _ in orders:
    if item not in item_count:
        item_count[item] = 0
    item_count[item] += 1
print(item_count, max(item_count, key=item_count.get))
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(c) for c in t.values()), default=0)
print(depth(tree))
config = {'db': {'host': 'localhost', 'port': 5432}, 'debug': False}
print(config['db']['port'], config.get('cache', {}).get('size', 'n/a'))
merged = {**config, 'debug': True, 'extra': [1, 2]}
print(merged)
print({**{'a': 1}, **{'b': 2}, 'c': 3})

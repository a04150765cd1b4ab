# zfill, ljust, rjust, center (with fill characters): a text table.
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3), '3.14'.zfill(8))
print('[' + 'ab'.ljust(6) + ']', '[' + 'ab'.rjust(6) + ']', '[' + 'ab'.center(6) + ']', '[' + 'ab'.center(7) + ']')
print('[' + 'abc'.center(8, '*') + ']', '[' + 'x'.ljust(4, '.') + ']', '[' + 'x'.rjust(4, '0') + ']')
print('[' + 'toolong'.center(3) + ']', '[' + 'odd'.center(6, '-') + ']', '[' + 'e'.center(4, '=') + ']')
rows = [('apple', 3, 1.25), ('banana', 12, 0.5), ('cherry', 100, 12.0), ('kiwi', 7, 3.333)]
print('Item'.ljust(10) + 'Qty'.rjust(5) + 'Price'.rjust(8))
print('-' * 23)
for name, qty, price in rows:
    print(name.ljust(10) + str(qty).rjust(5) + ('%.2f' % price).rjust(8))
print('=' * 23)
total = sum(q * p for _, q, p in rows)
print('TOTAL'.ljust(15) + ('%.2f' % total).rjust(8))
print('|'.join(w.center(9) for w in ['a', 'bb', 'ccc']))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError:', e)

# printf-style formatting with %: s r d i f e g x o c %, widths, flags, tuples and dicts.
print('%s is %d years' % ('Ada', 36))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %#x %o %#o %c %c' % (255, 255, 255, 8, 8, 65, 'z'))
print('%.2f %8.3f %-8.2f| %e %.2E %g %g' % (3.14159, 2.5, 1.0, 12345.678, 0.000123, 1e-5, 123456789.0))
print('%s %r %a' % ('é', 'é', 'é'), '%s' % [1, 2], '%s' % (None,), '%%')
print('%(name)s has %(n)03d points' % {'name': 'Bob', 'n': 7})
print('%*d|%-*s|' % (6, 1, 4, 'ab'), '%.3s' % 'abcdef', '%10.4f|' % 2.0)
print('%d%%' % 50, '%s' % 'only', '%s %s' % ('a', 'b'), '%i' % 3.99, '%d' % -3.99)
print('%5s|%-5s|%.1s' % ('ab', 'cd', 'ef'), '%3c|' % 'x', '%x' % -255, '%o' % -8)
for bad, args in (('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1)):
    try:
        print(bad % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print('%s' % (1, 2) if False else '%s' % ((1, 2),))
rows = [('alpha', 1.5), ('beta', 22.25), ('gamma', 333.125)]
for name, value in rows:
    print('%-8s %8.2f %6.1f%%' % (name, value, value / 3.5675))

# Formatting floats: format(), str.format and % with f, e, g, %, width, fill, sign and grouping.
x = 1234.56789
print(format(x, '.2f'), format(x, '10.3f'), format(x, '<12.1f') + '|', format(x, '^12.1f') + '|')
print(format(x, 'e'), format(x, '.3e'), format(x, 'E'), format(x, 'g'), format(x, '.3g'), format(x, 'G'))
print(format(x, ','), format(x, ',.2f'), format(x, '_.1f'), format(x, '+.1f'), format(-x, ' .1f'))
print(format(0.5, '%'), format(0.125, '.1%'), format(1 / 3, '.2%'))
print(format(1e-5, 'g'), format(1e-4, 'g'), format(1e16, 'g'), format(1e15, 'g'), format(123456789.0, 'g'))
print(format(3.0, ''), format(3.0, 'g'), format(3.0, '.0f'), format(2.5, '.0f'), format(3.5, '.0f'))
print(format(float('inf'), 'f'), format(float('-inf'), '10.2f'), format(float('nan'), 'e'))
print(format(-0.0, '.1f'), format(0.001, '.2e'), format(12345678.9, '015,.1f'))
print('{:.3f} {:8.2f} {:<8.2f}| {:+.2e}'.format(3.14159, 2.71828, 1.41421, 6.02e23))
print('%.2f %8.3f %-8.1f| %e %g %G %5.1f%%' % (3.14159, 2.71828, 1.5, 12345.678, 0.00001234, 1e20, 99.5))
print('%s %r %d %i' % (1.5, 2.5, 3.9, -4.9))
for v in (0.0, 1.0, 0.1, 100.0, 1e10, 1.5e-7, 123456789012.0):
    print(f'{v} {v:f} {v:e} {v:g} {v:.10g} {v:12.4f}|')
print(f'{1.23456e-300:.3} {9.999:.2f} {9.995:.2f} {0.045:.2f} {1e22:.0f}')

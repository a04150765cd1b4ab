# optparse: OptionParser with usage, version, description, epilog and an option group; its
# help text, parse results (interspersed arguments, '--', clusters, int prefixes), and errors.
import optparse, sys
p = optparse.OptionParser(usage='%prog [options] FILE...', version='%prog 2.1', prog='report', description='Makes a report from the files given, with a description long enough to need wrapping at the width.', epilog='Bye.')
p.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True, help="don't print status messages to stdout")
p.add_option('-n', '--num', type='int', default=10, help='how many [default: %default]')
p.add_option('-x', type='float')
p.add_option('--mode', choices=['a', 'b'], help='the mode')
p.add_option('-v', action='count', dest='level')
p.add_option('--tag', action='append')
p.add_option('--very-long-option-name-here', action='store_true', help='a long option whose help must move to the next line')
g = optparse.OptionGroup(p, 'Dangerous Options', 'Caution: use these options at your own risk.')
g.add_option('-g', action='store_true', help='Group option.')
p.add_option_group(g)
p.print_help()
opts, args = p.parse_args(['-f', 'out', 'a', '-q', '-n', '0x10', '--mode=b', '-vvv', '--tag', 't1', '--tag=t2', 'b', '--', '-z'])
print(sorted(vars(opts).items()), args)
opts, args = p.parse_args([])
print(opts, args)
sys.stderr = sys.stdout
for argv in [['-n', 'x'], ['--mode', 'c'], ['--bogus'], ['-f'], ['--quiet=1'], ['--ver'], ['-x', '1e'], ['--version'], ['-k']]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
o2 = optparse.OptionParser()
o2.add_option('--foo'); o2.add_option('--foobar')
try: o2.parse_args(['--fo', '1'])
except SystemExit as e: print('exit', e.code)
print(o2.parse_args(['--foob', '1'])[0].foobar)
o2.print_help()

# conformance: full-stderr
# optparse: parse_args() reads sys.argv[1:] (optparse_argv.args); an option missing its value
# then ends the program with the usage and "prog: error: ..." on stderr, status 2.
import optparse

parser = optparse.OptionParser(usage='usage: %prog [options] FILE')
parser.add_option('-o', '--output', dest='output', help='write to OUTPUT')
parser.add_option('-v', '--verbose', action='store_true', dest='verbose', default=False)
parser.add_option('-n', type='int', dest='count', default=1)
options, args = parser.parse_args()
print(options.output, options.verbose, options.count, args)
print(parser.get_prog_name(), parser.get_usage(), end='')
parser.parse_args(['-o'])
print('not reached')

# argparse: parse_args() with no list reads sys.argv[1:] (given by argparse_argv.args); the
# default prog is the script's file name.
import argparse

parser = argparse.ArgumentParser(description='Sums numbers.')
parser.add_argument('numbers', metavar='N', type=int, nargs='+', help='an integer to add')
parser.add_argument('--scale', type=float, default=1.0, help='multiply the sum')
parser.add_argument('-q', '--quiet', action='store_true')
parser.add_argument('--name', default='total')
args = parser.parse_args()
print(args)
print(args.name, sum(args.numbers) * args.scale)
print(parser.prog)
parser.print_usage()

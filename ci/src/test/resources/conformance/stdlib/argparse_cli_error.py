# conformance: full-stderr
# argparse: a bad command line (from argparse_cli_error.args) ends the program with the usage
# and "prog: error: ..." on stderr and exit status 2.
import argparse

parser = argparse.ArgumentParser()
parser.add_argument('count', type=int)
parser.add_argument('--level', choices=['low', 'high'], default='low')
print('parsing')
args = parser.parse_args()
print('not reached', args)

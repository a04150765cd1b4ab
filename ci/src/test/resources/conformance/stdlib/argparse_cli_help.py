# argparse: -h on the command line (argparse_cli_help.args) prints the help to stdout and ends
# the program with status 0.
import argparse

parser = argparse.ArgumentParser(description='Copies files, verbosely if asked.',
                                 epilog='Exit status is 0 on success.')
parser.add_argument('src', help='file to copy')
parser.add_argument('dst', nargs='?', help='where to put it (default: the current folder)')
parser.add_argument('-v', '--verbose', action='count', default=0, help='say more; repeat for even more')
parser.add_argument('--dry-run', action='store_true', help="show what would happen, but don't do it")
parser.add_argument('--version', action='version', version='%(prog)s 0.1')
parser.parse_args()
print('not reached')

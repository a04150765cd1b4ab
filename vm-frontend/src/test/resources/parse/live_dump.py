#!/usr/bin/env python3
"""For each file named on the command line, one line of what CPython 3.11 makes of its bytes.

Used by ConformanceFrontendTest on files that have no committed golden (the ci corpus):
  ast.dump(tree, include_attributes=True) TAB the scope dump of generate.py with '|' for newlines
or, when compile() fails:
  ERR TAB type TAB lineno TAB offset TAB msg
"""
import ast
import os
import symtable
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate import scope_dump, source_text  # noqa: E402

warnings.simplefilter('ignore')


def main():
    for path in sys.argv[1:]:
        with open(path, 'rb') as f:
            data = f.read()
        name = os.path.basename(path)
        try:
            compile(data, name, 'exec')
            tree = ast.parse(data, filename=name)
            table = symtable.symtable(source_text(data), name, 'exec')
            print(ast.dump(tree, include_attributes=True) + '\t' + '|'.join(scope_dump(table)) + '|')
        except SyntaxError as e:
            print('ERR\t%s\t%s\t%s\t%s' % (type(e).__name__, e.lineno or 0, e.offset or 0, e.msg))


if __name__ == '__main__':
    main()

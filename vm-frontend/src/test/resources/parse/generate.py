#!/usr/bin/env python3
"""Regenerates the golden files of the dev.weft.parse tests from CPython 3.11.

The Java tests compare Weft's parser with what CPython produces, so every expected value here
comes from CPython itself:

  ast/NAME.py      -> ast/NAME.py.ast   line 1: ast.dump(tree); line 2: with include_attributes=True
                   -> ast/NAME.py.sym   the scopes of symtable.symtable(), in ScopeDump's format
  errors.txt       -> errors.expected   compile(src, 'f.py', 'exec'): type, lineno, offset, msg
                                        (cases named raw_* are compiled as bytes, one byte per character;
                                        file_* cases are run as a script, python3 f.py, offset not known)
  ast/scope_flags.py -> scope_flags.expected  code-object flags (generator, varargs, ...) per function

Usage: python3 generate.py            rewrite the golden files
       python3 generate.py --check    exit 1 (listing the files) if any golden file is stale
"""
import ast
import os
import sys
import symtable
import types
import warnings

warnings.simplefilter("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
AST_DIR = os.path.join(HERE, 'ast')

SCOPE_NAMES = {1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL'}
# The symbol flags of CPython's symtable.h, in bit order.
FLAG_NAMES = [(1, 'DEF_GLOBAL'), (2, 'DEF_LOCAL'), (4, 'DEF_PARAM'), (8, 'DEF_NONLOCAL'), (16, 'USE'),
              (32, 'DEF_FREE'), (64, 'DEF_FREE_CLASS'), (128, 'DEF_IMPORT'), (256, 'DEF_ANNOT'),
              (512, 'DEF_COMP_ITER')]
SCOPE_OFF = 11
SCOPE_MASK = 15


def scope_dump(table, indent=0):
    """One line per scope ("type name lineno") and per symbol ("name SCOPE FLAG ...", sorted by name)."""
    pad = '  ' * indent
    lines = ['%s%s %s %d' % (pad, table.get_type(), table.get_name(), table.get_lineno())]
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        flags = sym._Symbol__flags
        scope = SCOPE_NAMES.get((flags >> SCOPE_OFF) & SCOPE_MASK, 'NONE')
        names = [n for bit, n in FLAG_NAMES if flags & bit]
        lines.append('%s  %s %s %s' % (pad, sym.get_name(), scope, ' '.join(names)))
    for child in table.get_children():
        lines.extend(scope_dump(child, indent + 1))
    return lines


def source_text(data):
    """The text compile() sees in source bytes (compile() ignores undecodable bytes in comments)."""
    import io
    import tokenize
    try:
        encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except SyntaxError:
        encoding = 'utf-8'
    return data.decode(encoding, 'replace')


def golden_for_source(path):
    with open(path, 'rb') as f:
        data = f.read()
    tree = ast.parse(data, filename=os.path.basename(path))
    out = {path + '.ast': ast.dump(tree) + '\n' + ast.dump(tree, include_attributes=True) + '\n'}
    text = source_text(data)
    table = symtable.symtable(text, os.path.basename(path), 'exec')
    out[path + '.sym'] = '\n'.join(scope_dump(table)) + '\n'
    return out


def unescape(s):
    """The escapes of errors.txt: \\n \\t \\r \\f \\\\ \\xHH \\uHHHH."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c != '\\':
            out.append(c)
            i += 1
            continue
        e = s[i + 1]
        if e == 'x':
            out.append(chr(int(s[i + 2:i + 4], 16)))
            i += 4
        elif e == 'u':
            out.append(chr(int(s[i + 2:i + 6], 16)))
            i += 6
        else:
            out.append({'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', '\\': '\\', '0': '\0'}[e])
            i += 2
    return ''.join(out)


def error_cases():
    """(name, source) pairs of errors.txt: lines "name<TAB>escaped source"; # starts a comment."""
    cases = []
    with open(os.path.join(HERE, 'errors.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            name, src = line.split('\t', 1)
            cases.append((name, unescape(src)))
    return cases


def escape(msg):
    return msg.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')


def error_golden():
    lines = []
    for name, src in error_cases():
        if name.startswith('file_'):
            lines.append(script_error(name, src.encode('latin-1')))
            continue
        if name.startswith('raw_'):
            # raw_ cases are bytes (each escaped character one byte), as a file would hold them.
            src = src.encode('latin-1')
        try:
            compile(src, 'f.py', 'exec')
            lines.append('%s\tOK' % name)
        except SyntaxError as e:
            lines.append('%s\t%s\t%s\t%s\t%s' % (name, type(e).__name__, e.lineno, e.offset, escape(e.msg)))
    return '\n'.join(lines) + '\n'


def script_error(name, data):
    """A file_ case: the bytes run as a script, "python3 f.py"; offset is not reported ("-")."""
    import re
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, 'f.py'), 'wb') as f:
            f.write(data)
        r = subprocess.run([sys.executable, '-X', 'utf8', 'f.py'], cwd=tmp, capture_output=True, text=True)
        # CPython makes the script's path absolute; the tests name the file plain f.py.
        stderr = r.stderr.replace(os.path.realpath(tmp) + os.sep, '').replace(tmp + os.sep, '')
    if r.returncode == 0:
        return '%s\tOK' % name
    err = stderr.rstrip('\n').split('\n')
    kind, msg = err[-1].split(': ', 1)
    m = re.search(r'File "f.py", line (\d+)', stderr)
    return '%s\t%s\t%s\t-\t%s' % (name, kind, m.group(1) if m else 0, escape(msg))


CO_FLAGS = [(0x04, 'varargs'), (0x08, 'varkeywords'), (0x20, 'generator'), (0x80, 'coroutine'),
            (0x200, 'async_generator')]


def scope_flags_golden():
    """For every code object of ast/scope_flags.py: "name line flags" (its functions are undecorated)."""
    path = os.path.join(AST_DIR, 'scope_flags.py')
    with open(path, 'rb') as f:
        code = compile(f.read(), 'scope_flags.py', 'exec')
    lines = []

    def walk(co):
        for c in co.co_consts:
            if isinstance(c, types.CodeType):
                names = [n for bit, n in CO_FLAGS if c.co_flags & bit]
                lines.append('%s %d %s' % (c.co_name, c.co_firstlineno, ' '.join(names)))
                walk(c)
    walk(code)
    return '\n'.join(sorted(lines)) + '\n'


def all_golden():
    out = {}
    for name in sorted(os.listdir(AST_DIR)):
        if name.endswith('.py'):
            out.update(golden_for_source(os.path.join(AST_DIR, name)))
    out[os.path.join(HERE, 'errors.expected')] = error_golden()
    out[os.path.join(HERE, 'scope_flags.expected')] = scope_flags_golden()
    return out


def main():
    if sys.version_info[:2] != (3, 11):
        print('generate.py needs CPython 3.11, not %s' % sys.version.split()[0], file=sys.stderr)
        return 2
    check = '--check' in sys.argv
    stale = []
    for path, text in all_golden().items():
        old = None
        if os.path.exists(path):
            with open(path, encoding='utf-8', newline='') as f:
                old = f.read()
        if old != text:
            stale.append(path)
            if not check:
                with open(path, 'w', encoding='utf-8', newline='') as f:
                    f.write(text)
    if check and stale:
        print('stale golden files:\n' + '\n'.join(stale))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())

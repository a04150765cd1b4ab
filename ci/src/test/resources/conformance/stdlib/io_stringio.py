# io.StringIO: writes, reads, seek/tell, overwrite and padding, truncate, lines, iteration,
# close, the context manager, newline translation, and capturing print() output.
import io, sys
s = io.StringIO()
print(s.write("hello\n"), s.tell())
s.write("world\nlast")
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), s.tell())
print(s.readlines())
s.seek(0)
for line in s: print(repr(line))
s.seek(3)
s.write("XY")
print(repr(s.getvalue()), s.tell())
print(s.truncate(6), repr(s.getvalue()), s.tell())
s.seek(10); s.write("z"); print(repr(s.getvalue()))
try: s.write(5)
except TypeError as e: print(e)
try: s.seek(-1)
except ValueError as e: print(e)
try: s.seek(1, 1)
except OSError as e: print(type(e).__name__, e)
s.close(); print(s.closed)
try: s.read()
except ValueError as e: print(e)
with io.StringIO("a\nb\nc") as f:
    print(f.read(2), repr(f.read()), f.read())
print(f.closed)
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("captured", 42)
sys.stdout = old
print(repr(buf.getvalue()))
print(io.StringIO("x\r\ny", newline=None).getvalue().split("\n"))
print(issubclass(io.UnsupportedOperation, OSError), io.SEEK_END, type(io.StringIO()).__name__)
print(io.TextIOWrapper.__name__, isinstance(sys.stdout, io.TextIOWrapper))
from contextlib import redirect_stdout
b2 = io.StringIO()
with redirect_stdout(b2):
    print("in redirect")
print(repr(b2.getvalue()))
s = io.StringIO('abc\ndef\n')
print(s.readline(2), s.readline(), s.readline(-1), repr(s.readline()), s.tell())
print(s.seek(0, 2), s.write('ghi'), repr(s.getvalue()), s.readable(), s.writable(), s.seekable())
s.seek(0)
print(s.readlines(5), s.read(), s.read(3) == '')
chunks = io.StringIO()
for i in range(1000):
    chunks.write(str(i % 10))
print(len(chunks.getvalue()), chunks.getvalue()[-12:], chunks.tell())
chunks.writelines(['x', 'y'])
print(chunks.getvalue()[-3:])
try:
    io.StringIO(5)
except TypeError as e:
    print('TypeError:', e)


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print('subclass', file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO))

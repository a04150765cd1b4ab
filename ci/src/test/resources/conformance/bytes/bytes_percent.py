# printf-style formatting of bytes and bytearray (PEP 461): %s and %b take bytes-like objects
# or __bytes__, %r and %a give ascii(), %c an int below 256 or one byte, numbers as for str,
# mapping keys are bytes; and the errors CPython gives.
print(b"%s|%b|%r|%a|%c|%c|%d|%5.2f|%x|%%" % (b"ab", bytearray(b"cd"), b"e", "\u00e9", 65, b"z", 42, 3.14159, 255))
print(b"%(k)s %(n)d" % {b"k": b"v", b"n": 3})
print(b"%-6s|%6s|%.1s" % (b"ab", b"cd", b"ef"), b"%05d %+.3e %o %#X" % (-42, 12345.678, 8, 255))
print(bytearray(b"x%dy") % 5, type(bytearray(b"%s") % b"q").__name__)
print(b"no args" % (), b"%s" % b"", b"%i" % True)


class B:
    def __bytes__(self):
        return b"BB"


class Bad:
    def __bytes__(self):
        return "not bytes"


print(b"%s" % B(), b"%r" % "x'y", b"%a" % [1, "\u20ac"])
for template, args in [(b"%s", "str"), (b"%c", 300), (b"%c", "x"), (b"%c", b"xy"), (b"%s %s", (b"a",)),
                       (b"%s", (b"a", b"b")), (b"%y", 1), (b"%s", 5), (b"%(k)s", (1,)), (b"%d", b"1"),
                       (b"%s", Bad()), (b"%", ())]:
    try:
        print(template % args)
    except Exception as e:
        print(type(e).__name__, e)
print("str %b is not a conversion:", end=" ")
try:
    print("%b" % b"x")
except ValueError as e:
    print(e)

# The Python half of the built-in module sys, run in its namespace after the Java half
# (interp/SysModule.java): the read-only records that CPython calls "struct sequences",
# tuples whose items also have names (sys.version_info.major).


def _record(name, fields, values):
    """An instance of a new tuple subclass sys.<name> whose items are named by fields."""

    def field(i):
        return property(lambda self: self[i])

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'sys.%s' instances" % name)

    def __repr__(self):
        items = ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self))
        return "sys.%s(%s)" % (name, items)

    def __reduce__(self):
        return (tuple, (tuple(self),))

    namespace = {"__slots__": (), "__new__": __new__, "__repr__": __repr__,
                 "__reduce__": __reduce__, "__module__": "sys",
                 "n_fields": len(fields), "n_sequence_fields": len(fields),
                 "n_unnamed_fields": 0}
    for i, f in enumerate(fields):
        namespace[f] = field(i)
    cls = type(name, (tuple,), namespace)
    return tuple.__new__(cls, values)


version_info = _record("version_info", ("major", "minor", "micro", "releaselevel", "serial"),
                       (3, 11, 0, "final", 0))
float_info = _record(
    "float_info",
    ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
     "epsilon", "radix", "rounds"),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _record("int_info",
                   ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
                    "str_digits_check_threshold"),
                   (30, 4, 4300, 640))
hash_info = _record("hash_info",
                    ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                     "seed_bits", "cutoff"),
                    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))
del _record

"""Packing values into bytes and back, as CPython's struct module: the formats and the
packing live in Java (_struct); this file defines struct.error, the Struct class and
iter_unpack, and hands error to each Java function so that its failures raise it."""

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


def calcsize(format):
    return _struct.calcsize(error, format)


def pack(format, *v):
    return _struct.pack(error, format, v)


def pack_into(format, buffer, offset, *v):
    return _struct.pack_into(error, format, buffer, offset, v)


def unpack(format, buffer):
    return _struct.unpack(error, format, buffer)


def unpack_from(format, /, buffer, offset=0):
    return _struct.unpack_from(error, format, buffer, offset)


def _iter_unpack(format, size, buffer):
    for offset in range(0, len(buffer), size):
        yield _struct.unpack_from(error, format, buffer, offset)


def iter_unpack(format, buffer):
    size = _struct.calcsize(error, format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return _iter_unpack(format, size, buffer)


class Struct:
    """A compiled format: its format string, its size, and the functions bound to it."""

    def __init__(self, format):
        self.size = _struct.calcsize(error, format)
        self.format = format if isinstance(format, str) else format.decode('ascii')

    def pack(self, *v):
        return _struct.pack(error, self.format, v)

    def pack_into(self, buffer, offset, *v):
        return _struct.pack_into(error, self.format, buffer, offset, v)

    def unpack(self, buffer):
        return _struct.unpack(error, self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return _struct.unpack_from(error, self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

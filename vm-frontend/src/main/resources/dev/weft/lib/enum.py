"""Enumerations: Enum, IntEnum, StrEnum, Flag and IntFlag, auto() and unique(), as in CPython 3.11.

EnumType is a real metaclass. It reads the class body's names in definition order once the
body has run (weft's class namespace is an insertion-ordered dict), so a name assigned twice in
the body keeps only its last value instead of raising "already defined". Members are stored in
the class dict; EnumType.__setattr__ and __delattr__ protect them.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'Flag', 'IntFlag',
           'auto', 'unique', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP']

from types import MappingProxyType as _MappingProxy

_FunctionType = type(lambda: None)


class FlagBoundary:
    """What a Flag does with a value that has bits no member names (strings, as weft has no StrEnum at bootstrap)."""
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP

_auto_null = object()


class auto:
    """Stands for a member value that _generate_next_value_ fills in."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('_')


def _is_descriptor(obj):
    if isinstance(obj, (_FunctionType, classmethod, staticmethod, property)):
        return True
    t = type(obj)
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')


def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _bits(num):
    """The single-bit values in num, lowest first."""
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _find_data_type(bases):
    """The non-enum type that members also are (int for IntEnum), or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            return base
    return object


def _find_first_enum(bases):
    if not bases:
        return None
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    return last


class EnumType(type):
    """The metaclass of Enum: makes the members, and answers iteration, len, [] and `in` on the class."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        first_enum = _find_first_enum(bases)
        if first_enum is not None and first_enum._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (cls, first_enum))
        member_type = _find_data_type(bases) if bases else object
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        names = []
        for key, value in list(classdict.items()):
            if key in ignore or key == '_ignore_':
                classdict.pop(key, None)
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            names.append((key, value))
        for key, _ in names:
            del classdict[key]
        new_member = None
        if Enum is not None:
            # a __new__ written in an enum makes members; the class's own __new__ is Enum's lookup by value
            new_member = classdict.pop('__new__', None)
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
            if new_member is not None:
                classdict['_new_member_'] = new_member
            classdict['__new__'] = Enum.__dict__['__new__']
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        setattr_ = type.__setattr__
        setattr_(enum_class, '_member_names_', [])
        setattr_(enum_class, '_member_map_', {})
        setattr_(enum_class, '_value2member_map_', {})
        setattr_(enum_class, '_unhashable_values_', [])
        setattr_(enum_class, '_member_type_', member_type)
        if boundary is None:
            boundary = getattr(first_enum, '_boundary_', None) if first_enum is not None else None
        setattr_(enum_class, '_boundary_', boundary)
        if first_enum is not None:
            # repr, str and format come from the enum, not from a data type before it in the MRO (int, str)
            for method in ('__repr__', '__str__', '__format__'):
                if method in classdict:
                    continue
                for base in enum_class.__mro__[1:]:
                    namespace = getattr(base, '__dict__', None)
                    if namespace is None or base is object:
                        setattr_(enum_class, method, getattr(first_enum, method))
                        break
                    if method in namespace:
                        break
        new_member = getattr(enum_class, '_new_member_', None)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        last_values = []
        for index, (name, value) in enumerate(names):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, index, last_values[:])
                value = value.value
            last_values.append(value)
            enum_class._add_member_(name, value, new_member, member_type, is_flag)
        if is_flag:
            # the bitwise operators are Flag's, also where a data type (int) comes first in the MRO
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    setattr_(enum_class, op, getattr(Flag, op))
            flag_mask = 0
            single = 0
            for member in enum_class._member_map_.values():
                flag_mask |= member._value_
                if _is_single_bit(member._value_):
                    single |= member._value_
            setattr_(enum_class, '_flag_mask_', flag_mask)
            setattr_(enum_class, '_singles_mask_', single)
            setattr_(enum_class, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
        return enum_class

    def _add_member_(cls, name, value, new_member, member_type, is_flag):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is not None:
            member = new_member(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if not hasattr(member, '_value_'):
            member._value_ = value if member_type is object else member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        init = None
        for base in cls.__mro__:
            namespace = getattr(base, '__dict__', None)
            if namespace is not None and '__init__' in namespace:
                init = namespace['__init__']
                break
        if init is not None and isinstance(init, _FunctionType):
            init(member, *args)
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._unhashable_values_:
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is None:
            if not is_flag or _is_single_bit(value):
                cls._member_names_.append(name)  # a Flag iterates over its single-bit members only
            canonical = member
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                cls._unhashable_values_.append(member)
        cls._member_map_[name] = canonical
        type.__setattr__(cls, name, canonical)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        metacls = cls.__class__
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Enum = Flag = None


class Enum(metaclass=EnumType):
    """A set of symbolic names bound to unique values."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._unhashable_values_:
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member" % (cls.__name__, result))

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ is not object else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type (only repr() shows the enum)."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(self, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _or_names(cls, value):
    """The member names that make up value, and the bits left over."""
    names = []
    for member in cls:
        if member._value_ & value == member._value_ and member._value_:
            names.append(member._name_)
    covered = 0
    for member in cls:
        if member._name_ in names:
            covered |= member._value_
    return names, value & ~covered


class Flag(Enum, boundary=STRICT):
    """Members that combine with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value)
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        boundary = cls._boundary_
        neg_value = None
        if value < 0:
            neg_value = value
            value = cls._all_bits_ + 1 + value
        if value & ~cls._all_bits_ or value < 0:
            if boundary == STRICT:
                raise _invalid_flag(cls, value, flag_mask)
            if boundary == CONFORM:
                value = value & flag_mask
            elif boundary == EJECT:
                return value
        elif value & ~flag_mask and boundary == STRICT:
            raise _invalid_flag(cls, value, flag_mask)
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        names, extra = _or_names(cls, value)
        if names or extra:
            parts = names + ([hex(extra) if extra > 9 else str(extra)] if extra else [])
            pseudo._name_ = '|'.join(parts)
        else:
            pseudo._name_ = None
        cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_.setdefault(neg_value, pseudo)
        return cls._value2member_map_[value]

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for member in self.__class__:
            if member._value_ & self._value_ == member._value_ and member._value_:
                yield member

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ is not object else repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)


def _invalid_flag(cls, value, flag_mask):
    width = max(value.bit_length(), flag_mask.bit_length())
    return ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
        cls, value, _bin(value, width), _bin(flag_mask, width)))


def _bin(num, width):
    return '0b0 ' + bin(num)[2:].rjust(width, '0')


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)


def unique(enumeration):
    """Class decorator: ValueError when two member names share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration

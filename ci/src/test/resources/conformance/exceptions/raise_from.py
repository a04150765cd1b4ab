# raise ... from: __cause__, __context__, __suppress_context__, from None, bare raise keeps the exception.
class ConfigError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError('bad number: ' + text) from e
try:
    parse('abc')
except ConfigError as e:
    print('caught:', e)
    print('cause:', type(e.__cause__).__name__, e.__cause__)
    print('context is cause:', e.__context__ is e.__cause__, e.__suppress_context__)
def hide():
    try:
        {}['k']
    except KeyError:
        raise ValueError('clean') from None
try:
    hide()
except ValueError as e:
    print('from None:', e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('while handling')
try:
    implicit()
except RuntimeError as e:
    print('implicit context:', repr(e.__context__), e.__cause__)
def reraise():
    try:
        raise KeyError('original')
    except KeyError:
        print('handling, then bare raise')
        raise
try:
    reraise()
except KeyError as e:
    print('re-raised:', repr(e))
def reraise_named():
    try:
        raise IndexError('named')
    except IndexError as err:
        raise err
try:
    reraise_named()
except IndexError as e:
    print('raise err:', e)
try:
    raise ValueError('outer') from KeyError('inner cause')
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise TypeError
except TypeError as e:
    print('class raised:', repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print('TypeError:', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)

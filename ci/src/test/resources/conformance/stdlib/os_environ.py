# os.environ as a mapping of str to str: get, [], in, setdefault, pop, items; os.getenv,
# putenv/unsetenv; KeyError and TypeError as CPython.
import os

print('PATH' in os.environ, isinstance(os.environ['PATH'], str))
print(os.environ.get('WEFT_SURELY_UNSET'), os.getenv('WEFT_SURELY_UNSET', 'fallback'))
os.environ['WEFT_TEST_VAR'] = 'value 1'
print(os.environ['WEFT_TEST_VAR'], os.getenv('WEFT_TEST_VAR'), 'WEFT_TEST_VAR' in os.environ)
print(os.environ.setdefault('WEFT_TEST_VAR', 'ignored'), os.environ.setdefault('WEFT_OTHER', 'set'))
print(('WEFT_OTHER', 'set') in os.environ.items(), 'WEFT_OTHER' in os.environ.keys())
print(os.environ.pop('WEFT_OTHER'), 'WEFT_OTHER' in os.environ)
del os.environ['WEFT_TEST_VAR']
print(os.getenv('WEFT_TEST_VAR'))
try:
    os.environ['WEFT_SURELY_UNSET']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['WEFT_NUM'] = 1
except TypeError as e:
    print('TypeError:', e)
copy = os.environ.copy()
print(type(copy).__name__, copy == dict(os.environ))
os.environ.update({'WEFT_A': 'a', 'WEFT_B': 'b'})
print(sorted(k for k in os.environ if k.startswith('WEFT_')))

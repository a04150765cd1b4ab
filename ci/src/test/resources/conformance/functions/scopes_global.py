# global statement, module-level lookups, builtins shadowing, UnboundLocalError.
count = 0
def increment():
    global count
    count += 1
    return count
print(increment(), increment(), count)
def set_new():
    global created_later
    created_later = 'made in function'
set_new()
print(created_later)
x = 'global'
def read_only():
    return x
def shadow():
    x = 'local'
    return x
print(read_only(), shadow(), x)
def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 'assigned later'
broken()
def uses_len():
    len = lambda s: 'shadowed'
    return len('abc')
print(uses_len(), len('abc'))
try:
    undefined_name
except NameError as e:
    print('NameError:', e)
def f():
    return undefined_in_function
try:
    f()
except NameError as e:
    print('NameError:', e)
print(__name__)
if __name__ == '__main__':
    print('running as main')

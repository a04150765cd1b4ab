# Uncaught AssertionError without a message: stderr's last line is just the class name.
x = [1, 2]
print('asserting')
assert len(x) == 3

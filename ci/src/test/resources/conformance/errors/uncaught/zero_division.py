# Uncaught ZeroDivisionError after some output: stdout is kept, exit status 1.
def average(values):
    return sum(values) / len(values)
print('average of [1, 2, 3] is', average([1, 2, 3]))
print('average of [] is about to fail')
print(average([]))
print('never printed')

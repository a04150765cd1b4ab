# The exit() builtin with a status.
for i in range(3):
    print('step', i)
    if i == 1:
        exit(4)

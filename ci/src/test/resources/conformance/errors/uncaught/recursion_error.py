# Unbounded recursion ends in RecursionError (never a crash of the VM), exit status 1.
def forever(n):
    return forever(n + 1) + 1
print('recursing')
forever(0)

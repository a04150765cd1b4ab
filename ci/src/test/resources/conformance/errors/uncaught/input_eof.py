# input() with nothing on stdin: EOFError.
print('waiting for input')
line = input()
print('got', line)

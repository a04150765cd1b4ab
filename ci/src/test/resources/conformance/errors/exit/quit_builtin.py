# The quit() builtin without arguments: status 0.
print('quitting')
quit()
print('never')

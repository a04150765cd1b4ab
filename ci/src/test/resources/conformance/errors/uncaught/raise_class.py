# Raising an exception class without arguments, uncaught.
print('about to raise')
raise NotImplementedError

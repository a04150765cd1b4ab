# Calling a value that is not callable.
handlers = {'x': 5}
print('dispatch')
handlers['x']()

# Uncaught TypeError from adding a str and an int.
def label(name, count):
    return name + ': ' + count
print(label('ok', '1'))
print(label('bad', 2))

# Uncaught ValueError from int() of a bad string.
for text in ['10', '20', 'thirty']:
    print(text, int(text) * 2)

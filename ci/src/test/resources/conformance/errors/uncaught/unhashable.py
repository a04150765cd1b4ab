# Using a list as a dict key.
seen = {}
key = [1, 2]
print('storing')
seen[key] = True

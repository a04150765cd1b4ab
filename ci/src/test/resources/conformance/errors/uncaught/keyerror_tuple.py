# KeyError with a tuple key: str() of the exception shows the repr of the key.
grid = {(0, 0): 'start'}
print(grid[0, 0])
print(grid[1, 2])

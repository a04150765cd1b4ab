# Not an error since Python 3.8: continue inside finally. Runs normally and prints.
for i in range(2):
    try:
        pass
    finally:
        print('finally', i)
        continue

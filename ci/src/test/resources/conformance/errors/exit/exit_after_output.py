# A program printing a lot, then sys.exit(2): all output must arrive before the exit.
import sys
for i in range(200):
    print('line', i, '*' * (i % 17))
sys.stdout.write('no newline before exit')
sys.exit(2)

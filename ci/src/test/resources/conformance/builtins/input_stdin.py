# input() reads lines from stdin (the harness feeds input_stdin.stdin); prompts go to stdout.
name = input('Your name: ')
print()
print('Hello, ' + name + '!')
count = int(input('How many numbers? '))
print()
numbers = []
for i in range(count):
    numbers.append(float(input()))
print('sum', sum(numbers), 'max', max(numbers), 'mean', sum(numbers) / count)
line = input()
print(repr(line), line.split(','))
empty = input()
print('empty line:', repr(empty))
spaced = input()
print(repr(spaced))
try:
    input()
except EOFError as e:
    print('EOFError:', e)

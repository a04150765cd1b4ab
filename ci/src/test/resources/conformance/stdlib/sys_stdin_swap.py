# input() reads sys.stdin and prompts on sys.stdout, whatever they are bound to; the real stdin
# comes from sys_stdin_swap.stdin.
import io
import sys

print(repr(sys.stdin.readline()))
print(repr(input('prompt on the real stdout: ')))
sys.stdin = io.StringIO('5\n1 2 3\nno newline at end')
n = int(input())
nums = [int(x) for x in input('numbers? ').split()]
print()
print(n, nums, repr(input()))
try:
    input()
except EOFError as e:
    print('EOFError:', e)
sys.stdin = sys.__stdin__
captured = io.StringIO()
sys.stdout = captured
answer = input('hidden prompt: ')
sys.stdout = sys.__stdout__
print(repr(captured.getvalue()), repr(answer))
print(sys.stdin.readlines())

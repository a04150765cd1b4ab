# conformance: full-stderr
# Two expressions side by side: "invalid syntax". Nothing runs, not even the first print.
print('this never runs')
x = 1 2

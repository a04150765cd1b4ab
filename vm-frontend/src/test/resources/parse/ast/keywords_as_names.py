print = 1
exec = 2
match = 3
case = 4
_ = 5
type = 6
match(x)
print(match, case, _)
x.print
x.match

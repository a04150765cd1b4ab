# A function that reads a builtin (len) keeps seeing the right one while the module's globals
# change under it: a global of that name appears, goes, and comes back after globals() lost
# its last item to popitem() (which makes room at the end of the table for the new key).


def count(xs):
    return len(xs)


def mine(xs):
    return "mine"


for _ in range(3):
    print(count([1, 2]))

len = mine
print(count([1, 2]))
del len
print(count([1, 2, 3]))

g = globals()
g["zzz"] = 1
print(count([1]))
print(g.popitem())
g["len"] = mine
print(count([1]))
del g["len"]
print(count([1, 2, 3, 4]))

# the same through a loop that runs long enough to be in more than one transaction
total = 0
for i in range(30000):
    total += len("ab")
    if i == 20000:
        g["len"] = lambda s: 10
print(total)

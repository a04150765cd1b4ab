# Closures over cells: counters with nonlocal, independent instances, shared cells between closures.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc_a, get_a = make_counter()
inc_b, get_b = make_counter(100)
print(inc_a(), inc_a(), inc_a(5), get_a())
print(inc_b(), get_b(), get_a())
def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(10))
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return 'insufficient'
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = bank(50)
print(dep(25), wd(100), wd(70), dep(1))
print(inc_a.__closure__ is not None, len(inc_a.__closure__), inc_a.__code__.co_freevars)
print(make_counter.__code__.co_cellvars)

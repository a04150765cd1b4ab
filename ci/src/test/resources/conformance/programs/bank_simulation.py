# A bank simulation: accounts with inheritance, properties, custom exceptions, a transaction log,
# deterministic pseudo-random customers (a linear congruential generator), and a final report.

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__('account %s: cannot withdraw %d, balance %d' % (account.number, amount, account.balance))
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Account:
    next_number = 1000
    kind = 'basic'

    def __init__(self, owner, opening=0):
        self.owner = owner
        self.number = Account.next_number
        Account.next_number += 1
        self._balance = 0
        self.frozen = False
        self.history = []
        if opening:
            self.deposit(opening)

    @property
    def balance(self):
        return self._balance

    def _record(self, what, amount):
        self.history.append((what, amount, self._balance))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        if self.frozen:
            raise AccountFrozen('account %d is frozen' % self.number)
        self._balance += amount
        self._record('deposit', amount)

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen('account %d is frozen' % self.number)
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self._record('withdraw', amount)

    def available(self):
        return self._balance

    def month_end(self):
        pass

    def __repr__(self):
        return '%s(%d, %s, %d)' % (type(self).__name__, self.number, self.owner, self._balance)

class Savings(Account):
    kind = 'savings'
    rate_per_mille = 15

    def month_end(self):
        interest = self._balance * self.rate_per_mille // 1000
        if interest:
            self._balance += interest
            self._record('interest', interest)

class Checking(Account):
    kind = 'checking'

    def __init__(self, owner, opening=0, overdraft=500):
        self.overdraft = overdraft
        super().__init__(owner, opening)

    def available(self):
        return self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            fee = 25
            self._balance -= fee
            self._record('fee', fee)

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.failures = []

    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
        except BankError as e:
            self.failures.append(type(e).__name__)
            return False
        b.deposit(amount)
        return True

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        lines = ['== %s ==' % self.name]
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.number)):
            lines.append('%-6d %-9s %-8s %8d %3d ops' % (acct.number, acct.kind, acct.owner, acct.balance, len(acct.history)))
        lines.append('total %d, failed transfers %d' % (self.total(), len(self.failures)))
        return '\n'.join(lines)

class Lcg:
    def __init__(self, seed):
        self.state = seed
    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state % bound

bank = Bank('Weft Savings & Loan')
owners = ['ann', 'bob', 'cyd', 'dee', 'eve', 'fay']
for i, owner in enumerate(owners):
    cls = [Account, Savings, Checking][i % 3]
    bank.open(cls, owner, 1000 + 250 * i)
print([repr(a) for a in bank.accounts.values()])
rng = Lcg(2024)
numbers = list(bank.accounts)
for month in range(1, 7):
    ok = 0
    for _ in range(40):
        src = numbers[rng.next(len(numbers))]
        dst = numbers[rng.next(len(numbers))]
        if src != dst and bank.transfer(src, dst, 50 + rng.next(600)):
            ok += 1
    bank.month_end()
    print('month %d: %d transfers ok, total %d' % (month, ok, bank.total()))
print(bank.report())
failures = {}
for name in bank.failures:
    failures[name] = failures.get(name, 0) + 1
print(failures)
victim = bank.accounts[1001]
victim.frozen = True
for action in (lambda: victim.deposit(10), lambda: victim.withdraw(10), lambda: victim.balance.__add__(1)):
    try:
        print('result', action())
    except BankError as e:
        print(type(e).__name__ + ':', e)
try:
    bank.accounts[1000].withdraw(10 ** 9)
except InsufficientFunds as e:
    print(e, '| amount', e.amount, '| owner', e.account.owner)
try:
    bank.accounts[1002].deposit(-5)
except ValueError as e:
    print('ValueError:', e)
try:
    victim.balance = 0
except AttributeError as e:
    print('AttributeError:', e)
print(bank.accounts[1002].history[:4])

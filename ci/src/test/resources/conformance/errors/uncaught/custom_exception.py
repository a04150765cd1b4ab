# Uncaught user-defined exception: stderr names the class without the __main__ prefix.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__('need %d, have %d' % (needed, available))
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount
print(withdraw(100, 30))
print(withdraw(100, 300))

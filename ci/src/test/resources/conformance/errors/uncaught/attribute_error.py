# Uncaught AttributeError on a user class instance.
class Account:
    def __init__(self):
        self.balance = 10
a = Account()
print(a.balance)
print(a.owner)

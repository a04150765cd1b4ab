# conformance: full-stderr
# A traceback through methods of a class and a module-level call.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self.items:
            raise IndexError('pop from empty stack')
        print('popped', self.items.pop())

    def drain(self, n):
        for _ in range(n):
            self.pop()

s = Stack()
s.push(1)
s.push(2)
s.drain(3)

# Uncaught exception whose __str__ is overridden.
class ParseError(Exception):
    def __init__(self, line, col):
        self.line, self.col = line, col
    def __str__(self):
        return 'parse error at %d:%d' % (self.line, self.col)
print('parsing')
raise ParseError(3, 14)

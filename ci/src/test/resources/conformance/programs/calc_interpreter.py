# A small interpreter: tokenizer, recursive-descent parser to tuples, and an evaluator with
# variables, functions, if/while and recursion. Exercises strings, dicts, classes, exceptions, recursion.

class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return '%s:%r' % (self.kind, self.value)

KEYWORDS = {'let', 'fn', 'if', 'else', 'while', 'return', 'print'}
SYMBOLS = ['==', '!=', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%', '<', '>', '=', '(', ')', '{', '}', ',', ';', '!']

class LangError(Exception):
    pass

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch == '#':
            while i < len(src) and src[i] != '\n':
                i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(Token('num', int(src[i:j]), i))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            word = src[i:j]
            tokens.append(Token('kw' if word in KEYWORDS else 'name', word, i))
            i = j
        elif ch == '"':
            j = src.index('"', i + 1)
            tokens.append(Token('str', src[i + 1:j], i))
            i = j + 1
        else:
            for sym in SYMBOLS:
                if src.startswith(sym, i):
                    tokens.append(Token('sym', sym, i))
                    i += len(sym)
                    break
            else:
                raise LangError('unexpected character %r at %d' % (ch, i))
    tokens.append(Token('eof', None, len(src)))
    return tokens

class Parser:
    PRECEDENCE = [('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='), ('+', '-'), ('*', '/', '%')]

    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0
    def peek(self, value=None):
        tok = self.tokens[self.i]
        return tok if value is None or (tok.value == value and tok.kind != 'str') else None
    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok.value != value:
            raise LangError('expected %r at %d, found %r' % (value, tok.pos, tok.value))
        self.i += 1
        return tok
    def program(self):
        stmts = []
        while self.peek().kind != 'eof':
            stmts.append(self.statement())
        return stmts
    def block(self):
        self.take('{')
        stmts = []
        while not self.peek('}'):
            stmts.append(self.statement())
        self.take('}')
        return stmts
    def statement(self):
        tok = self.peek()
        if tok.value == 'let':
            self.take()
            name = self.take().value
            self.take('=')
            expr = self.expr()
            self.take(';')
            return ('let', name, expr)
        if tok.value == 'fn':
            self.take()
            name = self.take().value
            self.take('(')
            params = []
            while not self.peek(')'):
                params.append(self.take().value)
                if self.peek(','):
                    self.take()
            self.take(')')
            return ('fn', name, params, self.block())
        if tok.value == 'if':
            self.take()
            cond = self.expr()
            then = self.block()
            other = []
            if self.peek('else'):
                self.take()
                other = self.block()
            return ('if', cond, then, other)
        if tok.value == 'while':
            self.take()
            return ('while', self.expr(), self.block())
        if tok.value in ('return', 'print'):
            self.take()
            expr = self.expr()
            self.take(';')
            return (tok.value, expr)
        if tok.kind == 'name' and self.tokens[self.i + 1].value == '=':
            name = self.take().value
            self.take('=')
            expr = self.expr()
            self.take(';')
            return ('set', name, expr)
        expr = self.expr()
        self.take(';')
        return ('expr', expr)
    def expr(self, level=0):
        if level == len(self.PRECEDENCE):
            return self.unary()
        left = self.expr(level + 1)
        while self.peek().kind == 'sym' and self.peek().value in self.PRECEDENCE[level]:
            op = self.take().value
            left = ('bin', op, left, self.expr(level + 1))
        return left
    def unary(self):
        if self.peek('-') or self.peek('!'):
            op = self.take().value
            return ('un', op, self.unary())
        return self.primary()
    def primary(self):
        tok = self.take()
        if tok.kind in ('num', 'str'):
            node = ('const', tok.value)
        elif tok.kind == 'name':
            node = ('var', tok.value)
        elif tok.value == '(':
            node = self.expr()
            self.take(')')
        else:
            raise LangError('unexpected %r at %d' % (tok.value, tok.pos))
        while self.peek('('):
            self.take()
            args = []
            while not self.peek(')'):
                args.append(self.expr())
                if self.peek(','):
                    self.take()
            self.take(')')
            node = ('call', node, args)
        return node

class Return(Exception):
    def __init__(self, value):
        self.value = value

BINOPS = {
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
    '/': lambda a, b: a // b, '%': lambda a, b: a % b, '<': lambda a, b: a < b,
    '>': lambda a, b: a > b, '<=': lambda a, b: a <= b, '>=': lambda a, b: a >= b,
    '==': lambda a, b: a == b, '!=': lambda a, b: a != b,
}

class Interpreter:
    def __init__(self):
        self.globals = {}
        self.output = []
        self.steps = 0
    def run(self, stmts, env):
        for s in stmts:
            self.execute(s, env)
    def execute(self, s, env):
        self.steps += 1
        kind = s[0]
        if kind == 'let' or kind == 'set':
            env[s[1]] = self.eval(s[2], env)
        elif kind == 'fn':
            env[s[1]] = ('closure', s[2], s[3], env)
        elif kind == 'if':
            self.run(s[2] if self.eval(s[1], env) else s[3], env)
        elif kind == 'while':
            while self.eval(s[1], env):
                self.run(s[2], env)
        elif kind == 'return':
            raise Return(self.eval(s[1], env))
        elif kind == 'print':
            self.output.append(str(self.eval(s[1], env)))
        else:
            self.eval(s[1], env)
    def eval(self, e, env):
        kind = e[0]
        if kind == 'const':
            return e[1]
        if kind == 'var':
            scope = env
            while scope is not None:
                if e[1] in scope:
                    return scope[e[1]]
                scope = scope.get('__parent__')
            raise LangError('undefined variable ' + e[1])
        if kind == 'un':
            v = self.eval(e[2], env)
            return -v if e[1] == '-' else not v
        if kind == 'bin':
            if e[1] == '&&':
                return self.eval(e[2], env) and self.eval(e[3], env)
            if e[1] == '||':
                return self.eval(e[2], env) or self.eval(e[3], env)
            return BINOPS[e[1]](self.eval(e[2], env), self.eval(e[3], env))
        fn = self.eval(e[1], env)
        args = [self.eval(a, env) for a in e[2]]
        _, params, body, closure_env = fn
        if len(params) != len(args):
            raise LangError('arity mismatch: %d != %d' % (len(params), len(args)))
        local = dict(zip(params, args))
        local['__parent__'] = closure_env
        try:
            self.run(body, local)
        except Return as r:
            return r.value
        return None

SOURCE = '''
# fibonacci, factorial, gcd and a loop
fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
fn fact(n) { let r = 1; while n > 1 { r = r * n; n = n - 1; } return r; }
fn gcd(a, b) { while b != 0 { let t = b; b = a % b; a = t; } return a; }
fn make_adder(k) { fn add(x) { return x + k; } return add; }
let i = 0;
while i < 12 { print fib(i); i = i + 1; }
print fact(25);
print gcd(1071, 462);
let add5 = make_adder(5);
print add5(37);
print "done" + "!";
print (1 < 2) && !(3 == 4) || 0;
'''

interp = Interpreter()
tokens = tokenize(SOURCE)
print(len(tokens), tokens[:6])
tree = Parser(tokens).program()
print(len(tree), tree[0][0], tree[-1])
interp.run(tree, interp.globals)
print(' '.join(interp.output))
print('statements executed:', interp.steps)
for bad in ['let x = ;', 'print y;', 'let z = 1 $ 2;', 'fn f(a) { return a; } f(1, 2);']:
    try:
        Interpreter().run(Parser(tokenize(bad)).program(), {})
    except LangError as err:
        print('LangError:', err)

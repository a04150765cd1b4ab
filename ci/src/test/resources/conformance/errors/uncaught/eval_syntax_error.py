# A SyntaxError from eval() that nobody catches: the traceback shows the "<string>" line and
# the caret where CPython puts them.
x = 1
eval("(x +\n 2 +")

# exec and eval on source text: the caller's namespaces or the dicts given, results, what a
# definition made by exec leaves behind, and the errors CPython gives.
x = 10
print(eval("x * 2 + 1"), eval("  (x, -x)"), eval("\t[x] * 2\n"))
exec("y = x + 5")
print(y)

ns = {"a": 3}
exec("b = a * a\ndef sq(v):\n    return v * v\nclass K:\n    k = b\n", ns)
print(ns["b"], ns["sq"](7), ns["K"].k, "__builtins__" in ns, sorted(k for k in ns if k != "__builtins__"))
print(eval("sq(a) + b", ns), eval("a + z", {"a": 1}, {"z": 100}))
print(eval(b"2 ** 10"), eval("len('abc')", {}))


def inner(p):
    q = p * 3
    print(eval("p + q"), eval("q", {"q": "global q"}))
    loc = {}
    exec("r = x + 1", None, loc)
    print(loc)
    exec("global_from_inner = q")
    return q


inner(2)
print("global_from_inner" in globals())
exec("global made_by_exec\nmade_by_exec = 'yes'")
print(made_by_exec)
counter = {"n": 0}
for i in range(3):
    exec("n += i", {"i": i}, counter)
print(counter)

for src in ["x = 1", "1 +", "1 +\n", "x +  ", "1\n2", "(", "lambda: yield"]:
    try:
        eval(src)
    except SyntaxError as e:
        print("eval", repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
for src in ["x = ", "def f(:\n  pass", "return 1", "  y = 1"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("exec", repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
for call in [lambda: eval(1), lambda: exec(None), lambda: eval("1", []), lambda: eval("1", globals={}),
             lambda: exec("1", globals={}), lambda: exec("1", [])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    eval("undefined_name + 1")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)

# compile(): code objects for exec and eval
code = compile("w = x * 3\nprint('compiled', w)", "made_here", "exec")
print(type(code).__name__)
exec(code)
print(w, eval(compile("w + 1", "<expr>", "eval")), eval(code, {"x": 1}))
try:
    exec(compile("1 / 0", "myfile", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_filename if False else "")
for args in [("x", "f", "bad"), (1, "f", "exec"), ("1 +", "fname", "eval"), ("x = (", "fname2", "exec")]:
    try:
        compile(*args)
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e, getattr(e, "filename", ""))

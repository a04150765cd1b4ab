def gen():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", repr(e), e.args)


g = gen()
next(g)
err = ValueError("original")
g.throw(ValueError, err)
g.throw(ValueError, "made")
g.throw(ValueError, ("a", "b"))
g.throw(ValueError)
g.throw(err)


class Custom(ValueError):
    pass


g.throw(ValueError, Custom("sub"))
g.close()

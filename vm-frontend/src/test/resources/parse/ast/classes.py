class A:
    pass

class B(A):
    x = 1

    def method(self):
        return self.x

    @staticmethod
    def s():
        pass

    @property
    def p(self):
        return 1

class C(A, B, metaclass=M, **kw):
    """Docstring."""

    class Inner:
        pass

class D():
    pass

class E(*bases):
    pass

class F(object, x=1):
    def __init__(self):
        super().__init__()
        __class__

class G: pass

# A helper module imported by the programs of modules/; not run as a program (name starts with '_').
print('_geometry is being imported, __name__ =', __name__)
PI = 3.141592653589793
_private = 'hidden by convention'
calls = 0
def area(r):
    global calls
    calls += 1
    return PI * r * r
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return 'Rect(%r, %r)' % (self.w, self.h)
if __name__ == '__main__':
    print('never printed when imported')

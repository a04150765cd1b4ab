# An exception from __init__ while constructing an object.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError('temperature below absolute zero: %r' % kelvin)
        self.kelvin = kelvin
print(Temperature(300).kelvin)
Temperature(-5)

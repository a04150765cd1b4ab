# conformance: full-stderr
def greet(name)
    return 'hi ' + name

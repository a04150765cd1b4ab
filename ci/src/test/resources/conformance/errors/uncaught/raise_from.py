# Uncaught exception raised from another: the last stderr line is the outer exception.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError('bad setting %r' % text) from e
print(load('5'))
print(load('five'))

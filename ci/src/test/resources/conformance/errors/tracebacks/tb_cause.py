# conformance: full-stderr
# raise ... from: both tracebacks, joined by "The above exception was the direct cause".
class ConfigError(Exception):
    pass

def require(settings, key):
    if key not in settings:
        raise KeyError(key)

def read_port(settings):
    try:
        require(settings, 'port')
    except KeyError as e:
        raise ConfigError('port is not configured') from e

def start(settings):
    print('starting')
    read_port(settings)

start({'host': 'localhost'})

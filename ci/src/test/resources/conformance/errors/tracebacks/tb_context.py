# conformance: full-stderr
# An exception while handling another: "During handling of the above exception, another exception occurred".
def cleanup(resource):
    raise RuntimeError('cleanup of %s failed' % resource)

def process(resource):
    try:
        raise OSError('device %s not ready' % resource)
    except OSError:
        cleanup(resource)

process('disk0')

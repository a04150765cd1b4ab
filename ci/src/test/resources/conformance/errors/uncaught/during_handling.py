# An exception raised while handling another, uncaught.
def risky():
    try:
        return {}['missing']
    except KeyError:
        return undefined_handler_name
print('start')
risky()

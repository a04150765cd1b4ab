# An exception message spanning lines: only the last line of stderr is compared.
raise ValueError('first line of message\nsecond line of message')

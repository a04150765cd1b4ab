# conformance: full-stderr
if True:
        print('spaces')
	print('tab')

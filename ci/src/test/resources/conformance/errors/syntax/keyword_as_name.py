# conformance: full-stderr
class = 'reserved'

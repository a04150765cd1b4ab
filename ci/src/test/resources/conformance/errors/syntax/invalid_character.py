# conformance: full-stderr
price = 5 € 2

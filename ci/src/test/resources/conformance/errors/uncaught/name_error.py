# Uncaught NameError from a misspelled name.
total = 5
print(total)
print(totl)

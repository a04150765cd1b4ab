# hidden by _extra2/_shadowed.py once that folder is inserted in front
WHERE = 'extra'

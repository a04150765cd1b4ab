# the same name as _extra/_shadowed.py: whichever folder comes first in sys.path wins
WHERE = 'extra2'

import _lazymod
from _lazymod import computed_beta

print(_lazymod.answer, _lazymod.computed_alpha, computed_beta)
print(getattr(_lazymod, "computed_gamma"), hasattr(_lazymod, "missing"))
try:
    _lazymod.missing
except AttributeError as e:
    print("AttributeError:", e)

# keyword: the keyword lists of Python 3.11; __future__: its features
from __future__ import annotations
import keyword
import __future__

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
for word in ['if', 'match', 'print', 'None', 'none', 'async', '_', 'lambda', '']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(__future__.all_feature_names)
print(__future__.annotations)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.division.getMandatoryRelease(), __future__.generator_stop.compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.with_statement)


def f(x: SomeUndefinedName) -> AnotherOne:
    return x


print(f(5))

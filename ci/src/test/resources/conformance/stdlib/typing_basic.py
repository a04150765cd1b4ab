# typing: the names import, subscripting works at run time, and the helpers behave as in CPython
from __future__ import annotations
import typing
from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, NamedTuple,
                    Optional, Set, Tuple, TypeVar, Union, cast, overload, final,
                    TYPE_CHECKING, get_args, get_origin, Sequence, Mapping)

if TYPE_CHECKING:
    import nothing_here

print(TYPE_CHECKING, Any, Union, Optional, List, Dict, Callable)
print(List[int], Dict[str, int], Tuple[int, ...], Set[str], Iterable[int], Iterator[str])
print(Optional[int], Union[int, str], Union[int, None], Union[int, int], Union[int, Union[str, float]])
print(Sequence[int], Mapping[str, List[int]], List[Optional[str]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int), get_args(int))
print(List[int] == List[int], List[int] == List[str], Optional[int] == Union[int, None])

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', str, int)
Co = TypeVar('Co', covariant=True)
print(T, K, S, Co, T.__name__, S.__constraints__, K.__bound__)
print(List[T])


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(3)
print(b.get(), isinstance(b, Box), Box[int](5).get())


def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None


print(first([4, 5]), first([]))
print(cast(int, 'not checked'), cast('List[int]', [1]))


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(2), double('ab'))


@final
class Leaf:
    pass


@final
def done():
    return 'done'


print(type(Leaf()).__name__, done())

Pair = NamedTuple('Pair', [('left', int), ('right', str)])
p = Pair(1, 'a')
print(p, p.left, p.right, Pair._fields)
handler: Callable[[int], str] = str
print(handler(5))
alias = Dict[str, Tuple[int, int]]
print(alias)
try:
    Optional[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    List[int, str]
except TypeError as e:
    print('TypeError', e)
print(typing.TYPE_CHECKING, callable(typing.cast))

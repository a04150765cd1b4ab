import types
from dataclasses import dataclass, fields

IntOrStr = int | str
print(IntOrStr, type(IntOrStr) is types.UnionType, IntOrStr.__args__)
print(int | None, None | int, int | str | None, (int | str) | float)
print(isinstance(3, IntOrStr), isinstance("a", IntOrStr), isinstance(2.5, IntOrStr), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print((int | str) == (str | int), int | int, hash(int | str) == hash(str | int))


class Node:
    pass


print(Node | None, int | Node)


@dataclass
class Item:
    name: str
    parent: Node | None = None
    size: int | float = 0


print(Item("x"), [f.type for f in fields(Item)])
try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
ns = types.SimpleNamespace(a=1, b="two")
ns.c = 3
print(ns, ns.a, types.SimpleNamespace(a=1, b="two", c=3) == ns)
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType), types.NoneType)

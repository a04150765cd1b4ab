"""A module with a module-level __getattr__ (PEP 562), for module_getattr.py."""

answer = 42


def __getattr__(name):
    if name.startswith("computed_"):
        return name[len("computed_"):].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

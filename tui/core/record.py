"""`Record`: the base of the core's value classes, compared, hashed and shown by their fields.

What `dataclasses` would write for them, written once here: importing `dataclasses` loads `inspect` (and
with it `ast`, `dis` and `tokenize`), and decorating a class runs generated code, about 20 ms of every
one-shot `versus --json` together. Each class lists its `__slots__` and writes its own `__init__` (the
fastest way to build the tens of thousands a long text makes).
"""

from __future__ import annotations

from typing import Any, ClassVar


class Record:
    """Fields in `__slots__`, in order. Those up to `_compared` (a slice end: -2 leaves out the last two; all
    when not set) decide equality and the hash, and `repr` shows them. A field named with a leading
    underscore is a cache: `replace` leaves it empty (None) in the copy."""

    __slots__ = ()
    _compared: ClassVar[int | None] = None

    def _fields(self) -> tuple[str, ...]:
        return self.__slots__[: self._compared]  # type: ignore[misc]

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._fields()])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields())
        return f"{type(self).__name__}({shown})"

    def replace(self, **changes: Any) -> Any:
        """A copy with some fields changed (as `dataclasses.replace`)."""
        copy = object.__new__(type(self))
        for name in self.__slots__:  # type: ignore[attr-defined]
            kept = changes.pop(name) if name in changes else getattr(self, name)
            object.__setattr__(copy, name, None if name.startswith("_") else kept)
        if changes:
            raise TypeError(f"{type(self).__name__} has no field {next(iter(changes))!r}")
        return copy


class FrozenRecord(Record):
    """A `Record` whose fields cannot be set once made (`__init__` sets them with `object.__setattr__`)."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot delete {name!r}")

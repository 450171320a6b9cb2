"""Frozen dataclass instances made without the per-field cost of their ``__init__``.

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__``
(some hundreds of instructions a field in CPython 3.11); the comparison makes tens of
thousands of redline spans, changes and aligned pairs. :class:`Maker` makes the very instance
the class's ``__init__`` would (its ``__dict__`` holds every field in the fields' order,
defaults included, so equality, hashing, ``repr`` and ``dataclasses.asdict`` see no
difference) by setting the whole ``__dict__`` at once.

Only for plain frozen dataclasses: no ``__post_init__``, no ``InitVar``, no ``__slots__``
(:class:`Maker` refuses any other class when it is built).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import MISSING, fields, is_dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_UNSET: Any = object()
_new_object = object.__new__
_set_attr = object.__setattr__


def new_frozen(cls: type[T], state: dict[str, Any]) -> T:
    """An instance of ``cls`` whose ``__dict__`` is ``state`` (which must hold every field of
    the dataclass, in order, and nothing else: :meth:`Maker.__call__` checks that, a hot path
    writing a literal dict need not)."""
    made = _new_object(cls)
    _set_attr(made, "__dict__", state)
    return made


def new_frozen_each(cls: type[T], states: Iterable[dict[str, Any]]) -> list[T]:
    """``[new_frozen(cls, state) for state in states]``, without a Python call per
    instance."""
    out: list[T] = []
    append = out.append
    for state in states:
        made = _new_object(cls)
        _set_attr(made, "__dict__", state)
        append(made)
    return out


class Maker(Generic[T]):
    """``Maker(Cls)(**values)`` is ``Cls(**values)`` (see the module's docstring): every field
    not given takes its default (a ``default_factory`` is called for each instance); a missing
    or unknown field raises ``TypeError`` as ``__init__`` would."""

    def __init__(self, cls: type[T]) -> None:
        params = getattr(cls, "__dataclass_params__", None)
        if (not is_dataclass(cls) or params is None or not params.frozen
                or hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__):
            raise TypeError(f"{cls.__name__} is not a plain frozen dataclass")
        self.cls = cls
        self.defaults: dict[str, Any] = {}
        self.factories: dict[str, Any] = {}
        for f in fields(cls):
            self.defaults[f.name] = f.default
            if f.default_factory is not MISSING:
                self.factories[f.name] = f.default_factory
            elif f.default is MISSING:
                self.defaults[f.name] = _UNSET
        self.required = frozenset(name for name, value in self.defaults.items()
                                  if value is _UNSET)
        """The fields with neither a default nor a factory."""

    def __call__(self, **values: Any) -> T:
        state = self.defaults | values
        # a look-up per required field (not a comparison with every value)
        if len(state) != len(self.defaults) or not values.keys() >= self.required:
            raise TypeError(f"{self.cls.__name__} fields missing or unknown: {sorted(values)}")
        if self.factories:
            for name, factory in self.factories.items():
                if name not in values:
                    state[name] = factory()
        return new_frozen(self.cls, state)


__all__ = ["Maker", "new_frozen", "new_frozen_each"]

"""plandiff._frozen: the instance a frozen dataclass's __init__ makes, without its per-field
cost."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from plandiff._frozen import Maker, new_frozen
from plandiff.engine.align.types import Evidence, Pair, PairKind


@dataclass(frozen=True)
class _Sample:
    a: int
    b: tuple[int, ...] = ()
    c: list[int] = field(default_factory=list)


def test_maker_makes_what_init_makes() -> None:
    make = Maker(_Sample)
    for values in ({"a": 1}, {"a": 1, "b": (2,)}, {"c": [3], "a": 0}):
        made, reference = make(**values), _Sample(**values)  # type: ignore[arg-type]
        assert made == reference and hash((made.a, made.b)) == hash((reference.a, reference.b))
        assert list(vars(made)) == list(vars(reference))  # fields in order
        assert repr(made) == repr(reference)
        assert dataclasses.asdict(made) == dataclasses.asdict(reference)
    assert make(a=1).c is not make(a=1).c  # a default factory per instance
    with pytest.raises(dataclasses.FrozenInstanceError):
        make(a=1).a = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        make(b=())  # a field without a default missing
    with pytest.raises(TypeError):
        make(a=1, colour="red")  # unknown field


def test_maker_refuses_what_it_cannot_make() -> None:
    @dataclass
    class Mutable:
        a: int

    @dataclass(frozen=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            pass

    for cls in (Mutable, Checked, int):
        with pytest.raises(TypeError):
            Maker(cls)


def test_pair_made_fast_equals_pair() -> None:
    values = {"old": ("a",), "new": ("b",), "old_index": (0,), "new_index": (1,),
              "kind": PairKind.ONE_TO_ONE, "evidence": Evidence.SIMILARITY, "similarity": 0.5,
              "moved": True, "terms": ("x",), "links": (("a", "b"),)}
    made, reference = Maker(Pair)(**values), Pair(**values)  # type: ignore[arg-type]
    assert made == reference and hash(made) == hash(reference)
    assert list(vars(made)) == list(vars(reference))


def test_new_frozen_sets_the_whole_state() -> None:
    made = new_frozen(_Sample, {"a": 1, "b": (), "c": []})
    assert made == _Sample(1)

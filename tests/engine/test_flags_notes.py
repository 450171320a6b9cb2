"""No flag comes from a point's notes: they are the editor's comments on a text, not the text.

Notes that change, or that hold numbers, dates, modals, negations, names and references to
other points, leave a point's flags exactly as its text alone gives them."""

from __future__ import annotations

from typing import Any

from plandiff.engine.compare import compare
from plandiff.engine.comparison import Change
from plandiff.plans.model import PlanVersion
from tests.helpers import make_plan

NOISY_OLD = ("Reported by Reuters: 600,000 troops within 100 days; Russia shall not object; "
             "see point 2. The 28-point text does not say more.")
NOISY_NEW = ("Per Axios on 24 December 2025: $800bn, as soon as possible; the United States "
             "may decide; compare point 1 and point 3. Not confirmed.")


def _version(version: str, points: list[dict[str, Any]]) -> PlanVersion:
    return PlanVersion.model_validate(make_plan(version=version, points=points))


def _points(first: str, notes: str | None, third: bool) -> list[dict[str, Any]]:
    one: dict[str, Any] = {"id": "one", "number": "1", "text": first, "topics": ["ceasefire"]}
    if notes is not None:
        one["notes"] = notes
    points = [one, {"id": "two", "number": "2", "text": "Observers attend.",
                    "topics": ["monitoring"]}]
    if third:
        points.append({"id": "three", "number": "3", "text": "Talks go on.",
                       "topics": ["talks"]})
    return points


def _flags(change: Change) -> list[tuple[str, str, str]]:
    return [(f.kind.value, f.old, f.new) for f in change.flags]


def test_changed_notes_raise_no_flag_on_an_unchanged_text() -> None:
    text = "The parties shall observe a ceasefire."
    old = _version("v1", _points(text, NOISY_OLD, third=False))
    new = _version("v2", _points(text, NOISY_NEW, third=True))
    changes = compare(old, new).changes
    first = next(c for c in changes if c.old == ("one",))
    assert first.flags == ()


def test_notes_add_nothing_to_the_flags_of_a_changed_text() -> None:
    old_text = "The parties shall observe a ceasefire within 30 days."
    new_text = "The parties may observe a ceasefire within 60 days."
    bare = compare(_version("v1", _points(old_text, None, third=False)),
                   _version("v2", _points(new_text, None, third=True))).changes
    noted = compare(_version("v1", _points(old_text, NOISY_OLD, third=False)),
                    _version("v2", _points(new_text, NOISY_NEW, third=True))).changes
    expected = [("date", "within 30 days", "within 60 days"), ("modality", "shall", "may")]
    assert _flags(next(c for c in bare if c.old == ("one",))) == expected
    assert _flags(next(c for c in noted if c.old == ("one",))) == expected


def test_a_reference_in_notes_raises_no_stale_reference_flag() -> None:
    # "point 2" in the notes would name another clause once point 2 is renumbered; only a
    # reference in the text itself is checked.
    old = _version("v1", [
        {"id": "one", "number": "1", "text": "A ceasefire holds.", "notes": "See point 2.",
         "topics": ["ceasefire"]},
        {"id": "two", "number": "2", "text": "Observers attend.", "topics": ["monitoring"]}])
    new = _version("v2", [
        {"id": "one", "number": "1", "text": "A full ceasefire holds.", "notes": "See point 2.",
         "topics": ["ceasefire"]},
        {"id": "new", "number": "2", "text": "Prisoners are exchanged.", "topics": ["prisoners"]},
        {"id": "two", "number": "3", "text": "Observers attend.", "topics": ["monitoring"]}])
    first = next(c for c in compare(old, new).changes if c.old == ("one",))
    assert [f for f in first.flags if f.kind.value == "reference"] == []

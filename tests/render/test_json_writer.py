"""The diff JSON writer writes the frequent parts of a change directly as text: the bytes
must be those of ``json.dumps(comparison_to_dict(...), ensure_ascii=False, indent=2)`` for
every pair of the shipped plans (with and without --explain and --changes-only) and for
hand-made edge cases (typography-only spans, moves across parents, points not reported,
review marks, empty lists, characters JSON escapes)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from plandiff.engine.compare import compare
from plandiff.engine.comparison import (
    Change,
    ChangeKind,
    Comparison,
    Flag,
    FlagKind,
    Span,
    SpanOp,
    Summary,
    VersionInfo,
)
from plandiff.plans.corpus import load_corpus
from plandiff.render.json import comparison_to_dict, render_json
from tests.helpers import PLANS


def _standard(comparison: Comparison, **options: bool) -> str:
    return json.dumps(comparison_to_dict(comparison, **options), ensure_ascii=False,
                      indent=2) + "\n"


@pytest.fixture(scope="module")
def comparisons() -> list[Comparison]:
    corpus = load_corpus(PLANS)
    found = [compare(old, new) for old, new in corpus.pairs() if old.language == new.language]
    assert len(found) >= 10
    return found


@pytest.mark.parametrize("explain", [False, True])
@pytest.mark.parametrize("changes_only", [False, True])
def test_every_shipped_pair_gives_the_standard_library_bytes(
        comparisons: list[Comparison], explain: bool, changes_only: bool) -> None:
    for comparison in comparisons:
        assert render_json(comparison, explain=explain, changes_only=changes_only) == \
            _standard(comparison, explain=explain, changes_only=changes_only)


def _change(**extra: object) -> Change:
    fields: dict[str, object] = {
        "kind": ChangeKind.MODIFIED, "old": ("a", "b"), "new": ("c",),
        "old_numbers": ("1", "2"), "new_numbers": ("1",), "moved": False,
        "renumbered": True, "similarity": 2 / 3, "topics": (),
        "spans": (Span(SpanOp.EQUAL, "“Quoted” text", '"Quoted" text'),
                  Span(SpanOp.DELETE, 'a \\ back "slash"\n\t\x00\x1f'),
                  Span(SpanOp.INSERT, "\u2028 ü 👍 \ud7ff")),
        "flags": (Flag(FlagKind.NUMBER, "600,000", ""), Flag(FlagKind.PARTY, "", "Ü"))}
    fields.update(extra)
    return Change(**fields)  # type: ignore[arg-type]


def test_edge_cases_give_the_standard_library_bytes() -> None:
    changes = (
        _change(),
        _change(kind=ChangeKind.REMOVED, new=(), new_numbers=(), spans=(), flags=(),
                reported=False, similarity=0.0),
        _change(kind=ChangeKind.UNCHANGED, moved=True, across=True, old_parent="p",
                parent="q", old_path="20(b)", new_path="14(c)", similarity=1.0,
                topics=("x", "y"), spans=(Span(SpanOp.EQUAL, "same"),), flags=()),
        _change(confidence=0.2, evidence="similarity", declared=False, terms=("troops",)),
        _change(similarity=1e-9),
    )
    assert any(c.review for c in changes)
    for selected in (changes, changes[:1], ()):
        comparison = Comparison(VersionInfo("doc", "v1"), VersionInfo("doc", "v2"),
                                Summary(removed=1, review=1, not_reported=1), selected)
        for explain in (False, True):
            assert render_json(comparison, explain=explain) == \
                _standard(comparison, explain=explain)


def test_a_rounded_similarity_of_zero_is_written_as_the_standard_library_writes_it() -> None:
    change = replace(_change(), similarity=-0.0)
    comparison = Comparison(VersionInfo("d", "1"), VersionInfo("d", "2"), Summary(), (change,))
    assert render_json(comparison) == _standard(comparison)
    assert '"similarity": 0.0,' in render_json(comparison)

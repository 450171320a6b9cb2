"""Cross-references: the forms found in en/ja/uk/ru, the ones left alone, resolution, the
validate warning and the diff's reference flag in every format."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from plandiff.engine import xref
from plandiff.engine.compare import compare
from plandiff.engine.comparison import FlagKind
from plandiff.engine.xref import dangling, find_references, resolve
from plandiff.plans.loading import load_plan
from plandiff.plans.model import PlanVersion
from tests.helpers import REPO, Run, make_plan, write_plan

CASE = REPO / "tests" / "cases" / "stale-reference"

# (text, references as written, targets) — a corpus of reference forms in four languages.
FORMS = [
    ("as set out in point 12", ["point 12"], [("12",)]),
    ("Points 3–5 apply.", ["Points 3–5"], [("3", "4", "5")]),
    ("points 3, 4 and 7", ["points 3, 4 and 7"], [("3", "4", "7")]),
    ("under paragraph 5(b)", ["paragraph 5(b)"], [("5(b)",)]),
    ("Article 2(1) applies", ["Article 2(1)"], [("2(1)",)]),
    ("see Section 4 and clause 9", ["Section 4", "clause 9"], [("4",), ("9",)]),
    ("項目12に定めるとおり", ["項目12"], [("12",)]),
    ("項目１２（全角）", ["項目１２"], [("12",)]),
    ("第3条の規定により", ["第3条"], [("3",)]),
    ("第3条第2項に従い", ["第3条第2項"], [("3(2)",)]),
    ("відповідно до пункту 12", ["пункту 12"], [("12",)]),
    ("пункт 12 застосовується", ["пункт 12"], [("12",)]),
    ("пунктів 3–5", ["пунктів 3–5"], [("3", "4", "5")]),
    ("згідно зі статті 5", ["статті 5"], [("5",)]),
    ("в соответствии с пунктом 12", ["пунктом 12"], [("12",)]),
    ("согласно статьи 5", ["статьи 5"], [("5",)]),
    ("пункты 3 и 4", ["пункты 3 и 4"], [("3", "4")]),
    ("см. п. 4", ["п. 4"], [("4",)]),
]

# References to other texts: left alone (precision before recall).
NOT_OURS = [
    "US point 3 (no invasion) was dropped",
    "the 28-point draft (point 14) would have used the assets",
    "guarantees mirroring NATO's Article 5",
    "NATO and the Europeans give guarantees mirroring Article 5",
    "Article 2 of the UN Charter",
    "北大西洋条約第5条にならった保証",
    "the 20-point framework (point 8) moved it",
    "single-point 24 Kanal reports",
    "a 20-point plan",
]


@pytest.mark.parametrize(("text", "written", "targets"), FORMS, ids=[f[0] for f in FORMS])
def test_reference_forms_are_found(text: str, written: list[str],
                                   targets: list[tuple[str, ...]]) -> None:
    found = find_references(text)
    assert [r.text for r in found] == written
    assert [r.targets for r in found] == targets
    for ref in found:
        assert text[ref.start:ref.end] == ref.text


@pytest.mark.parametrize("text", NOT_OURS)
def test_references_to_other_texts_are_left_alone(text: str) -> None:
    assert find_references(text) == ()



def _all_patterns() -> tuple[re.Pattern[str], ...]:
    """Every reference pattern of xref, in order (each compiled on first use there)."""
    return tuple(map(xref._reference_pattern, range(len(xref._REFERENCE_SOURCES))))

def _plan(points: list[dict[str, object]]) -> PlanVersion:
    return PlanVersion.model_validate(make_plan(points=points))


def test_resolve_finds_points_and_sub_points_by_number() -> None:
    plan = _plan([
        {"id": "five", "number": "5", "text": "Five.", "points": [
            {"id": "five-b", "number": "b", "text": "Five b."},
            {"id": "five-c", "number": "5(c)", "text": "Five c."}]},
        {"id": "twelve", "number": "12.", "text": "Twelve."},
    ])
    assert resolve("5", plan).id == "five"  # type: ignore[union-attr]
    assert resolve("5(b)", plan).id == "five-b"  # type: ignore[union-attr]
    assert resolve("5(c)", plan).id == "five-c"  # type: ignore[union-attr]
    assert resolve("12", plan).id == "twelve"  # type: ignore[union-attr]
    assert resolve("6", plan) is None


def test_dangling_lists_references_that_name_no_point() -> None:
    plan = _plan([
        {"id": "one", "number": "1", "text": "As set out in point 2 and point 9."},
        {"id": "two", "number": "2", "text": "Two.", "notes": "Compare 項目7."},
    ])
    found = [(d.path, d.target) for d in dangling(plan)]
    assert found == [(("points", 0, "text"), "9"), (("points", 1, "notes"), "7")]


def test_stale_reference_is_flagged_when_its_target_is_renumbered_or_removed() -> None:
    comparison = compare(load_plan(CASE / "old.json"), load_plan(CASE / "new.json"))
    review = next(c for c in comparison.changes if c.new == ("review",))
    flags = [f for f in review.flags if f.kind is FlagKind.REFERENCE]
    assert len(flags) == 2
    assert flags[0].old.startswith("point 2: The armed forces")
    assert flags[0].new.startswith("point 2: Prisoners of war")
    assert "now 3" in flags[0].new
    assert flags[1].old.startswith("point 3: A joint commission")
    assert "was removed" in flags[1].new
    assert comparison.summary.references == 2


def test_an_updated_reference_is_not_flagged() -> None:
    before = json.loads((CASE / "old.json").read_text("utf-8"))
    before["points"][3]["text"] = "The cap set out in point 2 is reviewed after five years."
    after = json.loads((CASE / "new.json").read_text("utf-8"))
    after["points"][3]["text"] = "The cap set out in point 3 is reviewed after five years."
    old, new = PlanVersion.model_validate(before), PlanVersion.model_validate(after)
    comparison = compare(old, new)
    assert comparison.summary.references == 0
    assert not any(f.kind is FlagKind.REFERENCE for c in comparison.changes for f in c.flags)


@pytest.mark.parametrize(("fmt", "needle"), [
    ("text", "! reference: point 2: The armed forces"),
    ("markdown", "stale cross-references | 2"),
    ("json", '"kind": "reference"'),
    ("html", "cross-reference"),
])
def test_reference_flag_shows_in_every_format(cli: Callable[..., Run], fmt: str,
                                              needle: str) -> None:
    run = cli("diff", str(CASE / "old.json"), str(CASE / "new.json"), "--format", fmt)
    assert run.code == 0, run.err
    assert needle in run.out
    if fmt == "json":
        assert json.loads(run.out)["summary"]["references"] == 2
    if fmt == "text":
        assert "2 stale cross-references" in run.out


def test_validate_warns_and_strict_fails(cli: Callable[..., Run], tmp_path: Path) -> None:
    plan = make_plan(points=[{"id": "one", "number": "1", "text": "As set out in point 4."}])
    path = write_plan(tmp_path / "plans", plan)
    run = cli("validate", str(path))
    assert run.code == 0
    assert "warning:" in run.out and "'point 4' names no point of this version" in run.out
    strict = cli("validate", str(path), "--strict", "--format", "github")
    assert strict.code == 1
    assert strict.out.startswith("::warning file=") and ",line=" in strict.out
    as_json = json.loads(cli("validate", str(path), "--format", "json").out)
    assert as_json["valid"] is True and as_json["warnings"][0]["rule"] == "reference"


def test_shipped_plans_have_no_dangling_reference(cli: Callable[..., Run]) -> None:
    run = cli("validate", str(REPO / "plans"), "--strict")
    assert run.code == 0, run.out + run.err
    assert "warning" not in run.out


PREFILTER_TEXTS = [
    "As set out in point 12 and points 3–5.", "POINTS 3, 4 AND 7 apply.", "See Art. 2(1).",
    "Under paragraph 5(b), Section 4 and clause 9.", "A party shall start at once.",
    "відповідно до пункту 12", "согласно статье 5 и пунктам 3–5", "ᲃтаття 4", "п. 4 Статті 2",
    "項目12と第3条第2項を参照", "ポイント３、４", "第２項", "Ukraine and Russia agree.",
    "NATO's Article 5", "US point 3 (the 28-point draft)", "", "ſection 3 and ıtem 4",
    "The parties depart under Art.5, ART. 6, Articles 7 and 8.", "PARA. 4 and Paras 5",
    "counterpart 4, rampart 5, partition 6", "Clause 9; CLAUSES 3-4; SECTION 2",
]


@pytest.mark.parametrize("text", PREFILTER_TEXTS)
def test_pattern_prefilter_changes_no_result(text: str, monkeypatch: pytest.MonkeyPatch) -> None:

    filtered = find_references(text)
    monkeypatch.setattr(xref, "_patterns_for", lambda _text: _all_patterns())
    assert find_references(text) == filtered


def test_pattern_prefilter_skips_texts_without_cues() -> None:

    assert xref._patterns_for("Ukraine and Russia agree to a ceasefire.") == ()
    assert xref._patterns_for("See point 4.") == _all_patterns()[:1]
    assert _all_patterns()[2] not in xref._patterns_for("согласно пункту 5")
    # "art" inside "party" is no cue: only the words the first pattern matches are
    assert xref._patterns_for("The parties shall start; each party departs.") == ()
    for cue in ("Art. 5", "ARTICLES 2", "Paragraphs 3", "para. 7", "Sections 2", "clauses 1"):
        assert xref._patterns_for(f"as in {cue}") == _all_patterns()[:1]
    for cue in xref._LATIN_CUES:  # the unrolled test knows every cue
        assert xref._patterns_for(f"x {cue.upper()} y") == _all_patterns()[:1]



def test_changes_without_citing_points_are_passed_over_as_the_full_walk_would(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """stale_reference_flags looks only at changes whose new points' texts pass the cue
    test; with every point taken as citing (the plain walk), the result is the same, on the
    stale-reference case and every shipped pair of one document."""
    from dataclasses import replace
    from itertools import pairwise

    from plandiff.plans.corpus import load_corpus

    corpus = load_corpus(REPO / "plans")
    pairs = [(load_plan(CASE / "old.json"), load_plan(CASE / "new.json"))]
    for document in corpus.documents():
        versions = sorted(corpus.versions_of(document), key=lambda v: (v.date, v.version))
        pairs += [(a, b) for a, b in pairwise(versions) if a.language == b.language]
    flagged = 0
    for old, new in pairs:
        comparison = compare(old, new)
        changes = tuple(replace(c, flags=tuple(f for f in c.flags
                                               if f.kind is not FlagKind.REFERENCE))
                        for c in comparison.changes)
        fast = xref.stale_reference_flags(old, new, changes)
        with monkeypatch.context() as patched:
            patched.setattr(xref, "_citing", lambda plan: frozenset(p.id for p in plan.walk()))
            assert xref.stale_reference_flags(old, new, changes) == fast
        assert fast == comparison.changes
        flagged += comparison.summary.references
    assert flagged >= 2 and len(pairs) > 5

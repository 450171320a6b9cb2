"""Typography is not change (issue #13): quotes, dashes, spaces, widths and soft hyphens."""

from __future__ import annotations

import json

import pytest

from plandiff.engine.compare import compare
from plandiff.engine.comparison import ChangeKind, SpanOp, exact_spans
from plandiff.engine.redline import diff_texts
from plandiff.plans.model import PlanVersion
from plandiff.render.json import render_json
from plandiff.typography import fold, fold_map
from tests.helpers import make_plan

PAIRS = [
    ("Ukraine's army", "Ukraine’s army"),
    ('the "guarantee" holds', "the “guarantee” holds"),
    ("2025-2026 — the plan", "2025–2026 - the plan"),
    ("600\u00a0000 troops", "600 000 troops"),
    ("600\u202f000 troops", "600 000 troops"),
    ("ＮＡＴＯ membership in １０ years", "NATO membership in 10 years"),
    ("peace\u00adkeeping force", "peacekeeping force"),
]


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_typographic_variants_are_one_equal_span_showing_the_new_text(old: str, new: str
                                                                      ) -> None:
    assert fold(old) == fold(new)
    spans = diff_texts(old, new)
    assert [s.op for s in spans] == [SpanOp.EQUAL]
    assert spans[0].text == new and spans[0].old_text == old
    exact = exact_spans(spans)
    assert "".join(s.text for s in exact if s.op is not SpanOp.INSERT) == old
    assert "".join(s.text for s in exact if s.op is not SpanOp.DELETE) == new


def test_real_changes_beside_typography_stay_changes() -> None:
    old, new = "Ukraine's army — 600,000", "Ukraine’s army - 800,000"
    spans = diff_texts(old, new)
    assert [(s.op, s.text) for s in spans if s.op is not SpanOp.EQUAL] == [
        (SpanOp.DELETE, "600,000"), (SpanOp.INSERT, "800,000")]
    exact = exact_spans(spans)
    assert "".join(s.text for s in exact if s.op is not SpanOp.INSERT) == old
    assert "".join(s.text for s in exact if s.op is not SpanOp.DELETE) == new


def test_fold_map_points_back_into_the_original() -> None:
    text = "a\u00adb “c”"
    folded, where = fold_map(text)
    assert folded == 'ab "c"'
    assert where[-1] == len(text)
    assert [text[where[i]] for i in range(len(folded))][2:] == [" ", "“", "c", "”"]


def test_a_point_differing_only_in_typography_is_unchanged_and_the_json_stays_exact() -> None:
    old_data = make_plan(version="v1")
    new_data = make_plan(version="v2")
    old_data["points"][0]["text"] = "The parties' ceasefire — at once."
    new_data["points"][0]["text"] = "The parties’ ceasefire – at once."
    old, new = PlanVersion.model_validate(old_data), PlanVersion.model_validate(new_data)
    comparison = compare(old, new)
    first = comparison.changes[0]
    assert first.kind is ChangeKind.UNCHANGED and first.flags == ()
    assert first.new_text == new_data["points"][0]["text"]
    assert first.old_text == old_data["points"][0]["text"]
    data = json.loads(render_json(comparison))
    spans = data["changes"][0]["spans"]
    assert "".join(s["text"] for s in spans if s["op"] != "insert") == old_data["points"][0][
        "text"]
    assert "".join(s["text"] for s in spans if s["op"] != "delete") == new_data["points"][0][
        "text"]


def test_not_reported_old_points_are_never_paired() -> None:
    old_data = make_plan(version="v1")
    new_data = make_plan(version="v2", supersedes="v1")
    # The new version's only point resembles old point "one", which it does not report on.
    new_data["points"] = [{"id": "fresh", "number": "1",
                           "text": "The parties shall observe a ceasefire now."}]
    new_data["not_reported"] = ["accord@v1#one", "accord@v1#two"]
    comparison = compare(PlanVersion.model_validate(old_data),
                         PlanVersion.model_validate(new_data))
    kinds = {(c.kind, c.old, c.new, c.reported) for c in comparison.changes}
    assert (ChangeKind.ADDED, (), ("fresh",), True) in kinds
    assert (ChangeKind.REMOVED, ("one",), (), False) in kinds
    assert comparison.summary.not_reported == 3  # one, two and two's sub-point
    assert all(not c.flags for c in comparison.changes)

"""Property tests over generated plan files (see ``strategies.py``).

validate never raises, only reports problems naming the file; generated valid plans validate;
for valid pairs compare never raises, every change's spans rebuild exactly the old and new
texts of its points, every point appears in exactly one change, diff(A, A) is all unchanged,
diff(A, B) and diff(B, A) mirror each other, and every renderer accepts the comparison.
Bounded: the whole file runs in well under a minute on two cores.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from plandiff.engine.compare import compare, has_differences
from plandiff.engine.comparison import ChangeKind, Comparison, SpanOp, exact_spans
from plandiff.errors import PlandiffError, RenderError
from plandiff.plans.corpus import load_corpus
from plandiff.plans.loading import read_plan_file
from plandiff.plans.model import PlanVersion
from plandiff.render.json import render_json
from plandiff.render.markdown import render_markdown
from plandiff.render.report import render_html, render_pdf
from plandiff.render.text import render_text
from plandiff.typography import fold
from plandiff.workflows.buildconfig import checked_config
from plandiff.workflows.validate import validate_paths
from tests.fuzz.strategies import EMOJI, mutated, plans, revisions
from tests.helpers import make_plan, write_plan

FAST = settings(max_examples=100, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
MEDIUM = settings(max_examples=50, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def pairs(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    old = draw(plans())
    return old, draw(revisions(old))


def _model(data: dict[str, Any]) -> PlanVersion:
    return PlanVersion.model_validate(data)


def _texts(plan: PlanVersion) -> dict[str, str]:
    return {p.id: p.text for p in plan.walk()}


def _below(plan: PlanVersion) -> dict[str, set[str]]:
    """Every point's id → the ids of all the sub-points under it, at any depth."""
    return {p.id: {q.id for q in p.walk()} - {p.id} for p in plan.walk()}


def _write(root: Path, data: dict[str, Any]) -> Path:
    path = root / data["document"] / f"{data['version']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- validate


@FAST
@given(pairs())
def test_generated_plans_are_valid(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    old, new = pair
    new = {**new, "supersedes": old["version"]}
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "plans"
        _write(root, old)
        _write(root, new)
        result = validate_paths([root])
    assert result.ok, [p.format() for p in result.problems]


@FAST
@given(st.data())
def test_validate_never_raises_on_mutated_files(data: st.DataObject) -> None:
    raw = data.draw(plans(max_points=4).flatmap(mutated))
    with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
        path = Path(scratch) / "plans" / "doc" / "v1.json"
        path.parent.mkdir(parents=True)
        path.write_bytes(raw)
        result = validate_paths([path])
        loaded = read_plan_file(path, "doc/v1.json")
        assert path.read_bytes() == raw
    assert (loaded.plan is None) == bool(loaded.problems)
    for problem in (*result.problems, *loaded.problems):
        line = problem.format()
        assert "v1.json" in line
        assert "\n" not in line and len(line) < 1000


@FAST
@given(st.binary(max_size=300))
def test_validate_never_raises_on_random_bytes(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
        path = Path(scratch) / "x.json"
        path.write_bytes(raw)
        result = validate_paths([path])
    assert not result.ok
    assert all("x.json" in p.format() for p in result.problems)



CONFIG = {"$schema": "../schemas/plandiff-config.schema.json",
          "extra_pairs": [["doc@v1", "doc@v2"]], "formats": ["html", "json"], "history": True,
          "entities": [{"id": "kyiv", "names": {"en": ["Kyiv", "Kiev*"], "uk": ["Київ"]}}]}
"""A valid build configuration of the two-version tree the next test writes."""


@FAST
@given(st.one_of(mutated(CONFIG), st.binary(max_size=200)))
@example(json.dumps(CONFIG).encode("utf-8"))
def test_build_and_validate_never_raise_on_a_broken_config(raw: bytes) -> None:
    """``plans/plandiff.json`` broken in one to three ways (or any bytes): ``validate`` reports
    it in lines naming the file, the configuration ``build`` reads (:func:`checked_config`)
    is refused with plandiff's own error, and the file is left as it was."""

    with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
        root = Path(scratch) / "plans"
        write_plan(root, make_plan("doc", "v1"))
        write_plan(root, make_plan("doc", "v2", supersedes="v1", date="2025-12-01"))
        (root / "plandiff.json").write_bytes(raw)
        result = validate_paths([root])
        try:
            checked_config(root, load_corpus(root), "plans/plandiff.json")
        except PlandiffError as exc:
            assert all(line and "\n" not in line for line in exc.lines()), exc.lines()
        assert (root / "plandiff.json").read_bytes() == raw
    assert result.ok or raw != json.dumps(CONFIG).encode("utf-8"), result.problems
    for problem in result.problems:
        line = problem.format()
        assert "plandiff.json" in line, line
        assert "\n" not in line and len(line) < 1000

# --------------------------------------------------------------------------- compare


def _check_invariants(comparison: Comparison, old: PlanVersion, new: PlanVersion) -> None:
    old_texts, new_texts = _texts(old), _texts(new)
    seen_old: Counter[str] = Counter()
    seen_new: Counter[str] = Counter()
    for change in comparison.changes:
        ops = {s.op for s in change.spans}
        assert ops <= set(SpanOp)
        expected_old = "\n".join(old_texts[i] for i in change.old)
        expected_new = "\n".join(new_texts[i] for i in change.new)
        # An equal span may differ in typography only (its old characters in old_text);
        # exact_spans writes those out, so the spans rebuild both texts character for character.
        exact = exact_spans(change.spans)
        assert "".join(s.text for s in exact if s.op is not SpanOp.INSERT) == expected_old
        assert "".join(s.text for s in exact if s.op is not SpanOp.DELETE) == expected_new
        assert all(s.text for s in change.spans), "no empty spans"
        if change.kind is ChangeKind.ADDED:
            assert not change.old and len(change.new) == 1
        elif change.kind is ChangeKind.REMOVED:
            assert not change.new and len(change.old) == 1
        elif change.kind is ChangeKind.SPLIT:
            # one old point, with the sub-points of its own that went along into the parts
            assert change.old and len(change.new) >= 2
            assert set(change.old[1:]) <= _below(old)[change.old[0]]
        elif change.kind is ChangeKind.MERGED:
            # the mirror of a split: one new point, with the sub-points of its own that
            # took in part of the merged points
            assert len(change.old) >= 2 and change.new
            assert set(change.new[1:]) <= _below(new)[change.new[0]]
        else:
            assert len(change.old) == 1 and len(change.new) == 1
        if change.kind is ChangeKind.UNCHANGED:
            assert fold(expected_old) == fold(expected_new)  # typography is not change
        assert 0.0 <= change.similarity <= 1.0
        seen_old.update(change.old)
        seen_new.update(change.new)
    assert seen_old == Counter(old_texts.keys()), "every old point in exactly one change"
    assert seen_new == Counter(new_texts.keys()), "every new point in exactly one change"


@FAST
@given(pairs())
def test_diff_invariants(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    old, new = map(_model, pair)
    _check_invariants(compare(old, new), old, new)


def _small(version: str, points: list[dict[str, Any]]) -> dict[str, Any]:
    return {"document": "doc", "version": version, "title": "0", "date": "2025-11-20",
            "status": "draft", "text_kind": "paraphrase", "language": "en", "parties": [],
            "sources": [{"title": "0", "publisher": "0", "url": "https://example.org/"}],
            "points": points}


# Found by this test: a merge that absorbs a sub-point ("k") drops that sub-point's own
# sub-point ("C") from the comparison altogether.
LOST_SUBPOINT = (
    _small("v1", [{"id": "z", "number": "1", "text": "the", "points": [
        {"id": "4", "number": "1", "text": "the"},
        {"id": "k", "number": "35", "text": "the the the and the the the", "title": "0",
         "points": [{"id": "C", "number": "1", "text": "the"}]},
        {"id": "0", "number": "1", "text": "the"}]}]),
    _small("v2", [{"id": "T", "number": "1", "text": "", "title": "0", "points": [
        {"id": "I", "number": "1", "text": "the", "points": [
            {"id": "2", "number": "1", "text": "the"}, {"id": "X", "number": "1", "text": "the"}]},
        {"id": "0", "number": "1", "text": "the", "title": "0"},
        {"id": "O", "number": "1", "text": "the\nthe\nRussia the withdraw",
         "topics": ["ceasefire", "elections"]}]},
        {"id": "k0", "number": "1", "title": "0",
         "text": "the the the\nthe and" + " the" * 12 + "\nthe the the"}]),
)


def _leaf(id_: str, text: str = "the", *points: dict[str, Any]) -> dict[str, Any]:
    point: dict[str, Any] = {"id": id_, "number": "1", "text": text}
    if points:
        point["points"] = list(points)
    return point


# Found by this test once a leftover could join a merge on a number no other point names:
# old 1-1-1 and 1-2-1 merge into new 1-10-1, whose own sub-point 1-15-1 took the number,
# so the merge lists that sub-point beside its parent (the mirror of a split's sub-points).
MERGE_INTO_SUBPOINT = (
    _small("v1", [_leaf("1"), _leaf("1-1-1", "the 800,000"), _leaf("1-2-1", "the\nthe שלום")]),
    _small("v2", [
        _leaf("1"), _leaf("1-1-1"), _leaf("1-2-1"), _leaf("1-3-1"),
        _leaf("1-4-1", "the", _leaf("1-5-1", "the", _leaf("1-6-1"))),
        _leaf("2", "the", _leaf("2-8-1", "the", _leaf("2-9-1"))),
        _leaf("1-10-1", "the\nthe\nthe שלום",
              _leaf("1-11-1", "the", _leaf("1-12-1")),
              _leaf("1-13-1", "the", _leaf("1-14-1")),
              _leaf("1-15-1", "800,000"))]),
)


@FAST
@given(plans(), plans(version="v2"))
@example(*LOST_SUBPOINT)
@example(*MERGE_INTO_SUBPOINT)
def test_diff_invariants_unrelated(a: dict[str, Any], b: dict[str, Any]) -> None:
    old, new = _model(a), _model(b)
    _check_invariants(compare(old, new), old, new)


@FAST
@given(plans())
def test_diff_with_itself_is_all_unchanged(data: dict[str, Any]) -> None:
    plan = _model(data)
    comparison = compare(plan, plan)
    assert all(c.kind is ChangeKind.UNCHANGED and not c.moved and not c.renumbered
               for c in comparison.changes)
    assert len(comparison.changes) == sum(1 for _ in plan.walk())
    assert not has_differences(comparison)


def _pairs_of(comparison: Comparison) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(tuple(sorted(c.old)), tuple(sorted(c.new))) for c in comparison.changes
            if c.old and c.new}


@FAST
@given(pairs())
def test_diff_mirrors(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    a, b = map(_model, pair)
    forward, backward = compare(a, b), compare(b, a)
    f, r = forward.summary, backward.summary
    assert (f.added, f.removed, f.split, f.merged) == (r.removed, r.added, r.merged, r.split)
    assert (f.unchanged, f.modified) == (r.unchanged, r.modified)
    assert _pairs_of(forward) == {(n, o) for o, n in _pairs_of(backward)}


# --------------------------------------------------------------------------- render


class _Strict(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1


@MEDIUM
@given(pairs(), st.sampled_from(["en", "ja", "uk"]), st.booleans())
def test_renderers_never_raise(pair: tuple[dict[str, Any], dict[str, Any]], lang: str,
                               changes_only: bool) -> None:
    old, new = map(_model, pair)
    comparison = compare(old, new)
    assert json.loads(render_json(comparison))["summary"]
    render_text(comparison, color=changes_only, changes_only=changes_only)
    render_markdown(comparison, changes_only=changes_only)
    html = render_html(comparison, old, new, lang=lang, changes_only=changes_only,
                       layout="side-by-side" if changes_only else "inline")
    parser = _Strict()
    parser.feed(html)
    assert parser.scripts == 0


@st.composite
def printable_pairs(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    old = draw(plans(max_points=4, printable=True))
    return old, draw(revisions(old, printable=True))


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.generate])
@given(printable_pairs())
@example((_small("v1", [{"id": "a", "number": "1", "text": "peace 🕊️ now"}]),
          _small("v2", [{"id": "a", "number": "1", "text": "peace 🕊️ later"}])))
def test_pdf_renders_or_fails_cleanly(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    """PDF is slow (about 2 s an example), so a handful only, and no shrinking."""
    old, new = map(_model, pair)
    comparison = compare(old, new)
    emoji = any(e in p.text for p in new.walk() for e in EMOJI)
    try:
        pdf = render_pdf(comparison, old, new)
    except RenderError as exc:  # an emoji with no emoji font installed: exit code 3
        assert emoji and "glyph" in exc.message, exc.message
    else:
        assert pdf.startswith(b"%PDF-")

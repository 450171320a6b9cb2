"""Comparison: change kinds, order, summary, ignore options, and the properties every diff
must have (a version against itself is all unchanged; A→B mirrors B→A; spans rebuild the
texts)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from benchmarks.synth import generate
from hypothesis import given, settings
from hypothesis import strategies as st

from plandiff.engine.compare import CompareOptions, compare, has_differences
from plandiff.engine.comparison import Change, ChangeKind, Comparison, SpanOp
from plandiff.errors import InputError, UsageError
from plandiff.plans.model import PlanVersion
from plandiff.render.json import render_json
from tests.helpers import make_plan


def plan(points: list[dict[str, Any]], version: str = "v1", language: str = "en") -> PlanVersion:
    return PlanVersion.model_validate(make_plan(version=version, points=points,
                                                language=language))


def p(ident: str, number: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"id": ident, "number": number, "text": text, **extra}


def texts_of(version: PlanVersion) -> dict[str, str]:
    return {point.id: point.text for point in version.walk()}


def assert_spans_rebuild(comparison: Comparison, old: PlanVersion, new: PlanVersion) -> None:
    old_texts, new_texts = texts_of(old), texts_of(new)
    for change in comparison.changes:
        assert change.old_text == "\n".join(old_texts[i] for i in change.old)
        assert change.new_text == "\n".join(new_texts[i] for i in change.new)
        assert all(span.text for span in change.spans)


# Point texts: any Unicode a plan file may hold (no control characters but tab and newline).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\x85")
               | st.sampled_from("\t\n 　.,;"), max_size=40)
WORDS = st.lists(st.sampled_from(["the", "parties", "shall", "not", "600,000", "停戦", "مرحبا",
                                  "👍🏽", "Party", "B", "within", "30", "days", "."]),
                 max_size=12).map(" ".join)


@st.composite
def versions(draw: st.DrawFn) -> PlanVersion:
    count = draw(st.integers(0, 8))
    positional = draw(st.booleans())
    points = []
    for k in range(count):
        text = draw(st.one_of(TEXT, WORDS))
        subs = [p(f"s{k}-{j}" if not positional else f"p{k + 1}-{j}", f"{k + 1}({j})",
                  draw(st.one_of(TEXT, WORDS))) for j in range(draw(st.integers(0, 2)))]
        ident = f"p{k + 1}" if positional else f"pt-{k}"
        points.append(p(ident, str(k + 1), text, points=subs))
    return plan(points)


@settings(max_examples=60, deadline=None)
@given(versions())
def test_a_version_against_itself_is_all_unchanged(version: PlanVersion) -> None:
    comparison = compare(version, version)
    assert all(c.kind is ChangeKind.UNCHANGED for c in comparison.changes)
    assert not any(c.moved or c.renumbered for c in comparison.changes)
    assert len(comparison.changes) == sum(1 for _ in version.walk())
    assert not has_differences(comparison)
    assert_spans_rebuild(comparison, version, version)


@settings(max_examples=40, deadline=None)
@given(versions(), versions())
def test_spans_rebuild_both_texts_for_any_pair(old: PlanVersion, new: PlanVersion) -> None:
    new = new.model_copy(update={"version": "v2"})
    comparison = compare(old, new)
    assert_spans_rebuild(comparison, old, new)
    summary = comparison.summary
    assert sum(getattr(summary, k.value) for k in ChangeKind) == len(comparison.changes)
    seen_old = [i for c in comparison.changes for i in c.old]
    seen_new = [i for c in comparison.changes for i in c.new]
    assert sorted(seen_old) == sorted(texts_of(old)) and sorted(seen_new) == sorted(texts_of(new))


def synthetic(size: int, seed: int) -> tuple[PlanVersion, PlanVersion]:
    pair = generate(size, seed=seed)
    old = plan([p(f"o{k}", str(k + 1), t) for k, t in enumerate(pair.old)])
    new = plan([p(f"n{k}", str(k + 1), t) for k, t in enumerate(pair.new)], version="v2")
    return old, new


MIRROR = {ChangeKind.ADDED: ChangeKind.REMOVED, ChangeKind.REMOVED: ChangeKind.ADDED,
          ChangeKind.SPLIT: ChangeKind.MERGED, ChangeKind.MERGED: ChangeKind.SPLIT,
          ChangeKind.MODIFIED: ChangeKind.MODIFIED, ChangeKind.UNCHANGED: ChangeKind.UNCHANGED}


@settings(max_examples=8, deadline=None)
@given(st.integers(1, 10_000))
def test_a_to_b_mirrors_b_to_a(seed: int) -> None:
    a, b = synthetic(60, seed)
    forward, backward = compare(a, b), compare(b, a)

    def kinds(comparison: Comparison, flip: bool) -> dict[frozenset[str], ChangeKind]:
        return {frozenset(c.old) | frozenset(c.new): MIRROR[c.kind] if flip else c.kind
                for c in comparison.changes}

    assert kinds(forward, False) == kinds(backward, True)
    links = {(o, n) for c in forward.changes for o in c.old for n in c.new}
    assert links == {(n, o) for c in backward.changes for o in c.old for n in c.new}
    assert forward.summary.added == backward.summary.removed
    assert forward.summary.split == backward.summary.merged


def test_kinds_order_and_summary() -> None:
    old = plan([p("a", "1", "The parties observe a ceasefire.", topics=["ceasefire"]),
                p("b", "2", "Prisoners are exchanged all for all.", topics=["prisoners"]),
                p("c", "3", "The army is capped at 600,000 personnel.",
                  topics=["military-limits"]),
                p("d", "4", "Elections are held within 100 days.", topics=["elections"])])
    new = plan([p("a", "1", "The parties observe a ceasefire.", topics=["ceasefire"]),
                p("c", "2", "The army is capped at 800,000 personnel.",
                  topics=["military-limits"]),
                p("e", "3", "Sanctions are lifted in stages.", topics=["sanctions"]),
                p("d", "4", "Elections are held within 100 days.", topics=["elections"])],
               version="v2")
    comparison = compare(old, new)
    got = [(c.kind.value, c.old, c.new) for c in comparison.changes]
    assert got == [("unchanged", ("a",), ("a",)),
                   ("removed", ("b",), ()),  # where it stood: after a's partner
                   ("modified", ("c",), ("c",)),
                   ("added", (), ("e",)),
                   ("unchanged", ("d",), ("d",))]
    summary = comparison.summary
    assert (summary.unchanged, summary.modified, summary.added, summary.removed) == (2, 1, 1, 1)
    assert summary.renumbered == 1 and summary.moved == 0
    by_topic = dict(summary.by_topic)
    assert dict(by_topic["prisoners"])["removed"] == 1
    modified = comparison.changes[2]
    assert [(f.kind.value, f.old, f.new) for f in modified.flags] == [
        ("number", "600,000", "800,000")]
    assert 0 < modified.similarity < 1 and modified.topics == ("military-limits",)
    assert has_differences(comparison)


def test_split_and_merge_texts_are_joined_by_newlines() -> None:
    whole = ("A reconstruction fund receives frozen assets and invests in rebuilding. "
             "Navigation in the Black Sea stays free for commercial shipping.")
    old = plan([p("o1", "1", whole),
                p("o2", "2", "The army is capped at 600,000 personnel in peacetime."),
                p("o3", "3", "Elections are held within 100 days of signature.")])
    new = plan([p("n1", "1", "A reconstruction fund receives frozen assets and invests in "
                  "rebuilding."),
                p("n2", "2", "Navigation in the Black Sea stays free for commercial shipping."),
                p("n3", "3", "The army is capped at 600,000 personnel in peacetime. Elections "
                  "are held within 100 days of signature.")], version="v2")
    comparison = compare(old, new)
    split, merged = comparison.changes
    assert split.kind is ChangeKind.SPLIT and split.new == ("n1", "n2")
    assert split.new_text == "\n".join(texts_of(new)[i] for i in ("n1", "n2"))
    assert merged.kind is ChangeKind.MERGED and merged.old == ("o2", "o3")
    assert merged.old_text == "\n".join(texts_of(old)[i] for i in ("o2", "o3"))
    assert compare(new, old).changes[0].kind is ChangeKind.MERGED


def test_sub_point_changes_follow_their_parent() -> None:
    old = plan([p("a", "1", "Security arrangements:", points=[
        p("a1", "1(a)", "Observers attend."), p("a2", "1(b)", "Results within ten days.")]),
        p("b", "2", "Sanctions are lifted in stages.")])
    new = plan([p("a", "1", "Security arrangements:", points=[
        p("a1", "1(a)", "Observers attend every station.")]),
        p("b", "2", "Sanctions are lifted in stages.")], version="v2")
    changes = compare(old, new).changes
    assert [(c.depth, c.kind.value, c.old, c.parent) for c in changes] == [
        (0, "unchanged", ("a",), None), (1, "modified", ("a1",), "a"),
        (1, "removed", ("a2",), "a"), (0, "unchanged", ("b",), None)]


@pytest.mark.parametrize(("option", "old_text", "new_text"), [
    ("ignore_case", "The Parties shall observe a ceasefire.",
     "the parties shall observe a ceasefire."),
    ("ignore_whitespace", "The parties shall\nobserve a ceasefire.",
     "The parties  shall observe a ceasefire. "),
    ("ignore_punctuation", "The parties shall, at once, observe a ceasefire!",
     "The parties shall at once observe a ceasefire."),
])
def test_ignore_options_make_trivial_changes_unchanged(option: str, old_text: str,
                                                       new_text: str) -> None:
    old = plan([p("a", "1", old_text)])
    new = plan([p("a", "1", new_text)], version="v2")
    assert compare(old, new).changes[0].kind is ChangeKind.MODIFIED
    change = compare(old, new, options=CompareOptions(**{option: True})).changes[0]
    assert change.kind is ChangeKind.UNCHANGED and change.similarity == 1.0
    assert change.old_text == old_text and change.new_text == new_text
    assert any(s.op is not SpanOp.EQUAL for s in change.spans)


def test_ignore_case_does_not_hide_a_real_edit() -> None:
    old = plan([p("a", "1", "Troops are capped at 600,000.")])
    new = plan([p("a", "1", "troops are capped at 800,000.")], version="v2")
    change = compare(old, new, options=CompareOptions(ignore_case=True)).changes[0]
    assert change.kind is ChangeKind.MODIFIED


def test_different_languages_are_refused_unless_allowed() -> None:
    old = plan([p("a", "1", "Ceasefire.")])
    new = plan([p("a", "1", "停戦。")], version="v2", language="ja")
    with pytest.raises(UsageError, match="one language"):
        compare(old, new)
    comparison = compare(old, new, options=CompareOptions(allow_cross_language=True))
    assert comparison.changes[0].kind is ChangeKind.MODIFIED


def test_duplicate_ids_are_an_input_error() -> None:
    dup = plan([p("a", "1", "One."), p("a", "2", "Two.")])
    with pytest.raises(InputError, match="duplicate point id"):
        compare(dup, dup)


def test_output_is_identical_from_run_to_run() -> None:
    old, new = synthetic(200, 5)
    assert render_json(compare(old, new)) == render_json(compare(old, new))


def test_declared_flag_reaches_the_change() -> None:
    old = plan([p("a", "1", "Ceasefire along the line of contact.")])
    new = plan([p("z", "1", "Something rewritten beyond recognition.",
                  derived_from=["accord@v1#a"])], version="v2")
    change: Change = compare(old, new).changes[0]
    assert change.declared and change.old == ("a",) and change.new == ("z",)


def assert_every_point_once(comparison: Comparison, old: PlanVersion,
                            new: PlanVersion) -> None:
    seen_old = [i for c in comparison.changes for i in c.old]
    seen_new = [i for c in comparison.changes for i in c.new]
    assert sorted(seen_old) == sorted(texts_of(old))
    assert sorted(seen_new) == sorted(texts_of(new))


def test_a_sub_point_with_sub_points_is_not_inferred_folded_into_text() -> None:
    """Found by fuzzing: the aligner folded old sub-point "k" into "k0"'s text (a merge),
    and k's own sub-point "C" then appeared in no change at all."""
    old = plan([p("z", "1", "the", points=[
        p("4", "1", "the"),
        p("k", "35", "the the the and the the the", title="0",
          points=[p("C", "1", "the")]),
        p("0", "1", "the")])])
    new = plan([p("T", "1", "", title="0", points=[
        p("I", "1", "the", points=[p("2", "1", "the"), p("X", "1", "the")]),
        p("0", "1", "the", title="0"),
        p("O", "1", "the\nthe\nRussia the withdraw")]),
        p("k0", "1", "the the the\nthe and the the the the the the the the the the the "
          "the\nthe the the", title="0")], version="v2")
    for a, b in ((old, new), (new, old)):
        comparison = compare(a, b)
        assert_every_point_once(comparison, a, b)
        assert_spans_rebuild(comparison, a, b)
    kinds = {c.old: (c.kind, c.parent) for c in compare(old, new).changes if c.old}
    assert kinds[("k",)] == (ChangeKind.REMOVED, "z")
    assert kinds[("C",)] == (ChangeKind.REMOVED, "k")


def test_a_declared_fold_keeps_the_folded_sub_points_own_sub_points() -> None:
    """An author may declare a sub-point with sub-points folded into a new text: its own
    sub-points still get a change each (removed, right after the merge)."""
    old = plan([p("o1", "1", "Territorial arrangements:", points=[
        p("o1a", "1(a)", "Crimea and Luhansk are recognised as Russian.",
          points=[p("o1a-i", "1(a)(i)", "A commission marks the line.")]),
        p("o1b", "1(b)", "A monitoring mission on the Dnipro is set up.")])])
    new = plan([p("n1", "1", "Territorial arrangements: Crimea and Luhansk are recognised "
                  "as Russian.", derived_from=["accord@v1#o1", "accord@v1#o1a"])],
               version="v2")
    comparison = compare(old, new)
    assert_every_point_once(comparison, old, new)
    assert_spans_rebuild(comparison, old, new)
    got = [(c.depth, c.kind.value, c.old, c.new, c.parent) for c in comparison.changes]
    assert got[0] == (0, "merged", ("o1", "o1a"), ("n1",), None)
    assert (1, "removed", ("o1a-i",), (), "o1a") in got
    assert (1, "removed", ("o1b",), (), "o1") in got
    backward = compare(new.model_copy(update={"version": "v0"}),
                       old.model_copy(update={"version": "v3"}))
    assert_every_point_once(backward, new, old)


def test_compare_restores_the_garbage_collector_state() -> None:
    import gc

    old = plan([p("a", "1", "Ceasefire along the line.")])
    new = plan([p("a", "1", "Ceasefire along the whole line.")], version="v2")
    assert gc.isenabled()
    compare(old, new)
    assert gc.isenabled()
    with pytest.raises(UsageError):
        compare(old, plan([p("a", "1", "停戦。")], version="v2", language="ja"))
    assert gc.isenabled()
    gc.disable()
    try:
        compare(old, new)
        assert not gc.isenabled()
    finally:
        gc.enable()


# --- a partial new version: points it does not report on ------------------------------------


def _partial() -> tuple[PlanVersion, PlanVersion]:
    old = plan([p("a", "1", "Ceasefire along the line.", topics=["ceasefire"]),
                p("b", "2", "Elections within 100 days.", topics=["elections"],
                  points=[p("b-1", "a", "Observers from the OSCE.")]),
                p("c", "3", "An amnesty for all parties.", topics=["amnesty"])])
    data = make_plan(version="v2", points=[p("a", "1", "Ceasefire along the whole line.",
                                              topics=["ceasefire"])])
    data["not_reported"] = ["accord@v1#b"]
    return old, PlanVersion.model_validate(data)


def test_points_a_partial_version_does_not_report_on_are_not_removed() -> None:
    old, new = _partial()
    result = compare(old, new)
    by_id = {c.old[0]: c for c in result.changes if c.old}
    assert by_id["b"].kind is ChangeKind.REMOVED and not by_id["b"].reported
    assert not by_id["b-1"].reported  # its sub-points go with it
    assert by_id["c"].reported  # not listed: removed
    assert by_id["b"].label == "not reported" and by_id["c"].label == "removed"
    assert result.summary.removed == 3 and result.summary.not_reported == 2
    assert "elections" not in dict(result.summary.by_topic)  # no topic lost it
    assert dict(dict(result.summary.by_topic)["amnesty"])["removed"] == 1


def test_diff_json_marks_not_reported_points_and_only_them() -> None:
    old, new = _partial()
    data = json.loads(render_json(compare(old, new)))
    assert data["summary"]["not_reported"] == 2 and data["summary"]["removed"] == 3
    reported = {c["old"][0]: c.get("reported", True) for c in data["changes"] if c["old"]}
    assert reported == {"a": True, "b": False, "b-1": False, "c": True}
    full = json.loads(render_json(compare(old, plan([p("a", "1", "x")], version="v2"))))
    assert "not_reported" not in full["summary"]
    assert all("reported" not in c for c in full["changes"])


def test_sub_points_the_author_folded_into_one_part_of_a_split_are_not_removed() -> None:
    # 28#12 -> 20#8 + 20#9 in the shipped corpus: 20#8 names 12(a), 12(b) and 12(c) in its
    # derived_from; they join the split's group instead of being reported removed.
    from pathlib import Path

    from plandiff.plans.corpus import load_corpus

    corpus = load_corpus(Path(__file__).resolve().parents[2] / "plans")
    old = corpus.version("peace-framework@2025-11-20-us-28-point")
    new = corpus.version("peace-framework@2025-12-24-20-point")
    comparison = compare(old, new)
    (split,) = [c for c in comparison.changes if "recovery-funds" in c.new]
    assert split.kind is ChangeKind.SPLIT and split.absorbed
    assert split.old == ("reconstruction-package", "development-fund", "gas-infrastructure",
                         "war-zone-rebuilding")
    assert split.new == ("reconstruction-package", "recovery-funds")
    removed = {i for c in comparison.changes if c.kind is ChangeKind.REMOVED for i in c.old}
    assert removed.isdisjoint(split.old)
    assert {"infrastructure", "mining-resources", "world-bank-package"} <= removed
    assert_spans_rebuild(comparison, old, new)


def test_changes_are_made_as_the_dataclass_makes_them() -> None:
    """compare's fast constructor gives what Change(...) gives, defaults and field order
    included, and refuses a missing or unknown field as the dataclass does."""
    from dataclasses import fields

    from plandiff.engine.compare import _new_change
    from plandiff.engine.comparison import Flag, FlagKind, Span

    required: dict[str, Any] = {
        "kind": ChangeKind.MODIFIED, "old": ("a",), "new": ("b",), "old_numbers": ("1",),
        "new_numbers": ("2",), "moved": True, "renumbered": False, "similarity": 0.5,
        "topics": ("nato",), "spans": (Span(SpanOp.EQUAL, "x"),),
        "flags": (Flag(FlagKind.NUMBER, "1", "2"),)}
    for extra in ({}, {"depth": 2, "parent": "p", "terms": ("x",), "join": "j"}):
        made, reference = _new_change(**required, **extra), Change(**required, **extra)
        assert made == reference and hash(made) == hash(reference)
        assert list(vars(made).items()) == list(vars(reference).items())
        assert [f.name for f in fields(Change)] == list(vars(made))
    with pytest.raises(TypeError):
        _new_change(**{k: v for k, v in required.items() if k != "flags"})
    with pytest.raises(TypeError):
        _new_change(**required, colour="red")


def test_paired_changes_hold_every_field_in_order() -> None:
    """Paired changes are built as a dict of every field (no keyword merge): each holds the
    fields in the dataclass's order and equals the instance ``Change(...)`` makes."""
    from dataclasses import fields

    a, b = synthetic(60, 7)
    changes = compare(a, b).changes
    names = [f.name for f in fields(Change)]
    assert {c.kind for c in changes} >= {ChangeKind.MODIFIED, ChangeKind.UNCHANGED}
    for change in changes:
        assert list(vars(change)) == names
        rebuilt = Change(**vars(change))
        assert rebuilt == change and hash(rebuilt) == hash(change)


@pytest.mark.parametrize(("old", "new", "same"), [
    # a translation letters its sub-points in its own alphabet: 10(в) is 10(c), the third
    ("10(а)", "10(a)", True), ("10(б)", "10(b)", True), ("10(в)", "10(c)", True),
    ("10(г)", "10(d)", True), ("в)", "c)", True), ("12(A)", "12(a)", True),
    ("10(в)", "10(v)", False), ("10(б)", "10(a)", False), ("10(а)", "11(a)", False),
    # a press copy's bullets are numbered in order (10.1, 10.2): the same place as 10(a), 10(b)
    ("10.1", "10(a)", True), ("14.3", "14(c)", True), ("10(1)", "10(a)", True),
    ("10.1", "10(b)", False), ("10.2", "11(b)", False), ("1", "a", False),
])
def test_sub_point_letters_compare_by_their_place_in_the_alphabet(old: str, new: str,
                                                                 same: bool) -> None:
    from plandiff.engine.align.tokens import number_key
    assert (number_key(old) == number_key(new)) is same

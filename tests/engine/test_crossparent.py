"""Sub-points that move from one parent to another are one moved change, not removed + added
(engine/align/crossparent.py and the moved-across changes of engine/compare.py)."""

from __future__ import annotations

from typing import Any

from plandiff.engine.align import align
from plandiff.engine.compare import compare, point_paths
from plandiff.engine.comparison import Change, ChangeKind, Comparison
from plandiff.plans.model import PlanVersion
from tests.helpers import make_plan


def plan(points: list[dict[str, Any]], version: str = "v1", **extra: Any) -> PlanVersion:
    return PlanVersion.model_validate(make_plan(version=version, points=points, **extra))


def p(ident: str, number: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"id": ident, "number": number, "text": text, **extra}


MONITORING = ("A joint monitoring commission chaired by the guarantors verifies the line of "
              "contact every month and reports violations within 48 hours.")
MONITORING_EDITED = ("A joint monitoring commission chaired by the guarantors verifies the line "
                     "of contact every week and reports violations within 24 hours.")
ASSETS = ("Frozen Russian sovereign assets worth 100 billion dollars are invested in "
          "US-led reconstruction projects in Ukraine.")


def security(*subs: dict[str, Any], ident: str = "sec") -> dict[str, Any]:
    return p(ident, "1", "Security arrangements for the period after signature:",
             points=list(subs))


def economy(*subs: dict[str, Any], number: str = "2") -> dict[str, Any]:
    return p("eco", number, "Economic measures agreed by the parties:", points=list(subs))


NATO = p("nato", "1(a)", "NATO agrees not to station troops on the territory of Ukraine.")
SANCTIONS = p("sanc", "2(a)", "Sanctions are lifted in stages, case by case, as agreed.")


def one(comparison: Comparison, old_id: str) -> Change:
    found = [c for c in comparison.changes if old_id in c.old]
    assert len(found) == 1, found
    return found[0]


def assert_each_point_once(comparison: Comparison, old: PlanVersion,
                           new: PlanVersion) -> None:
    assert sorted(i for c in comparison.changes for i in c.old) == sorted(
        q.id for q in old.walk())
    assert sorted(i for c in comparison.changes for i in c.new) == sorted(
        q.id for q in new.walk())


def test_a_sub_point_moved_to_another_matched_parent_is_moved_not_removed_and_added() -> None:
    old = plan([security(NATO, p("mon", "1(b)", MONITORING)), economy(SANCTIONS)])
    new = plan([security(NATO), economy(SANCTIONS, p("mon2", "2(b)", MONITORING_EDITED))],
               version="v2")
    comparison = compare(old, new)
    assert_each_point_once(comparison, old, new)
    change = one(comparison, "mon")
    assert (change.kind, change.new, change.moved, change.across) == (
        ChangeKind.MODIFIED, ("mon2",), True, True)
    assert (change.old_parent, change.parent, change.depth) == ("sec", "eco", 1)
    assert (change.old_path, change.new_path) == ("1(b)", "2(b)")
    assert change.old_text == MONITORING and change.new_text == MONITORING_EDITED
    assert any("48" in f.old and "24" in f.new for f in change.flags)
    assert change.evidence == "similarity" and change.confidence >= 0.5
    assert "monitoring" in change.terms or "commission" in change.terms
    summary = comparison.summary
    assert (summary.added, summary.removed, summary.moved) == (0, 0, 1)
    # it stands where the new sub-point stands: after its new parent's other sub-points
    order = [(c.old, c.new) for c in comparison.changes]
    assert order.index((("mon",), ("mon2",))) == order.index((("sanc",), ("sanc",))) + 1
    # and back: the same move the other way
    backward = compare(new.model_copy(update={"version": "v0"}), old)
    assert one(backward, "mon2").across and backward.summary.removed == 0


def test_the_same_text_under_another_parent_is_moved_and_unchanged() -> None:
    old = plan([security(NATO, p("mon", "1(b)", MONITORING)), economy(SANCTIONS)])
    new = plan([security(NATO), economy(SANCTIONS, p("m", "2(b)", MONITORING))], version="v2")
    change = one(compare(old, new), "mon")
    assert (change.kind, change.evidence, change.confidence) == (
        ChangeKind.UNCHANGED, "text", 1.0)
    assert change.moved and change.across and change.renumbered


def test_a_sub_point_out_of_a_removed_parent_is_moved_and_the_parent_stays_removed() -> None:
    old = plan([security(NATO), economy(SANCTIONS),
                p("old3", "3", "Provisions on the frozen funds of the central bank:",
                  points=[p("assets", "3(a)", ASSETS)])])
    new = plan([security(NATO), economy(SANCTIONS, p("assets2", "2(b)", ASSETS))],
               version="v2")
    comparison = compare(old, new)
    assert_each_point_once(comparison, old, new)
    assert one(comparison, "old3").kind is ChangeKind.REMOVED
    moved = one(comparison, "assets")
    assert moved.across and moved.old_parent == "old3" and moved.parent == "eco"
    assert (moved.old_path, moved.new_path) == ("3(a)", "2(b)")
    assert (comparison.summary.removed, comparison.summary.added) == (1, 0)


def test_a_sub_point_into_an_added_parent_is_moved() -> None:
    old = plan([security(NATO), economy(SANCTIONS, p("assets", "2(b)", ASSETS))])
    new = plan([security(NATO), economy(SANCTIONS),
                p("fund", "3", "A reconstruction fund is created under American leadership:",
                  points=[p("a3", "3(a)", ASSETS)])], version="v2")
    comparison = compare(old, new)
    assert_each_point_once(comparison, old, new)
    assert [(c.kind, c.new) for c in comparison.changes][-2:] == [
        (ChangeKind.ADDED, ("fund",)), (ChangeKind.UNCHANGED, ("a3",))]
    moved = comparison.changes[-1]
    assert (moved.old_parent, moved.parent, moved.old_path, moved.new_path) == (
        "eco", "fund", "2(b)", "3(a)")
    assert (comparison.summary.added, comparison.summary.removed) == (1, 0)


def test_a_nested_sub_point_moves_at_depth_two() -> None:
    old = plan([security(NATO, p("mon", "1(b)", "Monitoring:", points=[
        p("deep", "(i)", MONITORING)])), economy(SANCTIONS)])
    new = plan([security(NATO, p("mon", "1(b)", "Monitoring:")),
                economy(p("s2", "2(a)", "Sanctions are lifted in stages, case by case, as "
                          "agreed:", points=[p("deep2", "(ii)", MONITORING_EDITED)]))],
               version="v2")
    comparison = compare(old, new)
    assert_each_point_once(comparison, old, new)
    moved = one(comparison, "deep")
    assert (moved.depth, moved.old_parent, moved.parent) == (2, "mon", "s2")
    assert (moved.old_path, moved.new_path) == ("1(b)(i)", "2(a)(ii)")
    assert moved.kind is ChangeKind.MODIFIED and moved.renumbered


def test_a_look_alike_under_another_parent_is_not_paired() -> None:
    """Clauses that share a frame ("within 100 days of signing this agreement") or a few
    words, not their substance, stay removed and added."""
    look_alikes = [
        ("Ukraine holds elections within 100 days of signing this agreement.",
         "Russia withdraws its troops within 100 days of signing this agreement."),
        ("A development fund of 100 billion dollars invests in Ukrainian infrastructure.",
         "A separate US-Russian fund of 100 billion dollars invests in joint projects in "
         "Russia and the Arctic."),
        (MONITORING, "A joint gas consortium chaired by the parties runs the pipelines and "
                     "reports volumes every month."),
    ]
    for old_text, new_text in look_alikes:
        old = plan([security(NATO, p("x", "1(b)", old_text)), economy(SANCTIONS)])
        new = plan([security(NATO), economy(SANCTIONS, p("y", "2(b)", new_text))],
                   version="v2")
        comparison = compare(old, new)
        assert not any(c.across for c in comparison.changes), old_text
        assert (comparison.summary.added, comparison.summary.removed) == (1, 1)


def test_one_word_boilerplate_under_two_parents_is_not_paired() -> None:
    old = plan([security(NATO, p("d1", "1(b)", "Deleted.")), economy(SANCTIONS)])
    new = plan([security(NATO), economy(SANCTIONS, p("d2", "2(b)", "Deleted."))],
               version="v2")
    assert not any(c.across for c in compare(old, new).changes)


def test_a_declared_link_and_the_same_id_pair_across_parents() -> None:
    rewritten = "The guarantors check the front line."
    old = plan([security(NATO, p("mon", "1(b)", MONITORING)), economy(SANCTIONS)])
    declared = plan([security(NATO), economy(SANCTIONS, p("x", "2(b)", rewritten,
                                                          derived_from=["accord@v1#mon"]))],
                    version="v2")
    same_id = plan([security(NATO), economy(SANCTIONS, p("mon", "2(b)", rewritten))],
                   version="v2")
    assert one(compare(old, declared), "mon").evidence == "declared"
    assert one(compare(old, declared), "mon").declared
    assert one(compare(old, same_id), "mon").evidence == "id"
    links = align(old.points, declared.points, old_ref=old.ref, new_ref=declared.ref).links()
    assert ("mon", "x") in links


def test_a_point_the_new_version_does_not_report_on_never_moves() -> None:
    old = plan([security(NATO, p("mon", "1(b)", MONITORING)), economy(SANCTIONS)])
    new = plan([security(NATO), economy(SANCTIONS, p("m", "2(b)", MONITORING))],
               version="v2", not_reported=["accord@v1#mon"])
    comparison = compare(old, new)
    assert not any(c.across for c in comparison.changes)
    assert not one(comparison, "mon").reported


def test_point_paths_name_a_place_once() -> None:
    version = plan([p("a", "10", "x", points=[p("b", "10(a)", "y", points=[
        p("c", "(i)", "z")])]), p("d", "[3]", "x", points=[p("e", "[3a]", "y"),
                                                            p("f", "b", "y")])])
    assert point_paths(version.points) == {"a": "10", "b": "10(a)", "c": "10(a)(i)",
                                           "d": "[3]", "e": "[3a]", "f": "[3].b"}

"""The coverage test of a leftover joining a pair as a split or merge part, its evidence in
``--explain``, and the links of a split whose old sub-points went into one part each."""

from __future__ import annotations

import json
from typing import Any

from plandiff.engine.align import AlignOptions, align
from plandiff.engine.align.coverage import Join, measure, overlap, residual
from plandiff.engine.compare import compare
from plandiff.plans.model import PlanVersion, Point
from plandiff.render.json import render_json

OLD, NEW = "doc@v1", "doc@v2"
SHARED = ["The parties observe a complete ceasefire along the line of contact.",
          "Navigation in the Black Sea stays free for commercial shipping and grain."]


def pt(ident: str, number: str, text: str, **extra: Any) -> Point:
    return Point.model_validate({"id": ident, "number": number, "text": text, **extra})


def test_measure_counts_what_the_partners_leave_unexplained() -> None:
    whole = {1: 2.0, 2: 1.0, 3: 1.0}
    partner = {1: 1.0, 2: 1.0}
    assert residual(whole, [partner]) == {1: 1.0, 3: 1.0}
    assert overlap({1: 5.0, 4: 1.0}, whole) == 2.0
    join = measure({1: 1.0, 3: 1.0, 9: 3.0}, whole, [partner], [{9: 1.0}], adjacent=True)
    assert (join.share, join.unexplained, join.rival) == (0.4, 0.4, 0.2)
    assert join.explains == 0.5  # 2 of the whole's 4
    assert not join.sure  # less than half its terms: marginal
    assert Join(0.8, 0.4, 0.2, 0.1, True).sure


def split_pair() -> tuple[list[Point], list[Point]]:
    old = [pt("a", "1", SHARED[0]),
           pt("fund", "2", "A reconstruction fund of $50bn rebuilds energy grids, railways "
                           "and ports, and a separate humanitarian window pays for housing "
                           "and hospitals in the regions hit hardest by the war."),
           pt("c", "3", SHARED[1])]
    new = [pt("a", "1", SHARED[0]),
           pt("grid", "2", "A reconstruction fund of $50bn rebuilds energy grids, railways "
                           "and ports."),
           pt("homes", "3", "Families who lost their homes get new flats, and damaged "
                            "hospitals are repaired, from a humanitarian window for housing."),
           pt("c", "4", SHARED[1])]
    return old, new


def test_a_join_names_its_coverage_evidence() -> None:
    old, new = split_pair()
    result = align(old, new, old_ref=OLD, new_ref=NEW, options=AlignOptions(use_ids=False))
    pair = next(p for p in result.pairs if "fund" in p.old)
    assert pair.new == ("grid", "homes") and pair.kind.value == "split"
    assert pair.join.startswith("split: ") and "of new 3's rare terms are in old 2" in pair.join
    assert "not explained by new 2" in pair.join


def test_a_leftover_the_partner_already_explains_does_not_join() -> None:
    old, new = split_pair()
    # The new point restates only what its neighbour already says: nothing is left to explain.
    new[2] = pt("homes", "3", "The reconstruction fund rebuilds energy grids and railways.")
    result = align(old, new, old_ref=OLD, new_ref=NEW, options=AlignOptions(use_ids=False))
    assert next(p for p in result.pairs if "fund" in p.old).new == ("grid",)


def test_a_leftover_restating_one_sub_point_is_linked_with_that_sub_point() -> None:
    """The new version writes the list as plain points: the new point restating item 2(b)
    joins the whole as a split part, for review, linked with that item alone, not with the
    lead-in (Aligner.items_one_unit, Aligner.part_links; it had been left unpaired)."""
    old = [pt("a", "1", SHARED[0]),
           pt("econ", "2", "Russia is brought back into the world economy:", points=[
               {"id": "sanctions", "number": "2(a)",
                "text": "Sanctions are lifted in stages and case by case."},
               {"id": "deal", "number": "2(b)",
                "text": "The two states conclude a long-term economic cooperation agreement "
                        "covering energy, rare earths and Arctic oil."},
               {"id": "g8", "number": "2(c)", "text": "Russia is invited to rejoin the G8."}]),
           pt("c", "3", SHARED[1])]
    new = [pt("a", "1", SHARED[0]),
           pt("econ", "2", "Russia's return to the world economy, staged sanctions relief and "
                           "an invitation back into the G8 are dealt with in a separate text."),
           pt("deal", "3", "Papers envisage investment in rare earths and Arctic oil and the "
                           "restoration of energy supplies."),
           pt("c", "4", SHARED[1])]
    result = align(old, new, old_ref=OLD, new_ref=NEW, options=AlignOptions(use_ids=False))
    pair = next(p for p in result.pairs if "econ" in p.old)
    assert pair.new == ("econ", "deal") and pair.review
    assert ("deal", "deal") in pair.links and ("econ", "deal") not in pair.links
    # Without its sub-points the same whole takes the new point as a split part.
    flat = old[1].model_copy(update={"points": (), "text": " ".join(
        [old[1].text, *(sub.text for sub in old[1].points)])})
    result = align([old[0], flat, old[2]], new, old_ref=OLD, new_ref=NEW,
                   options=AlignOptions(use_ids=False))
    assert next(p for p in result.pairs if "econ" in p.old).new == ("econ", "deal")


def plan(version: str, points: list[dict[str, Any]]) -> PlanVersion:
    return PlanVersion.model_validate({
        "document": "doc", "version": version, "title": "t", "date": version[:10],
        "status": "official", "text_kind": "paraphrase", "language": "en",
        "parties": [], "points": points,
        "sources": [{"title": "s", "publisher": "p", "url": "https://example.org/",
                     "date": "2026-01-01"}]})


def test_a_split_lists_the_part_each_folded_sub_point_went_into() -> None:
    old = plan("2026-01-01-a", [
        {"id": "pkg", "number": "1", "text": "A broad package to rebuild the country, including:",
         "points": [
             {"id": "gas", "number": "1(a)",
              "text": "A partnership to rebuild and jointly run the gas pipelines and storage."},
             {"id": "cities", "number": "1(b)",
              "text": "Rebuilding of the cities hit by the war."}]}])
    ref = "doc@2026-01-01-a#"
    new = plan("2026-02-01-b", [
        {"id": "dev", "number": "1", "derived_from": [ref + "pkg", ref + "gas", ref + "cities"],
         "text": "Investment in gas pipelines and storage, and in rebuilding war-damaged cities."},
        {"id": "funds", "number": "2", "derived_from": [ref + "pkg"],
         "text": "Several funds aim to raise $800bn for recovery."}])
    diff = json.loads(render_json(compare(old, new)))
    change = next(c for c in diff["changes"] if c["kind"] == "split")
    assert change["old"] == ["pkg", "gas", "cities"] and change["new"] == ["dev", "funds"]
    assert sorted(map(tuple, change["links"])) == [
        ("cities", "dev"), ("gas", "dev"), ("pkg", "dev"), ("pkg", "funds")]
    # The alignment's links (which ``add`` turns into derived_from) are the same.
    alignment = align(old.points, new.points, old_ref=old.ref, new_ref=new.ref)
    assert ("gas", "funds") not in alignment.links() and ("gas", "dev") in alignment.links()
    # A one-to-one change lists no links: every combination is one.
    assert all("links" not in c for c in diff["changes"] if c["kind"] != "split")


def test_explain_shows_the_join_and_marks_a_marginal_one_for_review() -> None:
    from plandiff.render.explain import explain_object, explanation

    old, new = split_pair()
    as_dicts = [[p.model_dump(exclude_defaults=True) for p in side] for side in (old, new)]
    comparison = compare(plan("2026-01-01-a", as_dicts[0]), plan("2026-02-01-b", as_dicts[1]))
    change = next(c for c in comparison.changes if c.kind.value == "split")
    assert change.join and f"; {change.join}" in explanation(change)
    assert explain_object(change)["join"] == change.join
    # About a third of the new point's rare terms ("hospitals" counts twice: as a word and as
    # its synonym group): marginal coverage, so a reviewer sees it.
    assert change.join.startswith("split: 36 % of new 3's rare terms are in old 2")
    assert change.review and change.confidence == 0.45


def test_a_lead_in_goes_with_the_part_that_took_most_of_its_items() -> None:
    """A list split in two: the rebels' two items went into one new point, the army's item
    into the other. The lead-in ("Arms and armies are dealt with as follows:") is linked
    with the part that took most of its items, even though that part shares no word with it,
    not with the part that took one item and shares "army" with it; --explain says so."""
    old = plan("2026-01-01-a", [
        {"id": "a", "number": "1", "text": SHARED[0]},
        {"id": "arms", "number": "2", "text": "Arms and armies are dealt with as follows:",
         "points": [
             {"id": "camps", "number": "2(a)", "text": "the rebel combatants gather in seven "
                                                       "cantonments, each with three satellite "
                                                       "camps;"},
             {"id": "lock", "number": "2(b)", "text": "their weapons are stored in the "
                                                      "cantonments under a single lock whose "
                                                      "key the rebels keep, under United "
                                                      "Nations monitoring;"},
             {"id": "barracks", "number": "2(c)", "text": "the national army stays in its "
                                                          "barracks and stores an equal "
                                                          "quantity of weapons the same way."}]},
        {"id": "c", "number": "3", "text": SHARED[1]}])
    new = plan("2026-02-01-b", [
        {"id": "a", "number": "1", "text": SHARED[0]},
        {"id": "rebels", "number": "2", "text": "The rebel fighters move into seven "
                                                "cantonments and 21 satellite camps, where "
                                                "their guns go under a single lock; the rebels "
                                                "keep the key and United Nations monitors "
                                                "watch."},
        {"id": "army", "number": "3", "text": "Army soldiers stay in their barracks and lock "
                                              "up an equal quantity of weapons."},
        {"id": "c", "number": "4", "text": SHARED[1]}])
    diff = json.loads(render_json(compare(old, new), explain=True))
    change = next(c for c in diff["changes"] if c["kind"] == "split")
    assert sorted(map(tuple, change["links"])) == [
        ("arms", "rebels"), ("barracks", "army"), ("camps", "rebels"), ("lock", "rebels")]
    assert ("old 2's own text goes with new 2, which took 2 of its items; new 3 took fewer"
            in change["explain"]["join"])

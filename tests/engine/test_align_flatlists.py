"""A partner whose own sub-points hold none of a list reads as the list restated flat
(engine/align/flatlists.py, issue 14): an item its text restates is folded in on the share a
flat partner needs, for review, with the reason in the pair's join sentence."""

from __future__ import annotations

from typing import Any

from plandiff.engine.align import Alignment, AlignOptions, PairKind, align
from plandiff.plans.model import Point

OLD, NEW = "doc@v1", "doc@v2"

ITEMS = ["gradually, in good order and in coordination between the parties, with due regard "
         "to the security situation on the ground;",
         "according to detailed arrangements settled by the senior commanders of both sides, "
         "who shall meet within five days of the signing."]
DETAIL = ["for a week from 15 November officers brief the troops;",
          "the two forces then pull apart in four separation zones;",
          "heavy weapons are handed over as foreign troops leave the region."]
LEAD_IN = ("Fighters are to hand in their weapons in stages, at a pace that allows for the "
           "security situation:")


def pt(ident: str, number: str, text: str, **extra: Any) -> Point:
    return Point.model_validate({"id": ident, "number": number, "text": text, **extra})


def subs(ident: str, number: str, texts: list[str]) -> list[dict[str, str]]:
    return [{"id": f"{ident}{c}", "number": f"{number}({c})", "text": t}
            for c, t in zip("abcd", texts, strict=False)]


def run(new_items: list[str], never_new: frozenset[str] = frozenset(), **options: Any
        ) -> Alignment:
    old = [pt("o4", "4", "The combatants of the movement shall be disarmed, demobilised and "
              "reintegrated:", points=subs("o4", "4", ITEMS))]
    new = [pt("n2", "2", LEAD_IN, points=subs("n2", "2", new_items))]
    return align(old, new, old_ref=OLD, new_ref=NEW, never_new=never_new,
                 options=AlignOptions(**options))


def test_an_item_restated_by_a_partner_whose_sub_points_are_new_detail_is_folded_in() -> None:
    """The new point's lead-in restates item (a) ("in stages ... the security situation");
    its three sub-points are new detail that restate no item. Below ``absorb`` (the share a
    partner keeping items apart needs), at the flat partner's share, (a) is folded in, for
    review; (b), which the text does not restate, stays out. Fails on the old code, which
    read any partner with sub-points at the full share."""
    (pair,) = run(DETAIL).pairs
    assert pair.kind is PairKind.MERGE
    assert pair.old == ("o4", "o4a") and pair.absorbed_old == (0,)
    assert pair.review
    assert "old 4(a) is folded into new 2, whose sub-points hold none of its list" in pair.join
    # the full share alone would not take it
    (pair,) = run(DETAIL, absorb_flat=AlignOptions().absorb).pairs
    assert pair.absorbed_old == ()


def test_a_partner_sub_point_taking_or_sharing_a_word_with_the_item_keeps_it_apart() -> None:
    """A sub-point of the partner that restates the item ("security") may be where the item
    went: paired with it, or (here kept from pairing) sharing a content word with it, it
    keeps the partner's text at the full share, and (a) is not folded into that text."""
    detail = [*DETAIL[:2], "heavy weapons are handed over as the security forces leave."]
    (pair,) = run(detail).pairs
    assert pair.children is not None and pair.children.links() == {("o4a", "n2c")}
    assert pair.old == ("o4",) and pair.absorbed_old == ()
    (pair,) = run(detail, never_new=frozenset({"n2c"})).pairs
    assert pair.children is not None and not pair.children.pairs
    assert pair.old == ("o4",) and pair.absorbed_old == ()
    assert "whose sub-points hold none" not in pair.join

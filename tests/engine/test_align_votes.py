"""Neighbouring leftovers that all come closest to the same leftover across are restated
together by it (:func:`~plandiff.engine.align.votes.shared_best`)."""

from __future__ import annotations

from typing import Any

from plandiff.engine.align import AlignOptions, align
from plandiff.plans.model import Point
from tests.engine.test_align_evidence import UNRELATED

OLD, NEW = "doc@v1", "doc@v2"

SAME = UNRELATED
"""Clauses that stand in both versions unchanged (the in-order pairs around the leftovers)."""

SCHOOLS = "Schools, clinics and banks reopen within agreed timelines."
FEDERAL = "Federal inspectors guard the airports and highways throughout the province."
RESUMED = ("In time, federal institutions take up their duties again, the running of "
           "schools included.")


def pt(ident: str, number: str, text: str) -> Point:
    return Point.model_validate({"id": ident, "number": number, "text": text})


def aligned(between: list[tuple[str, str]], resumed: str = RESUMED) -> Any:
    """Old: three unchanged clauses, ``between`` (the leftovers), two more unchanged clauses.
    New: the first unchanged clause, the restating point, the four others."""
    old = [*(pt(f"s{k}", str(k + 1), SAME[k]) for k in range(3)),
           *(pt(ident, str(k + 4), text) for k, (ident, text) in enumerate(between)),
           *(pt(f"s{k}", str(k + 1 + len(between)), SAME[k]) for k in range(3, 5))]
    new = [pt("s0", "1", SAME[0]), pt("resumed", "2", resumed),
           *(pt(f"s{k}", str(k + 2), SAME[k]) for k in range(1, 5))]
    return align(old, new, old_ref=OLD, new_ref=NEW, options=AlignOptions(use_ids=False))


def test_neighbouring_leftovers_closest_to_one_leftover_merge_into_it() -> None:
    """Old 4 ("schools ... reopen") and old 5 ("federal inspectors") stand side by side, both
    left over, and the leftover new 2 ("federal institutions ... schools included") is the
    closest leftover to each, on a word of its own: a merge, for review, whose explanation
    says so. The new point stands elsewhere (no slot pairs them), and one shared word each is
    too little for the leftovers' pass."""
    result = aligned([("schools", SCHOOLS), ("federal", FEDERAL)])
    pair = next(p for p in result.pairs if "resumed" in p.new)
    assert pair.old == ("schools", "federal") and pair.kind.value == "merge"
    assert pair.review
    assert pair.join == ("merge: old 4 and old 5 stand side by side and are left over, and "
                         "of the new points left over new 2 is the closest to each")


def test_leftovers_apart_or_bringing_no_word_of_their_own_do_not_merge() -> None:
    """A clause between the two voters (they no longer stand side by side): no merge. Two
    neighbours that share with the new point only the same notion ("restored"), each
    bringing nothing the other does not: no merge either, though each alone would vote for
    it (one piece of evidence counted twice)."""
    apart = aligned([("schools", SCHOOLS),
                     ("flags", "Flags are flown at half mast on the day of mourning."),
                     ("federal", FEDERAL)])
    assert not any("resumed" in p.new for p in apart.pairs)
    echo = aligned([("power", "Electricity is restored to every town within agreed timelines."),
                    ("post", "Postal deliveries are restored within a month.")],
                   "In time, federal institutions take up their duties again, and banking is "
                   "restored.")
    assert not any("resumed" in p.new for p in echo.pairs)
    assert echo.unmatched_old == (3, 4) and echo.unmatched_new == (1,)

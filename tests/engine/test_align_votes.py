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


def test_neighbours_restated_together_merge_before_a_late_slot_takes_their_point() -> None:
    """The votes come before the late slots. Old 7 (forces leave the harbours) and old 8 (no
    reinforcements into the town) stand side by side and both come closest to new 7, which
    restates them together; old 10 (the mediators' presence at the harbours) stands in the
    same slot once old 9 has found its rewrite further down, and is new 7's best by a little
    on "presence", "streets" and "harbours". The old code paired old 10 by its place first,
    and the two voters were left removed."""
    anchors = [*UNRELATED,
               "Schools reopen in the autumn with the curriculum of the last year of peace.",
               "Refugees may return to their homes with the help of the relief agencies.",
               "A census is taken within two years and published in full.",
               "Fishing rights in the lake are shared by the two villages as before the war.",
               "Museums return the paintings taken from the cathedral during the occupation.",
               "The national railway reopens the line through the valley by the spring.",
               "Telephone links between the two capitals are restored at once."]
    leave = ("The forces of both sides are redeployed from the harbours to places agreed "
             "between them, under a timetable the two staffs draw up.")
    town = "The parties undertake not to bring reinforcements into the town."
    board = ("A joint board chaired by the mediators and made up of both parties oversees the "
             "truce, the redeployment and the clearing of mines in the harbours.")
    presence = ("The mediators take a leading role in helping the port authority run the "
                "harbours and inspect cargo, and their presence on the streets of the port is "
                "strengthened to that end.")
    fighters = ("Fighters leave the three harbours within two weeks and the town within three, "
                "falling back to spots that both camps will settle on; until then neither may "
                "send in fresh troops, and the armed presence on the streets is to go, a clause "
                "each camp already reads its own way after a summer of shelling along the coast "
                "road, where convoys of lorries queue for days at the checkpoints and hunger "
                "spreads through the villages inland.")
    watch = ("A board led by the mediators, with members from both camps, will watch over the "
             "pullback and see that the mines are cleared; a retired general who once "
             "commanded peacekeepers in the mountains has been named to head it and arrives "
             "next week.")
    old = [*(pt(f"s{k}", str(k + 1), anchors[k]) for k in range(6)), pt("leave", "7", leave),
           pt("town", "8", town), pt("board", "9", board), pt("presence", "10", presence),
           *(pt(f"s{k}", str(k + 5), anchors[k]) for k in range(6, 12))]
    new = [*(pt(f"s{k}", str(k + 1), anchors[k]) for k in range(6)),
           pt("fighters", "7", fighters),
           *(pt(f"s{k}", str(k + 2), anchors[k]) for k in range(6, 10)),
           pt("watch", "12", watch),
           *(pt(f"s{k}", str(k + 3), anchors[k]) for k in range(10, 12))]
    result = align(old, new, old_ref=OLD, new_ref=NEW, options=AlignOptions(use_ids=False))
    assert next(p for p in result.pairs if "fighters" in p.new).old == ("leave", "town")
    assert next(p for p in result.pairs if "watch" in p.new).old == ("board",)
    assert result.unmatched_old == (9,)

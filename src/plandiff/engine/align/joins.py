"""The join passes: a leftover joins a split or merge as a part (attach, named_joins,
sole_joins), a part moves to the whole it alone shares a name with (rehome), and the
regrouping and coverage figures they share."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from plandiff.engine.align.concepts import TITLE
from plandiff.engine.align.coverage import Join, distinctive, measure, overlap, residual
from plandiff.engine.align.explain import named_label
from plandiff.engine.align.leftovers import LEFTOVER_CELLS, LeftoverPass
from plandiff.engine.align.state import Draft
from plandiff.engine.align.tokens import compounds, matching_text
from plandiff.engine.align.types import Evidence, PairKind
from plandiff.plans.model import Point

# Enum members read once (as in plandiff.engine.align.state): the hot loops below avoid
# the enum metaclass's attribute hook.
_ONE_TO_ONE = PairKind.ONE_TO_ONE
_SIMILARITY = Evidence.SIMILARITY
_DECLARED = Evidence.DECLARED

JOIN_UNEXPLAINED = 0.04
"""Lowest share of a leftover's distinctive terms that must lie in what a pair's whole holds
beyond its present partners, for the leftover to join the pair (:meth:`Aligner.attach`)."""
FAR_EXPLAINS = 0.10
"""Lowest share of a pair's whole that a leftover far from the pair's parts must account for
beyond what the present partners explain, for it to join (:meth:`Aligner.attach`)."""
ONE_SUB_POINT = 0.75
"""Share of what a pair's whole holds of a leftover's terms that, found in one sub-point of
the whole, makes the leftover a restatement of that sub-point rather than a part of the
whole (:meth:`Aligner.restates_one_sub_point`)."""
FAR_WORDS = 2
"""Fewest distinct words of a leftover far from a pair's parts that must lie in what the
pair's whole holds beyond them (:meth:`Aligner.attach`): one shared word ("agreement") is
no evidence that a clause was folded in, nor are the parts of one hyphenated compound
("free-trade" against "free grain" and "for trade")."""
SOLE_AMONG = 5
"""Fewest other points (points that must stay unpaired aside) the whole's side must hold for
"no other point holds any of a leftover's terms" to be evidence (:meth:`Aligner.sole_joins`):
among one or two points, holding a word alone says little."""


class JoinPasses(LeftoverPass):
    """Leftovers joining splits and merges, and parts moving to another whole."""

    def attach(self) -> None:
        """A leftover point joins the pair of its best match on the other side as a split or
        merge part (one old point restated by several new ones, or several old ones restated
        in one new point) when the coverage test holds (:mod:`plandiff.engine.align.coverage`):
        the pair's whole holds the leftover's distinctive terms better than any other point
        does, and holds some of them beyond what its present partners explain (at least
        :data:`JOIN_UNEXPLAINED`); the link is strong enough
        (:attr:`AlignOptions.attach_threshold`), rests on telling tokens, names no other
        parties or topics, and the leftover sits next to one of the pair's parts on its own
        side (its place is part of the evidence). An author's declared pairs are never
        changed. A join whose coverage is marginal (:meth:`Join.sure`) is marked for review."""
        opts = self.options
        olds, news = self.old_points, self.new_points
        if not self.few_enough():
            return
        joins: list[tuple[float, int, int, bool]] = []
        for j in self.free_new():
            s, i = max((self.score(i, j), -i) for i in range(len(olds)))
            joins.append((s, -i, j, True))
        for i in self.free_old():
            s, j = max((self.score(i, j), -j) for j in range(len(news)))
            joins.append((s, i, -j, False))
        for s, i, j, split in sorted(joins, key=lambda x: (-x[0], x[1], x[2])):
            if s < opts.attach_threshold:
                break
            owner, held, joining = ((self.old_owner, i, j) if split
                                    else (self.new_owner, j, i))
            if held not in owner or joining in (self.new_owner if split else self.old_owner):
                continue
            index = owner[held]
            draft = self.drafts[index]
            whole, parts = (draft.old, draft.new) if split else (draft.new, draft.old)
            if (draft.evidence is _DECLARED or len(whole) != 1 or not parts
                    or self.telling_shared(i, j) < opts.attach_terms
                    or self.names_alone(i, j)
                    or self.topics_differ(i, j) or self.parties_differ(i, j)):
                continue
            join = self.join_coverage(whole[0], parts, joining, split)
            if ((not join.adjacent and (s < opts.far_join_threshold
                                        or join.explains < FAR_EXPLAINS
                                        or self.words_beyond(whole[0], parts, joining,
                                                             split) < FAR_WORDS))
                    or join.unexplained < JOIN_UNEXPLAINED
                    or join.share <= join.rival):
                continue
            item = self.restated_item(whole[0], joining, split)
            if item is not None and not self.items_one_unit(parts, joining, split):
                continue
            far = draft.far
            if not join.adjacent:
                far = (*far, self.far_sentence(whole[0], parts, joining, split, join))
            if item is not None:
                far = (*far, self.item_sentence(whole[0], item, joining, split))
            self.regroup(index, joining, split, join=join, far=far)

    def words_beyond(self, whole: int, parts: Sequence[int], joining: int,
                     split: bool) -> int:
        """How many distinct words of ``joining`` lie in what the pair's whole holds beyond its
        present ``parts``: its words, and its title's words as titles (both versions giving
        their points titles, "Reconstruction" over both counts twice); not the other concept
        tokens, which restate a word already counted."""
        here, there = (self.new_side, self.old_side) if split else (self.old_side,
                                                                     self.new_side)
        left = residual(self.reported_terms(there, whole),
                        [self.reported_terms(here, x) for x in parts])
        word, words = here.word, here.words()
        found = {words[t] for t in self.reported_terms(here, joining).keys() & left.keys()
                 if word[t] or words[t].startswith(TITLE)}
        # the parts of a hyphenated compound of either point count once ("free-trade" is one
        # notion, not "free" grain and "trade" on the Dnipro)
        points = (self.old_points, self.new_points) if split else (self.new_points,
                                                                   self.old_points)
        for compound in (*compounds(matching_text(points[1][joining])),
                         *compounds(matching_text(points[0][whole]))):
            if len(inside := found & compound) > 1:
                found -= inside
                found.add(min(inside))
        return len(found)

    def far_sentence(self, whole: int, parts: Sequence[int], joining: int, split: bool,
                     join: Join) -> str:
        """``old 4 stands apart from old 11 but accounts for 11 % of new 3 beyond it``: why a
        leftover far from a pair's parts joined it."""
        here, there = (("new", self.new_points), ("old", self.old_points)) if split else (
            ("old", self.old_points), ("new", self.new_points))
        partners = ", ".join(f"{here[0]} {here[1][x].number}" for x in parts)
        return (f"{here[0]} {here[1][joining].number} stands apart from {partners} but "
                f"accounts for {join.explains * 100:.0f} % of {there[0]} "
                f"{there[1][whole].number} beyond {'it' if len(parts) == 1 else 'them'}")

    def named_joins(self) -> None:
        """A leftover the coverage test left out joins a split or merge as a part, for review,
        when it stands next to one of the pair's parts on its own side and it and the pair's
        whole are the only points of either version naming the same party, place or number,
        or using the same synonym group (:meth:`named_only`): "a vision of prosperity to 2040"
        beside "$700–800bn", merged into "up to $800bn through 2040". The join must score
        :attr:`AlignOptions.named_threshold` and name no other parties or topics; an author's
        declared pairs are never changed."""
        opts = self.options
        if not self.few_enough():
            return
        found: list[tuple[float, int, bool, int, tuple[str, ...], int]] = []
        for split, free in ((True, self.free_new()), (False, self.free_old())):
            for x in free:
                best: tuple[float, int, tuple[str, ...], int] | None = None
                for index, whole, _, beside in self.beside_pairs(x, split):
                    i, j = (whole, x) if split else (x, whole)
                    score = self.score(i, j)
                    if score < opts.named_threshold or (best is not None and score <= best[0]):
                        continue
                    named = self.named_only(i, j, synonyms=True)
                    if named and not self.topics_differ(i, j) and not self.parties_differ(i, j):
                        best = (score, index, named, beside)
                if best is not None:
                    found.append((best[0], x, split, best[1], best[2], best[3]))
        for _, x, split, index, named, beside in sorted(found, key=lambda f: (-f[0], f[2], f[1])):
            draft = self.drafts[index]
            if x in (self.new_owner if split else self.old_owner) or not (draft.old and draft.new):
                continue
            (points, label), _ = self.labelled(split)
            place = f"{label} {points[x].number} stands next to {label} {points[beside].number}"
            self.regroup(index, x, split, named=named, place=place, far=draft.far)

    def rehome(self) -> None:
        """A part of a split (or merge) with at least two parts moves to another pair's whole,
        for review, when it shares with that whole a name or number no other point of either
        version holds (:meth:`named_only`), shares none with its own whole, and scores at
        least :attr:`AlignOptions.gap_threshold` with its new whole: "For every dead hostage
        handed back, Israel returns the bodies of 15 Gazans" leaves the split of "All hostages
        ... handed back within 72 hours" for the clause that alone says 15. Its old whole
        keeps its other parts (a single one as a one-to-one pair, for review). An author's
        declared pairs are never changed; parties and topics must not differ."""
        if not self.few_enough():
            return
        for split in (True, False):
            for index in range(len(self.drafts)):
                draft = self.drafts[index]
                whole, parts = (draft.old, draft.new) if split else (draft.new, draft.old)
                if (len(whole) != 1 or len(parts) < 2
                        or draft.evidence is Evidence.DECLARED):
                    continue
                for part in parts:
                    moved = self.rehomed(whole[0], part, split)
                    if moved is not None:
                        self.move_part(index, part, split, *moved)
                        break

    def rehomed(self, whole: int, part: int, split: bool
                ) -> tuple[int, tuple[str, ...]] | None:
        """For :meth:`rehome`: the draft a part should move to, and the names it shares alone
        with that draft's whole; None when it stays."""
        i, j = (whole, part) if split else (part, whole)
        if self.named_only(i, j):
            return None
        best: tuple[float, int, tuple[str, ...]] | None = None
        for index, other in enumerate(self.drafts):
            there = other.old if split else other.new
            if (len(there) != 1 or there[0] == whole or not (other.old and other.new)
                    or other.evidence is Evidence.DECLARED):
                continue
            a, b = (there[0], part) if split else (part, there[0])
            score = self.score(a, b)
            if score < self.options.gap_threshold or (best is not None and score <= best[0]):
                continue
            named = self.named_only(a, b)
            if named and not self.topics_differ(a, b) and not self.parties_differ(a, b):
                best = (score, index, named)
        return None if best is None else (best[1], best[2])

    def move_part(self, index: int, part: int, split: bool, target: int,
                  named: tuple[str, ...]) -> None:
        """Move ``part`` (a new point for a split, an old one for a merge) from draft
        ``index`` to draft ``target`` (:meth:`rehome`)."""
        draft = self.drafts[index]
        whole = (draft.old if split else draft.new)[0]
        rest = tuple(x for x in (draft.new if split else draft.old) if x != part)
        (points, label), (others, other) = self.labelled(split)
        home = (self.drafts[target].old if split else self.drafts[target].new)[0]
        names = ", ".join(named_label(t) for t in named)
        why = (f"{label} {points[part].number} went to {other} {others[home].number}, "
               f"with which alone it names {names}")
        self.drop(index)
        if len(rest) == 1:
            i, j = (whole, rest[0]) if split else (rest[0], whole)
            self.add(Draft((i,), (j,), _ONE_TO_ONE, _SIMILARITY, round(self.score(i, j), 9),
                           far=(why,)))
        elif split:
            self.add(Draft((whole,), rest, PairKind.SPLIT, Evidence.CONTAINMENT,
                           round(self.coverage_old(whole, rest), 9), far=(why,)))
        else:
            self.add(Draft(rest, (whole,), PairKind.MERGE, Evidence.CONTAINMENT,
                           round(self.coverage_new(whole, rest), 9), far=(why,)))
        place = (f"{label} {points[part].number} left {other} {others[whole].number}'s "
                 f"{'split' if split else 'merge'}")
        self.regroup(target, part, split, named=named, place=place,
                     far=self.drafts[target].far)

    def sole_joins(self) -> None:
        """A leftover the earlier joins left out joins a split or merge as a part, for review,
        when the pair's whole is the only point on its side that holds any of the leftover's
        distinctive terms (the coverage test's rival share is nil:
        :mod:`plandiff.engine.align.coverage`), holds some of them beyond what its present
        partners explain (at least :data:`JOIN_UNEXPLAINED`), shares a telling token with it
        (:meth:`telling_tokens`), and the leftover stands next to one of the pair's parts on
        its own side: its words lead nowhere else ("The Centre shall fix the timetable"
        beside the clause setting the Centre up, both restated in "a control room ... will
        draw up the sailing timetable"). No score floor: the place and the lack of any other
        home are the evidence, so the pair is marked for review. When the leftover's gap
        between in-order pairs holds no unpaired point of the other version
        (:meth:`alone_in_gap`: it was dropped, or went into a neighbour), any share of its
        terms the whole holds beyond its partners is enough, not :data:`JOIN_UNEXPLAINED`
        ("pull heavy artillery back to open a buffer strip" beside the ceasefire clause,
        both in "a full ceasefire, followed by the withdrawal of heavy weapons"). It must
        name no other parties or topics, and must not restate one sub-point of the whole; an
        author's declared pairs are never changed."""
        olds, news = self.old_points, self.new_points
        if not self.few_enough():
            return
        found: list[tuple[int, bool, int, int, Join, int, bool]] = []
        lone = self.alone_in_gap()
        for split, free in ((True, self.free_new()), (False, self.free_old())):
            there = (len(olds) - len(self.blocked_old)) if split else (
                len(news) - len(self.blocked_new))
            if there - 1 < SOLE_AMONG:
                continue
            for x in free:
                for index, whole, parts, beside in self.beside_pairs(x, split):
                    i, j = (whole, x) if split else (x, whole)
                    if (not self.telling_shared(i, j) or self.names_alone(i, j)
                            or self.topics_differ(i, j) or self.parties_differ(i, j)):
                        continue
                    join = self.join_coverage(whole, parts, x, split)
                    alone = (x, split) in lone
                    if (not self.sole_share(join, alone)
                            or self.restates_one_sub_point(whole, x, split)):
                        continue
                    found.append((x, split, index, whole, join, beside, alone))
                    break  # no other whole holds any of its terms: one home at most
        for x, split, index, home, join, beside, alone in found:
            if x in (self.new_owner if split else self.old_owner):
                continue
            if not (self.drafts[index].old and self.drafts[index].new):
                # an earlier leftover joined the same pair: measure the join as it is now
                index = (self.old_owner if split else self.new_owner).get(home, -1)
                if index < 0:
                    continue
                now = self.drafts[index]
                join = self.join_coverage(home, now.new if split else now.old, x, split)
                if not self.sole_share(join, alone):
                    continue
            draft = self.drafts[index]
            thin = alone and join.unexplained < JOIN_UNEXPLAINED
            (points, label), (others, other) = self.labelled(split)
            why = (f"{label} {points[x].number} stands next to {label} "
                   f"{points[beside].number}, and no {other} point but {other} "
                   f"{others[home].number} holds any of its terms")
            if thin:
                why += f" (no {other} point is left unpaired across from it)"
            self.regroup(index, x, split, join=join, far=(*draft.far, why))

    @staticmethod
    def sole_share(join: Join, alone: bool) -> bool:
        """The share test of :meth:`sole_joins`: no rival holds any of the leftover's terms,
        and the whole holds some beyond its partners, at least :data:`JOIN_UNEXPLAINED`
        unless the leftover is alone in its gap."""
        return join.rival <= 0 and join.unexplained > 0 and (
            alone or join.unexplained >= JOIN_UNEXPLAINED)

    def alone_in_gap(self) -> set[tuple[int, bool]]:
        """The leftovers (``(x, True)`` for new point ``x``, ``(x, False)`` for old point
        ``x``) whose gap between two consecutive in-order pairs (:meth:`gap_groups`) holds no
        leftover of the other version: each was dropped, or went into a neighbouring pair's
        point."""
        free_old, free_new = self.free_old(), self.free_new()
        old_gap, new_gap = self.gap_groups(free_old, free_new)
        found = {(j, True) for gap, cols in new_gap.items() if not old_gap.get(gap)
                 for j in cols}
        found.update((i, False) for gap, rows in old_gap.items() if not new_gap.get(gap)
                     for i in rows)
        return found

    def beside_pairs(self, x: int, split: bool) -> Iterator[tuple[int, int, tuple[int, ...],
                                                                   int]]:
        """The splits (``split``: ``x`` a new point) or merges (``x`` an old point) a leftover
        could join as a part, in the drafts' order: (draft index, the pair's whole, its
        parts, the part ``x`` stands next to on its own side). Only pairs with one whole and
        no author's declaration; the first part next to ``x`` is given."""
        here = self.new_side if split else self.old_side
        for index, draft in enumerate(self.drafts):
            whole, parts = (draft.old, draft.new) if split else (draft.new, draft.old)
            if len(whole) != 1 or not parts or draft.evidence is _DECLARED:
                continue
            beside = next((p for p in parts if self.next_to(here, x, p)), None)
            if beside is not None:
                yield index, whole[0], parts, beside

    def few_enough(self) -> bool:
        """True when both versions have points and the leftover passes (attach, named and
        sole joins, rehome) may weigh every old point against every new one: at most
        :data:`LEFTOVER_CELLS` cells."""
        olds, news = self.old_points, self.new_points
        return bool(olds) and bool(news) and len(olds) * len(news) <= LEFTOVER_CELLS

    def labelled(self, split: bool) -> tuple[tuple[Sequence[Point], str],
                                             tuple[Sequence[Point], str]]:
        """(the joining side's points, "new" or "old"), (the other side's, its word): for a
        split the new side joins, for a merge the old."""
        new, old = (self.new_points, "new"), (self.old_points, "old")
        return (new, old) if split else (old, new)

    def regroup(self, index: int, joining: int, split: bool, *, join: Join | None = None,
                named: tuple[str, ...] = (), place: str = "", far: tuple[str, ...] = ()) -> None:
        """Replace draft ``index`` by the split (``split``: new point ``joining`` joins its new
        parts) or the merge (old point ``joining`` joins its old parts) it makes with
        ``joining``, parts in order and coverage taken again; ``join``, ``named``, ``place``
        and ``far`` are the evidence that carried the join."""
        old, new = self.drafts[index].old, self.drafts[index].new  # drop() empties them
        self.drop(index)
        if split:
            cols = tuple(sorted((*new, joining)))
            self.add(Draft(old, cols, PairKind.SPLIT, Evidence.CONTAINMENT,
                           round(self.coverage_old(old[0], cols), 9), join=join,
                           joining=joining, named=named, place=place, far=far))
        else:
            rows = tuple(sorted((*old, joining)))
            self.add(Draft(rows, new, PairKind.MERGE, Evidence.CONTAINMENT,
                           round(self.coverage_new(new[0], rows), 9), join=join,
                           joining=joining, named=named, place=place, far=far))

    def restates_one_sub_point(self, whole: int, joining: int, split: bool) -> bool:
        """True when what a pair's whole holds of a leftover's terms lies almost all
        (:data:`ONE_SUB_POINT`) in one of the whole's sub-points: the leftover restates that
        sub-point, not the whole (a clause moved up a level, not a split or merge)."""
        return self.restated_item(whole, joining, split) is not None

    def restated_item(self, whole: int, joining: int, split: bool) -> Point | None:
        """The sub-point of a pair's whole that holds almost all (:data:`ONE_SUB_POINT`) of
        what the whole holds of a leftover's terms (:meth:`restates_one_sub_point`), or
        None."""
        here, there = (self.new_side, self.old_side) if split else (self.old_side,
                                                                     self.new_side)
        point = (self.old_points if split else self.new_points)[whole]
        if not point.points:
            return None
        terms = distinctive(here, joining)
        held = overlap(terms, distinctive(there, whole))
        if held <= 0:
            return None
        return next((sub for sub in point.points
                     if overlap(terms, {t: w for t, w in there.mass_of(matching_text(sub)).items()
                                        if not there.function[t]}) >= ONE_SUB_POINT * held),
                    None)

    def items_one_unit(self, parts: Sequence[int], joining: int, split: bool) -> bool:
        """True when neither a pair's present partners nor the leftover joining it have
        sub-points: the other version writes the whole's lead-in and its items as plain
        points, so a leftover restating one item is a part of the whole taken as one unit (a
        split or merge whose items go with the part that restates them:
        :meth:`part_links`), not a sub-point that moved up a level."""
        points = self.new_points if split else self.old_points
        return not any(points[x].points for x in (*parts, joining))

    def item_sentence(self, whole: int, item: Point, joining: int, split: bool) -> str:
        """``new 2 restates item 2(b) of old 2, and no new point of the pair has items``: why a
        leftover restating one sub-point joined the whole (:meth:`items_one_unit`)."""
        (points, label), (others, other) = self.labelled(split)
        return (f"{label} {points[joining].number} restates item {item.number} of {other} "
                f"{others[whole].number}, and no {label} point of the pair has items")

    def join_coverage(self, whole: int, parts: Sequence[int], joining: int,
                      split: bool) -> Join:
        """The coverage figures of ``joining`` (a new point for a split, an old one for a
        merge) against the pair of ``whole`` with its present ``parts``."""
        here, there = (self.new_side, self.old_side) if split else (self.old_side,
                                                                     self.new_side)
        size = len(self.old_points if split else self.new_points)
        return measure(self.reported_terms(here, joining), self.reported_terms(there, whole),
                       [self.reported_terms(here, x) for x in parts],
                       (self.reported_terms(there, x) for x in range(size) if x != whole),
                       adjacent=any(self.next_to(here, joining, x) for x in parts))


__all__ = ["FAR_EXPLAINS", "JOIN_UNEXPLAINED", "ONE_SUB_POINT", "SOLE_AMONG", "JoinPasses"]

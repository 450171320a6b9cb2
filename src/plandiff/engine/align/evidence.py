"""The evidence on two points the passes weigh beyond their score: the telling and rare
terms they share, names no other point holds, names alone, topics and parties that differ,
where a point stands (bracket, next to), and the terms a point reports on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from plandiff.engine.align.concepts import ENTITY, NUMBER, SYNONYM, TOPIC
from plandiff.engine.align.coverage import distinctive
from plandiff.engine.align.state import Draft, Elsewhere, State, descendants
from plandiff.engine.align.tokens import _own_text, matching_text
from plandiff.engine.align.vectors import FREQUENT_SHARE, _Side
from plandiff.plans.model import Point

RARE_SHARE = 0.2
"""A token counts as rare evidence when at most this share of the points of both versions (or
two points, in short texts) hold it."""


def _named(token: str) -> bool:
    """True for a token that names something: an entity, a number token, a number written in
    digits."""
    return token[:1] in (ENTITY, NUMBER) or token.isdigit()


def _exclusive(token: str) -> bool:
    """True for a token :meth:`Aligner.named_only` looks at: a name or number, or a synonym
    group of ``data/concepts.json``."""
    return _named(token) or token.startswith(SYNONYM)


def _without(point: Point, never: frozenset[str]) -> Point:
    """``point`` without the sub-points (at any depth) whose ids are in ``never``."""
    if not point.points:
        return point
    return point.model_copy(update={"points": tuple(
        _without(sub, never) for sub in point.points if sub.id not in never)})


def _all_names(found: Sequence[str], held: set[str],
               names: dict[str, frozenset[str]]) -> bool:
    """True when every word of ``found`` is an entity in ``held`` or a word of the names of
    one (``names``: :attr:`ConceptTable.entity_words` of the side's table)."""
    return all(w in held or any(e in held for e in names.get(w, ())) for w in found)


class PairEvidence(State):
    """What two points share or do not, and where they stand: the tests the passes apply before
    they pair on weak evidence."""

    def topics_differ(self, i: int, j: int) -> bool:
        """True when both points carry topic ids and share none: an author said they are
        about different things, so weak evidence must not pair them."""
        a = {t for p in self.old_points[i].walk() for t in p.topics}
        b = {t for p in self.new_points[j].walk() for t in p.topics}
        return bool(a) and bool(b) and a.isdisjoint(b)

    def parties_differ(self, i: int, j: int) -> bool:
        """True when both points name parties or places (entities, a stand-in counting as
        what it stands for) and share none: "the United States and Russia extend their
        treaties" is not a part of "Ukraine stays free of nuclear weapons", whatever words
        they share."""
        o, n = self.old_side, self.new_side
        words = o.words()
        a = {words[t] for t in o.unit(i) if words[t].startswith(ENTITY)}
        b = {words[t] for t in n.unit(j) if words[t].startswith(ENTITY)}
        return bool(a) and bool(b) and a.isdisjoint(b)

    def telling_shared(self, i: int, j: int) -> int:
        """Distinct tokens ``i`` and ``j`` share that are neither function words, topic ids nor
        frequent in the two versions (:data:`~plandiff.engine.align.vectors.FREQUENT_SHARE`)."""
        return len(self.telling_tokens(i, j))

    def names_alone(self, i: int, j: int) -> bool:
        """True when every telling token ``i`` and ``j`` share (:meth:`telling_tokens`) names
        a party or place: an entity both hold, or a word of the names of such an entity
        ("United States", "Egypt"). Shared names say who a clause is about, not what it says:
        "the United States forms a Stabilization Force with Jordan and Egypt" is no part of
        "Egypt, Qatar and Turkey stand as guarantors, and the United States"."""
        o, n = self.old_side, self.new_side
        words = o.words()
        found = [words[t] for t in self.telling_tokens(i, j)]
        if not found:
            return False
        held = {words[t] for t in o.unit(i).keys() & n.unit(j).keys()
                if words[t].startswith(ENTITY)}
        return _all_names(found, held, o.table.entity_words)

    @staticmethod
    def shares_names_alone(side: _Side, mass: dict[int, float], other: dict[int, float],
                           empty: bool = False) -> bool:
        """True when the content tokens (not function words) two weight vectors share are
        all names of parties (an entity both hold, or a word of the names of such an entity:
        :meth:`names_alone`); with ``empty``, also when they share none."""
        words = side.words()
        found = [words[t] for t in mass.keys() & other.keys() if not side.function[t]]
        if not found:
            return empty
        return _all_names(found, {w for w in found if w.startswith(ENTITY)},
                          side.table.entity_words)

    def lone_word(self, i: int, j: int) -> bool:
        """True when ``i`` and ``j`` share one telling token (:meth:`telling_tokens`), a plain
        word no synonym group, name or number stands behind, that some other point holds too
        ("both sides" in a clause on the ceasefire and in one on the pull-back): such a word
        tells the two points apart from nothing, whatever their place."""
        found = self.telling_tokens(i, j)
        if len(found) != 1:
            return False
        o, t = self.old_side, found[0]
        return o.word[t] and o.df[t] > 2 and o.words()[t] not in o.table.single

    def telling_tokens(self, i: int, j: int) -> list[int]:
        """The tokens :meth:`telling_shared` counts."""
        o, n = self.old_side, self.new_side
        frequent = max(2.0, FREQUENT_SHARE * o.n_docs)
        words = o.words()
        shared = [t for t in o.unit(i).keys() & n.unit(j).keys()
                  if not o.function[t] and o.df[t] <= frequent]
        # A shared word and the concept it gives are one piece of evidence, not two.
        single = o.table.single
        covered = {c for t in shared for c in single.get(words[t], ())}
        # A shared topic id says two points are about the same subject, not that they say
        # the same thing: it never counts as a telling token; nor does a word of punctuation
        # alone (the middle dot of "米国・欧州").
        return [t for t in shared if words[t] not in covered and not words[t].startswith(TOPIC)
                and (not o.word[t] or any(ch.isalnum() for ch in words[t]))]

    def named_only(self, i: int, j: int, synonyms: bool = False) -> tuple[str, ...]:
        """The names and numbers (entities, number tokens, numbers in digits; with
        ``synonyms``, synonym groups too) that old point ``i`` and new point ``j`` share and
        no other point of either version holds, each in its own text (title and text, not a
        sub-point's); points that must stay unpaired (not reported, unlinked) do not count,
        and share nothing themselves. Sorted."""
        if i in self.blocked_old or j in self.blocked_new:
            return ()  # a point that must stay unpaired is nobody's evidence
        o, n = self.old_side, self.new_side
        words = o.words()
        wanted = _exclusive if synonyms else _named
        shared = [t for t in o.unit(i).keys() & n.unit(j).keys() if wanted(words[t])]
        if not shared:
            return ()
        # i and j hold each shared token, so no other (not blocked) point holds it when the
        # points of both versions holding it, blocked ones aside, are two: the document
        # frequency, less the blocked points' share.
        if self._blocked_held is None:
            self._blocked_held = Counter()
            for side, blocked in ((o, self.blocked_old), (n, self.blocked_new)):
                for x in blocked:
                    self._blocked_held.update(set(side.ids[x]))
        held = self._blocked_held
        found = [t for t in shared if o.df[t] - held[t] == 2]
        # A name a sub-point holds tells where that sub-point went, not that its parent is
        # the other point: the name must be in each point's own text.
        for side, point in ((o, self.old_points[i]), (n, self.new_points[j])):
            if found and point.points:
                own = side.mass_of(_own_text(point))
                found = [t for t in found if t in own]
        if found and self.elsewhere:
            # At a sub-point level: alone among the sub-points, but not in the version.
            found = [t for t in found
                     if not any(level.holds(words[t]) for level in self.elsewhere)]
        return tuple(sorted(words[t] for t in found))

    def names_held(self) -> tuple[Counter[str], Counter[str]]:
        """Name, number and synonym-group token → how many old and how many new points of
        this level hold it (for :class:`Elsewhere`)."""
        if self._names is None:
            words = self.old_side.words()

            def count(side: _Side) -> Counter[str]:
                return Counter(words[t] for ids in side.ids for t in set(ids)
                               if _exclusive(words[t]))

            self._names = (count(self.old_side), count(self.new_side))
        return self._names

    def outside(self, draft: Draft) -> tuple[Elsewhere, ...]:
        """:attr:`elsewhere` for the sub-points of ``draft``'s points: this level's names
        held by points other than the draft's, and the levels above."""
        old_counts, new_counts = self.names_held()
        words = self.old_side.words()

        def held(side: _Side, points: Sequence[int]) -> frozenset[str]:
            return frozenset(words[t] for x in points for t in side.ids[x]
                             if _exclusive(words[t]))

        return (*self.elsewhere, Elsewhere(old_counts, new_counts,
                                           held(self.old_side, draft.old),
                                           held(self.new_side, draft.new)))

    def bracket(self, i: int, j: int) -> str:
        """Where old point ``i`` and new point ``j`` stand, when that is evidence: on one side
        (new first), the point lies between two paired neighbours (the nearest before and
        after it, points that must stay unpaired aside; the document's edge is no neighbour)
        whose partners on the other side bracket its candidate ("new 7 stands between new 6
        and new 8, whose partners old 5 and old 11 bracket old 8"); empty when neither side
        does."""
        for x, y, old in ((j, i, False), (i, j, True)):
            points = self.old_points if old else self.new_points
            others = self.new_points if old else self.old_points
            owner = self.old_owner if old else self.new_owner
            blocked = self.blocked_old if old else self.blocked_new
            before = next((k for k in range(x - 1, -1, -1)
                           if k in owner and k not in blocked), None)
            after = next((k for k in range(x + 1, len(points))
                          if k in owner and k not in blocked), None)
            if before is None or after is None:
                continue  # the place is told by two pairs, not by the document's edge
            low = max(self.partners(owner[before], old))
            high = min(self.partners(owner[after], old))
            if low < y < high:
                here, there = ("old", "new") if old else ("new", "old")
                return (f"{here} {points[x].number} stands between {here} "
                        f"{points[before].number} and {here} {points[after].number}, whose "
                        f"partners {there} {others[low].number} and {there} "
                        f"{others[high].number} bracket {there} {others[y].number}")
        return ""

    def partners(self, index: int, old: bool) -> tuple[int, ...]:
        """The other side's points of draft ``index`` (seen from the old side when ``old``)."""
        draft = self.drafts[index]
        return draft.new if old else draft.old

    def reported_terms(self, side: _Side, x: int) -> dict[int, float]:
        """:func:`~plandiff.engine.align.coverage.distinctive` of point ``x`` of ``side``,
        without the words of its sub-points that must stay unpaired (the new version does not
        report on them, or a reviewer unlinked them): "A broad package to rebuild Ukraine,
        including:" is matched on its own words when none of its items is reported."""
        old = side is self.old_side
        point = (self.old_points if old else self.new_points)[x]
        never = self.never_old if old else self.never_new
        if not never or not any(sub.id in never for sub in descendants(point)):
            return distinctive(side, x)
        words = side.words()
        return {t: w for t, w in side.mass_of(matching_text(_without(point, never))).items()
                if not side.function[t] and not words[t].startswith(TOPIC)}

    def next_to(self, side: _Side, a: int, b: int) -> bool:
        """True when points ``a`` and ``b`` of ``side`` stand next to each other once the
        points that must stay unpaired (not reported, unlinked) are left out."""
        blocked = self.blocked_old if side is self.old_side else self.blocked_new
        low, high = min(a, b), max(a, b)
        return low < high and all(x in blocked for x in range(low + 1, high))

    def rare_shared(self, i: int, j: int) -> int:
        """Distinct content tokens (not function words, not in most points) ``i`` and ``j``
        share."""
        o, n = self.old_side, self.new_side
        most = max(2.0, RARE_SHARE * o.n_docs)
        return sum(1 for t in o.unit(i).keys() & n.unit(j).keys()
                   if not o.function[t] and o.df[t] <= most)


__all__ = ["RARE_SHARE", "PairEvidence"]

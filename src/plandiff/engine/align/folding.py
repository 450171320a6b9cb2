"""Sub-points folded into a partner's own text (or carved out of it): which unpaired
sub-points go with the pair, and which part of a split or merge each is linked with."""

from __future__ import annotations

from collections.abc import Sequence

from plandiff.engine.align.concepts import ENTITY
from plandiff.engine.align.evidence import _all_names
from plandiff.engine.align.headings import HeadingPass
from plandiff.engine.align.tokens import (
    ABSORB_MIN_TOKENS,
    _own_text,
    lone_han,
    matching_text,
    tokens,
)
from plandiff.engine.align.types import Alignment
from plandiff.engine.align.vectors import _contained, _content_shared, _union
from plandiff.plans.model import Point
from plandiff.plans.refs import parse_point_ref

SANDWICH_ABSORB = 0.1
"""Lowest share of an unpaired sub-point found in what the partner's text gained, for it to
be folded in when the sub-points on both sides of it were (see :meth:`Aligner.absorbed`)."""


SCATTER_SPAN = 3
"""The two words an item folded in on the least evidence shares with a partner's text must
stand within this many times the item's length of each other there
(:meth:`Folding.scattered`)."""


def _window(seq: Sequence[str], wanted: set[str]) -> int:
    """The length of the shortest run of ``seq`` holding every token of ``wanted`` (one
    more than ``seq`` is long when it lacks one)."""
    best = len(seq) + 1
    last: dict[str, int] = {}
    for k, token in enumerate(seq):
        if token in wanted:
            last[token] = k
            if len(last) == len(wanted):
                best = min(best, k - min(last.values()) + 1)
    return best


class Folding(HeadingPass):
    """Sub-points absorbed by a pair, read when :meth:`Aligner.result` aligns the sub-points."""

    def folded(self, pair_new: Sequence[Point], old_children: Sequence[Point],
               new_children: Sequence[Point]) -> frozenset[str]:
        """Old sub-points an author declared folded into the new points' own text (named in
        their ``derived_from``, and in no new sub-point's): the sub-point pass must not pair
        them with a new sub-point on shared words."""
        if not self.options.use_declared or not old_children:
            return frozenset()
        held = self.named_old(pair_new) & {c.id for c in old_children}
        return frozenset(held - self.named_old(new_children)) if held else frozenset()

    def named_old(self, points: Sequence[Point]) -> set[str]:
        """The ids of the old version's points that ``points`` name in ``derived_from``."""
        return {ref.point for p in points for ref in map(parse_point_ref, p.derived_from)
                if ref is not None and ref.version_ref == self.old_ref}

    def absorbed(self, pair_old: Sequence[Point], pair_new: Sequence[Point],
                 children: Alignment, old_children: Sequence[Point],
                 new_children: Sequence[Point]
                 ) -> tuple[tuple[int, ...], tuple[int, ...], tuple[Point, ...]]:
        """Unpaired sub-points folded into (or carved out of) the partner's own text, and
        those of them taken as a list's last item after two folded siblings (for review).

        For a one-to-one pair the partner is one point; for a split (one old point, several
        new) the old sub-points may be folded into the new parts' texts taken together, and
        for a merge the new sub-points carved out of the old parts' texts: 28#12 (a package
        with sub-points) split into 20#8 (which restates three of them) and 20#9 (which has a
        sub-point of its own) takes those three along."""
        if len(pair_old) != 1 and len(pair_new) != 1:
            return (), (), ()
        side = self.old_side
        words = side.words()
        tail: list[Point] = []
        old_own = _union(side.mass_of(_own_text(p)) for p in pair_old)
        new_own = _union(side.mass_of(_own_text(p)) for p in pair_new)
        declared = self.named_old(pair_new)

        # An author who linked the new point to old points said everything it came from.
        infer = not declared

        def pick(whole: dict[int, float], own: dict[int, float],
                 candidates: Sequence[tuple[int, Point]], names: set[str],
                 parent: Sequence[int], partners: Sequence[Point]) -> tuple[int, ...]:
            """The named candidates, and every leaf candidate whose text is largely found in
            what ``whole`` has beyond ``own`` (sharing content words with it: ``absorb`` of
            it, ``absorb_flat`` when the ``partners`` have no sub-points at all, a list
            restated flat); then, by position, a leaf between two siblings that were both
            taken, when its text is found there to a lesser degree (:data:`SANDWICH_ABSORB`,
            one content word)."""
            floor = self.options.absorb if any(p.points for p in partners) \
                else self.options.absorb_flat
            residual = {t: w - own.get(t, 0.0) for t, w in whole.items() if w > own.get(t, 0.0)}
            # a name's words the own text holds as that name ("US" for "the United States")
            # are no gain of the partner's text
            held = {words[t] for t in own if words[t].startswith(ENTITY)}
            if held:
                residual = {t: w for t, w in residual.items()
                            if not (side.word[t] and _all_names((words[t],), held,
                                                                side.table.entity_words))}
            chosen: set[int] = set()
            near: dict[int, float] = {}
            for k, child in candidates:
                if child.id in self.never_old or child.id in self.never_new:
                    continue
                if child.id not in names:
                    # Only a leaf is plain text that can be inferred folded in (or carved
                    # out): a sub-point with sub-points of its own keeps its structure.
                    if not infer or child.points:
                        continue
                    mass = side.mass_of(matching_text(child))
                    gain = self.other_names_out(mass, residual, whole)
                    share = _contained(mass, sum(mass.values()), gain)
                    shared = _content_shared(side, mass, gain)
                    # below ``absorb`` (a list restated flat), two pieces of evidence
                    enough = share >= floor and (
                        share >= self.options.absorb
                        or self.pieces_shared(mass, gain) >= ABSORB_MIN_TOKENS)
                    if shared < ABSORB_MIN_TOKENS or not enough:
                        if shared and share >= SANDWICH_ABSORB:
                            near[k] = share
                        continue
                    if self.scattered(child, mass, gain, partners):
                        continue
                chosen.add(k)
            grew = bool(chosen)
            while grew and near:
                grew = False
                for k in sorted(near):
                    siblings = [x for x in (k - 1, k + 1)
                                if 0 <= x < len(parent) and parent[x] == parent[k]]
                    if len(siblings) == 2 and all(x in chosen for x in siblings):
                        chosen.add(k)
                        del near[k]
                        grew = True
            # A list's last item after two folded siblings: the run goes on to its end.
            for k in sorted(near):
                last = k + 1 >= len(parent) or parent[k + 1] != parent[k]
                if last and k >= 2 and all(x in chosen and parent[x] == parent[k]
                                           for x in (k - 1, k - 2)):
                    chosen.add(k)
                    tail.append(dict(candidates)[k])
            return tuple(sorted(chosen))

        taken_old = pick(new_own, old_own,
                         [(k, old_children[k]) for k in children.unmatched_old],
                         declared if self.options.use_declared else set(),
                         [n for n, p in enumerate(pair_old) for _ in p.points], pair_new)
        if taken_old:
            return taken_old, (), tuple(tail)
        # (nothing taken from the old side: the tail, which only grows with a take, is empty)
        carved = [(k, new_children[k]) for k in children.unmatched_new
                  if not any(parse_point_ref(r) is not None for r in new_children[k].derived_from)]
        taken_new = pick(old_own, new_own, carved, set(),
                         [n for n, p in enumerate(pair_new) for _ in p.points], pair_old)
        return (), taken_new, tuple(tail)

    def scattered(self, child: Point, mass: dict[int, float], gain: dict[int, float],
                  partners: Sequence[Point]) -> bool:
        """True when item ``child`` rests on two plain words alone (``mass`` and ``gain``: its
        terms and what its partners' texts gained; :data:`ABSORB_MIN_TOKENS`, the least an
        item folds in on) and those two stand far apart in every partner's own text: more
        than :data:`SCATTER_SPAN` times the item's length from the first to the last.
        "Development of infrastructure." is not restated by "a development fund for
        technology, data centres and AI, and investment ... in gas infrastructure": its two
        words are there, each among the words of another item. A synonym group or a name
        has no place in the text and is not counted; an item sharing more words is not
        judged here (a list restated flat spreads a long item's names over a paragraph)."""
        side = self.old_side
        words = side.words()
        shared = {words[t] for t in mass.keys() & gain.keys()
                  if side.word[t] and not side.function[t]}
        if (len(shared) != ABSORB_MIN_TOKENS
                or self.pieces_shared(mass, gain) != ABSORB_MIN_TOKENS):
            return False
        forms = side.forms
        item = tokens(matching_text(child))
        reach = max(len(item), 2) * SCATTER_SPAN
        for partner in partners:
            seq = [forms.get(w, w) for w in tokens(_own_text(partner))] if forms else \
                tokens(_own_text(partner))
            if _window(seq, shared) <= reach:
                return False
        return True

    def other_names_out(self, mass: dict[int, float], residual: dict[int, float],
                        whole: dict[int, float]) -> dict[int, float]:
        """``residual`` without the words of the names ``mass`` holds and ``whole`` does not
        (an entity of ``data/entities.json``): the 世界 of 世界銀行 (the World Bank) is not
        the 世界 of 世界規模 ("global") in a text that names no World Bank, so it is no
        evidence that an item naming the bank is folded into that text."""
        side = self.old_side
        words = side.words()
        names = {words[t] for t in mass if words[t].startswith(ENTITY)}
        if not names:
            return residual
        names -= {words[t] for t in whole if words[t].startswith(ENTITY)}
        if not names:
            return residual
        entity_words = side.table.entity_words
        return {t: w for t, w in residual.items()
                if not (side.word[t] and t in mass
                        and not names.isdisjoint(entity_words.get(words[t], ())))}

    def pieces_shared(self, mass: dict[int, float], residual: dict[int, float]) -> int:
        """How many distinct pieces of evidence ``mass`` shares with ``residual``: content
        words (not function words), a word and the concept it gives counted once, as
        :meth:`telling_tokens` counts them. An item folded in on the lesser share of a list
        restated flat needs :data:`ABSORB_MIN_TOKENS` of them: "the United States is
        compensated for the guarantee" shares only "guarantee" (and its synonym group) with
        a guarantee clause that drops it."""
        side = self.old_side
        words = side.words()
        shared = [t for t in mass.keys() & residual.keys()
                  if not side.function[t] and not lone_han(words[t])]
        single = side.table.single
        covered = {c for t in shared for c in single.get(words[t], ())}
        return sum(1 for t in shared if words[t] not in covered)

    @staticmethod
    def tail_sentence(tail: Sequence[Point], partners: Sequence[Point], old: bool) -> str:
        """``old 10(d) ends a list whose two items before it are folded into new 5``: why a
        list's last item was folded in on less evidence (:meth:`absorbed`)."""
        here, there = ("old", "new") if old else ("new", "old")
        into = ", ".join(f"{there} {p.number}" for p in partners)
        return "; ".join(f"{here} {sub.number} ends a list whose two items before it are "
                         f"{'folded into' if old else 'carved out of'} {into}" for sub in tail)

    def part_links(self, old_pts: Sequence[Point], new_pts: Sequence[Point],
                   folded: Sequence[Point], carved: Sequence[Point]
                   ) -> tuple[tuple[tuple[str, str], ...], str]:
        """The (old id, new id) links of a split whose old sub-points were folded into the new
        parts' texts (or of a merge whose new sub-points were carved out of the old parts'),
        and the sentence saying where the whole's own text went when that was decided by its
        items. Each such sub-point goes with the one part that names it in ``derived_from``,
        else the part whose own text holds most of it, function words aside
        (:meth:`content_mass`; the first such part on a tie), not with every part. The whole's
        own text (a lead-in such as "Arms and armies shall be managed as follows:") goes with the
        part that took most of its items, not with a part that took fewer (which restates
        those items), nor with a part that took as many but shares nothing with it, the
        names of parties aside ("Russia is brought back into the world economy:"; unless
        every such part is one); a part that took no item keeps its link. A part an author
        linked with the whole keeps it. No links when every combination of the pair's ids is
        a link (one point on the other side)."""
        if not ((folded and len(new_pts) > 1) or (carved and len(old_pts) > 1)):
            return (), ""
        links = [(o.id, n.id) for o in old_pts for n in new_pts]
        side = self.old_side
        notes: list[str] = []
        for subs, parts, split in ((folded, new_pts, True), (carved, old_pts, False)):
            own = [side.mass_of(_own_text(p)) for p in parts]
            parts_name = [self.named_old((p,)) if split else set() for p in parts]
            fed: set[int] = set()
            took = [0] * len(parts)
            for sub in subs:
                named = [k for k in range(len(parts)) if sub.id in parts_name[k]]
                mass = self.content_mass(sub)
                total = sum(mass.values())
                best = named[0] if named else max(
                    range(len(parts)), key=lambda k: (_contained(mass, total, own[k]), -k))
                links.append((sub.id, parts[best].id) if split else (parts[best].id, sub.id))
                fed.add(best)
                took[best] += 1
            if not subs or len(parts) < 2:
                continue
            # The whole's own text (a lead-in) goes with the part that took most of its items
            # (and with a part that took none, which restates the lead-in's own words): a
            # part that took fewer restates those items, not the list, and its links are
            # theirs. Among the parts that took most, one that shares nothing with the
            # lead-in, names of parties aside, restates only its items too (unless every
            # such part is such a part).
            whole = (old_pts if split else new_pts)[0]
            lead = side.mass_of(_own_text(whole))
            most = max(took)
            top = {k for k in fed if took[k] == most}
            bare = {k for k in top if self.shares_names_alone(side, own[k], lead, empty=True)}
            dropped = {parts[k].id for k in fed - top} | (
                {parts[k].id for k in bare} if bare != top else set())
            bare_ids = dropped - self.declared_parts(whole, parts, split)
            if len(bare_ids) < len(parts):
                links = [(o, n) for o, n in links if not (
                    (o if split else n) == whole.id and (n if split else o) in bare_ids)]
            # said when a part that shares words with the lead-in lost its link to it
            fewer = [parts[k] for k in sorted(fed - top) if parts[k].id in bare_ids
                     and not self.shares_names_alone(side, own[k], lead, empty=True)]
            if fewer:
                notes.append(self.lead_sentence(whole, [parts[k] for k in sorted(top)],
                                                fewer, split, most))
        return tuple(links), "; ".join(notes)

    def content_mass(self, point: Point) -> dict[int, float]:
        """The idf-weighted tokens of ``point``'s text without function words: what tells
        which part of a split or merge a folded item went to. "Reconstruction of war-damaged
        areas" is as much in "rebuilding war-damaged cities" as in "the rebuilding of
        war-damaged regions"; the "of" one of them shares is no evidence."""
        side = self.old_side
        function = side.function
        return {t: w for t, w in side.mass_of(matching_text(point)).items() if not function[t]}

    @staticmethod
    def lead_sentence(whole: Point, top: Sequence[Point], fewer: Sequence[Point],
                      split: bool, most: int) -> str:
        """``old 3's own text goes with new 3, which took 2 of its items; new 4 took fewer``:
        why the whole's own text is not linked with every part."""
        here, there = ("old", "new") if split else ("new", "old")
        into = ", ".join(f"{there} {p.number}" for p in top)
        rest = ", ".join(f"{there} {p.number}" for p in fewer)
        return (f"{here} {whole.number}'s own text goes with {into}, which took {most} of "
                f"its items; {rest} took fewer")

    def declared_parts(self, whole: Point, parts: Sequence[Point], split: bool) -> set[str]:
        """The parts an author linked with the whole in ``derived_from`` (a new part naming
        the old whole, or the new whole naming an old part): their link stands."""
        if split:
            return {p.id for p in parts if whole.id in self.named_old((p,))}
        return {p.id for p in parts} & self.named_old((whole,))


__all__ = ["SANDWICH_ABSORB", "Folding"]

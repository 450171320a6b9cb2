"""How sure the aligner is of each draft and why: rivals and alternatives, confidence,
shared terms and channels, and the sentence of a join."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from plandiff.engine.align.concepts import ENTITY, NUMBER, SYNONYM, channel_of, shown_concept
from plandiff.engine.align.explain import (
    LEFTOVER_CAP,
    TERMS,
    confidence,
    named_label,
    surface_words,
    top_terms,
    whole_terms,
)
from plandiff.engine.align.folding import Folding
from plandiff.engine.align.state import Draft
from plandiff.engine.align.types import Evidence, PairKind
from plandiff.engine.align.vectors import _union

# Enum members read once (as in plandiff.engine.align.state): the hot loops below avoid
# the enum metaclass's attribute hook.
_SIMILARITY = Evidence.SIMILARITY
_CONTAINMENT = Evidence.CONTAINMENT
_DECLARED = Evidence.DECLARED

_KIND_WORD = {PairKind.SPLIT: "split: ", PairKind.MERGE: "merge: "}
"""How :meth:`Aligner.join_sentence` begins for a split or a merge."""


class Explaining(Folding):
    """Confidence, terms, channels and join sentences of the drafts."""

    def rivals(self) -> tuple[dict[int, list[tuple[int, float]]],
                               dict[int, list[tuple[int, float]]]]:
        by_row: dict[int, list[tuple[int, float]]] = defaultdict(list)
        by_col: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for (i, j), s in self.candidates.items():
            by_row[i].append((j, s))
            by_col[j].append((i, s))
        return by_row, by_col

    def _contestable(self, owner: dict[int, int], x: int, score: float) -> bool:
        """True when a point is free, or held by a similarity pair weaker than ``score``."""
        if x not in owner:
            return True
        held = self.drafts[owner[x]]
        return held.evidence is _SIMILARITY and held.similarity < score

    def explain(self, draft: Draft,
                rivals: tuple[dict[int, list[tuple[int, float]]],
                              dict[int, list[tuple[int, float]]]]) -> tuple[float, tuple[str, ...]]:
        """Confidence and shared terms of a draft."""
        value, terms, _ = self.explained(draft, rivals)
        return value, terms

    def explained(self, draft: Draft,
                  rivals: tuple[dict[int, list[tuple[int, float]]],
                                dict[int, list[tuple[int, float]]]],
                  ) -> tuple[float, tuple[str, ...], tuple[tuple[str, float], ...]]:
        """Confidence, shared terms and the score by evidence channel of a draft."""
        alternative = 0.0
        if draft.evidence is Evidence.SIMILARITY:
            i, j = draft.old[0], draft.new[0]
            for j2, s in rivals[0].get(i, ()):
                if j2 != j and self._contestable(self.new_owner, j2, s):
                    alternative = max(alternative, s)
            for i2, s in rivals[1].get(j, ()):
                if i2 != i and self._contestable(self.old_owner, i2, s):
                    alternative = max(alternative, s)
        return self._explained(draft, alternative)

    def alternatives(self, drafts: Sequence[Draft]) -> list[float]:
        """For each of ``drafts``, what :meth:`explained` reads from :meth:`rivals` for a
        similarity draft (0.0 for the others): the best score of a candidate of either point,
        other than its partner, whose other point is free or held by a weaker similarity pair
        (:meth:`_contestable`). One pass over the candidates for all the drafts; a maximum
        does not depend on the order it is taken in."""
        similarity = _SIMILARITY
        by_row: dict[int, tuple[int, int]] = {}
        by_col: dict[int, tuple[int, int]] = {}
        for k, draft in enumerate(drafts):
            if draft.evidence is similarity:
                by_row[draft.old[0]] = (k, draft.new[0])
                by_col[draft.new[0]] = (k, draft.old[0])
        # A point held by a similarity pair is contested by a score above that pair's, a free
        # point by any score, any other point by none (a score is at most 1).
        bar = [d.similarity if d.evidence is similarity else 2.0 for d in self.drafts]
        old_owner, new_owner = self.old_owner, self.new_owner
        best = [0.0] * len(drafts)
        for (i, j), s in self.candidates.items():
            row = by_row.get(i)
            if row is not None and s > best[row[0]] and j != row[1]:
                held = new_owner.get(j)
                if held is None or bar[held] < s:
                    best[row[0]] = s
            col = by_col.get(j)
            if col is not None and s > best[col[0]] and i != col[1]:
                held = old_owner.get(i)
                if held is None or bar[held] < s:
                    best[col[0]] = s
        return best

    def _explained(self, draft: Draft, alternative: float,
                   ) -> tuple[float, tuple[str, ...], tuple[tuple[str, float], ...]]:
        """:meth:`explained`, given the best rival score of a similarity draft's points."""
        evidence = draft.evidence
        if evidence is not _SIMILARITY and evidence is not _CONTAINMENT:
            value = confidence(evidence, draft.similarity)
            if evidence is not _DECLARED or not self.options.terms:
                return value, (), ()
        o, n = self.old_side, self.new_side
        if evidence is _SIMILARITY:
            i, j = draft.old[0], draft.new[0]
            value = confidence(draft.evidence, draft.similarity, alternative,
                               leftover=draft.leftover)
            if draft.far and not draft.leftover:
                value = min(value, LEFTOVER_CAP)  # what is left of a split (rehome): review
            if not self.options.terms:
                return value, (), ()
            a, b = o.unit(i), n.unit(j)
            contributions = {t: a[t] * b[t] for t in a.keys() & b.keys()}
        else:  # containment, or a declared link: not scored, but a reviewer checking it
            # sees the words it shares (none: nothing in the texts supports it)
            if evidence is _CONTAINMENT:
                value = confidence(evidence, draft.similarity)
                if (draft.join is not None and not draft.join.sure) or draft.named or draft.far:
                    # marginal coverage, a join on a name alone, or a join far from the
                    # pair's parts: a reviewer sees it
                    value = min(value, LEFTOVER_CAP)
                if not self.options.terms:
                    return value, (), ()
            a = _union(o.mass(i) for i in draft.old)
            b = _union(n.mass(j) for j in draft.new)
            contributions = {t: min(a[t], b[t]) for t in a.keys() & b.keys()}
        words = o.words()
        channels = () if evidence is _DECLARED else self._channels(draft, contributions, words)
        ranked = sorted(((w, words[t]) for t, w in contributions.items()
                         if not o.function[t] and w > 0), key=lambda x: (-x[0], x[1]))
        named = {token: w for w, token in ranked[:3 * TERMS]
                 # a number already named by its digits is not named twice
                 if not (token.startswith(NUMBER) and token[1:] in self.old_side.vocab)}
        surface = surface_words([*(o.texts[i] for i in draft.old),
                                 *(n.texts[j] for j in draft.new)], named)
        new_text = "\n".join(n.texts[j] for j in draft.new)
        for token in named:
            if token.startswith(NUMBER) and token[1:].isdigit():
                surface[token] = f"{int(token[1:]):,}"
            elif token[:1] in (ENTITY, SYNONYM) and not new_text.isascii():
                # ≈主権 for a Japanese pair, not the group's English name alone
                shown = shown_concept(token, new_text)
                if shown is not None:
                    surface[token] = shown
        return value, whole_terms(top_terms(named, surface),
                                  "\n".join(o.texts[i] for i in draft.old),
                                  "\n".join(n.texts[j] for j in draft.new)), channels

    @staticmethod
    def _channels(draft: Draft, contributions: dict[int, float], words: Sequence[str]
                  ) -> tuple[tuple[str, float], ...]:
        """A scored draft's score split by evidence channel (terms, numbers, synonyms …)."""
        by_channel: dict[str, float] = defaultdict(float)
        for t, w in contributions.items():
            by_channel[channel_of(words[t])] += w
        scale = draft.similarity / (sum(by_channel.values()) or 1.0)
        return tuple((name, round(w * scale, 4)) for name, w in sorted(
            by_channel.items(), key=lambda item: (-item[1], item[0])) if w * scale >= 0.005)

    def join_sentence(self, draft: Draft) -> str:
        """``merge: 45 % of old 10's rare terms are in new 5, 30 % not explained by old 9;
        ...`` for a pair a leftover joined (:meth:`attach`); ``no other point names NATO``
        for two leftovers paired on a name no other point holds (:meth:`named_only`); else
        empty."""
        if draft.named:
            names = [named_label(t) for t in draft.named if not t.startswith(SYNONYM)]
            groups = [f"'{t[1:]}'" for t in draft.named if t.startswith(SYNONYM)]
            found = [*(["no other point names " + ", ".join(names)] if names else []),
                     *([f"no other point uses the words of {', '.join(groups)}"]
                       if groups else []),
                     *([draft.place] if draft.place else [])]
            return _KIND_WORD.get(draft.kind, "") + "; ".join((*found, *draft.far))
        if draft.join is None:
            return (_KIND_WORD.get(draft.kind, "") + "; ".join(draft.far)) if draft.far else ""
        olds = [f"old {self.old_points[i].number}" for i in draft.old]
        news = [f"new {self.new_points[j].number}" for j in draft.new]
        if draft.kind is PairKind.SPLIT:
            joining = f"new {self.new_points[draft.joining].number}"
            sentence = draft.join.sentence("split", joining, olds[0],
                                           [n for n in news if n != joining])
        else:
            joining = f"old {self.old_points[draft.joining].number}"
            sentence = draft.join.sentence("merge", joining, news[0],
                                           [o for o in olds if o != joining])
        return "; ".join((sentence, *draft.far))


__all__ = ["Explaining"]

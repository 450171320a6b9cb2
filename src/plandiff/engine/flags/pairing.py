"""Old and new mentions paired through the redline, and the flags of quantities.

Quantities and modals: an old mention is paired with the new mention of the same family that
stands where the diff puts it (old positions are carried to new positions through the spans,
``Map``), one that says the same first, then one of the same sort. A pair whose keys differ is
a flag (old → new): "600,000" → "800,000", "shall" → "may", "within 100 days" → "as soon as
possible". A changed quantity with no counterpart is a flag with one side empty, unless the
same value is still stated elsewhere in the other text, or it counts a list that stands next
to it and that the other text names too, or points back to the places named before it ("these
five regions") (``quantities.restates_list``); the flags of modals,
which depend on the statement's negations too, are made in ``polarity``.

The parties' flags, which compare by presence, are made in ``party_changes`` with the hunks
found here (``hunk_of``, ``swapped``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from plandiff.engine.comparison import Flag, FlagKind, Span, SpanOp
from plandiff.engine.flags.bounds import bound_of, bound_words, reversed_bounds
from plandiff.engine.flags.mention import MODALITY, NEGATION, QUANTITY, Mention, new_tuple
from plandiff.engine.flags.patterns import Lazy
from plandiff.engine.flags.quantities import restates_list
from plandiff.engine.flags.quantity_keys import DATE_KEY, TIME_KEY, other_reading, share_key

# Read once, as the families are (``mention``): Map reads them for every span.
_EQUAL, _DELETE = SpanOp.EQUAL, SpanOp.DELETE


class _Hunk(NamedTuple):
    old_start: int
    old_end: int
    new_start: int
    new_end: int


class Map:
    """Carries old positions to new positions through the spans."""

    def __init__(self, spans: Sequence[Span]) -> None:
        hunks: list[_Hunk] = []
        equal_shift: list[tuple[int, int, int]] = []  # (old_start, old_end, new_start)
        old_parts: list[str] = []
        new_parts: list[str] = []
        o = n = 0
        pending: tuple[int, int] | None = None
        for span in spans:
            text = span.text
            size = len(text)
            op = span.op
            before = span.old_text
            if op is _EQUAL and before is None:
                if pending is not None:
                    hunks.append(new_tuple(_Hunk, (pending[0], o, pending[1], n)))
                    pending = None
                equal_shift.append((o, o + size, n))
                old_parts.append(text)
                new_parts.append(text)
                o += size
                n += size
            else:
                if pending is None:
                    pending = (o, n)
                if before is not None:  # sides differing in typography only: a change
                    old_parts.append(before)  # here, as comparison.exact_spans reads it
                    o += len(before)
                    new_parts.append(text)
                    n += size
                elif op is _DELETE:
                    old_parts.append(text)
                    o += size
                else:
                    new_parts.append(text)
                    n += size
        if pending is not None:
            hunks.append(new_tuple(_Hunk, (pending[0], o, pending[1], n)))
        self.hunks = hunks
        self._equal_shift = equal_shift
        self.rebuilt = ("".join(old_parts), "".join(new_parts))
        """The old and the new text as the spans rebuild them."""
        self.old_size, self.new_size = o, n
        self._starts = [h.old_start for h in hunks]

    def _hunk_at(self, pos: int) -> _Hunk | None:
        i = bisect_right(self._starts, pos) - 1
        while i >= 0:
            hunk = self.hunks[i]
            if hunk.old_start <= pos <= hunk.old_end:
                return hunk
            if hunk.old_end < pos:
                return None
            i -= 1
        return None

    def lo(self, pos: int) -> int:
        """New position of an old start position."""
        hunk = self._hunk_at(pos)
        if hunk is not None and pos < hunk.old_end:
            return hunk.new_start
        return self._exact(pos)

    def hi(self, pos: int) -> int:
        """New position of an old end position."""
        hunk = self._hunk_at(pos)
        if hunk is not None and pos > hunk.old_start:
            return hunk.new_end
        return self._exact(pos)

    def image(self, start: int, end: int) -> tuple[int, int] | None:
        """``(lo(start), hi(end))`` of an old span inside one equal span, or None for one
        that is not. Before that equal span's
        end both are read off it: no hunk holds ``start`` before its end or ``end`` after
        its start (hunks and equal spans part the old text), so ``lo`` and ``hi`` fall back
        to ``_exact``, whose equal span is this one. At its end ``hi`` may step over an
        insertion there, and is asked."""
        i = bisect_right(self._equal_shift, (start, 1 << 62, 0)) - 1
        if i < 0:
            return None
        s, e, n = self._equal_shift[i]
        if start < s or end > e:
            return None
        if end < e:
            return n + start - s, n + end - s
        return self.lo(start), self.hi(end)

    def across(self, side: int, start: int, end: int) -> tuple[int, int]:
        """The span of the other text across from ``start:end`` of the old (``side`` 0) or
        the new text (1): the other side of the hunks it touches, and of the equal text it
        holds."""
        if side == 0:
            return self.lo(start), max(self.lo(start), self.hi(end))
        lo = hi = None
        for hunk in self.hunks:
            if hunk.new_start <= end and start <= hunk.new_end:
                lo = hunk.old_start if lo is None else min(lo, hunk.old_start)
                hi = hunk.old_end if hi is None else max(hi, hunk.old_end)
        for old_start, old_end, new_start in self._equal_shift:
            new_end = new_start + old_end - old_start
            if new_start <= end and start <= new_end:
                a = old_start + max(start, new_start) - new_start
                b = old_start + min(end, new_end) - new_start
                lo = a if lo is None else min(lo, a)
                hi = b if hi is None else max(hi, b)
        if lo is None or hi is None:  # pragma: no cover - the spans part both texts
            return 0, self.old_size
        return lo, hi

    def _exact(self, pos: int) -> int:
        i = bisect_right(self._equal_shift, (pos, 1 << 62, 0)) - 1
        for s, e, n in self._equal_shift[max(i, 0):max(i, 0) + 2]:
            if s <= pos <= e:
                return n + (pos - s)
        # between two hunks with no equal text around: the end of the nearest hunk
        hunk = self._hunk_at(pos)
        return hunk.new_end if hunk is not None else min(pos, self.new_size)


_KIND = {MODALITY: FlagKind.MODALITY, NEGATION: FlagKind.NEGATION}


def _kind(*mentions: Mention) -> FlagKind:
    family = mentions[0].family
    if family is QUANTITY:
        return FlagKind.DATE if any(m.is_date for m in mentions) else FlagKind.NUMBER
    return _KIND[family]


_NEAR = 24
_SHORT = 160
_EDGE = 5
"""One name replaced by another: in an edit that changes at most ``_NEAR`` characters
besides the names, at about the same place ("the United States" → "France"); in an edit of
up to ``_SHORT`` characters a side, at its start or its end on both sides (within
``_EDGE`` characters: "Russia shall pay 100" → "Ukraine may pay 200"). In a longer
rewritten passage the names that came and went are flagged one by one."""


def hunk_of(mapping: Map, mention: Mention) -> _Hunk | None:
    """The redline hunk that changes an old mention (or part of it: "United States" →
    "United Nations"), when it is short enough to swap names."""
    hunk = next((h for h in mapping.hunks
                 if h.old_start < mention.end and mention.start < h.old_end), None)
    if hunk is None:
        return None
    short = max(hunk.old_end - hunk.old_start, hunk.new_end - hunk.new_start) <= _SHORT
    return hunk if short else None


def swapped(hunk: _Hunk, old: Mention, new: Mention) -> bool:
    """Whether ``new`` stands where ``old`` stood in ``hunk`` (both clipped to it)."""
    if not (new.start < hunk.new_end and hunk.new_start < new.end) and not (
            hunk.new_start == hunk.new_end and new.start <= hunk.new_start <= new.end):
        return False
    old_start, old_end = max(old.start, hunk.old_start), min(old.end, hunk.old_end)
    new_start, new_end = max(new.start, hunk.new_start), min(new.end, hunk.new_end)
    rest = sorted((hunk.old_end - hunk.old_start - (old_end - old_start),
                   hunk.new_end - hunk.new_start - (new_end - new_start)))
    before = (old_start - hunk.old_start, new_start - hunk.new_start)
    after = (hunk.old_end - old_end, hunk.new_end - new_end)
    if rest[1] <= _NEAR:  # a short edit: the names stand at about the same place
        return abs(before[0] - before[1]) <= _NEAR or abs(after[0] - after[1]) <= _NEAR
    # a longer one: the names open it, or close it, on both sides ("Russia shall pay 100"
    # → "Ukraine may pay 200")
    return max(before) <= _EDGE or max(after) <= _EDGE


def first_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
        if mention.key not in seen:
            seen.add(mention.key)
            out.append(mention)
    return out


_Pairing = tuple[list[tuple[Mention, Mention]], list[Mention], list[Mention]]


def pair_mentions(olds: list[Mention], news: list[Mention], mapping: Map) -> _Pairing:
    """Old mentions paired with new ones of the same family: (pairs, old mentions left
    over, new mentions left over)."""
    if not olds and not news:
        return [], [], []
    paired_new: set[int] = set()
    by_start = {(m.start, m.end): i for i, m in enumerate(news)}
    pairs: list[tuple[Mention, Mention]] = []
    unpaired_old: list[Mention] = []
    # 1. mentions inside unchanged text pair with their exact image
    for mention in olds:
        image = mapping.image(mention.start, mention.end)
        if image is not None:
            j = by_start.get(image)
            if j is not None and j not in paired_new:
                paired_new.add(j)
                pairs.append((mention, news[j]))
                continue
        unpaired_old.append(mention)
    # 2. changed mentions pair with an unpaired new mention where the diff puts them: one
    # that says the same if there is one, else the first of the same sort (a number with a
    # number of the same unit, a date with a date), else the first comparable one
    removed: list[Mention] = []
    for mention in unpaired_old:
        lo, hi = mapping.lo(mention.start), mapping.hi(mention.end)
        there = [j for j, candidate in enumerate(news)
                 if j not in paired_new and _comparable(mention, candidate) and (
                     (candidate.start < hi and candidate.end > lo)
                     or (lo == hi and candidate.start <= lo <= candidate.end))]
        hunk = hunk_of(mapping, mention)
        match = next((j for j in there if news[j].key == mention.key),
                     next((j for j in there if _same_sort(mention, news[j])),
                          next((j for j in there
                                if hunk is not None and swapped(hunk, mention, news[j])),
                               None)))
        if match is None:
            removed.append(mention)
        else:
            paired_new.add(match)
            pairs.append((mention, news[match]))
    added = [m for j, m in enumerate(news) if j not in paired_new]
    # 3. a text that loses one date (or one number of some unit) and gains one changed it,
    # wherever the diff puts them
    for sort in (True, False) if removed and added else ():
        gone = [m for m in removed if m.family is QUANTITY and m.is_date is sort
                and m.key not in {n.key for n in news}]
        came = [m for m in added if m.family is QUANTITY and m.is_date is sort
                and m.key not in {o.key for o in olds}]
        if len(gone) == 1 and len(came) == 1 and _same_sort(gone[0], came[0]):
            removed.remove(gone[0])
            added.remove(came[0])
            pairs.append((gone[0], came[0]))
    return pairs, removed, added


def quantity_flags(olds: list[Mention], news: list[Mention], mapping: Map
                   ) -> list[tuple[int, Flag]]:
    """A changed number or date (old → new), one stated on one side only and nowhere else in
    the other text, or the same number given as a floor on one side and a ceiling on the
    other (:mod:`~plandiff.engine.flags.bounds`)."""
    pairs, removed, added = pair_mentions(olds, news, mapping)
    out = [(after.start, Flag(_kind(before, after), before.text, after.text))
           for before, after in pairs if before.key != after.key
           and not _read_either_way(before, after) and not _year_left_out(before, after)]
    old_keys = {m.key for m in olds}
    new_keys = {m.key for m in news}
    old_text, new_text = mapping.rebuilt
    if pairs or (removed and added):
        out.extend(_bounds_put(pairs, removed, added, mapping))
    for before, after in pairs:  # the same number, a floor become a ceiling or the reverse
        if before.key == after.key and not before.is_date:
            said = reversed_bounds(old_text, (before.start, before.end),
                                   new_text, (after.start, after.end))
            if said is not None:
                out.append((after.start, Flag(FlagKind.NUMBER, *said)))
    if removed and added:  # a bound put on a period read either way is flagged above
        removed, added = _periods_restated(removed, added)
    out.extend((mapping.lo(m.start), Flag(_kind(m), m.text, ""))
               for m in removed if m.key not in new_keys and not _share(m)
               and not restates_list(old_text, m.start, m.end, m.key, new_text))
    out.extend((m.start, Flag(_kind(m), "", m.text)) for m in added
               if m.key not in old_keys and not _share(m)
               and not restates_list(new_text, m.start, m.end, m.key, old_text))
    return out


_PERIOD_WORDS = ("within ", "for ")
"""The words of a date's key that make it a length of time ("within 36 mo", "for 12 mo")."""


def _periods_restated(removed: list[Mention], added: list[Mention]
                      ) -> tuple[list[Mention], list[Mention]]:
    """``removed`` and ``added`` without each period given as a deadline on one side
    ("within three years", "for 12 months") and as a plain length of time on the other
    ("firms get three years to …"): one period, said two ways."""
    def period(mention: Mention) -> str | None:
        if not mention.is_date:
            return mention.key if _DURATION.search(mention.key) else None
        key = mention.key[len(DATE_KEY):]
        return key.split(" ", 1)[1] if key.startswith(_PERIOD_WORDS) else None

    gone: list[Mention] = []
    came = list(added)
    for mention in removed:
        length = period(mention)
        twin = None if length is None else next(
            (m for m in came if m.is_date != mention.is_date and period(m) == length), None)
        if twin is None:
            gone.append(mention)
        else:
            came.remove(twin)
    return gone, came


def _bounds_put(pairs: list[tuple[Mention, Mention]], removed: list[Mention],
                added: list[Mention], mapping: Map) -> list[tuple[int, Flag]]:
    """A bound put on a number that stays, or taken off it (``pairs`` of the same key,
    ``removed`` against ``added``): an edit that only inserts (or only deletes) bound words
    ("up to", "at least", 最大) right before a quantity, or inside it, where the other text
    gives it with no bound of its own ("$100bn" → "up to $100bn", "for 10 years" → "for up
    to 10 years"): one number flag, the bound words with the number. The mentions it reads
    are taken out of ``removed`` and ``added`` (a period read as a deadline on one side and
    as a number on the other is one change, not two). Only the edits at an old mention's
    place are read (found by bisection), so a text without such a pair costs nothing."""
    old_text, new_text = mapping.rebuilt
    hunks, starts = mapping.hunks, mapping._starts
    out: list[tuple[int, Flag]] = []
    candidates = [(b, a) for b, a in pairs if b.key == a.key]
    if removed and added:
        candidates.extend((b, a) for b in removed for a in added)
    taken: set[Mention] = set()
    for before, after in candidates:
        if before in taken or after in taken:
            continue
        # the edits from the one that may end where the old mention starts to its end
        i = max(0, bisect_left(starts, before.start) - 1)
        while i < len(starts) and starts[i] <= before.end:
            hunk = hunks[i]
            i += 1
            inserted = hunk.old_start == hunk.old_end
            if inserted == (hunk.new_start == hunk.new_end):
                continue  # a replacement: not a bound put alone
            text, other = (new_text, old_text) if inserted else (old_text, new_text)
            start, end = (hunk.new_start, hunk.new_end) if inserted else (hunk.old_start,
                                                                           hunk.old_end)
            phrase = text[start:end]
            bounded, plain = (after, before) if inserted else (before, after)
            point = hunk.old_start if inserted else hunk.new_start
            if bound_words(phrase) is None or not _bound_put_on(bounded, plain, text, end,
                                                                 other, point):
                continue
            said = text[min(bounded.start, start + len(phrase) - len(phrase.lstrip())):
                        bounded.end]
            out.append((min(after.start, start) if inserted else after.start,
                        Flag(FlagKind.NUMBER,
                             *((before.text, said) if inserted else (said, after.text)))))
            taken.update((before, after))
            if before in removed and after in added:
                removed.remove(before)
                added.remove(after)
            break
    return out


def _bound_put_on(bounded: Mention, plain: Mention, text: str, end: int, other: str,
                  point: int) -> bool:
    """Whether ``bounded`` (of ``text``) runs on after bound words that an edit put there,
    ending at ``end``, and ``plain`` (of ``other``) stands across from them (at ``point``),
    through the same number, with no bound of its own."""
    size = bounded.end - end
    return (bounded.start <= end < bounded.end
            and plain.start <= point and point + size <= plain.end
            and text[end:bounded.end] == other[point:point + size]
            and bound_of(other, plain.start, plain.end)[0] is None)


def _read_either_way(before: Mention, after: Mention) -> bool:
    """Whether a date in digits that can be read day first or month first (3/1/2026) is, in
    its other reading, the other text's date: the same date, as an American writes it."""
    return before.is_date and after.is_date and (
        other_reading(before.text) == after.key or other_reading(after.text) == before.key)


_DATED = Lazy(DATE_KEY + r"\d{4}-\d{2}-\d{2}")


def _year_left_out(before: Mention, after: Mention) -> bool:
    """Whether two dates give the same day of the same month, or the same words of a month,
    the year on one side only ("by 15 October 2018" → "by 15 October", 2018年10月15日 →
    10月15日, "the end of January 2019" → "the end of January"): the same date, as a press
    copy writes it; a day without its year has the key "-----MM-DD"."""
    if not (before.is_date and after.is_date):
        return False
    dated, undated = ((before.key, after.key) if after.key.startswith(_UNDATED)
                      else (after.key, before.key))
    if undated.startswith(_UNDATED):
        return (_DATED.fullmatch(dated) is not None
                and dated[len(DATE_KEY) + 4:] == undated[len(_UNDATED) - 1:])
    # a month without a day ("the end of January 2019" → "the end of January"): the same
    # words, the year left out
    return any(_YEAR.search(one.text) is not None and _YEAR.search(other.text) is None
               and " ".join(_YEAR.sub("", one.text).split()).casefold()
               == " ".join(other.text.split()).casefold()
               for one, other in ((before, after), (after, before)))


_YEAR = Lazy(r",?\s+(?:19|20)\d\d(?!\d)")
"""A year after a date's other words ("January 2019", "15 October, 2018")."""
_UNDATED = DATE_KEY + "-----"
"""How the key of a day of a month without its year starts ("-----10-15")."""


def _share(mention: Mention) -> bool:
    """A share in words ("half the electricity"): it flags when it changes ("half" → "a
    third") and cancels the percentage it restates ("50 percent" → "half"), but on one side
    alone it raises nothing, since prose says "half" of many things a text also gives as a
    split ("50/50") or leaves unquantified."""
    return share_key(mention.text) is not None


_DURATION = Lazy(r" (?:y|mo|w|d|h)\b")


def _comparable(old: Mention, new: Mention) -> bool:
    """A number pairs with a date or deadline only when it is a duration (100 days); a time
    of day only with a time of day ("04:00" is no "27 November")."""
    if old.family is not QUANTITY:
        return True
    if old.is_date == new.is_date:
        return not old.is_date or (old.key.startswith(TIME_KEY)
                                   == new.key.startswith(TIME_KEY))
    number = new if old.is_date else old
    return bool(_DURATION.search(number.key))


def _same_sort(old: Mention, new: Mention) -> bool:
    """Two quantities of one sort: both dates, or both numbers with the same units."""
    if old.family is not QUANTITY:
        return True
    if old.is_date or new.is_date:
        return old.is_date == new.is_date
    return old.key.split(" ")[1:] == new.key.split(" ")[1:]


__all__ = ["Map", "first_mentions", "hunk_of", "pair_mentions", "quantity_flags", "swapped"]

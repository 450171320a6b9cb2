"""``find_flags``: the meaning shifts between two texts, every family's, in one order.

For an added or removed point (one side empty) only parties and places are flagged, once each.
"""

from __future__ import annotations

from collections.abc import Iterable

from plandiff.engine.comparison import Flag, FlagKind, Span
from plandiff.engine.flags.exchanges import exchange_flags, formula_terms
from plandiff.engine.flags.pairing import Map, first_mentions, quantity_flags
from plandiff.engine.flags.parties import parties
from plandiff.engine.flags.party_changes import party_flags
from plandiff.engine.flags.polarity import polarity_flags
from plandiff.engine.flags.scan import mentions
from plandiff.engine.flags.softening import softening_flags

_KIND_ORDER = {kind: i for i, kind in enumerate(FlagKind)}


def find_flags(old: str, new: str, spans: tuple[Span, ...]) -> tuple[Flag, ...]:
    """The meaning shifts between ``old`` and ``new``, given the spans of their redline.

    ``spans`` must rebuild both texts (as :func:`plandiff.engine.redline.diff_texts` guarantees;
    an equal span whose old side differs in typography, ``old_text``, counts as a change);
    otherwise ``ValueError`` is raised. Flags come sorted by kind (number, date, modality,
    negation, party), then by where they stand in the new text; no flag appears twice.
    """
    mapping = Map(spans)
    if mapping.rebuilt != (old, new):
        raise ValueError("find_flags: the spans do not rebuild the old and new texts")
    if old == new:
        return ()
    if not old.strip() or not new.strip():
        return _lone_parties(old if old.strip() else new, removed=bool(old.strip()))

    olds = mentions(old)
    news = mentions(new)
    found = quantity_flags(olds.quantities, news.quantities, mapping)
    exchanges = exchange_flags(old, new)
    if exchanges:  # a formula's flag, not one for each number of its terms
        terms = formula_terms(exchanges)
        found = [(at, flag) for at, flag in found if flag.kind is not FlagKind.NUMBER
                 or not ({flag.old, flag.new} & terms)] + exchanges
    found.extend(party_flags(olds.parties, news.parties, mapping, old, new))
    found.extend(polarity_flags(old, new, olds, news, mapping))
    found.extend(softening_flags(old, new, mapping))
    return _ordered(found)


def _lone_parties(text: str, *, removed: bool) -> tuple[Flag, ...]:
    found: list[tuple[int, Flag]] = []
    for mention in first_mentions(parties(text)):
        flag = Flag(FlagKind.PARTY, mention.text, "") if removed else \
            Flag(FlagKind.PARTY, "", mention.text)
        found.append((mention.start, flag))
    return _ordered(found)


def _ordered(found: Iterable[tuple[int, Flag]]) -> tuple[Flag, ...]:
    seen: set[Flag] = set()
    out: list[Flag] = []
    for _, flag in sorted(found, key=lambda f: (_KIND_ORDER[f[1].kind], f[0], f[1].old,
                                                f[1].new)):
        if flag not in seen:
            seen.add(flag)
            out.append(flag)
    return tuple(out)


__all__ = ["find_flags"]

"""Meaning-shift flags: the changes a reviewer should read first.

Rule-based and deterministic. Both texts are scanned for *mentions* in four families:

- quantities: numbers with their currency, multiplier and unit, in digits or words ("600,000",
  "$100bn", "five hundred thousand", "60万人", ranges "$700–800bn", splits "50/50"), dates
  ("20 November 2025", "2025-11-20", "by 2040", "from spring 2026", "1 березня 2026") and
  deadlines or periods ("within 100 days", "for 12 months", "within a year", "as soon as
  possible", "on the day of signing", "протягом 100 днів", "в течение года", "100日以内",
  "速やかに", "合意した時点で"), a period compared by its length (a year is 12 months);
- modality: shall / will / must / should / may / can / is expected to ..., negated forms
  included ("shall not"), Japanese forms (しなければならない, ものとする, できる, 努める ...)
  and Ukrainian and Russian ones (повинна, може, должна, может ...);
- negation: not, no, never, without, neither/nor, non-, n't; не, ні, без; ない, ず, ません ...;
  and words that negate by meaning (lapse, void, cease; hinder, prevent, prohibit, exclude,
  rule out, 排除 ...; "only after" against a "not ... until");
- parties and places: the vocabulary in ``data/entities.json`` (Russia, NATO, ロシア ...) with
  places of the flags' own (``data/flag_places.json``: Enerhodar, Kakhovka) and other names
  of one party (``data/flag_aliases.json``: "Timochenko" for Rodrigo Londoño), capitalised
  multi-word names in English ("Board of Peace") and single capitalised words inside a
  sentence ("Zaporizhzhia's").

Each mention has a key that says what it means whatever the wording: "$800bn", "800 billion
dollars" and "8000億ドル" are one value; "by the end of 2026" and "by 31 December 2026" one date;
"within 100 days" and "no later than 100 days" one deadline; "Kyiv" put for "Ukraine" one party.
Old and new mentions are paired through the redline's spans: a pair whose keys differ, a
mention with no counterpart, a statement whose count of negations changed, a party named on
one side only, is a flag. Flags read the point's text only, never its notes.

The modules, each importing only the ones above it:

- ``mention``: a mention (``Mention``) and its family;
- ``patterns``: the shared character classes and number words, ``Lazy`` (every pattern is
  compiled on first use, not at import), prefix trees, letter runs, the sentence around a
  span (``sentence_around``, which ``polarity`` and ``softening`` share);
- ``parties``: the entity vocabulary, known and capitalised names;
- ``quantities``: the date, deadline and number patterns, the cheap tests that leave out those
  a text cannot match, labels that are no quantity ("Article 5"; a count that restates the
  parties a list names, or points back to those named before it, "these five regions": it
  reads them through ``parties``);
- ``quantity_keys``: what a number, date or deadline says (its key);
- ``modality``: the modals of each language, their pattern and key;
- ``negation``: the negation words and patterns, and the lexical negatives ("lapses");
- ``scan``: a text's mentions of every family (``mentions``);
- ``pairing``: old positions carried to new ones (``Map``), old and new mentions paired, the
  flags of quantities;
- ``polarity``: statements and their negations, the flags of modals and negations;
- ``party_changes``: the flags of parties and places (a capital for its state, "both sides");
- ``softening``: the flags of a word put for a weaker or stronger one ("guarantees" →
  "supports", "all" → "some") and of a condition put on a statement ("provided that");
- ``exchanges``: the flags of an exchange's formula put for another ("all for all" → "one
  for one");
- ``find``: ``find_flags``, each family's flags in one order.
"""

from __future__ import annotations

from plandiff.engine.flags.find import find_flags

__all__ = ["find_flags"]

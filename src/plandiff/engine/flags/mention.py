"""A mention: one family's words in a text, where they stand and what they mean (its key).

Every scan makes mentions (``scan``), every pairing reads them (``pairing``, ``polarity``).
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple


class _Family(IntEnum):
    QUANTITY = 0
    MODALITY = 1
    NEGATION = 2
    PARTY = 3


# Enum members read once: in Python 3.11 reading a member as a class attribute
# (``_Family.QUANTITY``) costs about ten times reading a module global, and find_flags
# reads them for every mention.
QUANTITY, MODALITY, NEGATION, PARTY = _Family


class Mention(NamedTuple):  # a tuple: thousands are made per comparison, cheaply
    family: _Family
    start: int
    end: int
    text: str
    key: str
    """What must differ for a flag: a normalised value, modal, or entity id."""
    is_date: bool = False
    alias: str = ""
    """An acronym the text defines right after a name: "... Nuclear Weapons (NPT)"."""


new_tuple = tuple.__new__
"""``new_tuple(Mention, (family, start, end, text, key, is_date, alias))``, every field of
the named tuple given in order, is the instance ``Mention(...)`` makes, without its
Python-level ``__new__``: mentions, hunks (``pairing._Hunk``), clauses (``polarity._Clause``)
and negation units (``polarity._Unit``) are made by the thousand."""


__all__ = ["MODALITY", "NEGATION", "PARTY", "QUANTITY", "Mention", "new_tuple"]

"""Evidence beyond shared words: concept tokens the aligner adds to each point's words.

Each channel has its own prefix, so that its weight and its share of a pair's score can be
read back (:data:`CHANNELS`):

- ``@`` entities: parties, places and institutions of ``data/entities.json`` (any of their
  names, in any language), and the names of an entity that stands for another in press usage
  (``stands_for`` in ``data/entities.json``: "Kyiv" also counts as Ukraine);
- ``≈`` synonyms: the treaty-vocabulary groups of ``data/concepts.json`` ("elections",
  "votes", "the polls");
- ``#`` numbers: a value however it is written ("800,000", "800 000"; "$800bn" and
  "800 billion"), and a number in words up to twenty ("five": ``#5``); a plain integer in
  digits stays a word of its own ("5"), so "five" and "5" do not meet;
- ``^`` title words, only when both versions give their points titles;
- ``§`` topic ids, only when both versions tag their points with topics.

Everything here is a table lookup on the words the aligner already cut (no model, nothing
learned); the tables ship in the package with their provenance.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Collection, Hashable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any, Protocol

from plandiff.engine.align.tokens import reads_cjk, tokens
from plandiff.plans.entities import (
    JOINED_FIRSTS,
    JOINED_NAMES,
    shipped_entities,
    shipped_stands_for,
)
from plandiff.resources import package_dir

ENTITY, SYNONYM, NUMBER, TITLE, TOPIC = "@", "≈", "#", "^", "§"
CHANNELS = {ENTITY: "entities", SYNONYM: "synonyms", NUMBER: "numbers", TITLE: "title",
            TOPIC: "topics"}
"""Prefix of a concept token → the name of its evidence channel (plain words: ``terms``)."""

_NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty")
_SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6,
           "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12}
_NUMBER = re.compile(
    r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:[,\u00a0\u202f ]\d{3})+|\d*))(?:\.(\d+))?"
    r"(?:\s?(thousand|million|billion|trillion|bn|mn|tn|k|m|b)(?![\w]))?", re.IGNORECASE)
"""A number: digits (in groups of three after a separator), a fraction, a scale word; never
right after a letter, a digit, a point or a comma. Written to begin with ``\\d`` (the
look-behind after the first digit, which is the same test: the character before that digit),
so that the regular expression engine skips to the next digit instead of trying the pattern
at every character (tests/engine/test_concepts.py checks it against the plain form)."""
_NUMBER_HINT = re.compile(
    r"\d(?:[,.\u00a0\u202f ]\d|\s?(?:thousand|million|billion|trillion|bn|mn|tn|k|m|b)(?!\w))",
    re.IGNORECASE)
"""Found in every text where :data:`_NUMBER` finds a number with a separator, a fraction or a
scale word (and in some others): a text without it has no number token, and most texts,
holding no number or only plain integers, are passed over in one quick scan."""
_NOT_ASCII_DIGIT = bytes(c for c in range(256) if not 0x30 <= c <= 0x39)
"""Every byte but the ASCII digits (``\\d`` in an ASCII text), deleted to see if any is left."""
_UNICODE_SPACE_IN_ASCII = r"[\s\x1c-\x1f]"
"""What ``\\s`` matches among the ASCII characters by Unicode rules (the separators
U+001C to U+001F besides what it matches under ``re.ASCII``)."""


def _for_ascii(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for ASCII texts only, compiled with ``re.ASCII``: on a text of ASCII
    characters it finds the very matches ``pattern`` finds (``\\d``, ``\\w`` and case-folding
    agree there, and ``\\s`` is spelt out as its Unicode meaning), with the regular
    expression engine's quicker ASCII tests (tests/engine/test_concepts.py checks both on
    ASCII texts)."""
    return re.compile(pattern.pattern.replace(r"\s", _UNICODE_SPACE_IN_ASCII),
                      pattern.flags & ~re.UNICODE | re.ASCII)


_NUMBER_ASCII = _for_ascii(_NUMBER)
_NUMBER_HINT_ASCII = _for_ascii(_NUMBER_HINT)
_NOT_DIGIT = re.compile(r"\D")


class StemOf(Protocol):
    """A word's stem: a mapping from words, or a list indexed by word ids."""

    def __getitem__(self, word: Any, /) -> str: ...


@dataclass(frozen=True)
class ConceptTable:
    """Stem → concept tokens, and phrases (stem sequences) → concept token."""

    single: dict[str, tuple[str, ...]]
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    """First stem → (stems, concept) pairs, longest first."""

    def concepts(self, stems: Sequence[str]) -> list[str]:
        """The concept tokens of a sequence of stems ("detainees" and "prisoners" both give
        ``≈prisoner``; a phrase's words give only the phrase's concept)."""
        out: list[str] = []
        single, phrases = self.single, self.phrases
        k, n = 0, len(stems)
        while k < n:
            stem = stems[k]
            for words, concept in phrases.get(stem, ()):
                if tuple(stems[k:k + len(words)]) == words:
                    out.append(concept)
                    k += len(words)
                    break
            else:
                out.extend(single.get(stem, ()))
                k += 1
        return out

    def concepts_at(self, words: Sequence[Hashable], stem: StemOf,
                    present: Collection[Hashable]) -> list[str]:
        """:meth:`concepts` of ``[stem[w] for w in words]``, looking only where the words
        ``present`` stand (those of ``words`` whose stem can start a concept, as found by
        intersecting ``words`` with the words of :attr:`triggers`): the same tokens in the
        same order, without a Python step for each word of the text (the aligner holds the
        words of a text as word ids, cut to stems only once per distinct word: ``stem`` maps
        a word, or indexes a word id, to its stem)."""
        if len(present) == 1:
            (word,) = present
            first = stem[word]
            if first not in self.phrases:  # one word, no phrase: its concepts at each place
                return [*self.single.get(first, ())] * words.count(word)
        positions: list[int] = []
        for word in present:
            k = words.index(word)
            while True:
                positions.append(k)
                try:
                    k = words.index(word, k + 1)
                except ValueError:
                    break
        positions.sort()
        return self.concepts_from(words, stem, positions)

    def concepts_from(self, words: Sequence[Hashable], stem: StemOf,
                      positions: Sequence[int]) -> list[str]:
        """:meth:`concepts_at`, given every place (ascending) where a word whose stem can
        start a concept stands in ``words``."""
        out: list[str] = []
        single, phrases = self.single, self.phrases
        after = 0  # the first position past the last phrase found
        for k in positions:
            if k < after:
                continue  # inside a phrase already read as one concept
            first = stem[words[k]]
            for phrase, concept in phrases.get(first, ()):
                if tuple(map(stem.__getitem__, words[k:k + len(phrase)])) == phrase:
                    out.append(concept)
                    after = k + len(phrase)
                    break
            else:
                out.extend(single.get(first, ()))
        return out

    @cached_property
    def entity_words(self) -> dict[str, frozenset[str]]:
        """Stem → the entity tokens one of whose names it is, or is a word of ("states" of
        "United States"; computed once per table)."""
        found: dict[str, set[str]] = {}
        for stem, concepts in self.single.items():
            for concept in concepts:
                if concept.startswith(ENTITY):
                    found.setdefault(stem, set()).add(concept)
        for items in self.phrases.values():
            for stems, concept in items:
                if concept.startswith(ENTITY):
                    for stem in stems:
                        found.setdefault(stem, set()).add(concept)
        return {stem: frozenset(concepts) for stem, concepts in sorted(found.items())}

    @cached_property
    def triggers(self) -> frozenset[str]:
        """Every stem that can start a concept (computed once per table)."""
        return frozenset(self.single) | frozenset(self.phrases)


def _add(single: dict[str, list[str]], phrases: dict[str, list[tuple[tuple[str, ...], str]]],
         name: str, concept: str) -> None:
    stems = tuple(tokens(name))
    if not stems:
        return
    if len(stems) == 1:
        if concept not in single.setdefault(stems[0], []):
            single[stems[0]].append(concept)
    elif (stems, concept) not in phrases.setdefault(stems[0], []):
        phrases[stems[0]].append((stems, concept))


def concept_table(cjk: bool = True) -> ConceptTable:
    """The shipped table (:func:`_concept_table`), one per value of ``cjk`` however the
    argument is passed (``functools.cache`` keys ``f()`` and ``f(cjk=True)`` apart)."""
    return _concept_table(cjk)


def _named_concepts() -> Iterator[tuple[str, str]]:
    """(name, token) of every name of an entity (a stand-in's too, as the entity it stands
    for: ``@ukraine`` for "Kyiv") and every word of a synonym group of
    ``data/concepts.json`` (``≈ceasefire``), wildcards taken off, in the table's order."""
    names = {entity.id: entity.all_names() for entity in shipped_entities()}
    for entity_id, entity_names in names.items():
        for name in entity_names:
            yield name.replace("*", ""), ENTITY + entity_id
    for stand_in, entity_id in shipped_stands_for().items():
        for name in names.get(stand_in, ()):
            yield name.replace("*", ""), ENTITY + entity_id
    # two states Japanese press names by one character each, joined (米欧: the United
    # States and Europe): each state's entity
    for first, second in itertools.product(JOINED_FIRSTS, JOINED_NAMES):
        if first != second and JOINED_NAMES[first] != JOINED_NAMES[second]:
            yield first + second, ENTITY + JOINED_NAMES[first]
            yield first + second, ENTITY + JOINED_NAMES[second]
    data = json.loads((package_dir() / "data" / "concepts.json").read_text(encoding="utf-8"))
    for group, words in sorted(data["groups"].items()):
        for word in words:
            yield word, SYNONYM + group


@cache
def _concept_table(cjk: bool) -> ConceptTable:
    """The shipped table: entities, stand-in names, synonym groups, number words.

    Without ``cjk``, less the names read as Chinese or Japanese
    (:func:`~plandiff.engine.align.tokens.reads_cjk`): for texts that are not, the very same
    table. Each such name holds a token of those scripts, alone or in its phrase, that no
    other text holds, so its entries are never found there (a phrase's first word, when it
    is another's too, only makes the reader look); the other entries are the same, in the
    same order (a word's concepts in the order of the names giving them, a phrase list
    sorted). Reading those names needs the large Chinese and Japanese patterns of
    :func:`~plandiff.engine.align.tokens.tokens`, some 60 million instructions to compile,
    which a comparison of texts without those scripts otherwise never compiles."""
    single: dict[str, list[str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}

    def add(name: str, concept: str) -> None:
        if cjk or not reads_cjk(name):
            _add(single, phrases, name, concept)

    for name, concept in _named_concepts():
        add(name, concept)
    for value, word in enumerate(_NUMBER_WORDS):
        add(word, NUMBER + str(value))
    return ConceptTable(
        single={s: tuple(c) for s, c in sorted(single.items())},
        phrases={s: tuple(sorted(p, key=lambda item: (-len(item[0]), item)))
                 for s, p in sorted(phrases.items())})


@cache
def _names_of() -> dict[str, tuple[str, ...]]:
    """Every entity and synonym group token (``@russia``, ``≈ceasefire``) → its names and
    words as the data files give them, in their order, folded (a stand-in's names count
    for the entity it stands for)."""
    out: dict[str, list[str]] = {}
    for name, token in _named_concepts():
        out.setdefault(token, []).append(unicodedata.normalize("NFKC", name).casefold())
    return {token: tuple(dict.fromkeys(found)) for token, found in out.items()}


def shown_concept(token: str, text: str) -> str | None:
    """How an explanation shows an entity or synonym group token for a text not in ASCII:
    its mark and the first of its names or words that ``text`` holds, as the text writes it
    (``≈主権``, ``@Росія``), where the token alone (``≈sovereignty``, ``@ukraine``) reads as
    English to a Japanese or Ukrainian reader; None when the text holds none of them."""
    normal = unicodedata.normalize("NFKC", text)
    folded = normal.casefold()
    found = []
    for name in _names_of().get(token, ()):
        if not name.isascii():
            at = folded.find(name) if name else -1
        else:  # a name in Latin letters ("EU" in ＥＵに加盟): as a word, not inside one
            hit = re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", folded) \
                if name else None
            at = hit.start() if hit else -1
        if at >= 0:
            found.append((at, -len(name), name))
    if not found:
        return None
    start, _, name = min(found)  # the first in the text, the longest there
    written = normal[start:start + len(name)]
    return token[0] + (written if written.casefold() == name else name)


def number_tokens(text: str) -> list[str]:
    """``#value`` for every number written in digits with a separator, a fraction or a scale
    word, folded ("$800bn" and "800 billion" give the same token; "800,000" and "800 000");
    a plain integer such as "100" is already a word token and gets none."""
    if text.isascii():
        if not text.encode("ascii").translate(None, _NOT_ASCII_DIGIT):
            return []  # no digit at all: most texts (bytes operations are the quickest test)
        hint, number = _NUMBER_HINT_ASCII, _NUMBER_ASCII
    else:
        hint, number = _NUMBER_HINT, _NUMBER
    if hint.search(text) is None:
        return []
    out = []
    for match in number.finditer(text):
        if match.group(1).isdigit() and not match.group(2) and not match.group(3):
            continue  # a plain integer is already a word of its own
        whole = _NOT_DIGIT.sub("", match.group(1))
        fraction = match.group(2) or ""
        scale = _SCALES.get((match.group(3) or "").lower(), 1)
        if scale > 1:
            value = (int(whole) * scale + (int(fraction) * scale // 10 ** len(fraction)
                                           if fraction else 0))
            out.append(f"{NUMBER}{value}")
        else:
            out.append(f"{NUMBER}{int(whole)}" + (f".{fraction}" if fraction else ""))
    return out


def channel_of(token: str) -> str:
    """The evidence channel of a matching token."""
    return CHANNELS.get(token[:1], "terms")


__all__ = ["CHANNELS", "ConceptTable", "channel_of", "concept_table", "number_tokens"]

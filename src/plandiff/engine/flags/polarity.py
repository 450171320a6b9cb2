"""Polarity: the flags of modals and negations, negations counted by statement.

Negations are counted by statement: each clause (a sentence, or part of one after a semicolon,
a colon or ", and") is matched to the clause of the other text that makes the same statement
(the one sharing most content words, at least two and a third of them). A statement whose count
of negations changed flags as many changed ones; a negation reworded or moved ("no troops" →
"not ... troops", "never" → "not", "shall not deploy" → "shall deploy no", "no longer applies"
→ "lapses", "without provocation" → "unprovoked", "not lifted until" → "lifted only after")
leaves the count alone; a clause that came or went whole takes its negations with it (the
redline shows it), unless it is a verdict on the whole point ("Not agreed.").

Modals pair as quantities do (``pairing``): a pair whose keys differ is a flag ("shall" →
"may"); a modal with no counterpart only when it alone makes an obligation or a right
("shall", "must not"; not "will", "will not"), or when it hedges the verb the other text
states plainly ("holds" → "should hold", "becomes" → "may join"); a modal negated or no
longer only when its statement's polarity changed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from typing import NamedTuple

from plandiff.engine.comparison import Flag, FlagKind
from plandiff.engine.flags.mention import MODALITY, NEGATION, Mention, new_tuple
from plandiff.engine.flags.modality import MODAL_JA, modal_pattern
from plandiff.engine.flags.negation import (
    CESSATION,
    IN_FORCE,
    LAPSE,
    NEGATION_JA,
    RENUNCIATION,
    negation_pattern,
    only_after,
)
from plandiff.engine.flags.pairing import Map, pair_mentions
from plandiff.engine.flags.patterns import (
    STOP_BEFORE_BLANK,
    Lazy,
    compiled,
    has_any,
    kanji_stem_before,
    sentence_around,
)
from plandiff.engine.flags.scan import Found
from plandiff.engine.stopwords import is_function_word
from plandiff.plans.entities import shipped_entities, shipped_stands_for

_STRONG_MODALS = frozenset((
    "shall", "shall not", "must", "must not", "may not", "cannot",
    "be obliged to", "be required to", "be prohibited from", "have the right to",
))
"""Modals whose appearance or disappearance alone changes an obligation or a right; plain
"will", "can", "should", a sentence-final する ... come and go with every rewritten sentence
("will not": the future, negated; the negation is what counts)."""

_HEDGES = frozenset(("may", "might", "can", "could", "should", "intend to", "seek to",
                     "endeavour to", "be expected to"))
"""Modals that turn a statement into a permission, a possibility, advice or an intention:
one that comes or goes alone is a flag only on the statement's own verb
(:func:`_hedged_verb`: "guarantees" → "intends to guarantee")."""

_COPULAS = frozenset((
    "is", "are", "becomes", "become", "remains", "remain", "stays", "stay",
    "является", "являются", "становится", "становятся", "остаётся", "остается", "остаются",
    "є", "стає", "стають", "залишається", "залишаються",
))
"""Finite verbs a hedged statement may say with another verb ("becomes a member" → "may
join", "is neutral" → "may be neutral", "stay at 800,000" → "may number up to 800,000",
"становится членом" → "может вступить")."""

def _same_verb(word: str, verb: str) -> bool:
    """Whether ``word`` is a finite form of ``verb`` (as it stands after a hedge: "hold",
    "провести"), or a copula. A Russian or Ukrainian verb keeps its first :data:`_STEM`
    letters across aspect and person ("проводит" → "может провести", "вступає" → "може
    вступити"). A function word is no verb ("may to", "may shall")."""
    if verb != "be" and is_function_word(verb, _WHOLE):
        return False
    if word in _COPULAS or word == verb:
        return True
    if verb.isascii():
        return (word.startswith(verb) and word[len(verb):] in ("s", "es", "ed", "d")) or (
            verb == "be" and word in ("is", "are"))
    return len(word) >= _STEM and len(verb) >= _STEM and word[:_STEM] == verb[:_STEM]


def _hedged_verb(text: str, mention: Mention, other: str, start: int, end: int) -> bool:
    """Whether a hedge (:data:`_HEDGES`) that only ``text`` has is put on the verb the other
    text states plainly: the verb after it ("may *hold*", "может *провести*") is, inflected
    or not, the first or second word of the other text where the diff puts it
    (``other[start:end]`` and the word after: "holds" → "should hold", "hold" → "may hold",
    "проводит" → "может провести"), or that place starts with a copula ("becomes an EU
    member" → "may join the EU"). A "may" a rewritten sentence brings along with other verbs
    does not count."""
    if mention.end >= len(text) or not text[mention.end].isspace():
        return False
    verb = _SPACED_WORD.match(text, mention.end + 1)
    if verb is None:
        return False
    base = verb.group().lower()
    words = [w.group().lower()
             for w in _SPACED_WORD.finditer(other, start, min(len(other), end + 40))]
    return any(_same_verb(word, base) for word in words[:2])


# --- statements: clauses and their content words ----------------------------------------

_CLAUSE_END = Lazy(
    r"[,.;:!?。；：！？\n、](?:(?<=,)(?=\s+(?:and|but|while|whereas|(?:on|under)\s+pain\s+of)\s)"
    r"|(?<![,、])"
    r"|(?<=[るたいだ]が、)|(?<=ものの、))")
"""Where a statement ends: a sentence, a semicolon or colon, a comma before a conjunction
("..., and NATO adds ...") or a penalty (", on pain of losing …"), a Japanese comma after a
verb's "but" (与えるが、, ものの、); one
character class first, so the engine skips to the next mark."""
_CONJUNCTION_AFTER = Lazy(r"\s+(?:and|but|while|whereas|(?:on|under)\s+pain\s+of)\s")
"""What must follow a comma that ends a statement (``_CLAUSE_END``): a conjunction, or the
penalty of a breach ("…, on pain of losing any security guarantee"), a statement of its own
that comes or goes whole."""


def _clause_ends(text: str) -> list[int]:
    """Where ``_CLAUSE_END`` matches in ``text`` (each match is one character). In an ASCII
    text the marks are found by a search for each (in C, much faster than the engine's
    test of every character against a class with characters outside ASCII), a comma kept
    when a conjunction follows it, as the pattern asks."""
    if not text.isascii():
        return [m.start() for m in _CLAUSE_END.finditer(text)]
    ends: list[int] = []
    find = text.find
    for mark in ".;:!?\n":
        at = find(mark)
        while at >= 0:
            ends.append(at)
            at = find(mark, at + 1)
    at = find(",")
    if at >= 0:
        conjunction = _CONJUNCTION_AFTER.match
        while at >= 0:
            if conjunction(text, at + 1) is not None:
                ends.append(at)
            at = find(",", at + 1)
    ends.sort()
    return ends


_SPACED_WORD = Lazy("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f'’]+")
"""A word of a script that puts spaces between words (Latin, Greek, Cyrillic)."""
_KANJI_PAIR = Lazy(r"(?=([\u4e00-\u9fff]{2}))")
_KATAKANA_RUN = Lazy(r"[\u30a0-\u30ff]{2,}")
_CONTINUING = frozenset(",;:；：、")
"""The clause marks (``_CLAUSE_END``) inside a sentence."""
_STEM = 4
_WHOLE = 64
"""Cut to this many letters, the function words are whole: a word is tested against them
whole, never by its first :data:`_STEM` letters ("withdraw" is no "with", "undertake" no
"under")."""
_NOT_TERMS = frozenset(("never", "without", "neither", "none", "nothing", "nowhere", "nobody",
                        "longer"))
_VERDICT_WORDS = 3
_TOPIC_VERDICT_WORDS = 6
"""A verdict may name what it is on, in at most this many words: "On territory there is no
agreement.", 領土をめぐっては合意に至っていない (two content words, one of them a word a
verdict turns on, :data:`_SETTLED_TERMS`, a negation and no modal: :func:`_how_it_stands`)."""


def _how_it_stands(piece: str) -> bool:
    """Whether a short clause says how the talks stand, as a verdict on the whole point does:
    a negation and no modal ("On territory there is no agreement.", 合意に至っていない,
    "По территории согласия нет"), not what a party shall, will or does do ("Ukraine shall
    agree.", "Ukraine shall not agree.", "The sides agree.": statements of their own)."""
    lowered = piece.casefold()
    ascii_only = piece.isascii()
    # the Japanese patterns are the ones the scan compiles (scan._scan, one cached pattern)
    if negation_pattern("'" in piece or "’" in piece, False, not ascii_only).search(
            lowered) is None and (
            ascii_only or compiled(tuple(NEGATION_JA), False).search(piece) is None):
        return False
    return modal_pattern(ascii_only).search(lowered) is None and (
        ascii_only or compiled(tuple(MODAL_JA), False).search(piece) is None)


class _Clause(NamedTuple):
    start: int
    terms: frozenset[str]
    """Its content words, cut to ``_STEM`` letters (kanji pairs and katakana words in
    Japanese)."""
    verdict: bool
    """A clause of at most three words and one content word ("Not agreed.", "合意に至って
    いない"), or of at most six words and two content words, one a word a verdict turns on,
    with a negation and no modal ("On territory there is no agreement.", not "Ukraine shall
    agree."): a verdict on the whole point."""
    continues: bool
    """It goes on the sentence of the clause before it (after a semicolon, a colon, a comma
    or a Japanese comma), rather than opening a sentence or a line."""


@cache
def _stand_ins() -> dict[str, str]:
    """The press's stand-ins for a party (``stands_for`` in ``data/entities.json``: "Kyiv",
    "Moscow", "the alliance"; キーウ, モスクワ), each as the term of its party's first name
    in the same language ("Kyiv renounces alliance membership" makes the statement of
    "Ukraine will not join NATO"). English names of one word only: a term is a word."""
    entities = {entity.id: dict(entity.names) for entity in shipped_entities()}
    out: dict[str, str] = {}
    for stand_in, party in shipped_stands_for().items():
        names, target = entities.get(stand_in, {}), entities.get(party, {})
        if target.get("en"):
            term = target["en"][0].split()[0].casefold()
            term = term[:_STEM] if len(term) >= _STEM else ""
            for name in names.get("en", ()):
                word = name.casefold().removeprefix("the ")
                if term and " " not in word and len(word) >= _STEM:
                    out[word] = term
        if target.get("ja"):
            out.update(dict.fromkeys(names.get("ja", ()), target["ja"][0]))
    return out


@cache
def _stand_in_words() -> tuple[frozenset[bytes], re.Pattern[str]]:
    """The English stand-ins of :func:`_stand_ins` as lowered ASCII words, and a pattern of
    each used as a place ("a missile at Moscow", "talks in Ankara"): not a party there."""
    words = sorted(w for w in _stand_ins() if w.isascii())
    place = re.compile(rf"\b(?:at|in|on|to|into|from|near|over|towards)\s+({'|'.join(words)})\b")
    return frozenset(w.encode() for w in words), place


_JA_PLACE = ("に", "へ", "で", "を", "まで")
"""The particles after a Japanese name that make it a place (モスクワに, モスクワで,
モスクワを攻撃)."""


class _CyrillicStandIn(NamedTuple):
    terms: tuple[str, str]
    """The term of its party's first Ukrainian and first Russian name ("укра", "росі" and
    "росс"); "" where that name is too short to be a term ("США", "ЄС"): the stand-in then
    counts for nothing, as the name does."""
    place: bool
    """Whether it can be a place ("удар по Москве"): a city or a building, not "Альянс"."""


@cache
def _cyrillic_stand_ins() -> tuple[dict[str, _CyrillicStandIn], tuple[str, ...]]:
    """The Ukrainian and Russian stand-ins of ``stands_for`` ("Київ*", "Москв*", "Альянс*",
    "ВСУ"), folded and without their "*", each with its party's terms; and the folded
    prefixes of those written with "*" (any ending: "Києва", "Москве", "альянсу"), longest
    first. Names of one word only, as the English ones: a term is a word."""
    entities = {entity.id: dict(entity.names) for entity in shipped_entities()}

    def first_term(names: dict[str, tuple[str, ...]], lang: str) -> str:
        name = (names.get(lang) or names.get("uk") or names.get("ru") or ("",))[0]
        return _term(name.split()[0].rstrip("*").casefold()) if name else ""

    table: dict[str, _CyrillicStandIn] = {}
    prefixes: list[str] = []
    for stand_in, party in shipped_stands_for().items():
        names, target = entities.get(stand_in, {}), entities.get(party, {})
        terms = (first_term(target, "uk"), first_term(target, "ru"))
        place = any(not n.casefold().startswith("the ") for n in names.get("en", ()))
        for name in (*names.get("uk", ()), *names.get("ru", ())):
            if " " in name:
                continue
            folded = name.rstrip("*").casefold()
            table[folded] = _CyrillicStandIn(terms, place)
            if name.endswith("*"):
                prefixes.append(folded)
    return table, tuple(sorted(set(prefixes), key=lambda p: (-len(p), p)))


def _named_stand_ins(words: Iterable[str], names: Iterable[str]) -> set[str]:
    """The stand-ins a clause names: of its folded ``words`` (of a spaced script) those
    that are an English or Cyrillic stand-in, or a Cyrillic one inflected ("Києва",
    "Москве"); of its Japanese ``names`` those that are one."""
    stand_ins = _stand_ins()
    table, prefixes = _cyrillic_stand_ins()
    found = {name for name in names if name in stand_ins}
    for word in words:
        if word in stand_ins or word in table or ("\u0400" <= word[:1] <= "\u04ff"
                                                  and word.startswith(prefixes)):
            found.add(word)
    return found


_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэёъ")
_CYR_PLACE = Lazy(
    r"(?<![\w'’-])(?:(?:в|во|на|по|из|от|к|ко|до|под|около|возле|близ|через|над|з|із|зі|від|"
    r"біля|поблизу)\s+([\w'’]+)|у\s+([\w'’]+і)(?![\w'’]))")
"""A Cyrillic word used as a place: after a preposition of place or direction ("удар по
Москве", "в Москве", "до Києва", "в 30 км от Москвы", "від Києва", as "from" is in
English), or after Ukrainian "у" in the locative ("у Києві"; "у Києва" is "Kyiv has")."""


def _cyrillic_entry(word: str) -> _CyrillicStandIn | None:
    """The Cyrillic stand-in a folded ``word`` is, as written or inflected ("Києва", "Москве":
    the longest prefix written with "*"); None for none."""
    table, prefixes = _cyrillic_stand_ins()
    entry = table.get(word)
    if entry is None:
        prefix = next((p for p in prefixes if word.startswith(p)), None)
        entry = table[prefix] if prefix is not None else None
    return entry


def _cyrillic_party(entry: _CyrillicStandIn, piece: str) -> tuple[str, ...]:
    """The term (or terms) of the party the Cyrillic stand-in ``entry`` stands for in
    ``piece`` (the clause's folded text, whose letters say whether it is Ukrainian or
    Russian: both terms where they do not)."""
    letters = set(piece)
    uk, ru = not _UK_LETTERS.isdisjoint(letters), not _RU_LETTERS.isdisjoint(letters)
    chosen = entry.terms[:1] if uk and not ru else entry.terms[1:] if ru and not uk \
        else entry.terms
    return tuple(t for t in chosen if t)


def _as_actors(piece: str, found: Iterable[str], terms: set[str]) -> None:
    """Put for each stand-in in ``found`` (lowered words, or Japanese names) its party's
    term in ``terms`` in place of its own, unless the clause ``piece`` uses it only as a
    place ("fires a missile at Moscow", モスクワに, "удар по Москве"): the party is not
    named there."""
    stand_ins = _stand_ins()
    lowered = piece.lower()
    places = Counter(m.group(1) for m in _stand_in_words()[1].finditer(lowered))
    cyrillic: Counter[str] | None = None
    for word in found:
        entry = None if word in stand_ins else _cyrillic_entry(word)
        if entry is not None:
            if cyrillic is None:
                cyrillic = Counter(m.group(1) or m.group(2) for m in _CYR_PLACE.finditer(
                    lowered))
            placed = cyrillic[word] if entry.place else 0
            if placed < len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])",
                                       lowered)):
                terms.discard(_term(word))
                terms.update(_cyrillic_party(entry, lowered))
            continue
        placed = places[word] + sum(lowered.count(word + particle) for particle in _JA_PLACE)
        if placed < lowered.count(word):
            terms.discard(_term(word))  # a word's stem, or a Japanese name as it stands
            terms.discard(word)
            terms.add(stand_ins[word])


def _term(word: str) -> str:
    """A folded word's content stem, or "" for a short, function or negation word."""
    if len(word) < _STEM or word in _NOT_TERMS or is_function_word(word, _WHOLE):
        return ""
    return word[:_STEM]


class _Terms(dict[str, str]):
    """:func:`_term` of each word seen, looked up without a Python call (``map`` over
    ``__getitem__``); forgotten when it grows past ``_TERMS_KEPT`` words."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _TERMS_KEPT:
            self.clear()
        term = self[word] = _term(word)
        return term


class _ByteTerms(dict[bytes, str]):
    """:func:`_term` of each word seen as ASCII bytes, as ``_Terms``."""

    def __missing__(self, word: bytes) -> str:
        if len(self) >= _TERMS_KEPT:
            self.clear()
        term = self[word] = _term(word.decode())
        return term


_TERMS_KEPT = 65536
_TERMS = _Terms()
_BYTE_TERMS = _ByteTerms()
_WORD_BYTES = bytes(c if 0x61 <= c <= 0x7A or c == 0x27 else 0x20 for c in range(256))
"""Lowercase ASCII letters and the apostrophe kept, every other byte made a blank: the
words of a lowered ASCII text, split, are what ``_SPACED_WORD`` finds in it (on ASCII
it is ``[A-Za-z']+``, and the lowered text has no capital)."""


def _clauses(text: str, letters: bytes | None = None, runs: list[bytes] | None = None
             ) -> list[_Clause]:
    """The statements of ``text``. ``letters`` and ``runs``, when given, are its
    :func:`letter_runs` and their split (read by :func:`mentions`)."""
    out: list[_Clause] = []
    start = 0
    ends = _clause_ends(text)
    ends.append(len(text))
    # An ASCII text folds to its lower case, character for character: its words are read
    # from one translation of its bytes (``_WORD_BYTES``), clause by clause. Without an
    # apostrophe (which ``_WORD_BYTES`` keeps in a word) that translation is its letter
    # runs (one blank put first: ``shift``), and a clause that holds all of them (most
    # often the only one) takes the runs already split.
    shift = first = last = 0
    if not text.isascii():
        letters = runs = None
    elif letters is None or runs is None or "'" in text:
        letters = text.lower().encode().translate(_WORD_BYTES)
        runs = None
    else:
        shift = 1
        first = len(letters) - len(letters.lstrip())  # where the first run starts
        last = len(letters.rstrip())  # where the last run ends
    term = _TERMS.__getitem__
    byte_term = _BYTE_TERMS.__getitem__
    for end in ends:
        if start < end and not text[start:end].isspace():
            if letters is not None:
                byte_words = runs if runs is not None and start + shift <= first and \
                    end + shift >= last else letters[start + shift:end + shift].split()
                terms = set(map(byte_term, byte_words))
                count = len(byte_words)
                stand_in_bytes = _stand_in_words()[0].intersection(byte_words)
                if stand_in_bytes:
                    _as_actors(text[start:end], (w.decode() for w in stand_in_bytes), terms)
            else:
                piece = text[start:end]
                words = _SPACED_WORD.findall(piece.casefold())
                terms = set(map(term, words))
                names = {*_KANJI_PAIR.findall(piece), *_KATAKANA_RUN.findall(piece)}
                terms.update(names)
                named = _named_stand_ins(words, names)
                if named:
                    _as_actors(piece, named, terms)
                count = len(words)
            terms.discard("")
            verdict = (count <= _VERDICT_WORDS and len(terms) <= 1) or (
                count <= _TOPIC_VERDICT_WORDS and len(terms) == 2
                and not terms.isdisjoint(_SETTLED_TERMS) and _how_it_stands(text[start:end]))
            continues = start > 0 and text[start - 1] in _CONTINUING
            out.append(new_tuple(_Clause, (start, frozenset(terms), verdict, continues)))
        start = end + 1
    return out


def _clause_at(starts: Sequence[int], pos: int) -> int:
    """The clause holding ``pos``, given where the clauses start."""
    return max(0, bisect_right(starts, pos) - 1)


_SETTLED_TERMS = frozenset((
    "agre", "sett", "reso", "deci", "fina", "disp", "unre", "unse", "unde", "open", "pend",
    "outs", "合意", "調整", "協議", "согл", "пого", "узго", "реше", "вирі", "спор", "спір"))
"""The stems of the words a verdict on a whole point turns on ("Not agreed.", "Unresolved.",
合意に至っていない, "Не согласовано.")."""


def _point_verdict(clause: _Clause) -> bool:
    """A short clause that gives a verdict on the whole point ("Not agreed."), not a
    statement of its own ("Russia will withdraw.")."""
    return clause.verdict and not clause.terms.isdisjoint(_SETTLED_TERMS)


def _counterpart(clause: _Clause, others: Sequence[_Clause]) -> int | None:
    """The clause of the other text that makes the same statement: the one sharing most
    content words, at least two and a third of the smaller clause's (or all of them). A
    verdict on the whole point ("Not agreed.") is no statement's counterpart: its one word
    ("agreed") is no sign of the same statement."""
    best, shared = None, 0
    for i, other in enumerate(others):
        if _point_verdict(other):
            continue
        n = len(clause.terms & other.terms)
        if n > shared:
            best, shared = i, n
    if best is None:
        return None
    smaller = min(len(clause.terms), len(others[best].terms))
    if not (shared >= len(clause.terms) or (shared >= 2 and 3 * shared >= smaller)):
        return None
    return best


# --- negations and the polarity of each statement --------------------------------------


class _Unit(NamedTuple):
    """One negation in a text: a negation word, a negative modal or a lexical negative."""
    mention: Mention
    """A lexical negative has the key "lexical": flagged only when nothing else can be."""
    start: int
    clause: int
    what: str
    """The negation and the word it negates ("no appl" of "no longer applies"): the same
    negation repeated in one statement ("no longer applies if ..., no longer applies if
    ...") counts once. The lexical negatives of one statement count once: verbs joined on
    one object ("Nazi ideology is rejected and banned" = "Nazi ideology is banned"), or one
    verb of two sentences merged into one ("bans strikes on Kyiv. … bans strikes on Lviv" =
    "bans strikes on Kyiv and on Lviv")."""


def _negated(text: str, start: int, end: int, letters: bytes | None = None) -> str:
    """The word a negation negates: the next content word after it, or the two characters
    before a Japanese ending (排除しない). ``letters``, given for an ASCII text without an
    apostrophe, is its :func:`letter_runs`: there the words ``_SPACED_WORD`` finds are the
    runs (the window's end cutting one as it cuts the search), and the first whose
    :func:`_term` is not empty is the one (the same tests on the same lowered word)."""
    if letters is not None:
        byte_term = _BYTE_TERMS.__getitem__
        for run in letters[end + 1:min(len(text), end + 60) + 1].split():
            term = byte_term(run)
            if term:
                return term
        return ""
    if end > start and text[start] >= "\u3041":
        return text[max(0, start - 2):start]
    for word in _SPACED_WORD.finditer(text, end, min(len(text), end + 60)):
        term = _TERMS[word.group().casefold()]
        if term:
            return term
    return ""


def _negation_units(text: str, modals: Sequence[Mention], negations: Sequence[Mention],
                    starts: Sequence[int], lexical: dict[int, str],
                    letters: bytes | None = None) -> list[_Unit]:
    """The negations of ``text`` (``letters``: as :func:`_negated` takes them)."""
    found: list[tuple[int, Mention]] = [(m.start, m) for m in negations]
    negative_modals = [m for m in modals if _negative(m.key)]
    found.extend((m.start, m) for m in negative_modals)
    lexical = dict(lexical)
    # a double negation: "does not hinder", "will not hinder", 排除しない (a negative modal
    # negates the word as a negation does)
    for mention in [*negations, *negative_modals] if lexical else ():
        word = _negated(text, mention.start, mention.end, letters)
        near = next((start for start in lexical if mention.end <= start <= mention.end + 30
                     and lexical[start].casefold()[:_STEM] == word), None)
        if near is None and word and text[mention.start] >= "\u3041":
            near = next((start for start, found in lexical.items()
                         if start <= mention.start <= start + len(found)
                         or (mention.start > start + len(found) and _JA_GAP.fullmatch(
                             text, start + len(found), mention.start) is not None)), None)
        if near is not None:
            del lexical[near]
            found.remove((mention.start, mention))
    found.extend((start, Mention(NEGATION, start, start + len(word), word, "lexical"))
                 for start, word in lexical.items())
    units: list[_Unit] = []
    neither: set[int] = set()
    negated: set[int] = set()
    concord: set[int] = set()
    counted_cyr: set[int] = set()
    for start, mention in sorted(found, key=lambda f: f[0]):
        clause = _clause_at(starts, start)
        word = mention.text.casefold()
        if word == "neither":
            neither.add(clause)
        elif word == "nor" and (clause in neither or (
                clause in negated and _OWN_VERB_AFTER.match(text, mention.end) is None)):
            continue  # "neither ... nor", "not ..., nor other groups": one negation
        elif word in _CYR_CONCORD:
            # "ни Россия, ни Украина не могут": "ни" ... "ни" ... "не" is one negation, as
            # "neither ... nor ... may" is; "никогда не" one, as "never" is
            if clause in counted_cyr or clause in concord:
                continue
            concord.add(clause)
        elif word.split(" ", 1)[0] == "не":  # also a negative modal's ("не могут")
            if clause in concord:
                continue
            counted_cyr.add(clause)
        if mention.key != "lexical":
            negated.add(clause)
        what = ("lexical" if mention.key == "lexical" else
                f"{mention.key}:{word} {_negated(text, mention.start, mention.end, letters)}")
        units.append(new_tuple(_Unit, (mention, start, clause, what)))
    return units


_OWN_VERB_AFTER = Lazy(r"\s+(?:do|does|did|will|shall|may|can|could|should|would|must|is|are"
                       r"|was|were|has|have|had)\b", re.IGNORECASE)
"""What makes a "nor" open a statement of its own ("nor does it threaten Moldova"): an
auxiliary right after it. Without one, after a negation in its clause, it adds an item to
that negation ("shall not permit its members, nor other groups", "no troops nor weapons")."""


def _with_their_act(text: str, units: list[_Unit], starts: Sequence[int],
                    others: Sequence[Mention], other_clauses: Sequence[_Clause]) -> list[_Unit]:
    """``units`` without each "without" that qualifies an act the other text never names
    ("… or fires on it without provocation" against a text that names no firing), when the
    other text has no negation word at all (``others``; a "no conditions" may be the
    "without conditions" of an act reworded): the condition came (or went) whole with its
    act, and turned no statement both texts make. On an act both name ("fires on Russia" →
    "fires on Russia without provocation") it counts, as any negation does."""
    if others or not any(u.mention.text.casefold() == "without" for u in units):
        return units
    named = frozenset().union(*(c.terms for c in other_clauses))
    kept: list[_Unit] = []
    for unit in units:
        if unit.mention.text.casefold() == "without":
            act = _act_before(text, starts[unit.clause] if starts else 0, unit.mention.start)
            if act and act not in named:
                continue
        kept.append(unit)
    return kept


def _act_before(text: str, start: int, end: int) -> str:
    """The term of the last content word of ``text[start:end]`` (the act a "without"
    after it qualifies: "fires" of "fires on it without"), "" when there is none (then it
    counts as named: nothing is known of it)."""
    for word in reversed(_SPACED_WORD.findall(text, start, end)):
        term = _TERMS[word.casefold()]
        if term:
            return term
    return ""


_JA_GAP = Lazy(r"[をにはもが]?[\u4e00-\u9fff]?")
"""What may stand between a Japanese negative word and the negation that negates it: a
particle and a verb's kanji ("異議を唱えない", "反対はしない": "does not object")."""


_CYR_CONCORD = frozenset(("ни", "ні", "никогда", "ніколи"))
"""The Russian and Ukrainian "neither/nor" and "never" words, which agree with the clause's
"не" rather than negating it again ("никогда не будет принята" = "will never be admitted")."""


_UN_WORD = Lazy(r"\bun-?([a-z]{4,})")
"""A word negated by its prefix: "unprovoked", "unconditional", "un-restricted"."""


def _prefixed(text: str, others: Sequence[_Unit], starts: Sequence[int]) -> list[_Unit]:
    """The words of ``text`` negated by "un-" whose rest is the word a negation of the other
    text negates ("unprovoked" against "without provocation", "unrestricted" against "no
    restrictions"): each says that negation in one word, and counts in its statement as one.
    Only against such a negation: "un-" alone is no negation here ("unanimous", "united")."""
    negated = {unit.what.rsplit(" ", 1)[-1] for unit in others
               if unit.mention.key != "lexical" and " " in unit.what}
    negated.discard("")
    if not negated or "un" not in text.lower():
        return []
    out: list[_Unit] = []
    for match in _UN_WORD.finditer(text.lower()):
        stem = match.group(1)[:_STEM]
        if stem in negated:
            start = match.start()
            mention = Mention(NEGATION, start, match.end(), text[start:match.end()], "prefix")
            out.append(_Unit(mention, start, _clause_at(starts, start), f"un {stem}"))
    return out


_UNDERTAKING_NOT = Lazy(r"\b(?:undertakes?|commits?|pledges?|promises?)\s+(?:(?:not|never)\s+to"
                       r"|to\s+(?:not|never))\b|ない(?:こと)?(?:を|と)約束"
                       r"|(?<![а-яёіїєґ'])(?:зобов'язу|обязу)\w*\s+не(?![а-яёіїєґ])",
                       re.IGNORECASE)
"""The parties undertaking not to act ("undertake not to", "commit to never",
変更しないと約束する): it says what a prohibition says ("must not", 変更してはならない,
変えることを禁じる), as the flag-case guideline reads "neither ... may" → "undertake not to"."""


def _prohibition_undertaken(key: str, other: str, other_key: str = "") -> bool:
    """Whether a prohibition (a strong negative modal's ``key``) is said in the other text
    as an undertaking not to (``other``, whose modal there, if any, is ``other_key``: none,
    or the plain sentence ending する of 約束する, or the undertaking's own "commit to")."""
    return (key in _STRONG_MODALS and _negative(key)
            and other_key in ("", "will", "commit to", "undertake to")
            and _UNDERTAKING_NOT.search(other) is not None)


_REFRAIN_AFTER = Lazy(r"\s+(?:refrain|abstain)\s+from\b", re.IGNORECASE)


def _refraining(mention: Mention, text: str) -> str:
    """A modal's key, negated when the modal governs "refrain from" or "abstain from" ("shall
    refrain from changing them" is "shall not change them"): what
    :func:`_prohibition_undertaken` compares with "undertake not to"."""
    if mention.key in _STRONG_MODALS and not _negative(mention.key) \
            and _REFRAIN_AFTER.match(text, mention.end):
        return f"{mention.key} not"
    return mention.key


_EXCEED_AFTER = Lazy(
    r"\s+(?:exceed|surpass|go\s+beyond|(?:number|be|total)\s+(?:more|greater)\s+than"
    r"|превыша\w*|превзо\w*|насчитывать\s+(?:более|больше|свыше)|составлять\s+(?:более|больше)"
    r"|перевищ\w*|налічувати\s+(?:понад|більше)|становити\s+(?:понад|більше))\b",
    re.IGNORECASE)
"""What a prohibition forbids when it sets a cap: to exceed a number ("may not exceed", "не
должна превышать", "не могут насчитывать более", "не може перевищувати")."""
_CAP = Lazy(
    r"\b(?:capped|limited|restricted|ceiling|cap|at\s+most|no\s+more\s+than|not\s+more\s+than"
    r"|a\s+maximum\s+of|up\s+to)\b|(?<![а-яёіїєґ])(?:ограничива\w*|огранич\w*|не\s+более"
    r"|не\s+больше|максимум|обмеж\w*|не\s+більше|щонайбільше)|上限|以内|以下|を超えない",
    re.IGNORECASE)
"""A cap stated ("capped at", "limited to", "ограничивается", "обмежується", 上限)."""


def _cap_said(mention: Mention, text: str, other: str, there: tuple[int, int]) -> bool:
    """Whether a negative modal of ``text`` forbids exceeding a number ("may not exceed
    600,000", "не должна превышать 600 тысяч", 60万人を超えてはならない) that the other text
    states as a cap ("capped at 600,000", "ограничивается 600 000", 60万人を上限とする) in
    the statement ``there`` falls in (the span across from the modal, or its counterpart):
    one limit in other words, whether the other text has no modal there or a plain or
    obliging one ("shall be capped", 上限とする). A cap elsewhere in a long point says
    nothing of this one. The number itself is compared as quantities are."""
    if not _negative(mention.key):
        return False
    exceeds = (text[max(0, mention.start - 8):mention.start].endswith(_JA_EXCEED)
               if mention.text[:1] >= "\u3040" else
               _EXCEED_AFTER.match(text, mention.end) is not None)
    if not exceeds:
        return False
    begin, _, end = sentence_around(other, *there, STOP_BEFORE_BLANK)
    return _CAP.search(other, begin, end) is not None


_JA_EXCEED = ("超え", "超えることは", "超えることが", "超える")
"""What stands before a Japanese prohibition of exceeding (超えてはならない,
超えることはできない)."""


_ONE_PROHIBITION = frozenset(("cannot", "may not", "must not", "shall not"))
"""The modals that state one prohibition, any one put for another: "cannot alter", "may not
alter", "must not alter", "shall not alter"; "не могут менять", "не вправе менять", "не должны
менять"; 変えることはできない and 変更してはならない. ("will not" is the future, negated.)"""


_PLAIN_KEYS = {"be to": "shall", "be to not": "shall not"}
"""Modals that say what another says, put for it ("is to be held" for "shall be held"), but
raise no flag alone (``_STRONG_MODALS`` holds neither)."""
_PLANNED = {"be to": "will", "be to not": "will not"}
"""What such a modal says of a plan as well: "is to be mobilised" for "will be mobilised"."""


def _plain(key: str) -> str:
    return _PLAIN_KEYS.get(key, key)


def _aim_at_another_act(before: Mention, after: Mention, old: str, new: str) -> bool:
    """A plain Japanese ending (する: will) paired with 目指す (aims at) whose act is another
    one: 断念する ("gives up") against 加盟を目指す ("aims at membership") is a new verb, which
    the redline shows; 撤退する against 撤退を目指す ("withdraws" → "aims to withdraw") is the
    act softened, a flag."""
    if {before.key, after.key} not in ({"will", "aim at"}, {"will not", "aim at"}):
        return False
    plain, aim = ((before, after) if before.key != "aim at" else (after, before))
    plain_text, aim_text = (old, new) if plain is before else (new, old)
    stem = kanji_stem_before(plain_text, plain.start)
    if not stem:
        return False
    head = aim_text[max(0, aim.start - 8):aim.start].removesuffix("を").removesuffix("こと")
    return not head.removesuffix("する").endswith(stem)


def _same_modal(before: str, after: str) -> bool:
    """Whether two modals' keys say one thing ("is to be" put for "shall" or "will")."""
    return _plain(before) == _plain(after) or _PLANNED.get(before, before) == _PLANNED.get(
        after, after)


def _negative(key: str) -> bool:
    return key.endswith(" not") or key in ("cannot", "be prohibited from")


def _base(key: str) -> str:
    return "can" if key == "cannot" else key.removesuffix(" not")


def _negates_verb(unit: _Unit) -> bool:
    """Whether a negation unit negates its statement's verb: a negative modal ("will not"),
    "not", "never" or a contraction ("don't"); not a noun's negation ("no limits",
    "non-European", "without provocation") or a lexical negative."""
    mention = unit.mention
    if mention.family == MODALITY:
        return True
    word = mention.text.casefold()
    return word in ("not", "never") or word.endswith(("n't", "n\u2019t"))


def _said(mention: Mention) -> str:
    """The negation word a negation unit says: "not" for a negative modal ("will not",
    "cannot") and a contraction ("don't"), the word itself otherwise ("never", "no"): "will
    not attack" and "not to invade" hold the same negation word."""
    word = mention.text.casefold()
    if (mention.family == MODALITY and _negative(mention.key)
            and mention.key != "be prohibited from") or word.endswith(("n't", "n\u2019t")):
        return "not"
    return word


class _Polarity:
    """How many negations each statement holds on each side. A statement is a clause and
    its counterpart in the other text (clauses linked that way form one group: two old
    sentences may be one new one); a clause with no counterpart came or went whole, with
    its negations, and counts for nothing, unless it is a verdict ("Not agreed.")."""

    def __init__(self, old_units: list[_Unit], new_units: list[_Unit],
                 old_clauses: list[_Clause], new_clauses: list[_Clause]) -> None:
        parent: dict[tuple[int, int], tuple[int, int]] = {}

        def find(node: tuple[int, int]) -> tuple[int, int]:
            while parent.get(node, node) != node:
                node = parent[node]
            return node

        standing: set[tuple[int, int]] = set()
        sides = ((0, old_clauses, new_clauses, old_units), (1, new_clauses, old_clauses,
                                                            new_units))
        verdicts: tuple[list[int], list[int]] = ([], [])
        for side, mine, theirs, units in sides:
            for i in sorted({u.clause for u in units}):
                clause = mine[i]
                j = None if _point_verdict(clause) else _counterpart(clause, theirs)
                if j is None and len(mine) == 1 and len(theirs) == 1 and not (
                        clause.verdict or theirs[0].verdict) and any(
                            map(_negates_verb, units)):
                    # one statement each side, its verb negated: the point's statement,
                    # in whatever words ("agrees not to station" → "is free to host")
                    j = 0
                if j is not None:
                    standing.update(((side, i), (1 - side, j)))
                    parent[find((side, i))] = find((1 - side, j))
                elif clause.verdict:
                    standing.add((side, i))
                    verdicts[side].append(i)
        if verdicts[0] and verdicts[1]:
            # a verdict on each side with no counterpart: one verdict in other words ("Not
            # agreed." = "Still disputed:")
            parent[find((0, verdicts[0][0]))] = find((1, verdicts[1][0]))
        self._find = find
        self.balance: dict[tuple[int, int], int] = {}
        for side, _, _, units in sides:
            counted: set[tuple[tuple[int, int], str]] = set()
            for unit in units:
                if (side, unit.clause) in standing:
                    group = find((side, unit.clause))
                    if (group, unit.what) in counted:
                        continue
                    counted.add((group, unit.what))
                    self.balance[group] = self.balance.get(group, 0) + (1 if side else -1)
        self.standing = standing
        self._join_merged(sides, parent)

    def _join_merged(self, sides: Sequence[tuple[int, list[_Clause], list[_Clause],
                                                  list[_Unit]]],
                     parent: dict[tuple[int, int], tuple[int, int]]) -> None:
        """A clause with negations and no counterpart of its own joins the statement of the
        one clause across that holds the same negation word (``_said``: "will not" holds
        "not") and shares a content word with it or is the statement of the clause it goes
        on from, when that statement gained (or lost) as many negations as the clause holds or
        more: two sentences merged into one, the second's negation kept ("void if Kyiv
        invades Russia. The same holds if Kyiv fires … without reason" against "lapse if
        Ukraine invades Russia or fires on it without provocation": the new sentence is the
        first one's counterpart, and "fires" alone is too little to be the second's). A
        clause that went whole, its negation with it ("which Russian forces do not enter"),
        stays apart: no statement across is short of its negation. Only negation words
        count here: a lexical negative ("is void") is the merged sentence's own verb, which
        the merge says once ("lapse")."""
        words: tuple[dict[int, set[str]], dict[int, set[str]]] = ({}, {})
        held: tuple[dict[int, set[str]], dict[int, set[str]]] = ({}, {})
        for side, _, _, units in sides:
            for unit in units:
                if unit.mention.key != "lexical":
                    held[side].setdefault(unit.clause, set()).add(unit.what)
                    words[side].setdefault(unit.clause, set()).add(_said(unit.mention))
        for side, mine, theirs, _ in sides:
            for i, said in words[side].items():
                if (side, i) in self.standing or mine[i].verdict:
                    continue
                siblings = [k for k in (i - 1, i + 1) if 0 <= k < len(mine)
                            and mine[max(i, k)].continues and (side, k) in self.standing]
                across = [j for j, other in words[1 - side].items()
                          if (1 - side, j) in self.standing and said & other
                          and (not mine[i].terms.isdisjoint(theirs[j].terms)
                               or any(self._find((side, k)) == self._find((1 - side, j))
                                      for k in siblings))]
                if len(across) != 1:
                    continue
                group = self._find((1 - side, across[0]))
                own = len(held[side][i]) * (1 if side else -1)
                left = self.balance.get(group, 0)
                if left * own < 0 and abs(own) <= abs(left):
                    self.standing.add((side, i))
                    parent[self._find((side, i))] = group
                    self.balance[group] = left + own

    def group(self, side: int, clause: int) -> tuple[int, int] | None:
        return self._find((side, clause)) if (side, clause) in self.standing else None

    def take(self, group: tuple[int, int] | None, change: int) -> bool:
        """Whether ``group`` lost (change -1) or gained (+1) a negation; if so, that
        change is now accounted for."""
        if group is None:
            return False
        left = self.balance.get(group, 0)
        if left * change <= 0:
            return False
        self.balance[group] = left - change
        return True


_OPEN_VERDICT = Lazy(
    r"\b(?:disputed|contested|unresolved|unsettled|undecided|open|pending|outstanding)\b"
    r"|調整中|協議中|未合意|未解決|対立|спорн\w*|открыт\w*|спірн\w*|відкрит\w*",
    re.IGNORECASE)
"""What a verdict says when it says, without a negation, that the point is not settled
("Still disputed:", "Unresolved.", 調整中, "Спорный пункт")."""
_OPEN_VERDICT_CUES = ("disput", "contest", "unresol", "unsettl", "undecid", "open", "pending",
                      "outstand", "調整中", "協議中", "未合意", "未解決", "対立", "спорн",
                      "открыт", "спірн", "відкрит")
"""What every match of :data:`_OPEN_VERDICT` holds in lower case, tested first (``has_any``)."""


_SUBJECT_CHARS = 120
"""The longest subject :data:`_OPEN_QUESTION` reads between the question's word and the verb."""
_SUBJECT = rf"[^.;:!?]{{0,{_SUBJECT_CHARS}}}?"
_OPEN_QUESTION = Lazy(
    rf"\b(?:question|issue|matter|fate|status)\b{_SUBJECT}\b(?:remains?|is still|are still|"
    r"stays?|was left|is left)\s+(?P<w>open|unresolved|unsettled|undecided|disputed|pending)\b"
    rf"|\bвопрос\w*{_SUBJECT}\b(?:оста[её]тся|остаются)\s+(?P<r>(?:открыт|нерешённ|нерешенн|"
    r"спорн)\w*)"
    rf"|\bпитання{_SUBJECT}\b(?:залишається|залишаються)\s+(?P<u>(?:відкрит|невирішен|"
    r"спірн)\w*)",
    re.IGNORECASE)
"""A sentence saying that the question of a point is still open ("The question of the plant
remains open.", "Вопрос о станции остаётся открытым.", "Питання ЗАЕС залишається
відкритим."): a press copy's verdict on the whole point, its subject up to
:data:`_SUBJECT_CHARS` long."""


_OPEN_SAID = Lazy(
    r"\b(?:remains?|still|stays?|left)\s+(?:open|unresolved|unsettled|undecided|disputed|"
    r"pending)\b|\b(?:оста[её]тся|остаются|залишається|залишаються)\s", re.IGNORECASE)
"""Where :data:`_OPEN_QUESTION` can end, found first: the question is looked for only in the
characters before it (the subject and the question's own word), so a long clause is read
once."""
_OPEN_SAID_CUES = ("remain", "still", "stay", "left", "оста", "залиша")
"""What every match of :data:`_OPEN_SAID` holds in lower case, tested first (``has_any``)."""
_QUESTION_BACK = _SUBJECT_CHARS + 20


def _open_verdicts(text: str, clauses: list[_Clause], lexical: dict[int, str]
                   ) -> tuple[list[_Clause], dict[int, str]]:
    """The clauses, each short one that says the point is open made a verdict, and
    ``lexical`` with its word: it counts as the negation of "Not agreed." does ("Still
    disputed:", 調整中, "Спорный пункт": a verdict of at most three words, or eight
    characters of Japanese)."""
    lowered = text.lower()
    may_judge, may_say = has_any(lowered, _OPEN_VERDICT_CUES), has_any(lowered, _OPEN_SAID_CUES)
    found = dict(lexical)
    out = list(clauses)
    if not (may_judge or may_say):
        return out, found  # no clause can say the point is open: nothing to read
    ends = [c.start for c in clauses[1:]] + [len(text)] if clauses else []
    for k, (clause, end) in enumerate(zip(clauses, ends, strict=True)):
        piece = text[clause.start:end].strip()
        spaced = piece.isascii() or " " in piece
        short = len(piece.split()) <= _VERDICT_WORDS if spaced else len(piece) <= 8
        match = _OPEN_VERDICT.search(text, clause.start, end) if short and may_judge else None
        if match is not None:
            found.setdefault(match.start(), match.group())
            out[k] = clause._replace(verdict=True)
            continue
        said = _OPEN_SAID.search(text, clause.start, end) if may_say else None
        question = (None if said is None else
                    _OPEN_QUESTION.search(text, max(clause.start, said.start() - _QUESTION_BACK),
                                          end))
        if question is not None:
            word = next(g for g in ("w", "r", "u") if question.group(g) is not None)
            found.setdefault(question.start(word), question.group(word))
            out[k] = clause._replace(verdict=True)
    return out, found


def _object_kept(text: str, other: str, mention: Mention) -> bool:
    """Whether the word a verb of renouncing governs ("renounces *enlargement*", "отказ от
    *вступления*") is still in the other text: then the statement is still there, and the
    verb that went or came flips it ("відмова від вступу" → "вступ"); without it the clause
    went whole ("… and waive all future claims" dropped), which the redline shows."""
    if text[mention.start] >= "\u3041":  # Japanese: the noun before it (加盟を断念する)
        noun = _JA_OBJECT.search(text, max(0, mention.start - 12), mention.start)
        return noun is not None and noun.group(1) in other
    lowered = other.casefold()
    return any(re.search(rf"(?<!\w){re.escape(word)}", lowered) is not None
               for word in _object_words(text, mention.end))


def _object_words(text: str, end: int) -> list[str]:
    """The term of the first content word after ``end`` (within 60 characters), the object a
    verb of renouncing governs; and of the next one too when the first is a Russian or
    Ukrainian adjective ("от дальнейшего *расширения*")."""
    found: list[str] = []
    for word in _SPACED_WORD.finditer(text, end, min(len(text), end + 60)):
        folded = word.group().casefold()
        term = _TERMS[folded]
        if term:
            found.append(term)
            if _CYR_ADJECTIVE.search(folded) is None:
                break
    return found[:2]


_CYR_ADJECTIVE = Lazy(r"[а-яёіїєґ]{3,}(?:ого|его|ому|ему|ой|ей|ых|их|ую|юю|ий|ый|ої|ій|ім|им|ым)$")
"""A Russian or Ukrainian adjective's ending (дальнейшего, нового, подальшого)."""


_JA_OBJECT = Lazy(r"([\u4e00-\u9fff\u30a0-\u30ffA-Za-z]{2,})[をの]?$")
"""The noun a Japanese verb of renouncing governs, written before it ("加盟を" of 加盟を断念)."""


_JA_PLAIN = ("する", "し", "す", "る", "さ", "。", "、")
"""What follows a Japanese verb stated plainly, where a hedge stands in the other text
("実施し、" or "実施する。" against "実施することができ", "持つ。" against "持つことができる",
the passive "解除される。" against "解除することができる")."""
_JA_SENTENCE_END = Lazy(r"[るたい]?(?:[。．!！?？]|$)")
"""What is left of a Japanese sentence after its predicate: its last kana and full stop."""


def _hedged_ja(text: str, mention: Mention, other: str, start: int, end: int,
               own_end: int) -> bool:
    """Whether a Japanese hedge (できる, べき) that only ``text`` has is put on the verb the
    other text states plainly: the two characters before it (the verb: 加盟 of
    加盟することができ, 持つ of 持つことができる) stand, plainly ended (:data:`_JA_PLAIN`), in
    the other text where the diff puts the hunk (``other[start:end]`` and a few characters on
    either side). A hedge in a sentence a rewrite adds (…第三国も参加できる。) has no such
    verb there. Or the hunk rewrites the predicate the hedge closes: its two sides (the
    hedged one ending in the hedge, ``own_end``) both run to the same sentence end
    ("に制限される。" against "を上限とすることができる。")."""
    verb = text[max(0, mention.start - 2):mention.start]
    if len(verb) < 2 or not all(c.isalnum() for c in verb):
        return False
    window = other[max(0, start - 4):min(len(other), end + 4)]
    if any(verb + ending in window for ending in _JA_PLAIN):
        return True
    return (end > start and mention.start < own_end <= mention.end
            and text[own_end:mention.end + 2] == other[end:end + mention.end + 2 - own_end]
            and _JA_SENTENCE_END.match(text, own_end) is not None
            and other[end - 1:end].isalnum())


def _hedge_alone(old: str, new: str, side: int, mention: Mention, mapping: Map) -> bool:
    """:func:`_hedged_verb` for a hedge only one side has, which opens its side of the hunk
    that holds it, read at the other side's place of that hunk; a Japanese one
    (:func:`_hedged_ja`) anywhere in the hunk it overlaps."""
    japanese = mention.text[:1] >= "\u3040"  # kana or kanji: Japanese modals start so
    for hunk in mapping.hunks:
        here = (hunk.old_start, hunk.old_end) if side == 0 else (hunk.new_start, hunk.new_end)
        there = (hunk.new_start, hunk.new_end) if side == 0 else (hunk.old_start, hunk.old_end)
        texts = (old, new) if side == 0 else (new, old)
        if japanese and here[0] < mention.end and mention.start < max(here[1], here[0] + 1):
            return _hedged_ja(texts[0], mention, texts[1], *there, own_end=here[1])
        if here[0] <= mention.start < here[1]:
            # the hedge opens its side of the hunk: it stands where the plain verb stood,
            # not inside a clause the hunk adds (", which Russia may join later,")
            lead = texts[0][here[0]:mention.start]
            return not any(map(str.isalnum, lead)) and _hedged_verb(texts[0], mention,
                                                                    texts[1], *there)
    return False


def polarity_flags(old: str, new: str, olds: Found, news: Found,
                   mapping: Map) -> list[tuple[int, Flag]]:
    """Modal flags ("shall" → "may", a lone "shall" removed) and negation flags: a
    statement both texts make whose polarity changed, or a verdict ("Not agreed.") one side
    gives. A negation reworded or moved ("no troops" → "not ... troops", "never" → "not",
    "shall not deploy" → "shall deploy no", "no longer applies" → "lapses") is no flag."""
    modals, negations = (olds.modals, news.modals), (olds.negations, news.negations)
    lexical = (olds.lexical, news.lexical)
    only: tuple[dict[int, str], dict[int, str]] = ({}, {})
    if any(negations) or any(_negative(m.key) for side in modals for m in side):
        # "only after" counts as the "not ... until" of the other text, never as a flag
        only = (only_after(old, new), only_after(new, old))
        lexical = ({**lexical[0], **only[0]}, {**lexical[1], **only[1]})
    if not (any(modals) or any(negations) or any(lexical)):
        return []  # no modal and no negation on either side: nothing to flag
    if any(negations) or any(lexical) or any(_negative(m.key) for side in modals for m in side):
        clauses = (_clauses(old, olds.letters, olds.runs), _clauses(new, news.letters, news.runs))
        starts = ([c.start for c in clauses[0]], [c.start for c in clauses[1]])
        (old_clauses, old_lexical), (new_clauses, new_lexical) = (
            _open_verdicts(old, clauses[0], lexical[0]),
            _open_verdicts(new, clauses[1], lexical[1]))
        clauses, lexical = (old_clauses, new_clauses), (old_lexical, new_lexical)
        letters = tuple(read.letters if text.isascii() and "'" not in text else None
                        for text, read in ((old, olds), (new, news)))
        units = (_negation_units(old, modals[0], negations[0], starts[0], lexical[0],
                                 letters[0]),
                 _negation_units(new, modals[1], negations[1], starts[1], lexical[1],
                                 letters[1]))
        units = (_with_their_act(old, units[0], starts[0], negations[1], clauses[1]),
                 _with_their_act(new, units[1], starts[1], negations[0], clauses[0]))
        units = (units[0] + _prefixed(old, units[1], starts[0]),
                 units[1] + _prefixed(new, units[0], starts[1]))
    else:  # no negation on either side: no statement to match, no negation unit
        clauses, starts, units = ([], []), ([], []), ([], [])
    polarity = _Polarity(units[0], units[1], clauses[0], clauses[1])

    def group(side: int, mention: Mention) -> tuple[int, int] | None:
        return polarity.group(side, _clause_at(starts[side], mention.start))

    def _held_instead(side: int, mention: Mention) -> bool:
        """A lapse ("the guarantees lapse if …") whose statement the other text says holds
        ("the guarantees hold if …", 有効である, діють): the statement's polarity turned,
        though no negation word came or went."""
        if LAPSE.fullmatch(mention.text) is None or (at := group(side, mention)) is None:
            return False
        other, bounds = (old, new)[1 - side], starts[1 - side]
        return any(polarity.group(1 - side, j) == at and IN_FORCE.search(
            other, bounds[j], bounds[j + 1] if j + 1 < len(bounds) else len(other))
            for j in range(len(bounds)))

    out: list[tuple[int, Flag]] = []
    pairs, removed, added = pair_mentions(modals[0], modals[1], mapping)
    for before, after in pairs:
        if _same_modal(before.key, after.key) \
                or {_plain(before.key), _plain(after.key)} <= _ONE_PROHIBITION \
                or (_cap_said(before, old, new, (after.start, after.end))
                    and not _negative(after.key)) \
                or (_cap_said(after, new, old, (before.start, before.end))
                    and not _negative(before.key)) \
                or _prohibition_undertaken(before.key, new, after.key) \
                or _prohibition_undertaken(after.key, old, before.key) \
                or _aim_at_another_act(before, after, old, new):
            continue
        flips = _negative(before.key) != _negative(after.key)
        change = 1 if _negative(after.key) else -1
        if flips and _base(before.key) == _base(after.key):
            # the same modal, negated or no longer: a flag only if the statement's
            # polarity changed ("shall not deploy" → "shall deploy no" keeps it)
            if polarity.take(group(0, before), change):
                out.append((after.start, Flag(FlagKind.MODALITY, before.text, after.text)))
            continue
        out.append((after.start, Flag(FlagKind.MODALITY, before.text, after.text)))
        if flips:
            polarity.take(group(0, before), change)
    old_keys = {_plain(m.key) for m in modals[0]}
    new_keys = {_plain(m.key) for m in modals[1]}
    for side, lone, keys in ((0, removed, new_keys), (1, added, old_keys)):
        for mention in lone:
            key = _refraining(mention, old if side == 0 else new)
            if mention.key in keys or _prohibition_undertaken(key, new if side == 0 else old):
                continue
            if _cap_said(mention, *((old, new) if side == 0 else (new, old)),
                         mapping.across(side, mention.start, mention.end)):
                continue
            if mention.key not in _STRONG_MODALS and (
                    mention.key not in _HEDGES or not mapping.hunks
                    or not _hedge_alone(old, new, side, mention, mapping)):
                continue
            flag = Flag(FlagKind.MODALITY, *((mention.text, "") if side == 0 else
                                             ("", mention.text)))
            out.append((mapping.lo(mention.start) if side == 0 else mention.start, flag))
            if _negative(mention.key):
                polarity.take(group(side, mention), 1 if side else -1)
    # negations: the unpaired ones (and weak negative modals left over: "will not") of a
    # statement whose count of negations fell or rose, as many as it changed by
    if not any(polarity.balance.values()):
        return out
    _, neg_removed, neg_added = pair_mentions(negations[0], negations[1], mapping)
    weak = ([m for m in removed if _negative(m.key) and m.key not in _STRONG_MODALS],
            [m for m in added if _negative(m.key) and m.key not in _STRONG_MODALS])
    for side, lone in ((0, neg_removed + weak[0]), (1, neg_added + weak[1])):
        # the ones the redline changed first, then the others of the statement
        rest = [m for m in negations[side] if m not in lone]
        hindering = [u.mention for u in units[side] if u.mention.key == "lexical"
                     and u.mention.start not in only[side]
                     and (not CESSATION.fullmatch(u.mention.text)
                          or (RENUNCIATION.fullmatch(u.mention.text) is not None
                              and _object_kept(*((old, new) if side == 0 else (new, old)),
                                               u.mention))
                          or _held_instead(side, u.mention))]
        for mention in [*sorted(lone, key=lambda m: m.start), *rest, *hindering]:
            if polarity.take(group(side, mention), 1 if side else -1):
                twin = None if mention.key != "lexical" else _negated_twin(
                    mention, (old, new)[1 - side], [*negations[1 - side], *(
                        m for m in modals[1 - side] if _negative(m.key))], lexical[1 - side])
                if twin is not None:  # "виключаються" → "не виключаються"
                    phrase = (old, new)[1 - side][twin[0]:twin[1]]
                    flag = Flag(FlagKind.NEGATION, *((mention.text, phrase) if side == 0 else
                                                     (phrase, mention.text)))
                    out.append((twin[0] if side == 0 else mention.start, flag))
                    continue
                flag = Flag(FlagKind.NEGATION, *((mention.text, "") if side == 0 else
                                                 ("", mention.text)))
                out.append((mapping.lo(mention.start) if side == 0 else mention.start, flag))
    return out


def _negated_twin(word: Mention, other: str, negations: Sequence[Mention],
                  lexical: dict[int, str]) -> tuple[int, int] | None:
    """Where the other text negates the negative word ``word`` says ("виключаються" against
    "не виключаються", "ruled out" against "not ruled out", 排除する against 排除しない): the
    span of that negation and the word, which is what a reader sees come or go; None when the
    other text does not say the word negated."""
    stem = word.text.casefold()[:_STEM] if word.text[:1] < "\u3041" else word.text
    for start, found in lexical.items():
        if (found.casefold()[:_STEM] if found[:1] < "\u3041" else found) != stem:
            continue
        end = start + len(found)
        for negation in negations:
            if negation.end <= start <= negation.end + 30 and not any(
                    ch in ".;!?" for ch in other[negation.end:start]):
                return negation.start, end
            if found[:1] >= "\u3041" and end <= negation.start <= end + 4:
                return start, negation.end
    return None


__all__ = ["polarity_flags"]

"""Words hyphenated across a line end, joined again without a dictionary.

A PDF's text layer and text pasted from a narrow column keep the hyphen a word was broken at
(``secu-`` / ``rity``); a compound broken at its own hyphen (``Russia-`` / ``Ukraine``) must
keep it. With no dictionary, the rule reads the draft itself:

- a soft hyphen (U+00AD) is only ever a break: dropped; so is the not sign ``¬`` at a line's
  end, which text recognition (OCR) writes for a hyphen it read as a break (``con¬`` /
  ``tact``);
- a capital (or a digit) after the break keeps the hyphen: ``Russia-Ukraine``, ``F-16``
  (with no space before the number);
  so does an acronym before it (``US-`` / ``led``, ``EU-`` / ``brokered``);
- a small letter after the break: the draft's own spelling decides when it writes the word
  one way only inside its lines (``non-aggression`` elsewhere keeps ``non-`` /
  ``aggression``; ``peacetime`` elsewhere closes ``peace-`` / ``time``); when it writes the
  word neither way, the hyphen stays where one element is one the language writes with a
  hyphen (:data:`_KEPT_BEFORE`, :data:`_KEPT_AFTER`, :data:`_KEPT_PAIRS`: ``well-being``,
  ``self-defence``, ``long-term``, ``so-called``, ``кто-то``, ``будь-який``), two points of
  the compass meet (``північно-`` / ``східний``, ``северо-`` / ``восточный``), a number
  in words is broken between its tens and its unit (``twenty-`` / ``eight``), a short
  prefix meets the vowel it ends with (``de-`` / ``escalation``), a prefix written with a
  hyphen starts a word (``co-`` / ``guarantors``, ``ex-`` / ``combatants``, ``post-`` /
  ``war``: :func:`_prefixed`), or the broken
  word already has a hyphen of its own (``all-for-`` / ``all``) and the hyphen is not U+2010,
  the one typesetters put at the breaks they make (``non-ag‐`` / ``gression`` →
  ``non-aggression``), nor is the rest a word's last syllable (``non-aggres-`` / ``sion``:
  :data:`_SUFFIX`); otherwise it goes (``security``, ``безпеки``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from plandiff.plans.intake.lines import Line

__all__ = ["Hyphenation", "rejoin_lines"]

_HYPHENS = "-\u2010\u00ad\u00ac\ufffe\x02"
"""The hyphen, the Unicode hyphen, the soft hyphen, OCR's break mark ``¬``, and what PDFium
puts for a hyphen at a line end (U+FFFE, or 0x02; also inside a line, where it joined the two
lines itself: a hard hyphen as well as a break, so the rule decides)."""
_SOFT = "\u00ad\u00ac"
_PDFIUM_MARK = re.compile(r"(?P<left>[^\W\d_]+(?:[-\u2010][^\W\d_]+)*)[\ufffe\x02]"
                          r"(?P<right>[^\W\d_]+)")
_COMPOUND = re.compile(r"[^\W\d_]++(?:[-\u2010][^\W\d_]++)+")
_WORD = re.compile(r"[^\W\d_]+")
_BROKEN = re.compile(r"(?P<left>[^\W\d_]+(?:[-\u2010][^\W\d_]+)*)(?P<hyphen>[" + _HYPHENS
                     + r"])$")
_TAIL = 200
"""How far back from a line's end a broken word is looked for (a line joined from many
visual lines grows long)."""
_RIGHT = re.compile(r"^(?P<right>[^\W\d_]+)")
_KEPT_BEFORE = frozenset({"self", "well", "non", "кое", "будь", "казна"})
"""First elements written with a hyphen whatever follows (``self-defence``, ``well-being``,
``non-state``; Russian ``кое-что``; Ukrainian ``будь-який``, ``казна-що``): chosen because no
common word merely starts with them at a syllable break (``so``, ``ex``, ``low``, ``short``,
``cross`` do: ``so-cial``, ``ex-change``, ``low-er``, ``short-age``, ``cross-ing``)."""
_KEPT_AFTER = frozenset({"being", "term", "scale", "level", "based", "owned", "border",
                         "либо", "нибудь", "небудь"})
"""Second elements written with a hyphen whatever comes before (``long-term``,
``full-scale``, ``high-level``, ``state-owned``, ``cross-border``; the Russian particles
``-либо``, ``-нибудь``, Ukrainian ``-небудь``): whole words that end no common word at a
syllable break (``led``, ``called``, ``related`` do: ``cal-led``, ``re-called``,
``un-related``)."""
_KEPT_PAIRS = frozenset({("so", "called"), ("де", "факто"), ("де", "юре")} | {
    (reach, "range") for reach in ("long", "short", "medium", "mid", "close")} | {
    ("long", "standing"), ("long", "lasting"), ("long", "awaited"), ("free", "trade")} | {
    (pronoun, "то") for pronoun in ("кто", "что", "где", "как", "какой", "какая", "какое",
                                   "какие", "когда", "куда", "откуда", "чей", "почему")})
"""Compounds whose elements are hyphenated only together: ``so-called``, ``long-range``
(``ar-range`` is ``arrange``), ``long-standing``, ``free-trade`` (``free-dom`` is
``freedom``), ``де-факто``,
``де-юре``, and the Russian particle ``-то`` after a pronoun (``кто-то``; ``мес-то`` is
``место`` broken)."""
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first",
          "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
"""A number written in words is hyphenated between its tens and its unit (``twenty-eight``,
``twenty-eighth``): no syllable break leaves ``twenty`` before ``eight``."""
_TITLES = frozenset({"премьер", "єр", "вице", "віце", "экс", "екс"})
"""First elements of a title written with a hyphen (``премьер-министр``, ``прем'єр-міністр``:
the apostrophe parts the word, ``вице-премьер``, ``экс-министр``)."""
_MINISTER = ("министр", "міністр", "премьер", "прем", "президент", "спикер", "спікер", "канцлер",
             "посол", "губернатор", "мэр", "мер")
_ADJECTIVE_END = re.compile(r"(?:ого|его|ому|ему|ыми|ими|ій|ий|ый|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им"
                            r"|ую|юю|ої|ою|ім|іх|ього|ьому|а|я|е|є|і|у|ю)$")
_RELATIONAL = ("ско", "сько", "цко", "цько")
_RELATIONAL_STEMS = ("ск", "цк", "ськ", "цьк")
"""Two relational adjectives (``российско-украинский``, ``американсько-український``) are
a compound whatever else the draft writes: no syllable break leaves ``-ско`` before an
adjective in ``-ск-``."""
_CYRILLIC_FIRST = {
    "військово": ("полон", "служб", "зобов", "обов"), "воєнно": ("полон", "служб"),
    "военно": ("пленн", "служ", "обяз"), "прес": ("тиж",), "пресс": (), "бізнес": ("мен",),
    "бизнес": ("мен",), "онлайн": (), "офлайн": (), "інтернет": (), "интернет": (),
    "медіа": ("ці",), "медиа": ("ци",)}
"""Russian and Ukrainian first elements written with a hyphen before a word
(``військово-морські``, ``военно-воздушные``, ``прес-служба``, ``бізнес-план``), but for the
closed words a syllable break after them opens (``військовополонені``, ``военнослужащие``,
``престиж``, ``бізнесмен``, ``медіація``), by their second elements' beginnings; a second
element of four letters at least (``військово-`` / ``го`` is an ending)."""
_CYRILLIC_PAIRS = {
    "штаб": ("квартир",), "генерал": ("лейтенант", "майор", "полковник", "губернатор",
                                      "прокурор"),
    "контр": ("адмирал", "адмірал"), "вице": ("адмирал",), "віце": ("адмірал",),
    "член": ("корреспондент", "кореспондент")}
"""Compounds of a first element written with a hyphen only before these (``штаб-квартира``,
``генерал-лейтенант``, ``контр-адмирал``; ``штабной``, ``контрнаступ`` are closed)."""
_COMPASS_LEFT = frozenset({"північно", "південно", "северо", "юго"})
_COMPASS_RIGHT = ("схід", "східн", "захід", "західн", "восток", "восточн", "запад")
"""Two points of the compass, a compound written with a hyphen whatever the draft writes
elsewhere (``північно-східний``, ``південно-західного``, ``северо-восточный``, ``юго-запад``,
not English, which writes ``northeast`` closed as often): no syllable break leaves
``-схід`` or ``-запад`` after them."""
_COMPOUND_LEFT = 6
"""The first element of a Russian or Ukrainian compound adjective (``американо-``,
``российско-``, ``соціально-``) is a stem and its linking vowel this long at least: a break
after a shorter one is a syllable's (``риско-`` / ``ванный``)."""


def _compound_adjective(last: str, first: str, words: Counter[str]) -> bool:
    """Whether ``last-`` / ``first`` is a Russian or Ukrainian compound adjective broken at
    its own hyphen (``американо-`` / ``российский``, ``соціально-`` / ``економічний``): the
    first element ends in the linking vowel ``о`` or ``е``, the second is an adjective whose
    stem the draft writes elsewhere too (``российские``, ``економічних``), or two relational
    adjectives meet (:data:`_RELATIONAL`). A syllable's break leaves no word there
    (``гаран-`` / ``тии``, ``безо-`` / ``пасности``)."""
    if not ("\u0400" <= last[-1] <= "\u04ff" and last[-1] in "оеє") \
            or len(last) < _COMPOUND_LEFT or len(first) < 5:
        return False
    ending = _ADJECTIVE_END.search(first)
    if ending is None or ending.start() < 4:
        return False
    stem = first[:ending.start()]
    if last.endswith(_RELATIONAL) and any(part in stem for part in _RELATIONAL_STEMS):
        return True  # российско- / украинский, американсько- / український: two nations'
    return sum(count for word, count in words.items() if word.startswith(stem)) >= 2


def _prefixed(last: str, first: str, words: Counter[str]) -> bool:
    """Whether ``last-`` / ``first`` is a prefix written with a hyphen before a word
    (:data:`_PREFIXES`, :data:`_PREFIXES_BEFORE_WORDS`, ``ex-`` before
    :data:`_EX_PERSONS`)."""
    if (last + first).startswith(_CLOSED):
        return False
    if last == "ex":
        return first.startswith(_EX_PERSONS)
    if last in _PREFIXES_BEFORE_WORDS:
        return len(first) >= 3 and words[first] >= 2  # the line's own and one more
    return last in _PREFIXES and len(first) >= 3


_VOWELS = "aeiou"
_PREFIX = 4
"""A prefix ending in a vowel, against a word that starts with the same vowel, keeps its
hyphen in English (``de-escalation``, ``re-elect``, ``pre-empt``, ``anti-inflation``):
a first element this short at most (``coo-`` / ``operation`` is no prefix)."""
_PREFIXES = frozenset({"co", "anti", "vice", "quasi"})
"""Prefixes English writes with a hyphen before a whole word (``co-guarantors``,
``co-chairs``, ``anti-corruption``, ``vice-chair``, ``quasi-judicial``), kept at a line end
unless the word they start is one of the few a syllable break opens with the same letters
(:data:`_CLOSED`)."""
_PREFIXES_BEFORE_WORDS = frozenset({"pre", "post", "semi", "multi"})
"""Prefixes that start as many closed words as hyphenated ones (``prevent``, ``postpone``,
``multilateral`` beside ``pre-war``, ``post-conflict``): kept at a line end only before a
word the draft writes on its own elsewhere (``war``, ``conflict``), unless the closed word is
one of :data:`_CLOSED` (``pre-`` / ``serve``)."""
_CLOSED = ("coal", "coer", "cogen", "coher", "cohes", "cohort", "coinc", "colon", "coma",
           "copious", "cobalt", "cocaine", "cocoa", "anticip", "antiq", "antidot", "antibod",
           "antibiot", "antipath", "antipod", "vicious", "preserv", "presid", "present",
           "prevent", "preced", "prescri", "pretend", "prepar", "prevail", "predict",
           "prefer", "premis", "presum", "precis", "preclud", "postpon", "postur", "postag",
           "postal", "poster", "seminar", "multipl", "multitud")
"""Closed words a syllable break after a prefix's letters opens (``co-`` / ``hesion``,
``pre-`` / ``serve``, ``post-`` / ``pone``), by their beginnings."""
_EX_PERSONS = ("president", "minister", "prime", "premier", "official", "officer", "leader",
               "head", "chief", "commander", "combatant", "soldier", "servicem", "fighter",
               "militant", "member", "prisoner", "detainee", "mayor", "governor", "ambassador",
               "deputy", "director", "chair", "speaker", "senator", "general", "partner",
               "wife", "husband", "spouse", "colleague", "employee", "military")
"""What ``ex-`` is written before with a hyphen: a former holder of a post or a state
(``ex-president``, ``ex-combatants``); ``ex-`` / ``change``, ``ex-`` / ``tend`` are syllable
breaks."""
_BEFORE_NUMBER = re.compile(r"(?P<left>[^\W_]+)[-\u2010]$")
_NUMBER = re.compile(r"^\d+(?P<label>[.)]\s+\S)?")
"""A word or a number broken at a hyphen before a number (``F-`` / ``16``, ``COVID-`` /
``19``, ``2025-`` / ``2026``): the hyphen stays and no space comes in, unless the number
labels a point that opens the next line (``16. The parties …``)."""
_ITEM = re.compile(r"^(?:[(（]?[^\W\d_]{1,2}[.)）]|[ivxlcdm]{1,5}[.)])(?:\s|$)", re.IGNORECASE)
"""A line that opens a lettered sub-point (``a) …``, ``б) …``, ``iv. …``): never the rest of
a broken word."""


class Hyphenation:
    """What one draft says about its own compounds (built once from its whole text)."""

    def __init__(self, texts: Iterable[str]) -> None:
        texts = list(texts)
        self._texts = texts
        self._spelling: tuple[set[str], Counter[str]] | None = None

    def _spellings(self) -> tuple[set[str], Counter[str]]:
        """(pairs the draft writes with a hyphen, the words it writes, each with its count):
        read once, when a broken word first needs them."""
        if self._spelling is None:
            text = "\n".join(self._texts).lower()
            hyphenated: set[str] = set()
            for compound in _COMPOUND.findall(text):
                parts = re.split(r"[-\u2010]", compound)
                hyphenated.update(f"{a}-{b}" for a, b in itertools.pairwise(parts))
            self._spelling = (hyphenated, Counter(_WORD.findall(text)))
        return self._spelling

    def join(self, previous: str, following: str) -> str | None:
        """``previous`` and ``following`` (two visual lines of one paragraph) as one line when
        ``previous`` ends in a word broken with a hyphen; None when it does not."""
        if previous[-1:] not in _HYPHENS:
            return None
        before_number = _BEFORE_NUMBER.search(previous, max(0, len(previous) - _TAIL))
        number = _NUMBER.match(following)
        if before_number is not None and number is not None:
            return None if number.group("label") else previous[:-1] + "-" + following
        tail = len(previous) - len(previous[-_TAIL:])
        broken = _BROKEN.search(previous, tail)
        right = _RIGHT.match(following)
        if broken is None or right is None or self._opens_item(broken, following):
            return None
        head = previous[:broken.start("hyphen")]
        if broken.group("hyphen") in _SOFT:
            return head + following
        keep = self._keeps(broken.group("left"), right.group("right"),
                           typeset=broken.group("hyphen") == "\u2010")
        return head + ("-" if keep else "") + following

    def _opens_item(self, broken: re.Match[str], following: str) -> bool:
        """Whether the line after a broken word opens a lettered sub-point (``a) item``,
        ``b. item``) rather than going on with the word: a label with text after it, unless
        it is a letter with a full stop that closes a word the draft writes elsewhere
        (``гаранті-`` / ``ї. Сторони …``); a syllable alone with the sentence's full stop
        (``комісі-`` / ``єю.``) is the word's rest."""
        item = _ITEM.match(following)
        if item is None or not following[item.end():].strip():
            return False
        label = item.group().strip()
        if not label.endswith(".") or not label[:-1].isalpha():
            return True
        last = re.split(r"[-\u2010]", broken.group("left"))[-1].lower()
        return f"{last}{label[:-1].lower()}" not in self._spellings()[1]

    def mend(self, text: str) -> str:
        """A line in which PDFium joined a word broken at a line end itself, leaving its
        mark (U+FFFE) where the hyphen was: the same rule decides whether it stays."""
        if "\ufffe" not in text and "\x02" not in text:
            return text
        return _PDFIUM_MARK.sub(
            lambda m: m.group("left") + ("-" if self._keeps(m.group("left"), m.group("right"))
                                         else "") + m.group("right"), text)

    def _keeps(self, left: str, right: str, *, typeset: bool = False) -> bool:
        """Whether the hyphen between ``left`` (the word before the break, with any hyphens
        of its own) and ``right`` (the letters after it) is part of the word. ``typeset``:
        the hyphen is U+2010, which typesetters put at automatic breaks (a compound is typed
        with ``-``)."""
        if not right[0].islower():
            return True
        last = re.split(r"[-\u2010]", left)[-1].lower()
        first = right.lower()
        spelled_hyphenated, words = self._spellings()
        hyphenated = f"{last}-{first}" in spelled_hyphenated
        closed = f"{last}{first}" in words
        if hyphenated != closed:
            return hyphenated
        if typeset:  # a typesetter's break: the word was one
            return False
        element = re.split(r"[-\u2010]", left)[-1]
        if len(element) >= 2 and element.isupper():
            return True  # "US-" / "led", "EU-" / "brokered": no syllable is an acronym
        return (last in _KEPT_BEFORE or first in _KEPT_AFTER or (last, first) in _KEPT_PAIRS
                or (last in _TENS and first in _UNITS)
                or (last in _TITLES and first.startswith(_MINISTER))
                or (last in _COMPASS_LEFT and first.startswith(_COMPASS_RIGHT))
                or (len(last) <= _PREFIX and last[-1] in _VOWELS and first[0] == last[-1])
                or _compound_adjective(last, first, words)
                or _prefixed(last, first, words)
                or (last in _CYRILLIC_FIRST and len(first) >= 4
                    and not first.startswith(_CYRILLIC_FIRST[last]))
                or first.startswith(_CYRILLIC_PAIRS.get(last, ("\0",)))
                or (("-" in left or "\u2010" in left) and _SUFFIX.fullmatch(first) is None))


_SUFFIX = re.compile(r"(?:tion|sion|ment|ness|ity|ities|ance|ence|ive|ous|ing|ed|ly)s?"
                     r"|(?:ння|ці[яїю]|ість|ості|ність|ності|ство|ства|ни[яе]|ци[яи]|ость"
                     r"|ости|ськ(?:а|ий|е|і|ого|ої|ому|им|ій)|ск(?:ая|ий|ое|ие|ого|ой|ому|им))")
"""A word's last syllable that no compound has for an element of its own (``-sion``,
``-ment``, ``-ness``, ``-ція``, ``-ость``): a compound broken in the middle of its last
element (``non-aggres-`` / ``sion``) closes the break, where one broken at its own hyphen
(``all-for-`` / ``all``) keeps it."""


def rejoin_lines(lines: Sequence[Line], hyphenation: Hyphenation | None = None
                 ) -> tuple[Line, ...]:
    """Lines of a draft with each word broken across a line end joined into the line it
    started on (the rest of the next line follows it; places stay those of the first)."""
    if hyphenation is None:
        hyphenation = Hyphenation(line.text for line in lines)
    out: list[Line] = []
    for line in lines:
        if out and out[-1].text.strip() and line.text.strip():
            joined = hyphenation.join(out[-1].text.rstrip(), line.text.strip())
            if joined is not None:
                out[-1] = Line(joined, out[-1].where)
                continue
        out.append(line)
    return tuple(out)

"""Parties and places: the names a text gives.

The vocabulary in ``data/entities.json`` (Russia, NATO, ロシア ...) with the places of the
flags' own (``data/flag_places.json``: Enerhodar, エネルホダル, Енергодар) and the other
names of one party they know (``data/flag_aliases.json``: "Timochenko" for Rodrigo Londoño,
"the Hungarian capital" for Budapest), as one alternation whose alternatives all start with
a plain character, which the regex engine skips through quickly; capitalised multi-word
names in English ("Board of Peace") and single capitalised words inside a sentence
("Melitopol").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plandiff.engine.flags.mention import PARTY, Mention
from plandiff.engine.flags.patterns import ASCII_WORDCH, RB, WORDCH, Lazy, overlaps
from plandiff.engine.stopwords import is_function_word
from plandiff.plans.entities import flag_aliases, flag_places, joined_names, shipped_entities

_CAPITALISED = Lazy(
    # (?<![\w'’-])[A-Z]..., with the test behind the capital so the engine can skip ahead
    r"[A-Z](?<![\w'’-][\s\S])[\w'’-]*(?:–[A-Z][\w'’-]*)*"
    r"(?:(?:\s+(?:of|the|for|on|de|du|la|al|bin|ibn)){0,2}"
    r"\s+(?:[A-Z](?:\.(?=\s+[A-Z][a-z])|[\w'’-]*(?:–[A-Z][\w'’-]*)*)"
    r"|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z][\w'’-]*))+"
)
"""A run of capitalised words (with "of", "the", "bin" … between them): a name. A middle
initial with its full stop is part of it ("Donald J. Trump"); capitalised words joined by
an en dash are one word ("the Joint Iranian–Russian–Turkish Coordination Centre"); an Arabic
name's article joined to the next word is a word of it ("Khaled al-Yamani", "Hayat Tahrir
al-Sham")."""
_ARTICLE_JOINED = Lazy(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]")


def _capital(word: str) -> bool:
    """Whether a word of a run is capitalised, or an Arabic article joined to a capitalised
    word ("al-Sham")."""
    return word[:1].isupper() or _ARTICLE_JOINED.match(word) is not None


_LEADING_WORDS = frozenset((
    "the", "a", "an", "this", "that", "these", "those", "each", "any", "all", "both", "such",
    "in", "on", "at", "by", "for", "if", "under", "within", "upon", "after", "before",
    "during", "article", "point", "section", "paragraph", "annex", "part", "no", "not", "and",
    "or", "but", "as", "to", "from", "with", "when", "where", "while", "why", "what", "how",
    "who", "which",
    # prepositions and conjunctions that open a sentence ("Alongside the Initiative, …")
    "alongside", "among", "amongst", "between", "beside", "besides", "beyond", "despite",
    "following", "through", "throughout", "without", "against", "across", "towards", "toward",
    "regarding", "concerning", "notwithstanding", "pending", "unless", "until", "since",
    "although", "though", "whereas", "meanwhile", "once", "also", "only", "then", "there",
    "here", "every", "its", "their", "into", "over", "about", "above", "below", "behind",
    "near", "outside", "inside", "except", "including", "instead", "unlike", "given",
))
_CALENDAR = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
))


@dataclass(frozen=True)
class _Vocabulary:
    names: tuple[str, ...]
    """Every name as a regex (a wildcard ending as ``WORDCH*``), longest first: one
    alternation of them all is :func:`_names_pattern`."""
    exact: dict[str, str]
    stems: tuple[tuple[str, str], ...]
    """(pattern, entity id) of each name with a wildcard ending, longest first; compiled on
    first use only (:func:`_stem`): each takes a while to compile."""
    lower_words: tuple[str, ...]
    """A word each name holds that starts with neither a capital A-Z nor a character
    outside ASCII ("alliance" of "the alliance"): in an ASCII text with no capital after its
    first character and none of these words, only a name at its start can be found."""

    def entity(self, surface: str) -> str:
        found = self.exact.get(" ".join(surface.split()))
        if found is not None:
            return found
        for stem, entity in self.stems:
            if _stem(stem).fullmatch(surface):
                return entity
        return "name:" + " ".join(surface.split()).casefold()  # pragma: no cover


@cache
def _stem(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _name_regex(name: str) -> str:
    parts = [re.escape(p).replace(r"\ ", r"\s+") for p in name.split("*")]
    return f"{WORDCH}*".join(parts)  # "Україн*": any ending


@cache
def _vocabulary() -> _Vocabulary:
    exact: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    entries = [(name, entity.id)
               for entity in (*shipped_entities(), *flag_places(), *flag_aliases())
               for name in entity.all_names()]
    for name, entity in entries:
        if "*" in name:
            stems.append((name, entity))
        else:
            exact.setdefault(" ".join(name.split()), entity)
    alternatives = sorted({*exact, *(s for s, _ in stems)}, key=lambda n: (-len(n), n))
    ordered = sorted(stems, key=lambda s: (-len(s[0]), s[0]))
    return _Vocabulary(
        names=tuple(_name_regex(n) for n in alternatives),
        exact=exact,
        lower_words=tuple(sorted({max(re.split(r"[\s*]+", name), key=len)
                                  for name in alternatives
                                  if name[0].isascii() and not "A" <= name[0] <= "Z"})),
        stems=tuple((_name_regex(s), e) for s, e in ordered),
    )


def is_known_name(word: str) -> bool:
    """Whether ``word`` is a name of the vocabulary as it stands ("European", "Russia")."""
    return word in _vocabulary().exact


@cache
def _names_pattern(ascii_only: bool) -> re.Pattern[str]:
    """The vocabulary's names as one alternation, longest first, followed by ``RB``.

    No test on the character before a name inside the pattern: a pattern made only of
    alternatives that start with a plain character lets the engine skip ahead to the next
    possible first character (several times faster); :func:`_known_names` tests the
    character before each match instead.

    For an ASCII text (``ascii_only``) the pattern keeps only the names written in ASCII,
    with ``WORDCH`` as its ASCII characters: each name is literal characters, blanks and
    ``WORDCH`` runs, so one with a character outside ASCII matches nowhere in such a text
    and leaving it out changes no match (the others keep their order); on ASCII characters
    the two classes agree. It compiles in a tenth of the time of the whole vocabulary."""
    names = _vocabulary().names
    if ascii_only:
        names = tuple(name.replace(WORDCH, ASCII_WORDCH) for name in names
                      if name.replace(WORDCH, "").isascii())
        return re.compile(f"(?:{'|'.join(names)})(?!{ASCII_WORDCH})")
    return re.compile(f"(?:{'|'.join(names)}){RB}")


_WORD_BEFORE = Lazy(WORDCH)


def _known_names(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of vocabulary names not preceded by a word character: what
    ``(?<!{WORDCH})`` in front of the pattern would find with ``finditer``, exactly (after a
    match preceded by a word character the search resumes one character later, where such a
    pattern would have gone on looking)."""
    found: list[tuple[int, int]] = []
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        start = match.start()
        if start and _WORD_BEFORE.match(text, start - 1):
            pos = start + 1
            continue
        found.append((start, match.end()))
        pos = max(match.end(), start + 1)
    return found


_ATTITUDE = Lazy(r"(?:pro|anti)-$", re.IGNORECASE)
"""A name after "pro-" or "anti-" qualifies something else ("a pro-Kremlin summary")."""
_SOURCE_NOUN = Lazy(
    r"[ \t]*-?[ \t]*(?:text|texts|draft|drafts|version|versions|document|documents|paper|"
    r"wording)(?![\w-])|の?(?:草案|原案|文書|文言|案)", re.IGNORECASE)
_ARTICLE_BEFORE = Lazy(r"(?:^|\W)(?:the|its|their|this|that)\s+$", re.IGNORECASE)


def _names_a_source(text: str, start: int, end: int) -> bool:
    """The name only says whose document the clause cites: "the US text", "the European
    draft", 米国案, 米国の草案. Its author is not a party to the clause."""
    if not _SOURCE_NOUN.match(text, end):
        return False
    return (not text.isascii() and text[end] in "の草原文案") or bool(
        _ARTICLE_BEFORE.search(text, max(0, start - 8), start))


_COMPOUND = Lazy(r"[A-Z][\w'’]*(?:[–-][A-Z][\w'’]*)+")
"""Capitalised words joined by dashes or hyphens: "Iranian–Russian–Turkish", "US-EU"."""
_ACRONYM_AFTER = Lazy(r"\s*[(（]\s*([A-Z][A-Z0-9]{1,9})\s*[)）]")
_SINGLE_NAME = Lazy(r"[A-Z](?<![\w'’.-][\s\S])[a-z][\w'’-]*")
_OPENERS = "\"'“‘«(["
_TITLES = frozenset((
    "president", "presidents", "vice", "prime", "minister", "ministers", "secretary",
    "chancellor", "king", "queen", "prince", "pope", "emir", "sheikh", "sultan",
    "ambassador", "envoy", "general", "commander", "marshal", "lieutenant", "senator",
    "chairman", "chair", "speaker", "government", "parliament", "cabinet", "state", "states",
    "party", "parties", "annex", "article", "section", "chapter", "point", "points",
))
"""Capitalised words that are titles or parts of a document, not names, when alone ("the US
President", "Annex")."""
_COMMON_ALONE = frozenset((
    "forces", "force", "strip", "republic", "federation", "constitution", "centre", "center",
    "governments",
    # a text's words for itself
    "agreement", "agreements", "initiative", "memorandum", "protocol", "treaty", "declaration",
    "accord", "accords", "arrangement", "arrangements", "statement", "framework", "charter",
    "convention", "deal", "plan", "understanding", "communique", "communiqué", "roadmap",
    "document",
))
"""Common nouns a text capitalises for the body or place it has named in full before ("the
Forces" for the armed forces, "the Strip" for the Gaza Strip, "the Republic"), or for
itself ("the Initiative", "the Agreement", "the Memorandum"): alone, not a name of their
own ("the Minsk Agreement" is one)."""
_NO_PARTY_ADJECTIVES = frozenset((
    "western", "eastern", "northern", "southern", "nazi", "soviet", "fascist",
))
"""Capitalised adjectives that name no party alone ("Western sanctions", "Nazi ideology",
"the Soviet era"): a bloc of no fixed members, a past regime or state. In a name they are
words of it ("the Soviet Union", "Western Sahara")."""
_POSSESSIVE = ("'s", "’s")
_AND_MORE = Lazy(r"((?:,[ \u00a0]+[A-Z][\w'’-]*)*+),?[ \u00a0]+and[ \u00a0]+"
                 r"(?:(?:on|of|for)[ \u00a0]+)?([A-Z][\w'’-]*)((?:[ \u00a0]+[A-Z][\w'’-]*){0,2}+)")
""""and" and one to three capitalised words after a name of what a body is "of", "for" or
"on", a list of single capitalised words before it, "on", "of" or "for" after it: the rest
of that name ("the Minister of Law and Human Rights", "a Commission for Truth and
Reconciliation", "the Covenants on Civil and Political Rights and on Economic, Social and
Cultural Rights")."""
_GOES_ON = Lazy(r"(?:[ \u00a0]+(?:of|the|for|on|de|du|la|al|bin|ibn)){1,2}[ \u00a0]+[A-Z]")
"""A name of its own that goes on after the words joined by "and" ("… Forces and Lifting of
Defensive Measures", "Nikos Kotzias of the Hellenic Republic and Nikola Dimitrov of the
Republic of Macedonia"): they are not the rest of the name before "and"."""
_FOR_A_PLACE = Lazy(r"[ \u00a0]+(?:of|for|in)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’-]*"
                    r"(?![\w'’-]|(?:[ \u00a0]+(?:of|the|for|on|and))*[ \u00a0]+[A-Z])")
""""of", "for" or "in" and one capitalised word that no other goes on from: a place ("for
Aceh"), not a name ("of Defensive Measures", "of the Republic of Macedonia")."""


def _name_goes_on(text: str, end: int, known: list[tuple[int, int]]) -> int:
    """Where a name of what a body is "of", "for" or "on" that ends at ``end`` really ends:
    after the words "and" joins to it (:data:`_AND_MORE`), as many times as they follow
    ("… on Civil and Political Rights and on Economic, Social and Cultural Rights"), a list
    of words before "and" included, unless those words are a title, a function word or a
    word that is no name alone, a list holds a known name ("of France, Germany and Poland"
    are three states), or a name of their own goes on after them (:data:`_GOES_ON`), which a
    single word before "of", "for" or "in" and a place is not ("a Commission for Truth
    and Reconciliation for Aceh")."""
    while (more := _AND_MORE.match(text, end)) is not None:
        items = more.group(1).replace(",", " ").split()
        if any(word.casefold() in _NOT_AFTER_AND for word in (*items, more.group(2))) or (
                items and overlaps(known, more.start(), more.end())):
            break
        if _GOES_ON.match(text, more.end()) and (
                more.group(3) or not _FOR_A_PLACE.match(text, more.end())):
            break
        end = more.end()
    return end


_DEEMED = Lazy(r"[ \u00a0]+(?:deemed|declared|presumed|considered|reported|believed)"
              r"[ \u00a0]+[A-Z][a-z]+(?:ing|ed)(?![\w'’-])")
"""A participle that says what a body's charge is deemed to be, in lower case, and the
capitalised word it links ("… for Persons deemed Missing", "… declared Disappeared"): the
rest of that name. Only a word in "-ing" or "-ed" after it, no name of its own ("the Office
for Refugees reported Gaza's needs" goes on with a sentence)."""
_NUMBER_AFTER = Lazy(r"\s*\(?[0-9IVX]")
_NAME_TITLES = frozenset((
    "president", "presidents", "vice president", "vice presidents", "prime minister",
    "prime ministers", "deputy prime minister", "foreign minister", "foreign ministers",
    "defence minister", "defense minister", "interior minister", "finance minister",
    "minister", "ministers", "chancellor", "secretary of state", "secretary",
    "secretary-general", "king", "queen", "prince", "crown prince", "emir", "sheikh",
    "sultan", "pope", "ambassador", "special envoy", "envoy", "senator", "speaker",
    "field marshal", "lieutenant general", "major general", "brigadier general", "colonel",
    "admiral", "mr", "mrs", "ms", "dr",
))
"""The titles a text puts before a person's name ("President", "Prime Minister", "Secretary
of State", "King", "Lieutenant General"), in lower case: not part of the name, so that
"Presidents Joe Biden and …" names Joe Biden, and "Prime Minister Keir Starmer" and "Prime
Minister Rishi Sunak" share no word of a name."""
_TITLE_WORDS = frozenset(word for title in _NAME_TITLES for word in title.split())
_TITLE_BEFORE = Lazy(
    r"(?<![\w'’-])(?:([A-Z][A-Z]+|[A-Z][a-z][\w'’-]*?(?:['’]s)?)[ \u00a0]+)?(?i:("
    + "|".join(re.escape(t).replace(r"\ ", r"[ \u00a0]+")
               for t in sorted(_NAME_TITLES, key=lambda t: (-len(t), t)))
    + r"))\.?,?[ \u00a0]+$")
"""A title right before a name, a comma between or not, with the capitalised word before it
that says whose it is: "UN Secretary-General, ", "President ", "US Secretary of State "."""


_MINISTER_OF = Lazy(r"(?:(?:Deputy|Vice)[ \u00a0]+)?(?:Prime[ \u00a0]+)?(?:Minister|Secretary)"
                   r"[ \u00a0]+(?:of|for)[ \u00a0]+\S.*")


def is_title(name: str) -> bool:
    """Whether a name is a title alone ("Secretary-General", "Prime Minister", "Minister of
    Foreign Affairs"): the office."""
    return (" ".join(name.split()).casefold() in _NAME_TITLES
            or _MINISTER_OF.fullmatch(name) is not None)


def title_before(text: str, start: int) -> tuple[str, str] | None:
    """The title right before ``start`` (a person's name) and the word before it that says
    whose it is ("UN" of "the UN Secretary-General, António Guterres"; empty when none), or
    None."""
    found = _TITLE_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return None
    whose = found.group(1) or ""
    if whose.casefold() in _LEADING_WORDS:
        whose = ""
    return whose, found.group(2)


_NOT_AFTER_AND = _TITLE_WORDS | _LEADING_WORDS | _CALENDAR | _TITLES | _COMMON_ALONE
"""The words "and" is followed by that start no rest of a name: a title ("and President
…"), a function or calendar word, a word that is no name alone ("and Article 5")."""


def _untitled(text: str, run: list[tuple[int, int]]) -> int:
    """How many words of a capitalised run are the titles before the name it ends in
    (:data:`_NAME_TITLES`, three words at most each): none when what follows is no name, a
    lower-case word ("Minister of Law"), another title's word or a word that is no name
    alone ("Secretary General", "President Government"); a title alone is the office, not
    a title before a name, and stays ("the Prime Minister")."""
    at = 0
    while True:
        for size in (3, 2, 1):
            if at + size >= len(run):
                continue
            head = " ".join(text[s:e] for s, e in run[at:at + size]).casefold()
            after = text[run[at + size][0]:run[at + size][1]]
            if (head in _NAME_TITLES and after[0].isupper()
                    and after.casefold() not in _TITLE_WORDS
                    and after.casefold() not in _NO_NAME_ALONE):
                at += size
                break
        else:
            return at


def _without_initials_for(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A run that ends in "for (the)" and a body's initials without them: a person who signs
    for the body ("Getachew Reda for the TPLF"), not a name of its own; "the High
    Commissioner for Refugees" stays whole."""
    tail = [text[s:e] for s, e in run[-3:]]
    if tail[-2] == "for":
        return run[:-2]
    if tail[-2] == "the" and tail[0] == "for":
        return run[:-3]
    return run


def _before_a_known_name(text: str, end: int, known: list[tuple[int, int]]) -> bool:
    """Whether a known name starts right after ``end``, blanks between."""
    start = len(text) - len(text[end:].lstrip(" \u00a0"))
    return start > end and any(s == start for s, _ in known)


def parties(text: str) -> list[Mention]:
    vocabulary = _vocabulary()
    if text.isascii() and text.encode()[1:].islower() and not any(
            map(text.__contains__, (*vocabulary.lower_words, *_bare_nouns()))):
        # No capital A-Z after the first character: no name inside the text (each starts
        # with a capital but the few written in lower case, "the alliance", whose words it
        # lacks; one of several words needs two) and no single name (one at the start of a
        # text is not a name), no bare noun ("alliance troops"), only a known name at its
        # very start. (On ASCII the bytes' islower is the text's, without a look-up of each
        # character's case.)
        first = _names_pattern(True).match(text)
        return [] if first is None else [Mention(
            PARTY, 0, first.end(), first.group(), vocabulary.entity(first.group()))]
    return _scanned_parties(text)


_RUN_EDGES = _LEADING_WORDS | _CALENDAR
"""The words a capitalised run drops at its start."""
_NO_NAME_ALONE = _RUN_EDGES | _TITLES | _COMMON_ALONE
"""The capitalised words that are no name alone."""


def _trimmed(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words of a capitalised run without sentence-initial function words, calendar
    words and dangling connectors at its ends."""
    first, last = 0, len(words)
    while first < last and (text[words[first][0]:words[first][1]].casefold()
                            in _RUN_EDGES
                            or not _capital(text[words[first][0]:words[first][1]])):
        first += 1
    while last > first and (text[words[last - 1][0]:words[last - 1][1]].casefold() in _CALENDAR
                            or not _capital(text[words[last - 1][0]:words[last - 1][1]])):
        last -= 1
    return words[first:last]


_FORCES = frozenset(("armed", "forces", "force", "army", "navy", "naval", "air", "military",
                     "troops", "ground", "land"))


def _forces_only(text: str, run: list[tuple[int, int]]) -> bool:
    """Whether what a known name leaves of a run only says "its forces" ("the Turkish Armed
    Forces", "the Armed Forces of Ukraine", "the Russian Air Force"): that state's forces,
    named by the state, no name of their own."""
    return bool(run) and all(text[s:e].casefold() in _FORCES for s, e in run)


_BODY_HEADS = frozenset((
    "bank", "court", "fund", "commission", "council", "parliament", "agency", "tribunal",
    "office", "committee", "board", "authority", "institute", "corporation", "ministry",
    "service", "centre", "center", "organisation", "organization", "assembly", "mission",
    "foundation", "facility", "school", "university", "academy", "college"))
"""The nouns a body's name ends with ("the European Investment Bank", "the European Court of
Human Rights", "the Russian Direct Investment Fund")."""


def _body_of_a_state(text: str, words: list[tuple[int, int]], known: list[tuple[int, int]]
                     ) -> bool:
    """Whether a capitalised run (``words``) is a body's own name that a known name (a state,
    or its adjective) opens: "the European Investment Bank", "the European Court of Human
    Rights", "the Russian Direct Investment Fund". The body is a party of its own: "the
    European Investment Bank" → "the World Bank" is one change, not Europe taken out and an
    "Investment Bank" put for the other. Not when another known name is inside the run ("the
    Joint Iranian–Russian–Turkish Coordination Centre"), nor when its head (its last word, or
    the word before its "of", "for" or "on") is no noun of :data:`_BODY_HEADS`."""
    if len(words) < 2 or words[0] not in known or overlaps(known, words[1][0], words[-1][1]):
        return False
    surfaces = [text[s:e] for s, e in words]
    connector = next((i for i, w in enumerate(surfaces) if w in ("of", "for", "on")),
                     len(surfaces))
    if connector < 2:
        return False
    head = surfaces[connector - 1]
    if head.endswith(_POSSESSIVE):
        head = head[:-2]
    return head.casefold() in _BODY_HEADS


def _name(text: str, words: list[tuple[int, int]]) -> Mention:
    """The mention of a capitalised run's name (``words``), keyed by its words, its acronym
    after it; without a possessive ending ("the Joint Commission's seat")."""
    start, end = words[0][0], words[-1][1]
    if text[end - 2:end] in _POSSESSIVE:
        end -= 2
    surface = text[start:end]
    acronym = _ACRONYM_AFTER.match(text, end)
    return Mention(PARTY, start, end, surface, "name:" + " ".join(surface.split()).casefold(),
                   alias=acronym.group(1) if acronym else "")


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The text ``spans`` cover, as sorted disjoint spans (a name around known ones, "the
    Joint Iranian–Russian–Turkish Coordination Centre", holds them): what ``overlaps``
    needs."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _scanned_parties(text: str) -> list[Mention]:
    """The parties and places of ``text``, found by scanning all of it."""
    vocabulary = _vocabulary()
    known = [(s, e) for s, e in _known_names(_names_pattern(text.isascii()), text)
             if not _ATTITUDE.search(text, max(0, s - 5), s)]
    out = [
        Mention(PARTY, s, e, text[s:e], vocabulary.entity(text[s:e]))
        for s, e in known
    ]
    covered: list[tuple[int, int]] = []  # runs around a known name: no single names in them
    joined_to = -1
    for match in _CAPITALISED.finditer(text):
        run_start, run_end = match.span()
        if run_start < joined_to:
            continue  # the words after "and" of a name joined to them
        run_text = match.group()
        if " of " in run_text or " for " in run_text or " on " in run_text:
            goes_on = _name_goes_on(text, run_end, known)
            if (deemed := _DEEMED.match(text, goes_on)) is not None:
                goes_on = deemed.end()  # "the Unit for the Search for Persons deemed Missing"
            if goes_on > run_end:
                run_end = joined_to = goes_on
                run_text = text[run_start:run_end]
        words = [(run_start + w.start(), run_start + w.end())
                 for w in re.finditer(r"\S+", run_text)]
        words = _trimmed(text, words)
        if words and _body_of_a_state(text, words, known):
            # "the European Investment Bank": one body (its state stays found: it says
            # whose the body is, which party_changes reads as no party of its own)
            out.append(_name(text, words))
            covered.append((words[0][0], words[-1][1]))
            continue
        if words and overlaps(known, words[0][0], words[-1][1]):
            # A name holding a known one ("the Office of the UN High Commissioner for
            # Refugees", "the Border Service of the Russian Federal Security Service"): the
            # known name is found already; of the rest, a run of two capitalised words or
            # more is a name of its own ("High Commissioner for Refugees"), a lone word is
            # none ("Office", "Federal").
            covered.append((words[0][0], words[-1][1]))
            # A compound of names inside it is no end of a name ("the Joint
            # Iranian–Russian–Turkish Coordination Centre" is one body): it says whose.
            parts: list[list[tuple[int, int]]] = [[]]
            for at, span in enumerate(words):
                if overlaps(known, *span) and not (
                        0 < at < len(words) - 1 and _COMPOUND.fullmatch(text, *span)):
                    parts.append([])
                else:
                    parts[-1].append(span)
            runs = [run for part in parts if not _forces_only(text, run := _trimmed(text, part))]
        else:
            runs = [words]
        for run in runs:
            titled = _untitled(text, run) if len(run) > 1 else 0
            if titled:  # the titles before a name: neither the name nor names alone
                if _before_a_known_name(text, run[-1][1], known):
                    # the first names of a known one ("President Donald J. Trump")
                    covered.append((run[0][0], run[-1][1]))
                    continue
                covered.append((run[0][0], run[titled - 1][1]))
                run = run[titled:]
            if len(run) > 2 and text[run[-1][0]:run[-1][1]].isupper():
                run = _without_initials_for(text, run)
            surfaces = [text[s:e] for s, e in run]
            capitals = [w for w in surfaces if _capital(w)]
            if len(capitals) < 2 or sum(w.isupper() and len(w) > 1 for w in capitals) > 1:
                continue
            out.append(_name(text, run))
    # A capitalised word inside a sentence is a name too ("Enerhodar"), unless a number
    # follows it ("Article 5": a label) or it is a calendar or function word.
    taken = _union([*((m.start, m.end) for m in out), *covered])
    for match in _SINGLE_NAME.finditer(text):
        start, end = match.span()
        word = match.group().rstrip("'’-")
        if word.endswith(("'s", "’s")):
            word = word[:-2]  # "Lebanon's army": Lebanon
        end = start + len(word)
        folded = word.casefold()
        before = text[max(0, start - 16):start].rstrip().rstrip(_OPENERS).rstrip()
        if not before and start > 16:  # a long run of blanks: look further back
            before = text[:start].rstrip().rstrip(_OPENERS).rstrip()
        if (not before or before[-1] in ".!?:;\n" or overlaps(taken, start, end)
                or folded in _NO_NAME_ALONE or folded in _NO_PARTY_ADJECTIVES
                or _NUMBER_AFTER.match(text, end) or _ATTITUDE.search(text, max(0, start - 5),
                                                                      start)):
            continue
        out.append(Mention(PARTY, start, end, word, "name:" + folded))
    out.extend(_attributive_stand_ins(text, known))
    if not text.isascii():
        out.extend(_joined_abbreviations(text, known))
        out.extend(_lower_case_cyrillic_nouns(text, known))
    return sorted((m for m in out if not _names_a_source(text, m.start, m.end)),
                  key=lambda m: (m.start, m.end))


@cache
def _bare_nouns() -> dict[str, str]:
    """The nouns the vocabulary names with "the" ("the alliance": NATO where the text is
    about it, ``stands_for``), without it, and their entities."""
    return {name.split()[1]: entity.id for entity in shipped_entities()
            for name in entity.all_names() if re.fullmatch(r"the [a-z]+", name)}


@cache
def _bare_noun_pattern() -> re.Pattern[str] | None:
    nouns = _bare_nouns()
    if not nouns:
        return None  # pragma: no cover - the shipped table has "the alliance"
    return re.compile(rf"(?<![\w'’-])({'|'.join(map(re.escape, sorted(nouns)))})"
                      r"(?=[ \u00a0]+([a-z]{4,})\b)")


_ONE_OF_MANY = Lazy(r"(?:^|\W)(?:a|an|another|one|every|each|such|any)\s+$", re.IGNORECASE)
"""A determiner that makes the noun after it one of its kind ("an alliance treaty")."""


def _attributive_stand_ins(text: str, known: list[tuple[int, int]]) -> list[Mention]:
    """Such a noun before another noun, without an article ("alliance troops", "renounce
    alliance membership"): the one the text is about, as "the alliance" is, not one of many
    ("an alliance", "any alliance"); not before a function word ("in alliance with")."""
    pattern = _bare_noun_pattern()
    if pattern is None or (text.isascii() and not any(n in text for n in _bare_nouns())):
        return []
    out: list[Mention] = []
    for match in pattern.finditer(text):
        start, end = match.span(1)
        if (overlaps(known, start, end) or is_function_word(match.group(2)[:4], 4)
                or _ONE_OF_MANY.search(text, max(0, start - 10), start)):
            continue
        out.append(Mention(PARTY, start, end, match.group(1), _bare_nouns()[match.group(1)]))
    return out


@cache
def common_nouns() -> frozenset[str]:
    """The entities English names only with "the" ("the alliance", "the bloc"): a noun put
    for a party, never a place ("в альянс" is joining NATO, not a trip)."""
    return frozenset(
        entity.id for entity in shipped_entities()
        if (english := dict(entity.names).get("en", ()))
        and all(n.casefold().startswith("the ") for n in english))


@cache
def _cyrillic_nouns() -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The Russian and Ukrainian names of the :func:`common_nouns` in lower case, without
    their "*", with their entities; and a pattern of each in the singular ("альянс",
    "альянсу", "альянсом")."""
    nouns: dict[str, str] = {}
    for entity in shipped_entities():
        if entity.id not in common_nouns():
            continue
        names = dict(entity.names)
        for name in (*names.get("uk", ()), *names.get("ru", ())):
            if " " not in name and name.endswith("*"):
                nouns[name.rstrip("*").casefold()] = entity.id
    if not nouns:
        return nouns, None  # pragma: no cover - the shipped table has "Альянс*"
    stems = "|".join(map(re.escape, sorted(nouns, key=lambda n: (-len(n), n))))
    return nouns, re.compile(rf"(?<![\w'’-])({stems})(?:а|у|ом|е|і|ові)?(?![\w'’-])")


_ONE_OF_MANY_CYR = Lazy(
    r"(?:[а-яёіїєґ'’-]{2,}(?:ый|ий|ой|ій|ого|его|ому|ему|ым|им|ім|ом|ем)|один|одного|одному"
    r"|одним|одном|одній|жоден|жодного|жодному|жодним|жодному)\s+$")
"""A word before such a noun that makes it one of its kind: an adjective or a pronoun
("военный альянс", "любой альянс", "новий альянс", "жодного альянсу", "ни один альянс")."""


def _lower_case_cyrillic_nouns(text: str, known: list[tuple[int, int]]) -> list[Mention]:
    """Such a noun in lower case ("вступ до альянсу", "в альянс"): the one the text is about,
    as "the alliance" is in English and "Альянс" written with a capital; not one of many
    ("военный альянс", "жодного альянсу") nor several ("альянсы")."""
    nouns, pattern = _cyrillic_nouns()
    if pattern is None:
        return []  # pragma: no cover - the shipped table has "Альянс*"
    out: list[Mention] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if overlaps(known, start, end) or _ONE_OF_MANY_CYR.search(
                text[max(0, start - 24):start].casefold()):
            continue
        out.append(Mention(PARTY, start, end, match.group(), nouns[match.group(1)]))
    return out


def _joined_abbreviations(text: str, known: list[tuple[int, int]]) -> list[Mention]:
    """The states a run of joined one-character names (米欧, 米ロ) names, one mention a
    character (:func:`plandiff.plans.entities.joined_names`): 米ロ says what 米国とロシア
    says."""
    return [Mention(PARTY, start, end, text[start:end], entity)
            for start, end, entity in joined_names(text) if not overlaps(known, start, end)]


__all__ = ["common_nouns", "is_known_name", "is_title", "parties", "title_before"]

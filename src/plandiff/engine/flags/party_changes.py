"""The flags of parties and places, which compare by presence.

An entity named in only one of the texts is a flag (not a name still given in lower case or by
the acronym defined after it). A removed one and an added one make one flag ("United States" →
"Europe") when one short edit swaps them (``pairing.swapped``); so does one name replaced by
another and nothing else, when both texts name both ("Russia shall pay Ukraine" → "Ukraine
shall pay Russia"); in a rewritten passage each is flagged on its own. A capital standing for
its state is that state ("Kyiv" for "Ukraine", the ``stands_for`` table of
``data/entities.json``), unless it is used as a place ("a missile at Moscow"); two parties
against "both sides" are those sides; a group is all its members ("the E3" for "the UK,
France and Germany"). The adjective "European" is the EU's as well as
Europe's ("the EU market" → "the European market" is no flag; "Europe" → "the EU" is one).
"""

from __future__ import annotations

import re

from plandiff.engine.comparison import Flag, FlagKind
from plandiff.engine.flags.mention import Mention
from plandiff.engine.flags.pairing import Map, first_mentions, hunk_of, swapped
from plandiff.engine.flags.parties import common_nouns, is_known_name, is_title, title_before
from plandiff.engine.flags.patterns import Lazy, squash
from plandiff.plans.entities import shipped_groups, shipped_stands_for


def _same_party(before: Mention, after: Mention) -> bool:
    """A capital put for its state, or the other way round ("Kyiv" → "Ukraine"): the same
    party. A capital named alone, or replaced by anything else, is a place like any other ("a
    missile at Moscow"). The table is ``stands_for`` in ``data/entities.json`` (the aligner's
    too)."""
    capitals = shipped_stands_for()
    return capitals.get(before.key) == after.key or capitals.get(after.key) == before.key


def _still_named(mention: Mention, other: str) -> bool:
    """A name the other text still gives in another form: without capitals ("the
    Development Fund" → "a development fund"), by the acronym defined right after it
    ("Treaty on the Non-Proliferation of Nuclear Weapons (NPT)" → "the NPT") or by the word
    of it that names it, capitalised, the rest left out ("the Nakhchivan Autonomous
    Republic" → "Nakhchivan", "the Government of Lebanon" → "Lebanon"), or by what the body
    does (:func:`_described`: "the UN High Commissioner for Refugees" → "the UN refugee
    agency"), by its initials (:func:`_by_initials`: "the African Union" → "the AU") or by
    "the" and its noun (:func:`_referred_back`: "the Constituent Assembly" → "the
    assembly")."""
    if _spelt_out(mention.text, other):
        return True
    if not mention.key.startswith("name:"):
        return False
    if mention.alias and re.search(rf"(?<![A-Za-z]){re.escape(mention.alias)}(?![A-Za-z])",
                                   other):
        return True
    if squash(mention.text) in squash(other):
        return True
    if _ONE_WORD.fullmatch(mention.text) and _in_number(mention.text, other):
        return True
    words = _NAME_WORD.findall(mention.text)
    # the state that opens a body's name ("European" of "the European Investment Bank")
    # says whose the body is, not which: "the European Commission" names another body
    telling = words
    opener = mention.text.split(None, 1)
    if len(opener) == 2 and is_known_name(opener[0]):
        if squash(opener[1]) in squash(other):
            # the body without its state ("Ukraine Development Fund" → "the fund", "the EU
            # Council" → "the Council of the EU")
            return True
        telling = [word for word in words if word != opener[0]]
    if len(words) > 1 and any(
            word.casefold() not in _GENERIC_NAME_WORDS
            and re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", other)
            for word in telling):
        return True
    return (_described(telling, other) or _by_initials(mention.text, other)
            or _referred_back(words, other) or _by_whose_and_kind(mention.text, other))


_WHOSE_AND_KIND = Lazy(r"([A-Z]{2,})[ \u00a0]+([A-Z][a-z]{3,})\b")
"""A body's name that opens with the initials of whose it is and a word of what it is
("ASEAN Observer Team")."""


def _by_whose_and_kind(name: str, other: str) -> bool:
    """Whether the other text names the body by those initials and that word in lower case,
    in any number ("the ASEAN Observer Team" → "ASEAN observers"); a word many names share
    is no sign ("the UN Security Council" is not "UN security guarantees")."""
    found = _WHOSE_AND_KIND.match(name)
    if found is None or found.group(2).casefold() in _GENERIC_NAME_WORDS:
        return False
    return re.search(rf"(?<![\w-]){found.group(1)}[ \u00a0]+{found.group(2)[:5].lower()}",
                     other) is not None


_BODY_HEADS = frozenset((
    "assembly", "commission", "council", "committee", "court", "parliament", "agency",
    "office", "mission", "tribunal", "board", "centre", "center", "mechanism", "panel",
    "forum", "conference", "secretariat", "authority", "fund", "team"))
"""The nouns a body's name ends in that "the" and the noun alone refer back to ("the
Constituent Assembly" … "the assembly")."""


def _referred_back(words: list[str], other: str) -> bool:
    """Whether the other text refers back to a body of two words or more by "the" and the
    noun its name ends in ("the Constituent Assembly" → "the assembly's first sitting", "the
    Joint Commission" → "the commission"), a word of its name and one more word between them
    included ("the Joint Iranian–Russian–Turkish Coordination Centre" → "the joint
    monitoring centre"), and names no other body by that noun ("the Peace Commission … the
    commission" is that one)."""
    if len(words) < 2 or words[-1].casefold() not in _BODY_HEADS:
        return False
    head = re.escape(words[-1].casefold())
    own = "|".join(re.escape(word.casefold()) for word in words[:-1])
    return (re.search(rf"(?<![\w'’-])[Tt]he\s+(?:(?:{own})\s+(?:[a-z][\w'’-]*\s+)?)?{head}"
                      r"(?![\w-])", other) is not None
            and re.search(rf"(?<![\w'’-])[A-Z][\w'’-]*\s+{head.capitalize()}(?![\w-])",
                          other) is None)


_INITIAL = Lazy(r"(?<![\w'’])[A-Z]")
"""The first letter of each capitalised word of a name, a word after a hyphen included
("High-Level Panel": H, L, P)."""


def _by_initials(name: str, other: str) -> bool:
    """Whether the other text writes the name by the initials of its capitalised words, in
    capitals, as a word of its own: "the AU" for the African Union, "the TPLF" for the
    Tigray People's Liberation Front, "the HLP" for the High-Level Panel."""
    initials = "".join(_INITIAL.findall(name))
    if len(initials) > 1 and re.search(rf"(?<![\w-]){initials}(?![\w-])", other):
        return True
    # the initials of the body a longer name ends with, three or more ("the US Treasury's
    # Office of Foreign Assets Control" → "OFAC")
    return any(initials[at:] in other
               and re.search(rf"(?<![\w-]){initials[at:]}(?![\w-])", other) is not None
               for at in range(1, len(initials) - 2))


_ACRONYM = Lazy(r"[A-Z][A-Za-z]*[A-Z]")
_LINK = r"[ \u00a0]+(?:(?:of|the|for|on|and|in|de)[ \u00a0]+)*"


def _spelt_out(name: str, other: str) -> bool:
    """Whether ``name`` is an acronym (its capitals, two or more: "OSCE", "ECtHR") that the
    other text spells out as capitalised words with those initials ("the Organisation for
    Security and Co-operation in Europe", "the European Court of Human Rights")."""
    if len(name) > 8 or not name.isascii() or _ACRONYM.fullmatch(name) is None:
        return False
    capitals = [c for c in name if c.isupper()]
    if len(capitals) < 2:
        return False
    words = _LINK.join(rf"{c}[\w'’]*(?:-[\w'’]+)*" for c in capitals)
    return re.search(rf"(?<![\w-]){words}(?![\w-])", other) is not None


_ONE_WORD = Lazy(r"[A-Z][a-z]{3,}")


_DEMONYM_ENDINGS = ("ian", "an", "n", "i", "lese", "ese")
"""The endings that make a place's adjective or people of its name ("Israel" → "Israeli",
"Rwanda" → "Rwandan", "Tigray" → "Tigrayan", "Iran" → "Iranian", "Sudan" → "Sudanese",
"Congo" → "Congolese")."""


def _in_number(word: str, other: str) -> bool:
    """Whether the other text gives a one-word name in the other number, capitalised: the
    plural of a people or a movement for its singular or adjective, or the other way round
    ("the Maoists" and "the CPN (Maoist)", "the Houthis" and "Houthi fighters", "other
    Afghans" and "intra-Afghan talks"); or a place's name for its adjective, or the other
    way round (:data:`_DEMONYM_ENDINGS`: "each Israeli hostage" where the other text names
    Israel, "Rwandan troops" and "Rwanda")."""
    forms = [word[:-1] if word.endswith("s") else word + "s"]
    forms.extend(word + ending for ending in _DEMONYM_ENDINGS)
    forms.extend(word[:-len(ending)] for ending in _DEMONYM_ENDINGS
                 if word.endswith(ending) and len(word) - len(ending) >= 4)
    return re.search(rf"(?<![\w'’])(?:{'|'.join(map(re.escape, forms))})(?![\w'’])",
                     other) is not None


_NAME_WORD = Lazy(r"(?<![\w'’-])[A-Z][a-z][\w'’-]{2,}")
"""A capitalised word of four letters or more in a name."""
_GENERIC_NAME_WORDS = frozenset((
    "republic", "autonomous", "federal", "federation", "democratic", "people's", "peoples",
    "united", "states", "nations", "national", "joint", "international", "government",
    "council", "committee", "commission", "office", "service", "centre", "center", "agency",
    "security", "special", "high", "general", "supreme", "royal", "kingdom", "union", "front",
    "army", "forces", "force", "party", "movement", "liberation", "islamic", "arab", "north",
    "south", "east", "west", "northern", "southern", "eastern", "western", "great", "central",
    "state", "region", "province", "district", "city", "ministry", "minister", "board",
    "bank", "fund", "development", "coordination", "mechanism", "initiative", "agreement",
    "treaty", "memorandum", "declaration", "plan", "framework", "peace", "defence", "defense",
    "armed", "border", "military", "civil", "civilian", "affairs", "foreign", "interior",
    "rights", "court", "tribunal", "parliament", "assembly", "institute", "authority",
    "corporation", "foundation", "organisation", "organization", "investment",
))
"""Words many names share ("Republic", "Joint", "Council" …): the other text giving one of
them alone does not name the same thing ("United Nations" is not "the United States")."""


_BODY_NOUN = (r"(?:agency|body|office|watchdog|organi[sz]ation|fund|programme|program"
              r"|commission|court|tribunal|mission|authority|treaty|convention)")
"""The nouns a press description of a body ends in ("the UN refugee agency", "the UN's
human rights office", "the children's fund"), and of a treaty ("the nuclear
non-proliferation treaty", "the open skies treaty")."""
_NOT_WHAT_IT_DOES = _GENERIC_NAME_WORDS | frozenset((
    "commissioner", "commissioners", "organisation", "organization", "programme", "program",
    "watchdog", "court", "tribunal", "mission", "authority", "world", "office", "convention"))
"""Words of a body's name that say what kind of body it is or where it works, not what it
does: never the word a description of it shares."""


_INSTRUMENTS = frozenset(("covenant", "covenants", "charter", "protocol", "protocols", "act"))
"""The nouns an instrument's name holds, which no description of a body names."""


def _described(words: list[str], other: str) -> bool:
    """Whether the other text describes the body a name names by what it does, as the press
    does a well-known institution: a word of the name saying what the body is for
    ("Refugees", "Food", "Children's", "Human"), in any case and form, then at most one more
    word, then a body's noun (``_BODY_NOUN``): "the UN High Commissioner for Refugees" is
    "the UN refugee agency", "the World Food Programme" "the UN food agency", "the UN
    Children's Fund" "the UN children's agency", "the Office of the High Commissioner for
    Human Rights" "the UN human rights office". A name only some other body shares a word
    with ("refugee camps", "the food supply") stays a flag. A rule, not a table of names:
    how the press writes a body's short name, whichever body it is. An instrument's name
    ("the International Covenants on Civil and Political Rights", ``_INSTRUMENTS``) names no
    body: "a human rights court" is not it."""
    if any(word.casefold() in _INSTRUMENTS for word in words):
        return False
    for word in words:
        if word.casefold() in _NOT_WHAT_IT_DOES:
            continue
        stem = re.escape(word.casefold()[:5])
        if re.search(rf"(?<![\w'’-]){stem}[\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+{_BODY_NOUN}"
                     r"(?![\w'’-])", other, re.IGNORECASE):
            return True
    return False


_NAME_AFTER = Lazy(r"[ \u00a0]+((?:[A-Z][\w'’-]*[ \u00a0]+){1,3}[A-Z][\w'’-]*)")
"""Two to four capitalised words right after a party's name: the rest of a name it is part
of ("Ukraine Development Fund"; not "Donbas Ukraine holds")."""
_NAME_BEFORE = Lazy(r"([А-ЯІЇЄҐ][\w'’-]*(?:[ \u00a0]+[а-яіїєґ][\w'’-]{3,}){1,2})[ \u00a0]+$")
"""A capitalised Cyrillic word and one or two longer words (no preposition) right before a
party's name: a name it completes in the genitive ("Фонд развития Украины"). Not in English,
where "The guarantee of" names no institution."""


_INSTITUTION_AFTER_JA = Lazy(
    r"([\u4e00-\u9fff\u30a0-\u30ff]{0,8}?(?:基金|機関|機構|委員会|理事会|評議会|銀行|公社|会議))")
"""Kanji or katakana right after a party's name in Japanese that end in an institution's noun
(基金, 機関, 委員会 ...): a name it is part of (ウクライナ開発基金). Japanese has no capitals to
mark a name, as English has."""


def _inside_a_name(mention: Mention, text: str, other: str) -> bool:
    """Whether a party named in one text only is part of an institution's name the other
    text gives without it ("A Ukraine Development Fund" → "a development fund", "Фонд
    развития Украины" → "Фонд развития", ウクライナ開発基金 → 開発基金): the same
    institution, not a party of its own."""
    after = _NAME_AFTER.match(text, mention.end)
    before = _NAME_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    japanese = None if text.isascii() else _INSTITUTION_AFTER_JA.match(text, mention.end)
    return any(found is not None and squash(found.group(1)) in squash(other)
               for found in (after, before, japanese))


_B = r"[ \u00a0]+"
_TITLE_EN = (rf"(?:vice{_B}|deputy{_B})?(?:president|prime{_B}minister|foreign{_B}minister"
             rf"|defen[cs]e{_B}minister|chancellor|secretary{_B}of{_B}state|king|queen|emir"
             rf"|crown{_B}prince|(?:special{_B})?envoy|ambassador)")
_TITLE_AFTER_STATE = Lazy(rf"(?:['’]s)?{_B}(?i:{_TITLE_EN}s?),?{_B}[A-Z][a-z]")
"""A title and a name after a state's name: "US President Donald Trump", "Russia's
president, Vladimir Putin", "the US envoy Amos Hochstein"."""
_TITLED_NAME_OF = Lazy(
    rf"(?i:{_TITLE_EN}){_B}(?:[A-Z][\w'’.-]*{_B}){{1,4}}of{_B}(?:the{_B})?"
    rf"(?:(?:Kingdom|Republic|Federation|State|Emirate){_B}of{_B}(?:the{_B})?)?$")
"""A title, a name and "of (the)" before a state's name: "President Donald J. Trump of the
United States", "Prime Minister Hun Manet of the Kingdom of Cambodia"."""
_TITLE_BEFORE_STATE = Lazy(
    r"(?i:президент(?:а|у|ом)?|прем['’]єр-міністр(?:а|у|ом)?|премьер-министр(?:а|у|ом)?"
    r"|канцлер(?:а|у|ом)?|корол(?:ь|я|ю|ем)|емір(?:а|у|ом)?|эмир(?:а|у|ом)?"
    r"|міністр(?:а|у|ом)?\s+закордонних\s+справ|министр(?:а|у|ом)?\s+иностранных\s+дел"
    r"|держсекретар(?:я|ю|ем)?|госсекретар(?:ь|я|ю|ём|ем))[ \u00a0]+"
    r"(?:[А-ЯІЇЄҐ][\w'’-]*[ \u00a0]+)?$")
_NAME_AFTER_STATE = Lazy(r"[ \u00a0]+[А-ЯІЇЄҐ][а-яіїєґё'’]")
"""A Russian or Ukrainian title before a state's name in the genitive, and a name after it:
"Президент України Володимир Зеленський", "Прем'єр-міністр Великої Британії Кір Стармер"."""
_TITLE_AFTER_STATE_JA = Lazy(
    r"の[\u30a0-\u30ff・]+(?:副大統領|大統領|首相|外相|国務長官|国王|首長|外務大臣|国防相)")
"""A state's name, の, a name in katakana and a title: 米国のトランプ大統領."""


def _in_title(mention: Mention, text: str) -> bool:
    """Whether a state's name is part of a title before or after a person's name ("US
    President Donald Trump", "President Donald J. Trump of the United States", "Президент
    України Володимир Зеленський", 米国のトランプ大統領): it says whose the title is; the
    person is the party, and is flagged on their own."""
    start, end = mention.start, mention.end
    if (_TITLE_AFTER_STATE.match(text, end)
            or _TITLED_NAME_OF.search(text, max(0, start - 90), start)):
        return True
    return not text.isascii() and bool(_TITLE_AFTER_STATE_JA.match(text, end) or (
        _NAME_AFTER_STATE.match(text, end)
        and _TITLE_BEFORE_STATE.search(text, max(0, start - 60), start)))


def _only_in_titles(key: str, mentions: list[Mention], text: str) -> bool:
    """Whether every mention of ``key`` in ``text`` is part of a person's title."""
    return all(_in_title(m, text) for m in mentions if m.key == key)


_AMONG = Lazy(r"(?:intra|inter)-$", re.IGNORECASE)


def _only_qualifying(key: str, mentions: list[Mention], text: str) -> bool:
    """Whether every mention of ``key`` in ``text`` follows "intra-" or "inter-" ("the
    intra-Afghan negotiations"): it says whose talks they are, and still names the party
    for a text that names it otherwise ("other Afghans"), but the talks, not the party,
    are what the text drops or adds."""
    return all(_AMONG.search(text, max(0, m.start - 6), m.start)
               for m in mentions if m.key == key)


def _bare(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _ends_name(name: str, end: str) -> bool:
    """Whether ``end`` is the end of ``name`` after a capitalised word of it ("Monitoring
    Mission" of "Aceh Monitoring Mission"), not what it is "of" ("Yemen" of "Central Bank of
    Yemen")."""
    if not name.endswith(" " + end):
        return False
    before = name[:-len(end) - 1].rsplit(None, 1)
    return bool(before) and before[-1][:1].isupper()


def _one_body_once(names: list[Mention]) -> list[Mention]:
    """``names`` (the names one text gives and the other does not) without those that only
    name again a body named in full among them: by the end of its name ("the Aceh
    Monitoring Mission" … "the Monitoring Mission" … "the Mission") or with "'s" ("the
    Second Party" … "the Second Party's"). Names of the table are left as they are."""
    named = [m for m in names if m.key.startswith("name:")]
    if len(named) < 2:
        return names
    bare = {m: _bare(m.text) for m in named}
    out = []
    for mention in names:
        text = bare.get(mention)
        if text is not None and any(
                other is not mention and (_ends_name(other_text, text) or (
                    other_text == text and other.start < mention.start))
                for other, other_text in bare.items()):
            continue
        out.append(mention)
    return out


def party_flags(olds: list[Mention], news: list[Mention], mapping: Map, old: str,
                new: str) -> list[tuple[int, Flag]]:
    """Parties and places named on one side only; a removed one and an added one that one
    short edit swaps make one flag (old → new), or none when one is the capital of the
    other."""
    if not olds and not news:
        return []
    old_keys = {m.key for m in olds}
    new_keys = {m.key for m in news}
    removed = first_mentions(m for m in olds if m.key not in new_keys
                             and not _still_named(m, new))
    added = first_mentions(m for m in news if m.key not in old_keys
                           and not _still_named(m, old))
    # a state that only opens a body's name ("European" of "the European Investment Bank")
    # says whose the body is: the body is flagged, not the state
    removed = [m for m in removed if not _opens_bodies(m.key, olds)]
    added = [m for m in added if not _opens_bodies(m.key, news)]
    removed, added = _stand_ins_dropped(removed, added, olds, news, old, new)
    if not added:  # one side only: a swap ("Fund of Russia" → "of Ukraine") stays a flag
        removed = [m for m in removed if not _inside_a_name(m, old, new)]
    if not removed:
        added = [m for m in added if not _inside_a_name(m, new, old)]
    removed = _named_as_both_sides(removed, new, old, olds, mapping, True)
    added = _named_as_both_sides(added, old, new, news, mapping, False)
    removed = _no_party_of_their_own(removed, olds, old, new, new_keys)
    added = _no_party_of_their_own(added, news, new, old, old_keys)
    out: list[tuple[int, Flag]] = []
    removed, added = _title_for_holder(removed, added, old, new, out)
    taken: set[str] = set()
    for gone in removed:
        places = [(m, h) for m in olds if m.key == gone.key
                  if (h := hunk_of(mapping, m)) is not None]
        partner = next(
            (new for new in added if new.key not in taken and any(
                swapped(h, m, n) for n in news if n.key == new.key for m, h in places)),
            None)
        if partner is None:
            out.append((mapping.lo(gone.start), Flag(FlagKind.PARTY, gone.text, "")))
        else:
            taken.add(partner.key)
            if not _same_party(gone, partner):
                out.append((partner.start, Flag(FlagKind.PARTY, gone.text, partner.text)))
    out.extend((new.start, Flag(FlagKind.PARTY, "", new.text))
               for new in added if new.key not in taken)
    # A name replaced by another name and nothing else ("Russia shall pay Ukraine" →
    # "Ukraine shall pay Russia") is flagged even when both texts name both.
    old_at = {(m.start, m.end): m for m in olds}
    new_at = {(m.start, m.end): m for m in news}
    for hunk in mapping.hunks:
        before = _sole_name(old_at, old, hunk.old_start, hunk.old_end)
        after = _sole_name(new_at, new, hunk.new_start, hunk.new_end)
        if (before is not None and after is not None and before.key != after.key
                and before.key in new_keys and after.key in old_keys
                and not _same_party(before, after)
                # the name put in stood in the same list: the list lost a name, and the
                # redline read "A, B and C" → "A and B" as C put for B
                and after.key not in _list_of(before, olds, old)
                and not _kept_forms(before, after, olds, news, old, new)):
            out.append((after.start, Flag(FlagKind.PARTY, before.text, after.text)))
    out.extend(_roles_swapped(olds, news, mapping, old, new))
    return out


def _sole_name(at: dict[tuple[int, int], Mention], text: str, start: int, end: int
               ) -> Mention | None:
    """The mention (of ``at``, by its span) that is all of ``text[start:end]``, or all of it
    but an article before it ("the US" → "Europe")."""
    mention = at.get((start, end))
    if mention is None and text.startswith(("the ", "The "), start, end):
        mention = at.get((start + 4, end))
    return mention


def _opens_bodies(key: str, mentions: list[Mention]) -> bool:
    """Whether every mention of ``key`` opens a longer name found at the same place (a
    state's adjective that opens a body's name, parties' ``_body_of_a_state``): it says
    whose the body is, and the body is flagged, or still named, on its own."""
    return all(any(b.start == m.start and b.end > m.end for b in mentions)
               for m in mentions if m.key == key)


def _no_party_of_their_own(names: list[Mention], mentions: list[Mention], text: str,
                           other: str, other_keys: set[str]) -> list[Mention]:
    """``names`` (what ``text`` names and ``other`` does not; ``mentions``: all ``text``
    names) without those that are no party dropped or added: a state named only in a
    person's title or after "intra-", a body named again by the end of its name, a person
    holding the office the other text names, a title beside a person both name, a title in
    the plural."""
    names = [m for m in names if not _only_in_titles(m.key, mentions, text)
             and not _only_qualifying(m.key, mentions, text)]
    return [m for m in _one_body_once(names) if not _holder_of_the_office(m, text, other)
            and not _title_of_one_named(m, mentions, text, other_keys)
            and not _PLURAL_TITLE.fullmatch(m.text)]


def _holder_of_the_office(mention: Mention, text: str, other: str) -> bool:
    """Whether a person named in one text only is named right after a title ("the UN
    Secretary-General, António Guterres", "Secretary-General António Guterres") whose
    office the other text names alone ("through the Secretary-General"): the text says
    who holds the office the other names, the same party. Not when the other text gives the
    title to another ("the Russian President" for "US President Joe Biden") or names whose
    office it is by "of" ("the President of Russia" for "President Joe Biden"), unless the
    name is followed by the same "of" ("Foreign Minister Andrii Sybiha of Ukraine")."""
    if not mention.key.startswith("name:"):
        return False
    found = title_before(text, mention.start)
    if found is None:
        return False
    whose, title = found
    pattern = re.escape(title).replace(r"\ ", r"[ \u00a0]+")
    whose_after = _OF_WHOM.match(text, mention.end)
    for office in re.finditer(rf"(?<![\w'’-])(?i:{pattern})(?![\w'’-])", other):
        if _TITLE_GOES_ON.match(other, office.end()):
            of_whom = _OF_WHOM.match(other, office.end())
            if (of_whom is None or whose_after is None
                    or of_whom.group(1) != whose_after.group(1)):
                continue
        before = other[max(0, office.start() - 30):office.start()].split()
        if whose and before and before[-1][:1].isupper() and before[-1] != whose:
            continue
        return True
    return False


_PLURAL_TITLE = Lazy(r"(?:(?:Deputy|Vice|Prime|Foreign|Defen[cs]e)\s+)*(?:Ministers|Presidents"
                     r"|Secretaries|Chancellors|Envoys|Ambassadors)(?:\s+(?:of|for)\s+.*)?")
"""A title in the plural ("the two Prime Ministers", "the Ministers of Foreign Affairs"):
the leaders of the parties the text names, no party of their own."""
_APPOSED = Lazy(r",?[ \u00a0]+")


def _title_of_one_named(mention: Mention, mentions: list[Mention], text: str,
                        other_keys: set[str]) -> bool:
    """Whether a title alone ("Minister of Foreign Affairs", "Secretary-General") stands
    right before or after the name of a person the other text names too ("its Minister of
    Foreign Affairs, Khaled al-Yamani" → "Yemen's foreign minister, Khaled al-Yamani"): the
    title only says who that person is."""
    if not is_title(mention.text):
        return False
    after = _APPOSED.match(text, mention.end)
    for other in mentions:
        if other is mention or other.key not in other_keys:
            continue
        if after is not None and other.start == after.end():
            return True
        before = _APPOSED.fullmatch(text, other.end, mention.start)
        if before is not None and other.end < mention.start:
            return True
    return False


_TITLE_GOES_ON = Lazy(r"\.?,?[ \u00a0]+(?:of[ \u00a0]|[A-Z])")
"""What after a title says whose it is or who holds it: "of Russia", "Joe Biden"."""
_OF_WHOM = Lazy(r"\.?,?[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?([A-Z][\w'’-]*)")
"""Whose a title is, after it or after its holder's name: "of Ukraine", "of the Republic"."""
_NAME_WORDS = Lazy(r"[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){1,3}")


def _person(mention: Mention) -> bool:
    """Whether a name looks like a person's: two to four capitalised words, none of them a
    word many names of bodies and places share ("António Guterres"; not "Joint Commission")."""
    return (mention.key.startswith("name:") and _NAME_WORDS.fullmatch(mention.text) is not None
            and not any(word.casefold() in _GENERIC_NAME_WORDS | _BODY_HEADS
                        for word in mention.text.split()))


_APPOSITION_BEFORE = Lazy(r"[a-z][\w'’-]*,[ \u00a0]+$")
_APPOSITION_AFTER = Lazy(r",[ \u00a0]+(?:a|an|the|who|its|their)[ \u00a0]")


def _introduced(mention: Mention, text: str) -> bool:
    """Whether a text says what a person is, beside the name ("a retired general, Patrick
    Cammaert, …", "Patrick Cammaert, a retired general"): someone the text introduces, not
    an office's holder put for the office."""
    return bool(_APPOSITION_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                or _APPOSITION_AFTER.match(text, mention.end))


def _title_for_holder(removed: list[Mention], added: list[Mention], old: str, new: str,
                      out: list[tuple[int, Flag]]) -> tuple[list[Mention], list[Mention]]:
    """The only title named alone on one side ("the Secretary-General") and the only person
    named on the other ("António Guterres"), who is not described as someone else ("a
    retired general, Patrick Cammaert"): the office put for its holder or the other way
    round, one flag (title → name), not one for each. ``out`` takes the flags; the names
    left are returned."""
    for titles, persons, text, forward in ((removed, added, new, True),
                                           (added, removed, old, False)):
        offices = [m for m in titles if is_title(m.text)]
        holders = [m for m in persons if _person(m)]
        if len(offices) != 1 or len(holders) != 1 or _introduced(holders[0], text):
            continue
        gone, came = (offices[0], holders[0]) if forward else (holders[0], offices[0])
        out.append((came.start, Flag(FlagKind.PARTY, gone.text, came.text)))
        removed = [m for m in removed if m is not gone]
        added = [m for m in added if m is not came]
    return removed, added


def _roles_swapped(olds: list[Mention], news: list[Mention], mapping: Map, old: str,
                   new: str) -> list[tuple[int, Flag]]:
    """The names one change puts in each other's places, all else in it kept: "ロシアは
    ウクライナ" → "ウクライナはロシア", where the redline (by characters) takes the two names
    and the particle between them as one change, as it takes "Russia" → "Ukraine" alone in
    English. Who does what to whom changed: each name is flagged with the one put in its
    place. A list put in another order ("ロシアとウクライナ" → "ウクライナとロシア") is no
    swap (:func:`_reordered_list`)."""
    out: list[tuple[int, Flag]] = []
    for hunk in mapping.hunks:
        before = [m for m in olds if hunk.old_start <= m.start and m.end <= hunk.old_end]
        after = [m for m in news if hunk.new_start <= m.start and m.end <= hunk.new_end]
        if (len(before) < 2 or len(before) != len(after)
                or sorted(m.key for m in before) != sorted(m.key for m in after)
                or [m.key for m in before] == [m.key for m in after]
                or _without(old, hunk.old_start, hunk.old_end, before)
                != _without(new, hunk.new_start, hunk.new_end, after)):
            continue
        for gone, came in zip(before, after, strict=True):
            if (gone.key != came.key and not _reordered_list(gone, came, olds, news, old, new)
                    and not _kept_forms(gone, came, olds, news, old, new)):
                out.append((came.start, Flag(FlagKind.PARTY, gone.text, came.text)))
    return out


def _kept_forms(before: Mention, after: Mention, olds: list[Mention], news: list[Mention],
                old: str, new: str) -> bool:
    """Whether two Russian or Ukrainian names side by side only changed places, each in the
    same form in both texts ("использованию Украиной Днепра" → "использованию Днепра
    Украиной"): their case endings, not their order, say who does what, and neither
    changed. "Россия платит Украине" → "Украина платит России" changes the endings, and
    two subjects of two clauses ("Россия платит …, а Европа …") are no pair side by side:
    both are swaps."""
    if not ("\u0400" <= before.text[:1] <= "\u04ff" and "\u0400" <= after.text[:1] <= "\u04ff"):
        return False
    return (_beside(before, after.key, after.text, olds, old)
            and _beside(after, before.key, before.text, news, new))


def _beside(mention: Mention, key: str, form: str, mentions: list[Mention], text: str) -> bool:
    """Whether a mention of ``key`` written ``form`` stands right before or after
    ``mention`` in ``text``, only blanks between."""
    return any(m.key == key and m.text == form and not text[
        min(m.end, mention.end):max(m.start, mention.start)].strip()
        for m in mentions)


def _without(text: str, start: int, end: int, names: list[Mention]) -> str:
    """``text[start:end]`` with each of ``names`` (inside it, in order) left out: what the
    change says around them."""
    parts, at = [], start
    for mention in names:
        parts.append(text[at:mention.start])
        at = mention.end
    parts.append(text[at:end])
    return "\x00".join(parts)


_LIST_JOINT = Lazy(r"\s*(?:,\s*(?:(?:and|or|и|или|та|і|й|або)\s+)?|(?:and|or|&|и|или|та|і|й|або)"
                   r"\s+|[とや、・]|/)\s*", re.IGNORECASE)
"""What joins two names of one list: a comma, "and", "or", и, или, та, і, й, або, と, や, 、."""


def _list_of(mention: Mention, mentions: list[Mention], text: str) -> set[str]:
    """The keys of the names in the list that holds ``mention`` ("Europe and Ukraine",
    "Украины и Европы", "Ukraine, Moldova or Georgia"): the names next to each other with
    only a :data:`_LIST_JOINT` between them."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    at = ordered.index(mention)
    keys = {mention.key}
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(ordered):
            left, right = sorted((ordered[i], ordered[i + step]), key=lambda m: m.start)
            if right.start < left.end or _LIST_JOINT.fullmatch(text, left.end,
                                                               right.start) is None:
                break
            i += step
            keys.add(ordered[i].key)
    return keys


def _reordered_list(before: Mention, after: Mention, olds: list[Mention], news: list[Mention],
                    old: str, new: str) -> bool:
    """Whether a name replaced by another is only a list put in another order ("towards
    Europe and Ukraine" → "towards Ukraine and Europe"): each stands in one list with the
    other, in both texts. "Russia shall pay Ukraine" → "Ukraine shall pay Russia" is no
    list: who pays whom changed."""
    return after.key in _list_of(before, olds, old) and before.key in _list_of(after, news, new)


_PLACE_BEFORE = Lazy(
    r"(?:^|\W)(?:at|on|in|into|near|around|against|over|towards?|на|в|во|у|по)\s+$",
    re.IGNORECASE)
_PLACE_AFTER = Lazy(r"(?:[やと、・][\u30a0-\u30ff\u4e00-\u9fff]{1,15})*[にへをで]")


def _as_place(mention: Mention, text: str) -> bool:
    """A name used as a place, not as a party: after a preposition of place or aim ("a
    missile at Moscow", "удар по Москве"), or before a Japanese particle of place or object
    (モスクワに, モスクワやサンクトペテルブルクに)."""
    return bool(_PLACE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
                or _PLACE_AFTER.match(text, mention.end))


def _stand_ins_dropped(removed: list[Mention], added: list[Mention], olds: list[Mention],
                       news: list[Mention], old: str, new: str
                       ) -> tuple[list[Mention], list[Mention]]:
    """The removed and added names, each capital that stands for its state (``stands_for``;
    not one used as a place: "a missile at Moscow" keeps its flag; "the alliance" is never
    one, ``parties.common_nouns``) read as that state: "a
    pact between Moscow, Kyiv and Europe" → "Russia and Ukraine conclude a pact" names the
    same parties but Europe, wherever the rewrite put them; "Moscow hands back the areas" is
    Russia, still there where the other text says "Russian"; "Washington wants …" beside an
    added "the Americans" is one added party, flagged once. The adjective "European" names
    the EU as well as Europe (``_SHARED_ADJECTIVES``): "the EU market" → "the European
    market" names the same party."""
    capitals = shipped_stands_for()

    def party(mention: Mention, text: str) -> str:
        state = capitals.get(mention.key)
        if state is None or (mention.key not in common_nouns() and _as_place(mention, text)):
            return mention.key
        return state

    def also(mention: Mention, key: str) -> set[str]:
        """The party and the one its adjective may name as well (``_SHARED_ADJECTIVES``)."""
        shared = _SHARED_ADJECTIVES.get(key)
        return {key, shared[0]} if shared and shared[1].fullmatch(mention.text) else {key}

    old_parties = _with_groups({k for m in olds for k in also(m, party(m, old))})
    new_parties = _with_groups({k for m in news for k in also(m, party(m, new))})
    gone: dict[str, Mention] = {}
    for mention in removed:
        gone.setdefault(party(mention, old), mention)
    came: dict[str, Mention] = {}
    for mention in added:
        came.setdefault(party(mention, new), mention)
    return ([m for key, m in gone.items() if also(m, key).isdisjoint(new_parties)],
            [m for key, m in came.items() if also(m, key).isdisjoint(old_parties)])


def _with_groups(parties: set[str]) -> set[str]:
    """``parties`` with each group whose members it all holds, and the members of each group
    it holds (``groups`` in ``data/entities.json``): "the E3" → "the United Kingdom, France
    and Germany" names the same parties; "the E3" → "the United Kingdom and France" leaves
    the E3 gone (Germany with it)."""
    out = set(parties)
    for group, members in shipped_groups().items():
        if group in parties:
            out |= members
        elif members <= parties:
            out.add(group)
    return out


_SHARED_ADJECTIVES = {
    "europe": ("eu", Lazy(r"European|[Ее]вропейск\w*|[Єє]вропейськ\w*")),
}
"""An entity whose adjective is another's too, and that adjective: "European" is said of the
European Union as of Europe ("the European market" = "the EU market"; "European signatories",
"европейский рынок"). Put for the other one it is the same party; the noun is not ("Europe
pays" → "the EU pays", "Europeans" → "the EU" stay flags)."""


_BOTH_SIDES = Lazy(
    r"\b(?:both|neither|either|each|the\s+two)\s+(?:sides?|parties|party|countries|states"
    r"|regions|oblasts|provinces)\b"
    r"|双方|両国|両当事者|両者|(?:いずれ|どちら)の(?:側|当事者|国)"
    r"|обе\s+стороны|обеих\s+сторон|ни\s+одна\s+(?:из\s+сторон|сторона)"
    r"|кажд(?:ая|ой)\s+(?:из\s+сторон|сторон)|обидві\s+сторони|обох\s+сторін"
    r"|жодна\s+(?:зі\s+сторін|сторона)|кожна\s+(?:зі\s+сторін|сторона)"
    r"|(?<![\w'’-])(?:две|два|двух|двум|двумя|дві|двох|двом|двома)\s+"
    r"(?:сторон(?:ы|и|ам|ами|ах)?|сторін)(?![\w'’-])"
    r"|(?<![\w'’-])(?:обе\s+страны|обеих\s+стран|обидві\s+(?:країни|держави)"
    r"|обох\s+(?:країн|держав))(?![\w'’-])",
    re.IGNORECASE)


def _named_as_both_sides(names: list[Mention], other: str, text: str,
                         mentions: list[Mention], mapping: Map, old_side: bool
                         ) -> list[Mention]:
    """``names`` (the parties one text names and the other does not) less a pair of known
    parties that the other text calls "both sides", "neither side", 双方, обе стороны … (and
    this text does not): "neither Russia nor Ukraine may change them" → "Neither side may
    alter them"; two places against "the two regions" ("the Donetsk and Luhansk regions" →
    "parts of the two regions"). One party against "both sides" stays a flag: who acts
    changed. Where both texts say "both sides" elsewhere, a list of two known parties that
    the redline puts "both sides" for ("ウクライナとロシアのメディア" → "両国のメディア") is
    those sides too (:func:`_list_put_as_both`)."""
    known = [m for m in names if not m.key.startswith("name:")]
    if not known or not _BOTH_SIDES.search(other):
        return names
    if not _BOTH_SIDES.search(text):
        return [m for m in names if m not in known] if len(known) == 2 else names
    return [m for m in names
            if m not in known or not _list_put_as_both(m, mentions, text, other, mapping,
                                                       old_side)]


def _list_put_as_both(mention: Mention, mentions: list[Mention], text: str, other: str,
                      mapping: Map, old_side: bool) -> bool:
    """Whether ``mention`` is one of a list of two names ("ウクライナとロシア", "Russia and
    Ukraine") that a change of the redline replaces by "both sides" (両国, обе стороны)."""
    if len(_list_of(mention, mentions, text)) != 2:
        return False
    for hunk in mapping.hunks:
        start, end = (hunk.old_start, hunk.old_end) if old_side else (hunk.new_start,
                                                                      hunk.new_end)
        if start < mention.end and mention.start < end:
            there = (hunk.new_start, hunk.new_end) if old_side else (hunk.old_start,
                                                                     hunk.old_end)
            if _BOTH_SIDES.search(other, *there):
                return True
    return False


__all__ = ["party_flags"]

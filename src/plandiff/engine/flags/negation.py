"""Negations: the words and endings that negate, and the words that negate by meaning.

Not, no, never, without, free of, neither/nor, non-, n't; не, ні, без (and the "non-" they
fuse into a word: безъядерный, невступление); ない, ず, ません, 理由なく ...; and the lexical
negatives (lapse, void, cease; hinder, prevent, prohibit, closed to; отказ, відмова, запрет ...),
which count in a statement's polarity (``polarity``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from functools import cache

from plandiff.engine.flags.patterns import (
    LB,
    RB,
    WORDCH,
    Lazy,
    ascii_words,
    compiled,
    has_any,
    prefix_tree,
)

_NEGATION_WORDS = ("not", "no", "never", "without", "neither", "nor", "none", "nobody",
                   "nothing", "nowhere", "free of")
""""free of" = "without" ("free of nuclear weapons" = "non-nuclear"); not "free to"."""
_CYR_NEGATION_WORDS = ("не", "ні", "нет", "ни", "ніколи", "никогда", "без")
_CYR_FUSED = r"(?=[ъ'\u2019\u02bc]?ядерн|вступ|напад)"
"""Russian and Ukrainian write the "non-" of "non-nuclear", "non-accession" and
"non-aggression" into the word (безъядерный, без'ядерний, неядерный; невступление, невступ;
ненападение, ненапад): its "без" or "не" is the negation, as "non-" is in English and 非核 in
Japanese. Only these words: most words that start with "не" negate nothing (необходимо,
несколько, независимость)."""
_NEGATION_EN = [
    LB + f"(?:{'|'.join(_NEGATION_WORDS)}|" r"\w+n['\u2019]t)" + RB,
    LB + r"non-(?=\w)",
    # Ukrainian / Russian
    LB + f"(?:{'|'.join(_CYR_NEGATION_WORDS)})" + RB,
    LB + r"(?:без(?=[ъ'\u2019\u02bc]?ядерн)|не" + _CYR_FUSED + ")",
]
"""The negation words (the reference: :func:`negation_pattern` writes the same patterns
for a text in a form the engine scans faster)."""
NEGATION_JA = [
    # Japanese: a negative ending after kana (not 少ない / 危ない, which follow kanji)
    r"[\u3041-\u3096](?:ない|なく|ません|ぬ)",
    r"(?<=[\u3041-\u3096])(?<!わら)(?<!ま)ず(?![かれつ])",
    r"(?:なしに|なしで)",
    # "without" a noun of two kanji or more: 理由なく, 予告なく (as 挑発なしに); not 少なく
    # ("few"), one kanji, an adjective's stem
    r"(?<=[\u4e00-\u9fff]{2})なく",
    # 非核: "non-nuclear" (核兵器を持たない), as "non-" is in English
    r"非核",
]
NEGATION_FIRSTS = frozenset((*(word.split()[0].encode() for word in _NEGATION_WORDS), b"non"))
"""The words an English negation starts with, but a contraction ("don't"): in an ASCII text
with no apostrophe every negation is one of them, a whole run of ASCII letters ("non" of
"non-")."""
NOT_A_NEGATION = Lazy(r"(?:no\.?\s*\d|not only|не\s+(?:только|лише|тільки)(?![а-яёіїєґ])"
                      r"|not\s+(?:be\s+)?limited\s+to|without\s+limitation"
                      r"|without\s+exception(?!\s*(?:,|or\b|nor\b|and\b))"
                      r"|без\s+(?:исключения|винятку|винятків|изъятий)(?![а-яёіїєґ])"
                      r"(?!\s*(?:,|или|и|або|та|і|й)(?![а-яёіїєґ]))"
                      r"|(?:no|not)\s+(?:more|less|fewer|greater|later)\s+than"
                      r"|not\s+(?:to\s+)?exceed(?:ing)?\b|without\s+prejudice\b"
                      r"|(?<=,\s)not\s+[^,.;:!?]{1,40},|(?<=the\s)no\s+(?:campaign|camp|vote|side)\b"
                      r"|non-proliferation|(?<=,\sа\s)не(?![а-яёіїєґ])"
                      r"|не\s+(?:более|менее|больше|меньше|позднее|позже|більше|менше|більш|менш"
                      r"|пізніше)(?![а-яёіїєґ]))")
"""A negation word that negates nothing: "No. 5", "not only", the boilerplate of a list of
examples ("including but not limited to", "including, without limitation"), a role left
untouched ("without prejudice to the role of UNIFIL"), the emphasis of
"all without exception" ("без исключения", "без винятку"; not "without exception or
condition", which negates the condition), and a bound on
a quantity ("no more than 600,000" and "not exceeding 600,000" are "at most", "не более", "не
пізніше": "no earlier than"
is left a negation, "not before"); "не только" and "не лише" are "not only"; an alternative
set aside between commas ("Congress, not a referendum, approves") and a side of a vote
named ("the No campaign") negate no statement, nor does the "non-" of non-proliferation, the
name of a treaty's regime written in lower case ("the nuclear non-proliferation treaty"), nor
the "а не" of "X, а не Y" in Russian and Ukrainian ("реальні, а не декларативні гарантії":
"real rather than declarative guarantees")."""

_LB_AFTER_FIRST = f"(?<!\\w[\\s\\S])(?<!{WORDCH}[\\s\\S])"
"""``\\b`` and ``LB`` before a word's first character, tested after it: a pattern whose
alternatives all start with a plain character lets the engine skip to the next place one of
them can start."""


@cache
def negation_pattern(contraction: bool, prefix: bool, cyrillic: bool) -> re.Pattern[str]:
    """The English, Ukrainian and Russian negation patterns (``_NEGATION_EN``) for a text
    with an apostrophe (``contraction``: "don't"), "non-" (``prefix``) or a Cyrillic letter:
    the alternatives that cannot match are left out, which changes no match. Without a
    contraction (most texts) every alternative starts with a plain letter, and each is
    written with its word-start test after that letter, so the engine skips ahead to the
    next "n", "w", "н" or "б"; the alternatives are whole words (or "non-") that exclude one
    another, so their order does not count."""
    if contraction:
        return compiled(tuple(_NEGATION_EN), True)
    groups: list[tuple[str, Iterable[str]]] = [(RB, _NEGATION_WORDS)]
    if prefix:
        groups.append((r"(?=\w)", ("non-",)))
    if cyrillic:
        groups.append((RB, _CYR_NEGATION_WORDS))
        groups.append((r"(?=[ъ'\u2019\u02bc]?ядерн)", ("без",)))
        groups.append((_CYR_FUSED, ("не",)))
    alternatives: list[str] = []
    for after, words in groups:
        firsts: dict[str, list[str]] = {}
        for word in words:
            firsts.setdefault(word[0], []).append(word[1:])
        alternatives.extend(f"{re.escape(first)}{_LB_AFTER_FIRST}{prefix_tree(rests)}{after}"
                            for first, rests in firsts.items())
    return re.compile("|".join(alternatives))


_JA_IDIOMS = ("まもなく", "間もなく", "割に合わない", "割に合わなく", "欠かせない", "欠かせぬ",
              "欠かすことのできない", "欠くことのできない", "すぎない", "過ぎない", "違いない",
              "少なくない", "少なくなく", "少なからぬ", "少なからず", "ほかならない", "他ならない",
              "外ならない", "絶えない", "否めない", "問わず", "限らず", "のみならず", "だけでなく",
              "のみでなく", "ばかりでなく", "とりあえず")
"""Japanese words negative in form that negate nothing: "soon" (まもなく), "does not pay"
(割に合わない: "costly"), "cannot do without" (欠かせない: "indispensable"), "is no more
than" (にすぎない: "merely"), "no doubt" (に違いない: "surely"), "not a few" (少なくない,
少なからぬ: "many"), "nothing but" (にほかならない), "never ceases" (絶えない), "undeniable"
(否めない), "regardless of" (を問わず), "not only" (に限らず, のみならず, だけでなく), "for now"
(とりあえず); each ends where the negative ending it holds ends."""


_JA_CONTRAST = ("ではなく", "でなく")
"""「YではなくX」: "X rather than Y", an alternative set aside, as "X, not Y," is in English;
not 「ではなくなる」, "ceases to be", a change of state."""


def japanese_exception(text: str, start: int, end: int) -> bool:
    """Japanese endings that look negative but are not (:data:`_JA_IDIOMS`; ないし = to; a
    contrast, :data:`_JA_CONTRAST`)."""
    word = text[start:end]
    before = text[max(0, start - 10):end]
    return before.endswith(_JA_IDIOMS) or (
        word.endswith("ない") and text[end:end + 1] == "し") or (
        before.endswith(_JA_CONTRAST) and text[end:end + 1] != "な")


_CYR_RENOUNCE = r"(?:отка(?:з|ж[еу])|відмов)[а-яёіїєґ]*"
"""Russian and Ukrainian "refuse, renounce" (отказ, откажется, відмова): a cessation verb
that takes an object (:data:`RENUNCIATION`)."""
_CYR_LAPSE = (r"(?:(?:утрачива(?:ет|ют)|утрат(?:ит|ят)|(?:по)?теря(?:ет|ют)|втрача(?:є|ють)"
              r"|втрат(?:ить|ять))\s+(?:силу|чинність)"
              r"|переста(?:ёт|ет|ют|нет|нут|є|не|нуть)\s+(?:действовать|діяти))(?![а-яёіїєґ])")
"""Russian and Ukrainian "lapses" (утрачивает силу, втрачає чинність, перестаёт действовать,
перестає діяти): a rule or a guarantee that stops holding."""
_CYR_EXCLUDE = (r"(?:исключ|виключ)(?:а(?:ет|ют|ется|ются|ть|ться|є|ють|ється|ються|ти)|ит|ат"
                r"|ено|ена|ены|ён|ить|ені|ений)(?![а-яёіїєґ])")
"""Russian and Ukrainian "excludes, rules out" (исключает, исключено, виключає), the verb
only: not "исключение" (an exception) nor "исключительно" / "виключно" (exclusively)."""
_CYR_CANCEL = (r"(?:отмен(?:яет|яют|яется|яются|ит|ят|ится|ятся|[её]н|ена|ены|ено)"
               r"|скасов(?:ує|ують|ується|уються)|скасу(?:є|ють)|скасован(?:а|і|о|ий|ий)"
               r"|анулю(?:є|ють|ється|ються)|аннулиру(?:ет|ют|ется|ются))(?![а-яёіїєґ])")
"""Russian and Ukrainian "is cancelled, revoked" (отменяется, скасовується, анулюється), the
verb only: not "отмена" (the noun, "отмена санкций")."""
_CYR_OBJECT = r"(?:возража(?:ет|ют|ть)|заперечу(?:є|ють|вати))(?![а-яёіїєґ])"
"""Russian and Ukrainian "objects to" (возражает, заперечує); not "opposes" (выступает
против), which programmes do of racism, as they fight it."""
_CYR_STOP = (r"(?:прекра(?:т(?:ит|ят|ил|ила|или|ить)|щ(?:ает|ают|ать|ается|аются))"
             r"|припин(?:яє|яють|яється|яються|ить|ять|ити|ив|ила|или))(?![а-яёіїєґ])")
"""Russian and Ukrainian "stops" (прекратит, прекращает, припиняє), the verb only: not
"прекращение" nor "припинення" (the noun, "прекращение огня": a ceasefire)."""
_STOP = r"stop(?:s|ped|ping)?(?=\s+[a-z]+ing\b)"
"""To stop doing a thing ("stops expanding"), not a stop ("bus stops")."""
_CANCEL = r"cancel(?:s|led|ed)?|revoke[sd]?|annul(?:s|led)?|rescind(?:s|ed)?"
"""A rule or a guarantee cancelled, revoked or annulled: it lapses."""
_GIVE_UP = r"(?:give[sn]?|gave|giving)\s+up"
"""Giving up, a renouncing (of a membership, a claim, a bid: ``_LEXICAL_NEGATIVE``)."""
_JA_CANCEL = "取り消さ|取り消し|取り消す|取消|撤回"
"""Japanese "cancel, revoke" (取り消される, 撤回): a lapse."""
_JA_RENOUNCE = "放棄|断念|諦め|あきらめ"
"""Japanese "give up, renounce" (加盟を断念する): a renouncing that takes an object."""
_LEXICAL_NEGATIVE = Lazy(
    rf"\b(?:lapse[sd]?|void|cease[sd]?|{_STOP}|expire[sd]?|null|{_CANCEL}|"
    r"hinder(?:s|ed)?|prevent(?:s|ed)?|"
    r"obstruct(?:s|ed)?|impede[sd]?|prohibit(?:s|ed)?|ban(?:s|ned)?|forbids?|forbidden|"
    r"refuse[sd]?|reject(?:s|ed)?|denie[sd]|deny|(?<=is )lost|(?<=are )lost|(?<=be )lost|"
    r"renounce[sd]?|waive[sd]?|closed(?=\s+to\s)|exclude[sd]?|rule[sd]?\s+out|"
    r"refrain(?:s|ed)?(?=\s+from\s)|abstain(?:s|ed)?(?=\s+from\s)|"
    r"object(?:s|ed)?(?=\s+to\s)|"
    r"los(?:e|es|ing)(?=\s+(?:(?:any|all|the|its|their|this|that|such|every)\s+)?"
    r"(?:[a-z-]+\s+)?(?:guarantees?|protections?|rights?|status)\b)|"
    rf"{_GIVE_UP}(?=\s+(?:(?:any|all|the|its|their|this|that)\s+)?"
    r"(?:[a-z-]+\s+)?(?:membership|claims?|bid|aspirations?|ambitions?)\b))\b"
    rf"|失効|無効|失われ|{_JA_CANCEL}|妨げ|禁止|拒否|排除|{_JA_RENOUNCE}|異議"
    # Russian and Ukrainian: refuse/renounce (отказ, відмова), prohibit (запрет, заборона),
    # and a rule or a guarantee that stops holding (утрачивает силу, втрачає чинність,
    # перестаёт действовать, перестає діяти)
    rf"|(?<![а-яёіїєґ])(?:{_CYR_RENOUNCE}|(?:запре[тщ]|заборон)[а-яёіїєґ]*|{_CYR_LAPSE}"
    rf"|{_CYR_EXCLUDE}|{_CYR_OBJECT}|{_CYR_CANCEL}|{_CYR_STOP})",
    re.IGNORECASE)
_LEXICAL_LOWER = Lazy(_LEXICAL_NEGATIVE.source)
"""Words saying that something stops, does not hold or is kept from happening ("the
guarantee lapses", "is void", "is cancelled (revoked, annulled)", 取り消される, отменяется,
скасовується, "is lost" = "no longer applies", as is losing a guarantee,
a protection, a right or a status ("on pain of losing any security guarantee"; not "loses
territory"); claims renounced or waived are claims not made; a place "closed to" someone is
one they may not enter ("closed to Russian troops" = "which Russian troops do not enter";
to refrain or abstain from an act is not to do it ("shall refrain from attacking" = "shall
not attack");
not "closed" alone: "a closed session"); what is excluded or ruled out (排除) is kept from
happening, so "does not exclude" (排除しない) allows, as "is possible" (可能とする) says (not
"excluding", a preposition); "gives up" only a membership, a claim, a bid or an aspiration,
not territory, which is ceded, not refused): they count in a statement's polarity, never
as a flag of their own, except a verb of hindering (or "closed to") whose statement lost or
gained a negation and has no other to show ("hinders" → "does not hinder", "closed to" →
"open to"); negated ("does not hinder" = "lets"), both count for none."""
LEXICAL_WORDS = frozenset(word.encode() for word in (
    "lapse", "lapses", "lapsed", "void", "cancel", "cancels", "cancelled", "canceled",
    "revoke", "revokes", "revoked", "annul", "annuls", "annulled", "rescind", "rescinds",
    "rescinded", "cease", "ceases", "ceased", "stop", "stops", "stopped", "stopping",
    "expire", "expires",
    "expired", "null", "hinder", "hinders", "hindered", "prevent", "prevents", "prevented",
    "obstruct", "obstructs", "obstructed", "impede", "impedes", "impeded", "prohibit",
    "prohibits", "prohibited", "ban", "bans", "banned", "forbid", "forbids", "forbidden",
    "refuse", "refuses", "refused", "reject", "rejects", "rejected", "denied", "denies",
    "deny", "lost", "renounce", "renounces", "renounced", "waive", "waives", "waived",
    "lose", "loses", "losing", "closed", "exclude", "excludes", "excluded", "rule", "rules",
    "ruled", "refrain", "refrains", "refrained", "abstain", "abstains", "abstained", "give",
    "gives", "given", "gave", "giving", "object", "objects", "objected"))
"""The English words of ``_LEXICAL_NEGATIVE``: an ASCII text with none of them has none."""
_LEXICAL_CUES = ("laps", "void", "cancel", "revok", "annul", "rescind", "ceas", "stop", "expir",
                 "null",
                 "hinder", "prevent", "obstruct", "imped", "prohibit", "ban", "forbid", "refus",
                 "reject", "denie", "deny", "lost", "renounc", "waive", "lose", "losing",
                 "closed", "exclude", "rule", "refrain", "abstain", "giv", "gave", "object",
                 "失効", "無効", "失われ", "取り消", "取消", "撤回", "妨げ", "禁止", "拒否", "排除",
                 "放棄", "断念", "諦め", "あきらめ", "異議", "отказ", "откаж", "відмов", "запрет",
                 "запрещ", "заборон", " силу", " чинність", " действовать", " діяти", "исключ",
                 "виключ", "возража", "заперечу", "отмен", "скасов", "скасу", "анулю",
                 "аннулиру", "прекра", "припин")
_LEXICAL_ASCII_CUES = tuple(cue for cue in _LEXICAL_CUES if cue.isascii())


_BAN_STEMS = ("ban", "prohib", "forbid", "запре", "заборон", "禁止")
"""How every lexical negative that bans starts, lowered (ban, prohibited, forbidden, запрет,
заборона, 禁止): its end is no negation (:func:`_lifted`)."""
_BAN_ENDS = Lazy(
    r"[^.;:!?\n]{0,60}?\b(?:ends?(?!\s+up\b)|ended|expires?|expired|lapses?|lapsed"
    r"|comes?\s+to\s+an\s+end|(?:is|are|was|were|be|been)\s+(?:lifted|removed|repealed|revoked"
    r"|rescinded|cancell?ed|annulled|scrapped|ended|over))\b"
    r"|[^.;:!?\n]{0,60}?(?<![а-яёіїєґ])(?:снима(?:ется|ются)|снят[аоы]?|отмен(?:яется|яются"
    r"|[её]н|ена|ены|ено)|истека(?:ет|ют)|прекраща(?:ет|ют)\s+действ(?:ие|овать)"
    r"|скасову(?:ється|ються)|скасован[аоий]|зніма(?:ється|ються)|знят[аоі]"
    r"|спливає|припиня(?:є|ють)\s+ді[юя])(?![а-яёіїєґ])"
    r"|[^。；\n]{0,20}?(?:解除|撤廃|終了|廃止|失効|取り消|撤回)",
    re.IGNORECASE)
"""What ends a ban named before it, in its clause: "the export ban ends", "the ban on grain
exports will be lifted", "the ban expires"; "запрет … снимается", "заборона … скасовується";
輸出禁止は…解除される (not "ends up")."""
_BAN_ENDED = Lazy(
    r"(?:\b(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|remov(?:es?|ed|ing)|repeal(?:s|ed|ing)?"
    r"|revok(?:es?|ed|ing)|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling)?|rescind(?:s|ed|ing)?)"
    r"\s+(?:of\s+)?(?:(?:the|its|their|this|that|all|any)\s+)?"
    r"|(?<![а-яёіїєґ])(?:сняти[ея]|снять|снима(?:ет|ют)|сним(?:ет|ут)|отмен[а-яё]*|скасуван(?:ня|ні)"
    r"|скасу(?:вати|є|ють)|знятт(?:я|і)|зняти|зніма(?:є|ють))\s+)"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE)
"""What ends a ban named after it: "lifts the export ban", "the lifting of the ban", "the end
of the ban"; "снятие запрета", "отменить запрет", "скасування заборони"."""


def _lifted(text: str, found: dict[int, str]) -> dict[int, str]:
    """``found`` without each ban that ends in its clause, and the word that ends it when that
    is a lexical negative too ("expires", "отменяется"): the end of a ban negates the ban, so
    "the export ban ends on 1 March" holds no negation, as "grain may be shipped again from 1
    March" holds none. What stays is what the statement still negates ("the ban is not lifted"
    keeps its "not")."""
    bans = [start for start, word in found.items() if word.casefold().startswith(_BAN_STEMS)]
    if not bans:
        return found
    out = dict(found)
    for start in bans:
        end = start + len(found[start])
        after = _BAN_ENDS.match(text, end)
        if after is not None:
            out.pop(start, None)
            for other in [s for s in out if end <= s < after.end()]:
                del out[other]
        elif _BAN_ENDED.search(text, max(0, start - 40), start) is not None:
            out.pop(start, None)
    return out


def lexical_negatives(text: str, words: Set[bytes] | None = None) -> dict[int, str]:
    """Where the lexical negatives of ``text`` start, and their words (a cheap test first:
    most texts hold none). ``words``, for an ASCII text, are its lowered words
    (:func:`ascii_words`): when none is a lexical negative (``LEXICAL_WORDS``), it has
    none, which the word test below finds too, after the substring test."""
    if words is not None and LEXICAL_WORDS.isdisjoint(words):
        return {}
    lowered = text.lower()
    # The substring test first: it is the cheaper one, and few texts pass it (an ASCII text
    # cannot hold a Japanese cue).
    cues = _LEXICAL_ASCII_CUES if lowered.isascii() else _LEXICAL_CUES
    if len(lowered) != len(text) or not has_any(lowered, cues) or (
            lowered.isascii() and LEXICAL_WORDS.isdisjoint(ascii_words(lowered))):
        return {} if len(lowered) == len(text) else _lifted(text, {
            m.start(): m.group() for m in _LEXICAL_NEGATIVE.finditer(text)})
    return _lifted(text, {m.start(): text[m.start():m.end()]
                          for m in _LEXICAL_LOWER.finditer(lowered)})


_ONLY_AFTER = Lazy(
    r"\bonly\s+(?:after|once|when)\b|(?<![а-яёіїєґ])(?:только|лишь|лише|тільки)\s+після"
    r"(?![а-яёіїєґ])|(?<![а-яёіїєґ])(?:только|лишь)\s+после(?![а-яёіїєґ])|(?<=後)に?初めて"
    r"|(?<=[てで])初めて",
    re.IGNORECASE)
_UNTIL = Lazy(r"\b(?:until|till|before)\b|(?<![а-яёіїєґ])(?:до|пока|поки)(?![а-яёіїєґ])"
              r"|まで|前に", re.IGNORECASE)
_ONLY_CUES = ("only", "только", "лишь", "лише", "тільки", "初めて")
_UNTIL_CUES = ("until", "till", "before", "до", "пока", "поки", "まで", "前に")
"""What every match of :data:`_ONLY_AFTER` and of :data:`_UNTIL` holds in lower case: tested
first (``has_any``, in C), since the patterns, case-blind and opening with look-behinds, are
tried at every position of a text."""


def only_after(text: str, other: str) -> dict[int, str]:
    """Where ``text`` says a thing happens only after an event ("only after", "only once",
    "только после", "лише після", 撤退後に初めて), and its words, when ``other`` has a word
    of "not ... until" (until, before, до, まで): "are not lifted until all troops leave"
    and "are lifted only after all troops leave" say one thing, so each counts as a
    negation of its statement. Against a text with no such word (a plain "does not join")
    it counts for nothing, and the negation the other text lost still flags."""
    if not has_any(text.lower(), _ONLY_CUES) or not has_any(other.lower(), _UNTIL_CUES) \
            or _UNTIL.search(other) is None:
        return {}
    return {m.start(): m.group() for m in _ONLY_AFTER.finditer(text)}


CESSATION = Lazy(r"lapse[sd]?|void|cease[sd]?|expire[sd]?|null|lost|renounce[sd]?|waive[sd]?|"
                 rf"{_CANCEL}|{_GIVE_UP}|los(?:e|es|ing)|stop(?:s|ped|ping)?|"
                 rf"失効|無効|失われ|{_JA_CANCEL}|{_JA_RENOUNCE}|"
                 rf"{_CYR_RENOUNCE}|{_CYR_LAPSE}|{_CYR_CANCEL}|{_CYR_STOP}",
                 re.IGNORECASE)
"""The lexical negatives that never flag alone, only count in their statement's polarity
(:data:`RENUNCIATION` aside): what lapses or is given up."""


LAPSE = Lazy(rf"lapse[sd]?|void|expire[sd]?|null|失効|無効|{_CYR_LAPSE}", re.IGNORECASE)
"""The verbs of cessation whose statement is their subject: what lapses, is void, expires
("the guarantees lapse if …", 保証は失効する, гарантії втрачають чинність)."""
IN_FORCE = Lazy(
    r"(?<![\w'’-])(?:holds?|apply|applies|(?:remains?|stays?|is|are)\s+(?:valid|in\s+force|in"
    r"\s+effect)|continues?\s+to\s+(?:apply|hold)|takes?\s+effect)(?![\w'’-])"
    r"|(?<![а-яёіїєґ])(?:действу(?:ет|ют)|сохраня(?:ет|ют)\s+силу|оста(?:ётся|ется|ются)\s+в"
    r"\s+силе|вступа(?:ет|ют)\s+в\s+силу|применя(?:ется|ются)|ді(?:є|ють)"
    r"|залиша(?:ється|ються)\s+чинн[а-яії]*|зберіга(?:є|ють)\s+чинність"
    r"|набира(?:є|ють)\s+чинності|застосову(?:ється|ються))(?![а-яёіїєґ])"
    r"|有効|適用され|存続|発動",
    re.IGNORECASE)
"""What says a statement holds, against its lapsing: "the guarantees hold / apply / stay in
force", "гарантии действуют", "гарантії діють", 保証は有効である."""


RENUNCIATION = Lazy(rf"renounce[sd]?|waive[sd]?|{_GIVE_UP}|{_CYR_RENOUNCE}|{_JA_RENOUNCE}",
                    re.IGNORECASE)
"""The verbs of cessation that take an object (renounce, waive; отказ от, відмова від): what
follows is what is given up, so the statement is the same while that word stays. A verb of
lapsing (lapse, void, утрачивает силу) has its statement in its subject, and what follows
it is a condition ("is void if Ukraine invades"), which says nothing of it."""

__all__ = ["CESSATION", "IN_FORCE", "LAPSE", "LEXICAL_WORDS", "NEGATION_FIRSTS", "NEGATION_JA",
           "NOT_A_NEGATION", "RENUNCIATION", "japanese_exception", "lexical_negatives",
           "negation_pattern", "only_after"]

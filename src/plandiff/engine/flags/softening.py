"""The flags of a statement softened or hardened by a word put for another, or by a condition
put on it: ``softening_flags``.

A negotiator weakens a clause without touching its modal: "guarantees" becomes "supports"
(гарантирует → поддерживает, гарантує → підтримує, 保証 → 支援), "all sanctions" become
"some sanctions" (все → некоторые, всі → деякі, すべて → 一部), or the clause gains a
condition ("…, provided that the ceasefire holds", "при условии, что …", "за умови, що …",
"…場合に限り"). Each is read off the redline, never off one text alone:

- a swap is a short hunk whose old side holds one word of a class and whose new side holds
  one word of the other class (a guarantee against a support: a modality flag; the whole
  against a part: a number flag), so the same words elsewhere in a rewritten passage say
  nothing;
- a word of the whole taken out or put in alone ("withdraws from [-all -]occupied areas") is
  a number flag when the rest of its hunk is the same words and its sentence has no other
  change but a few short ones (:func:`_whole_alone`);
- a condition is a restrictive conjunction ("provided that", "on condition that", "only if",
  "при условии", "за умови", 場合に限り, ことを条件に) in a hunk of one text, in a sentence
  that keeps words of the other (the statement stayed and gained or lost its condition),
  when the other text holds fewer such conjunctions: a modality flag ("∅ → provided that").
  A condition said in other words ("provided that" → "on condition that") is none; a
  sentence added or removed whole brings its conditions with it;
- a time put for a condition ("once" / "when" → "if", когда → если, коли → якщо) or the
  reverse, in a short hunk, is a modality flag ("once → if"): a step that was to happen
  now may not happen at all;
- a commitment's force in law ("legally binding", "юридически обязывающим", 法的拘束力)
  taken out of a statement that stays, or put into one, is a modality flag, unless the
  other side of its hunk says a force in other words ("binding in law") or a political one
  (the swap above).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plandiff.engine.comparison import Flag, FlagKind
from plandiff.engine.flags.pairing import Map
from plandiff.engine.flags.patterns import (
    ANY_STOP,
    STOP_BEFORE_BLANK,
    Lazy,
    has_any,
    sentence_around,
)

_CYR_END = r"(?![а-яёіїєґ'’ʼ])"
_LATIN_GUARANTEE = r"(?<![\w'’-])(?:guarantee[sd]?|ensure[sd]?)(?![\w'’-])"
_LATIN_SUPPORT = (r"(?<![\w'’-])(?:support(?:s|ed)?|back(?:s|ed)?|assist(?:s|ed)?|help(?:s|ed)?"
                  r"|promote[sd]?|encourage[sd]?|facilitate[sd]?|favou?r(?:s|ed)?)(?![\w'’-])")
_LATIN_WHOLE = r"(?<![\w'’-])(?:all|every|each|entire|whole)(?![\w'’-])"
_LATIN_PART = (r"(?<![\w'’-])(?:some|certain|most|several|part(?:\s+of)?|a\s+number\s+of"
               r"|selected|many)(?![\w'’-])")
_GUARANTEE = Lazy(
    _LATIN_GUARANTEE
    + rf"|(?<![а-яёіїєґ])(?:гарантиру(?:ет|ют)|гарантирова(?:л|ли|ла)|обеспечива(?:ет|ют)"
    rf"|гаранту(?:є|ють)|гарантува(?:в|ла|ли)|забезпечу(?:є|ють)){_CYR_END}"
    r"|保証|保障|確保", re.IGNORECASE)
"""A verb that guarantees an outcome (the noun "guarantees" is never alone in a short hunk
against a verb of support: "security guarantees" → "security support" is a noun, read the
same way, and as much a weakening)."""
_SUPPORT = Lazy(
    _LATIN_SUPPORT
    + rf"|(?<![а-яёіїєґ])(?:поддержива(?:ет|ют)|поддержа(?:л|ли|ла)|содейству(?:ет|ют)"
    rf"|способству(?:ет|ют)|помога(?:ет|ют)|підтриму(?:є|ють)|підтрима(?:в|ла|ли)"
    rf"|сприя(?:є|ють)|допомага(?:є|ють)){_CYR_END}"
    r"|支援|支持|協力|後押し|促進", re.IGNORECASE)
"""A verb that supports an outcome someone else brings about."""
_WHOLE = Lazy(
    _LATIN_WHOLE
    + rf"|(?<![а-яёіїєґ])(?:все|всех|всем|всеми|весь|вся|всё|каждый|каждая|каждое|всі|усі|всіх"
    rf"|усіх|всім|усім|кожен|кожна|кожне){_CYR_END}"
    r"|すべて|全て|全部", re.IGNORECASE)
_PART = Lazy(
    _LATIN_PART
    + rf"|(?<![а-яёіїєґ])(?:некоторые|некоторых|некоторым|часть|части|ряд|отдельные|отдельных"
    rf"|большинство|деякі|деяких|деяким|частина|частину|окремі|окремих|більшість){_CYR_END}"
    r"|一部|一定の|大半|多く", re.IGNORECASE)
_LATIN_LEGAL = r"(?<![\w'’-])(?:legally|juridically)(?![\w'’-])"
_LATIN_POLITICAL = r"(?<![\w'’-])politically(?![\w'’-])"
_LEGAL = Lazy(_LATIN_LEGAL + rf"|(?<![а-яёіїєґ])(?:юридически|юридично){_CYR_END}|法的",
              re.IGNORECASE)
"""A commitment's force in law ("legally binding", "юридически обязывающий", 法的拘束力)."""
_POLITICAL = Lazy(_LATIN_POLITICAL + rf"|(?<![а-яёіїєґ])(?:политически|політично){_CYR_END}"
                  r"|政治的", re.IGNORECASE)
"""A commitment's force in politics only ("politically binding": the Budapest Memorandum's
kind, which no court enforces)."""
_FORCE = ((_LEGAL, _POLITICAL, FlagKind.MODALITY),)
"""A commitment binding in law put for one binding in politics only, or the reverse: a swap
of its own, read in a hunk whose sides both hold one of :data:`_FORCE_CUES`."""
_FORCE_CUES = ("ally", "ически", "ично", "的")
"""What every word of :data:`_LEGAL` and :data:`_POLITICAL` holds ("ally" every English one):
most hunks hold none, and are not searched (a substring test in C)."""
_LEGAL_FORCE = Lazy(
    r"(?<![\w'’-])(?:legally\s+(?:and\s+politically\s+)?bind(?:s|ing)?|legally\s+enforceable"
    r"|binding\s+(?:in|under)\s+(?:international\s+)?law|(?:the\s+)?force\s+of\s+law"
    r"|legal\s+force)(?![\w'’-])"
    rf"|(?<![а-яёіїєґ])(?:юридически\s+(?:обязывающ|обязательн)[а-яё]*|юридическ(?:ую|ой)\s+сил[аеуы]"
    rf"|юридично\s+(?:обов['’ʼ]язков|зобов['’ʼ]язуюч)[а-яіїєґ]*|юридичн(?:у|ої)\s+сил[аиуі]){_CYR_END}"
    r"|法的(?:な|に)?拘束力|法的に拘束|法的効力", re.IGNORECASE)
"""A commitment's force in law as one phrase ("legally binding", "binding under international
law", "юридически обязывающим", "юридично обов'язковою", 法的拘束力): taken out of a statement
that stays, or put into one, it is a modality flag (:func:`_legal_force`)."""
_FORCE_FACING = Lazy(
    r"(?<![\w'’-])(?:politically|political|legal(?:ly)?|law|juridically|binds?|binding)(?![\w'’-])"
    r"|политическ|політичн|юридич|закон|обязыва|обов['’ʼ]язк|政治|法|拘束", re.IGNORECASE)
"""A word of force in the other side of the hunk that took a legal force out or put it in:
the force said in other words ("binds both sides in law"), or put for a political one (a
swap of :data:`_FORCE`): no flag of its own."""
_FORCE_HUNK_CUES = ("legal", "law", "юридич", "法的")
"""What each phrase of :data:`_LEGAL_FORCE` holds, in lower case: the changed text of most
points holds none, and they are not searched."""
_LATIN_TIME = r"(?<![\w'’-])(?:once|when|whenever|as\s+soon\s+as)(?![\w'’-])"
_TIME = Lazy(_LATIN_TIME
             + rf"|(?<![а-яёіїєґ])(?:когда|как\s+только|коли|як\s+тільки|щойно){_CYR_END}",
             re.IGNORECASE)
"""A statement's time ("once the ceasefire holds", "когда", "коли"): it will happen."""
_IF_SWAP = Lazy(r"(?<![\w'’-])if(?![\w'’-])|(?<![а-яёіїєґ])(?:если|якщо)(?![а-яёіїєґ])",
                re.IGNORECASE)
"""A statement's condition ("if", "если", "якщо"): it may not happen at all."""
_WHEN_IF = ((_TIME, _IF_SWAP, FlagKind.MODALITY),)
"""A time put for a condition, or the reverse: "lifted once the ceasefire holds" → "lifted if
the ceasefire holds" makes a certain step a conditional one."""
_IF_CUES = ("если", "якщо")
_TIME_CUES = ("когда", "Когда", "только", "коли", "Коли", "тільки", "щойно", "Щойно")
"""What every Cyrillic word of :data:`_IF_SWAP` (:data:`_TIME`) holds, as a text writes it."""
_LATIN_CONDITION = (
    r"(?<![\w'’-])(?:provided\s+that|providing\s+that|on\s+condition\s+that|only\s+if"
    r"|if\s+and\s+only\s+if|as\s+long\s+as|so\s+long\s+as|on\s+the\s+condition\s+that"
    r"|subject\s+to\s+(?:the\s+|its\s+|their\s+)?(?:approval|ratification|consent"
    r"|conditions?|agreement)|unless|except\s+(?:where|when|if))"
    r"(?![\w'’-])")
_CONDITION = Lazy(
    _LATIN_CONDITION
    + rf"|(?<![а-яёіїєґ])(?:при\s+условии(?:,?\s+что)?|только\s+если|лишь\s+если|если\s+только"
    rf"|лишь\s+при\s+условии|за\s+умови(?:,?\s+що)?|лише\s+якщо|тільки\s+якщо"
    rf"|лише\s+за\s+умови){_CYR_END}"
    r"|場合に限り|場合に限って|ことを条件に|を条件として|を条件に", re.IGNORECASE)
"""A restrictive condition: the statement holds only then."""
_LATIN_IF = r"(?<![\w'’-])if(?![\w'’-])"
_IF = Lazy(_LATIN_IF + r"|(?<![а-яёіїєґ])(?:если|якщо)(?![а-яёіїєґ])|場合", re.IGNORECASE)
"""A plain condition ("if", "если", "якщо", 場合): so common in rewritten sentences that it
counts only when the statement is otherwise unchanged (the condition inserted alone)."""
_CONDITIONS_LATIN = (Lazy(_LATIN_CONDITION, re.IGNORECASE), Lazy(_LATIN_IF, re.IGNORECASE))
"""(:data:`_CONDITION`, :data:`_IF`) for two ASCII texts, which no Cyrillic or Japanese word
can match: the same answers, without the case-blind Cyrillic alternatives that cost most of a
search of a whole text."""

_ANY_SWAPPED = Lazy("|".join(f"(?:{p.source})" for p in (_GUARANTEE, _SUPPORT, _WHOLE, _PART)),
                    re.IGNORECASE)
"""A word of any class a swap reads: a hunk with none on one side swaps nothing (one search
in place of a search of each class)."""
_ANY_SWAPPED_LATIN = Lazy("|".join(f"(?:{p})" for p in (_LATIN_GUARANTEE, _LATIN_SUPPORT,
                                                          _LATIN_WHOLE, _LATIN_PART)),
                          re.IGNORECASE)
""":data:`_ANY_SWAPPED` for ASCII text, which no Cyrillic or Japanese word can match: the
same answer some eight times faster (its Cyrillic alternatives, case-blind, cost most of a
search of a short hunk)."""
_SWAPS = ((_GUARANTEE, _SUPPORT, FlagKind.MODALITY), (_WHOLE, _PART, FlagKind.NUMBER))
"""The classes a swap reads: a guarantee against a support, the whole against a part."""
_SWAPS_LATIN = tuple((Lazy(strong, re.IGNORECASE), Lazy(weak, re.IGNORECASE), kind)
                     for strong, weak, kind in ((_LATIN_GUARANTEE, _LATIN_SUPPORT,
                                                 FlagKind.MODALITY),
                                                (_LATIN_WHOLE, _LATIN_PART, FlagKind.NUMBER)))
""":data:`_SWAPS` for an ASCII hunk: the same words found, without compiling or running the
Cyrillic and Japanese alternatives, which no ASCII text can match."""
_CONDITION_CUES = ("provid", "condition", "only", "long", "subject", "unless", "except",
                   "услови", "если", "умов", "якщо", "限", "条件")
"""Words each restrictive condition holds, in lower case: a condition is flagged only inside a
hunk, so texts whose hunks hold none of them are not searched (most are not)."""

_SHORT = 40
"""The longest side of a hunk read as one word put for another (with the words around it)."""
_KEPT = 12
"""Letters of a sentence outside the hunk that changed it (a kana or kanji counts three: 解除する,
"lifts", is a statement's verb): the statement stayed."""


def softening_flags(old: str, new: str, mapping: Map) -> list[tuple[int, Flag]]:
    """Words put for weaker or stronger ones (a modality or a number flag) and conditions
    put on a statement or taken off it (a modality flag), with each flag's position in the
    new text (see the module's docstring)."""
    out: list[tuple[int, Flag]] = []
    changed: list[str] = []
    for hunk in mapping.hunks:
        before = old[hunk.old_start:hunk.old_end]
        after = new[hunk.new_start:hunk.new_end]
        changed += (before, after)
        if not before.strip() or not after.strip():  # a pure insertion or deletion
            if (len(before) + len(after) <= _WHOLE_LONGEST
                    and (before + after).strip().lower() in _WHOLE_WORDS):
                _add(out, hunk.new_start, _whole_alone(old, new, hunk, mapping))
            continue
        if max(len(before), len(after)) > _SHORT:
            continue
        latin = before.isascii() and after.isascii()
        if (("ally" in before and "ally" in after) if latin else
                (has_any(before, _FORCE_CUES) and has_any(after, _FORCE_CUES))):
            out.extend(_swaps(before, after, hunk.new_start, _FORCE))
        swapped = _ANY_SWAPPED_LATIN if latin else _ANY_SWAPPED
        if not swapped.search(before):  # a word of the whole added beside the same words?
            if len(after) - len(before) >= _WHOLE_SHORTEST and _whole_cue(after, latin):
                _add(out, hunk.new_start, _whole_alone(old, new, hunk, mapping))
            continue
        if not swapped.search(after):
            if len(before) - len(after) >= _WHOLE_SHORTEST and _whole_cue(before, latin):
                _add(out, hunk.new_start, _whole_alone(old, new, hunk, mapping))
            continue
        out.extend(_swaps(before, after, hunk.new_start, _SWAPS_LATIN if latin else _SWAPS))
    hunks = " ".join(changed)
    latin = old.isascii() and new.isascii()
    restrictive, plain = _CONDITIONS_LATIN if latin else (_CONDITION, _IF)
    lowered = hunks.lower()
    if has_any(lowered, _CONDITION_CUES):
        out.extend(_conditions(old, new, mapping, (restrictive, plain), alone=False))
    # a plain condition in a hunk is one in the hunks' text, set apart by spaces
    if _plain_in(hunks, lowered, latin, plain):
        out.extend(_conditions(old, new, mapping, (restrictive, plain), alone=True))
    if has_any(lowered, _FORCE_HUNK_CUES):
        out.extend(_legal_force(old, new, mapping))
    if " if " in f" {lowered} " or (not latin and has_any(lowered, _IF_CUES)):
        out.extend(_times_made_conditions(old, new, mapping))
    return out


def _times_made_conditions(old: str, new: str, mapping: Map) -> list[tuple[int, Flag]]:
    """The modality flags of a short hunk that puts a condition ("if") for a time ("once",
    "when") or the reverse (:data:`_WHEN_IF`); read only for texts whose changed words hold
    "if" or a Cyrillic word of :data:`_IF_SWAP`."""
    out: list[tuple[int, Flag]] = []
    for hunk in mapping.hunks:
        before = old[hunk.old_start:hunk.old_end]
        after = new[hunk.new_start:hunk.new_end]
        if not before.strip() or not after.strip() or max(len(before), len(after)) > _SHORT:
            continue
        latin = before.isascii() and after.isascii()
        if _when_if_cue(before, after, latin) or _when_if_cue(after, before, latin):
            out.extend(_swaps(before, after, hunk.new_start, _WHEN_IF))
    return out


def _legal_force(old: str, new: str, mapping: Map) -> list[tuple[int, Flag]]:
    """The modality flags of a commitment's force in law (:data:`_LEGAL_FORCE`) taken out of
    a statement or put into it: the phrase touches a hunk, its sentence keeps words outside
    the hunk (the statement stayed) or both texts are one sentence, the text that holds it
    holds more such phrases than the other, and the other side of the hunk says no word of
    force (:data:`_FORCE_FACING`: the force in other words, or a swap with a political one)."""
    found = (list(_LEGAL_FORCE.finditer(old)), list(_LEGAL_FORCE.finditer(new)))
    if len(found[0]) == len(found[1]):
        return []
    side = 1 if len(found[1]) > len(found[0]) else 0
    text, other = (new, old) if side else (old, new)
    reworded = _one_sentence(old) and _one_sentence(new)
    out: list[tuple[int, Flag]] = []
    for match in found[side]:
        start, end = match.span()
        for h in mapping.hunks:
            span = (h.new_start, h.new_end) if side else (h.old_start, h.old_end)
            facing = (h.old_start, h.old_end) if side else (h.new_start, h.new_end)
            if span[0] < end and start < span[1]:
                break
        else:
            continue  # the phrase stands in equal text: it stayed
        if _FORCE_FACING.search(other, *facing) or not (reworded or _kept_around(text, span)):
            continue
        phrase = match.group()
        flag = Flag(FlagKind.MODALITY, *((phrase, "") if side == 0 else ("", phrase)))
        out.append((mapping.lo(start) if side == 0 else start, flag))
        if len(out) == abs(len(found[1]) - len(found[0])):
            break
    return out


def _when_if_cue(one: str, other: str, latin: bool) -> bool:
    """Whether ``one`` may hold a word of :data:`_IF_SWAP` and ``other`` one of :data:`_TIME`
    (substring tests in C; most hunks hold neither)."""
    if not ("if" in one or "If" in one):
        return not latin and has_any(one.lower(), _IF_CUES) and has_any(other, _TIME_CUES)
    return "nce" in other or "hen" in other or "soon" in other or (
        not latin and has_any(other, _TIME_CUES))


def _swaps(before: str, after: str, at: int, classes: tuple[tuple[Lazy, Lazy, FlagKind], ...]
           ) -> list[tuple[int, Flag]]:
    """The flags of a short hunk (``before`` → ``after``, at ``at`` in the new text) whose
    old side holds one word of a class and whose new side one word of the other class of a
    pair of ``classes`` (strong, weak, the flag's kind), each in one direction only."""
    out = []
    for strong, weak, kind in classes:
        for first, second in ((strong, weak), (weak, strong)):
            was, now = first.findall(before), second.findall(after)
            if (len(was) == 1 and len(now) == 1 and not second.search(before)
                    and not first.search(after)):
                out.append((at, Flag(kind, was[0], now[0])))
    return out


_WHOLE_LONGEST = 16
"""The longest hunk of one side only that a word of the whole alone fills (a word of
:data:`_WHOLE` with the spaces around it)."""
_WHOLE_SHORTEST = 2
"""The fewest characters a word of the whole adds to the side of a hunk that holds it (全て;
"all" with its space is four): a hunk whose other side is as long or longer holds none
alone beside the same words."""
_WHOLE_WORDS = frozenset((
    "all", "every", "each", "entire", "whole",
    "все", "всех", "всем", "всеми", "весь", "вся", "всё", "каждый", "каждая", "каждое", "всі",
    "усі", "всіх", "усіх", "всім", "усім", "кожен", "кожна", "кожне",
    "すべて", "全て", "全部", "すべての", "全ての", "全部の"))
"""Every word of :data:`_WHOLE` in lower case, and the Japanese ones with の: a hunk that is
one of them alone is told by a set lookup (most hunks are no such word)."""
_WHOLE_CUES = tuple(sorted(word for word in _WHOLE_WORDS if word.isascii()))
"""The words of the whole in ASCII, in lower case (those of :data:`_LATIN_WHOLE`)."""


_WHOLE_LATIN = Lazy(_LATIN_WHOLE, re.IGNORECASE)
""":data:`_WHOLE` for ASCII text: the same words found, without the case-blind Cyrillic
alternatives that cost most of a search."""


def _add(out: list[tuple[int, Flag]], at: int, flag: Flag | None) -> None:
    if flag is not None:
        out.append((at, flag))


def _whole_cue(text: str, latin: bool) -> bool:
    """Whether ``text`` may hold a word of the whole (a substring test first for ASCII,
    which most hunks are)."""
    if latin:
        return has_any(text.lower(), _WHOLE_CUES) and _WHOLE_LATIN.search(text) is not None
    return _WHOLE.search(text) is not None


def _whole_alone(old: str, new: str, hunk: tuple[int, int, int, int], mapping: Map
                 ) -> Flag | None:
    """The number flag of a word of the whole taken out of a text or put into it, alone
    ("withdraws from [-all -]occupied areas", "[-Sanctions-]{+All sanctions+}", "[-every
    violation-]{+violations+}"): the scope of the statement changed, and the rest of the
    hunk is the same words or their inflections. The word stands before the words it
    counts (a word follows it; "not binding at all." is none), the text it left holds
    fewer such words than the other (not one moved within the sentence), and the hunk is
    the only change of its sentence but for a few short ones (:func:`_touched_up`: the
    statement stayed)."""
    old_start, old_end, new_start, new_end = hunk
    if max(old_end - old_start, new_end - new_start) > _SHORT:
        return None
    whole = _WHOLE_LATIN if old.isascii() and new.isascii() else _WHOLE
    in_old = list(whole.finditer(old, old_start, old_end))
    in_new = list(whole.finditer(new, new_start, new_end))
    if len(in_old) + len(in_new) != 1:
        return None
    gone = bool(in_old)
    text, word = (old, in_old[0]) if gone else (new, in_new[0])
    end = word.end() + (text[word.end():word.end() + 1] == "の")  # すべての制裁
    following = text[end:end + 1]
    if following.isalnum() and following < "\u3000":
        return None  # the pattern stopped at the hunk's end inside a longer word
    if not text[end:end + 2].lstrip()[:1].isalpha():
        return None
    if _IDIOM_NEXT.match(text, end) is not None:
        return None  # "all in all", "all along", "all but": nothing counted
    before, after = old[old_start:old_end], new[new_start:new_end]
    if gone:
        before = before[:word.start() - old_start] + " " + before[end - old_start:]
    else:
        after = after[:word.start() - new_start] + " " + after[end - new_start:]
    if not _same_words(before, after):
        return None
    start, stop = _sentence(text, (old_start, old_end) if gone else (new_start, new_end))
    others = [h for h in mapping.hunks if h != hunk and (
        (h.old_start <= stop and start <= h.old_end) if gone else
        (h.new_start <= stop and start <= h.new_end))]
    if others and not _touched_up(others, stop - start):
        return None  # a sentence rewritten around it: the statement did not stay
    if len(whole.findall(old)) == len(whole.findall(new)):
        return None  # as many on each side: the word moved ("all for all" → "all … for all")
    return Flag(FlagKind.NUMBER, *((word.group(), "") if gone else ("", word.group())))


def _touched_up(others: Sequence[tuple[int, int, int, int]], length: int) -> bool:
    """Whether the other changes of a sentence (``length`` characters long) leave its
    statement standing: a deadline or a word put for another elsewhere in it ("returns [-all
    -]deported children by [-the end of 2026-]{+mid-2027+}"): two at most, each short,
    together under a third of the sentence."""
    if len(others) > _TOUCHES:
        return False
    sizes = [max(old_end - old_start, new_end - new_start)
             for old_start, old_end, new_start, new_end in others]
    return max(sizes) <= _SHORT and 3 * sum(sizes) < length


_TOUCHES = 2
"""The most other changes a sentence may have for a word of the whole dropped or put in alone
to count (:func:`_touched_up`): a sentence edited in many places is rewritten."""


def _same_words(before: str, after: str) -> bool:
    """Whether two short texts are the same words but for case and inflection ("Sanctions"
    and "sanctions", "violation" and "violations", "со" and "с"): as many words, each pair
    sharing all its letters but the last of the shorter one at least."""
    first, second = _WORDS.findall(before.casefold()), _WORDS.findall(after.casefold())
    if len(first) != len(second):
        return False
    for a, b in zip(first, second, strict=True):
        shorter = min(len(a), len(b))
        shared = next((i for i in range(shorter) if a[i] != b[i]), shorter)
        if a != b and shared < max(1, shorter - 1):
            return False
    return True


_WORDS = re.compile(r"\w+")
_IDIOM_NEXT = re.compile(r"\s+(?:in|for|at|along|but|over|and|or)\b", re.IGNORECASE)
"""The word after "all" in a phrase that counts nothing ("all in all", "all along", "all
but", "all over", "all for all")."""


def _plain_in(hunks: str, lowered: str, latin: bool, plain: Lazy) -> bool:
    """Whether ``plain`` (:data:`_IF`, or its Latin part for two ASCII texts, ``latin``) is
    found in ``hunks`` (``lowered``: in lower case). In ASCII "if" is the only word the
    Latin part finds, in any case: a lowered text without it is not searched."""
    if latin and "if" not in lowered:
        return False
    return plain.search(hunks) is not None


def _conditions(old: str, new: str, mapping: Map, patterns: tuple[Lazy, Lazy], *,
                alone: bool) -> list[tuple[int, Flag]]:
    """The conditions that one text puts on a statement the other states too: restrictive
    ones (``patterns[0]``) in a hunk of a sentence that keeps words outside it, or plain
    ones (``alone``, ``patterns[1]``) in the one hunk of a sentence otherwise unchanged, a
    pure insertion or deletion."""
    restrictive, plain = patterns
    pattern = plain if alone else restrictive
    if not (pattern.search(old) or pattern.search(new)):
        return []
    found = (_spans(patterns, old, alone), _spans(patterns, new, alone))
    if len(found[0]) == len(found[1]):
        return []  # as many conditions on each side: the same ones in other words
    side = 1 if len(found[1]) > len(found[0]) else 0
    text = (old, new)[side]
    other = (old, new)[1 - side]
    hunks = [((h.old_start, h.old_end) if side == 0 else (h.new_start, h.new_end),
              (h.new_start, h.new_end) if side == 0 else (h.old_start, h.old_end))
             for h in mapping.hunks]
    out: list[tuple[int, Flag]] = []
    # one sentence each side (a point's statement), the condition's side rewritten nearly
    # whole: the statement stayed, reworded, and the condition came (or went) with it
    reworded = not alone and _one_sentence(old) and _one_sentence(new)
    for start, end in found[side]:
        hunk, facing = next(((span, there) for span, there in hunks
                             if span[0] <= start and end <= span[1]), ((0, 0), (0, -1)))
        across = facing[1] - facing[0]
        if across < 0 or not (reworded or _kept_around(text, hunk)):
            continue
        if not alone and plain.search(other, *facing):
            continue  # "if" put for "provided that": the condition in other words
        if alone and (across > 0 or _hunks_in_sentence(text, hunk, hunks) > 1):
            continue
        word = text[start:end]
        flag = Flag(FlagKind.MODALITY, *((word, "") if side == 0 else ("", word)))
        out.append((mapping.lo(start) if side == 0 else start, flag))
        if len(out) == abs(len(found[1]) - len(found[0])):
            break
    return out


def _one_sentence(text: str) -> bool:
    """Whether ``text`` is one sentence: no statement's stop (a full stop, "!", "?" or ";"
    before a blank, a line break, their Japanese forms) but at its end."""
    body = text.strip()
    stop = STOP_BEFORE_BLANK.search(body)
    return bool(body) and (stop is None or stop.end() == len(body))


def _spans(patterns: tuple[Lazy, Lazy], text: str, alone: bool) -> list[tuple[int, int]]:
    """Where the restrictive conditions (``patterns[0]``) match, or (``alone``) the plain
    ones (``patterns[1]``) not inside a restrictive one ("if" of "only if", 場合 of
    場合に限り)."""
    restrictive, plain = patterns
    spans = [m.span() for m in (plain if alone else restrictive).finditer(text)]
    if alone and spans:
        taken = [m.span() for m in restrictive.finditer(text)]
        spans = [(s, e) for s, e in spans if not any(a <= s and e <= b for a, b in taken)]
    return spans


def _sentence(text: str, hunk: tuple[int, int]) -> tuple[int, int]:
    """The sentence around ``hunk`` (from the end of the one before it), up to its stop."""
    start, stop, _ = sentence_around(text, *hunk, ANY_STOP)
    return start, stop


def _hunks_in_sentence(text: str, hunk: tuple[int, int],
                       hunks: list[tuple[tuple[int, int], tuple[int, int]]]) -> int:
    """How many of ``hunks`` (each its span in ``text`` and across) touch the sentence that
    holds ``hunk``."""
    start, end = _sentence(text, hunk)
    return sum(1 for span, _ in hunks if span[0] <= end and start <= span[1])


def _kept_around(text: str, hunk: tuple[int, int]) -> bool:
    """Whether the sentence holding ``hunk`` has words outside it: the statement stayed."""
    start, end = _sentence(text, hunk)
    kept = re.sub(r"\W", "", text[start:hunk[0]] + text[hunk[1]:end])
    return len(kept) + 2 * sum(ch >= "\u3041" for ch in kept) >= _KEPT


__all__ = ["softening_flags"]

"""A pasted text's headline: the one short line a press copy opens with, above its points
("What we know about the new version of the peace plan"), taken as the version's title when
nothing else names it (the text says no "# Title", the reader found none, no --title)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from plandiff.plans.intake.asides import AGENCIES, ASIDE_LINE
from plandiff.plans.intake.lines import LEAD_IN_WORDS
from plandiff.plans.intake.timedbylines import timed_byline

HEADLINE_CHARS = 150
"""The longest line taken for a headline (a Japanese one: half as many characters)."""
_NOT_A_HEADLINE = re.compile(
    r"[.,;:、。，；：\-–—]$"  # a sentence, a lead-in or a dateline's dash
    rf"|(?:{LEAD_IN_WORDS})$"  # a lead-in going on in its items
    r"|^(?:by|от|від|文|記者)\s"  # a byline
    rf"|[(（](?:{AGENCIES})[)）]"  # a wire credit (a dateline's), as asides.py knows them
    r"|https?://|www\."  # a link
    r"|^\W*\d{1,4}[./\-年]\d{1,2}",  # a date or a time stamp
    re.IGNORECASE)
_UPPER = "A-ZА-ЯЁІЇЄҐ"
_PLACE = rf"[{_UPPER}][\w'’.-]*(?:[ ][{_UPPER}][\w'’.-]*){{0,2}}"
"""A dateline's place, one to three capitalised words (``KYIV``, ``Kyiv``, ``NEW YORK``)."""
_CITIES = (r"KYIV|KIEV|KIYV|MOSCOW|WASHINGTON|LONDON|BRUSSELS|PARIS|BERLIN|GENEVA|ISTANBUL"
           r"|ANKARA|WARSAW|NEW YORK|MIAMI|PALM BEACH|ABU DHABI|RIYADH|JEDDAH|DOHA|TOKYO"
           r"|BEIJING|UNITED NATIONS|КИЇВ|КИЕВ|МОСКВА|ВАШИНГТОН|ЛОНДОН|БРЮССЕЛЬ|ПАРИЖ"
           r"|БЕРЛІН|БЕРЛИН|ЖЕНЕВА|СТАМБУЛ|ВАРШАВА|НЬЮ-ЙОРК|НЬЮ-ЙОРК|ЕР-РІЯД|ЭР-РИЯД")
"""The places a wire story on the plans is datelined from, in capitals: a dateline of its
place alone (``WASHINGTON — …``); a word in capitals before a dash is else a headline's
(``EXCLUSIVE - …``, ``NATO - what changes``)."""
_MONTH = (r"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
          r"|(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)\w*\.?"
          r"|(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр"
          r"|декабр)\w*\.?)")
_DAY = rf",[ \t]*(?:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH})(?:,?[ \t]*\d{{4}})?"
"""A dateline's date after its place (``, Dec 3``, ``, 3 грудня``, ``, Dec. 3, 2026``)."""
_CREDIT = r"[ \t]*\.?[ \t]*(?:[(（][^()（）\n]{1,30}[)）]|/[^/\n]{1,20}/)"
"""A dateline's wire credit (``(Reuters)``, ``(Wire)``, ``/ТАСС/``)."""
_DATELINE = re.compile(
    rf"^(?:(?-i:{_PLACE}){_DAY}(?:{_CREDIT})?|(?-i:{_PLACE}){_CREDIT}|(?-i:{_CITIES}))"
    r"[ \t]*(?:[-–—]+|\.)(?:[ \t]|$)")
"""A wire story's dateline opening its lead (``KYIV, Dec 3 (Reuters) - The draft …``,
``WASHINGTON — …``, ``Kyiv, December 3 — …``, ``МОСКВА, 3 декабря. /ТАСС/. …``): the lead's
first words, never a headline."""


def dateline(line: str) -> bool:
    """Whether ``line`` opens with a wire story's dateline (:data:`_DATELINE`): the story's
    lead, however it ends, is no headline and no title."""
    return _DATELINE.match(line.strip()) is not None


_SUBJECT = re.compile(r"^(?:subject|тема|件名)[ \t]*[:：][ \t]*"
                      r"(?:(?:fwd?|fw|re|aw|wg|tr|пересл\.?|отв\.?|переслано)[ \t]*[:：][ \t]*)*"
                      r"(?P<subject>\S.*)$", re.IGNORECASE)
"""A mail's subject line pasted with its body (``Subject: Fwd: updated points``): the subject
is the headline, without the header's name and the forward and reply marks."""
_BYLINE = re.compile(r"^(?:by|від|от)\s+\S", re.IGNORECASE)
"""A byline right under a headline, with no blank line between (``By Jane Doe | Dec. 4``)."""
_NAMES = re.compile(r"^(?-i:[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+(?: [A-ZА-ЯЁІЇЄҐ]\.)?"
                    r"(?: [A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+){1,2})"
                    r"(?:(?: and |, | & )(?-i:[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+"
                    r"(?: [A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+){1,2}))?$")
"""A writer's name alone under a headline, as a news app's copy sets it (``Ann Writer``,
``Ann Writer and Ivan Petrenko``)."""
_PHOTO = re.compile(
    r"[(（\[]\s*(?:photos?|photograph|image|picture|pic|credit|фото|світлина|ілюстрація"
    r"|иллюстрация|写真|画像|撮影)\s*(?:by\b|[:：=＝])[^()（）]*[)）\]]\s*$"
    r"|^(?:photos?|photograph|image|picture|credit|фото|світлина|写真|画像)\s*(?:by\b|[:：=＝])"
    r"|[.。]\s*(?:photos?|photograph)\s+(?:by|:)\s*\S[^.]*$"
    r"|©",  # a credit or a copyright line ("Владимир Зеленский / © Associated Press")
    re.IGNORECASE)
"""A picture's caption or credit, copied with a page above its headline (``Donald Trump
(Photo: EPA)``, ``Фото: Офіс президента``, ``… at a briefing. Photo by Jane Doe/Reuters``,
``（写真：ロイター）``, ``写真＝共同``, ``Владимир Зеленский / © Associated Press``): never the
headline."""
_LINK_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
"""The story's link alone under its headline, as an app's share gives it."""


_SITE_LINE = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?"
                        r"[ \t]*[·|•][ \t]*\S", re.IGNORECASE)
"""A read-later app's line under the headline, the site first (``news.example.org · by Ann
Writer · 6 min``, ``example.org | Ann Writer | 5 min read``)."""


_SITE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$", re.IGNORECASE)
"""A site's name alone (``news.example.org``), as a browser's reader view sets it over the
headline."""
_READING_TIME = re.compile(r"^[0-9]{1,3}(?:[ ]?[–-][ ]?[0-9]{1,3})?[ ]?(?:minutes?|mins?"
                           r"|min read|минут[аы]?|мин\.?|хвилин[аи]?|хв\.?|分)$",
                           re.IGNORECASE)
"""A reader view's reading time under the headline (``5–6 minutes``, ``6 min read``)."""


def _byline(line: str) -> bool:
    """Whether a line under a headline is its byline: ``By …``, names alone, or a read-later
    app's line naming the site (:data:`_SITE_LINE`)."""
    line = line.strip()
    return _BYLINE.match(line) is not None or _NAMES.match(line) is not None \
        or _SITE_LINE.match(line) is not None or timed_byline(line)
_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
_KICKER = re.compile(r"^[^\W\d_][\w'’-]{0,24}"
                     r"(?:(?: [^\W\d_][\w'’-]{0,24})?[ ]?[/›>»|][ ]?[^\W\d_][\w'’-]{0,24}"
                     r"(?: [^\W\d_][\w'’-]{0,24})?){0,2}$")
"""A news page's section label over its headline, one word (``World``, ``Politics``,
``Exclusive``, ``Україна``) or its breadcrumb (``Новини / Політика``, ``World › Europe``),
copied from an app or a page with it."""
_KICKER_WORDS = re.compile(r"^[^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’-]*){0,2}$")


def kicked(paragraph: Sequence[str], after: Sequence[str] = ()) -> bool:
    """Whether a paragraph opens with a section label right over the headline: one word
    over the headline (``World`` / ``What the outline says``), or up to three (``Ukraine
    war``) over the headline and a byline (``By Jane Doe · 4 min read``), in the paragraph
    or opening the one ``after`` it."""
    label = paragraph[0].strip()
    if len(paragraph) not in (2, 3) or not _headline_sized(paragraph[1].strip(), label):
        return False
    byline = paragraph[2] if len(paragraph) == 3 else (after[0] if after else "")
    if _byline(byline):
        return len(label) <= 30 and _KICKER_WORDS.match(label) is not None
    return len(paragraph) == 2 and _kicker(label)


WIDE_KICKER_CHARS = 8
"""The longest section label in Japanese or Chinese (``国際``, ``ウクライナ情勢``): written
without spaces, a headline (``和平案の主なポイント``) is one "word" too, and longer."""


def _mostly_wide(line: str) -> bool:
    """Whether more than a third of a line's characters are wide (Japanese or Chinese)."""
    return len(_WIDE.findall(line)) > len(line) // 3


WIDE_HEADLINE_MIN = 4
"""The shortest Japanese or Chinese headline (``和平案の骨子``, ``停戦案全文``), but for one
that is a word naming the text alone (:data:`WIDE_NAMED_MIN`)."""
WIDE_NAMED_MIN = 3
"""The shortest Japanese or Chinese headline that is a word naming the text alone
(``和平案``, ``停戦案``: :data:`_WIDE_HEADLINE`)."""


def _headline_sized(line: str, label: str = "") -> bool:
    """Three words or more, or in Japanese or Chinese more characters than a section label
    (or, under a shorter wide ``label``, :data:`WIDE_HEADLINE_MIN` at least: ``国際`` /
    ``和平案の骨子``)."""
    if _mostly_wide(line):
        return len(line) > WIDE_KICKER_CHARS or (
            len(line) >= WIDE_HEADLINE_MIN and _mostly_wide(label) and len(label) < len(line))
    return len(line.split()) >= 3


_WIDE_HEADLINE = re.compile(r"[のをがとでへ]|全文|骨子|要旨|要点|全容"
                            r"|和平案|停戦案|草案|提案|合意|判明|発表")
"""What a short Japanese line holds when it is a headline, not a section label (``国際``,
``ウクライナ情勢``): a particle joining its words (``和平案の骨子``) or a word naming the
text or the news (``和平案全文``, ``停戦合意``)."""


def _kicker(line: str) -> bool:
    """Whether a line alone reads as a section label (:data:`_KICKER`); a short Japanese
    headline (:data:`_WIDE_HEADLINE`) is none."""
    if _KICKER.match(line) is None:
        return False
    if _mostly_wide(line):
        return len(line) <= WIDE_KICKER_CHARS and _WIDE_HEADLINE.search(line) is None
    return True


_SENTENCE_END = re.compile(r"[。．！？][」』）)]*$")
"""A Japanese sentence's end, a closing bracket after it."""


def headline(paragraphs: Sequence[Sequence[str]]) -> tuple[int, str] | None:
    """The first paragraph of the text before the points (past an aside alone on its line,
    a messenger's ``Forwarded from …``, a time and byline over the headline), when it is one
    short line that reads as a headline (not a sentence, a lead-in ending in a colon, a
    dateline, a byline, a link or
    a date; a byline may stand right under it): the paragraph's index and the line; else
    None. A Japanese page copied from a
    browser keeps no blank line under its headline: a short first line with no sentence
    end, over a longer line that ends one (the lead, a paragraph a line), is a headline too
    (:func:`glued`); a paragraph wrapped in lines is none."""
    found = _headline(paragraphs)
    if found is not None:
        return found
    # a short Japanese headline alone (``和平案の骨子``) reads as a section label too: with
    # nothing under it before the points but the page's date, a byline or an aside, it is
    # the headline
    label = next(((at, p[0].strip()) for at, p in enumerate(paragraphs)
                  if any(line.strip() for line in p)
                  and not (len(p) == 1 and (ASIDE_LINE.match(p[0].strip())
                                            or _PHOTO.search(p[0].strip())
                                            or timed_byline(p[0])))), None)
    if label is None or len(paragraphs[label[0]]) != 1 or not _kicker(label[1]) \
            or not _mostly_wide(label[1]) or len(label[1]) < WIDE_HEADLINE_MIN \
            or _NOT_A_HEADLINE.search(label[1]) or not all(
                _furniture(line) for p in paragraphs[label[0] + 1:] for line in p):
        return None
    return label


def _furniture(line: str) -> bool:
    """Whether a line under a headline is the page's, not its text: blank, the page's date,
    a byline, an aside or a picture's credit."""
    line = line.strip()
    return not line or _stamp(line) or _byline(line) or timed_byline(line) \
        or ASIDE_LINE.match(line) is not None or _PHOTO.search(line) is not None


def _headline(paragraphs: Sequence[Sequence[str]]) -> tuple[int, str] | None:
    """:func:`headline`, a section label alone on its line passed over."""
    at, first = next(((at, p) for at, p in enumerate(paragraphs)
                      if any(line.strip() for line in p)
                      and not (len(p) == 1 and (ASIDE_LINE.match(p[0].strip())
                                                or _kicker(p[0].strip())
                                                or _PHOTO.search(p[0].strip())
                                                or timed_byline(p[0])))), (0, None))
    if first is not None and kicked(first, paragraphs[at + 1] if at + 1 < len(paragraphs)
                                    else ()):
        first = first[1:]  # "World" / "What the outline says" / "By Jane Doe"
    if first is not None and 2 <= len(first) <= 4 and _SITE.match(first[0].strip()):
        # a reader view's copy: the site over the headline, the reading time under it
        first = first[1:-1] if _READING_TIME.match(first[-1].strip()) else first[1:]
    if first is not None and len(first) == 2 and (_byline(first[1])
                                                  or _LINK_LINE.match(first[1].strip())):
        first = first[:1]  # "THE 20-POINT PLAN" / "By JANE DOE | Dec. 4": its byline under it
        # (or the writer's name alone, or the story's link an app's share sets there)
    if first is None or (len(first) != 1 and not glued(first)):
        return None
    line = _without_pictographs(" ".join(first[0].split()))
    subject = _SUBJECT.match(line)
    if subject is not None:
        line = subject.group("subject")
    wide = _mostly_wide(line)
    limit = HEADLINE_CHARS // 2 if wide else HEADLINE_CHARS
    if not line or len(line) > limit or _NOT_A_HEADLINE.search(line) or dateline(line):
        return None
    if not wide and len(line.split()) < 2:
        return None
    if wide and len(line) < WIDE_HEADLINE_MIN and not (
            len(line) >= WIDE_NAMED_MIN and _WIDE_HEADLINE.fullmatch(line) is not None):
        return None
    return at, line


_FACT_SHEET = re.compile(r"^(?:fact[ \t]+sheet|factsheet)[ \t]*[:：–—-][ \t]*\S", re.IGNORECASE)
"""A government fact sheet's title (``FACT SHEET: President … Secures …``)."""
_LEAD_LINE = re.compile(r"[.!?;:。！？；：]$")
"""A line ending a sentence or a lead-in: the press release's text begun, its header done."""
FACT_SHEET_HEADER_LINES = 10
"""The most lines a press office's header sets over a fact sheet's title (the office, ``FOR
IMMEDIATE RELEASE``, the place, the date, a site's section and breadcrumbs)."""


def fact_sheet(paragraphs: Sequence[Sequence[str]]) -> tuple[int, str] | None:
    """A fact sheet's title line (``FACT SHEET: …``) among the lines of a press office's
    header over it (``THE WHITE HOUSE`` / ``Office of the Press Secretary`` / ``FOR
    IMMEDIATE RELEASE`` / a date, or a page's ``Briefings & Statements`` / ``The White
    House``), before the release's first sentence: the paragraph's index and the line; else
    None. A header's lines run together in one paragraph, and the title may stand in it."""
    seen = 0
    for at, paragraph in enumerate(paragraphs):
        for line in paragraph:
            line = _without_pictographs(" ".join(line.split()))
            if not line:
                continue
            if _FACT_SHEET.match(line) and len(line) <= HEADLINE_CHARS \
                    and not line.endswith((":", "：")):
                return at, line
            seen += 1
            if seen >= FACT_SHEET_HEADER_LINES or _LEAD_LINE.search(line):
                return None
    return None


_JOINERS = frozenset("\ufe0f\ufe0e\u200d\u20e3")
"""What an emoji is built with besides its symbols: the variation selectors, the zero-width
joiner and the keycap."""


def _pictograph(char: str) -> bool:
    """Whether ``char`` is part of an emoji or a symbol a channel sets around a headline (⚡️,
    🔴, ❗, a flag's regional indicators, a skin tone), not a letter, digit or punctuation."""
    return char in _JOINERS or unicodedata.category(char) in ("So", "Sk") \
        or "\U0001f1e6" <= char <= "\U0001f1ff"


def _without_pictographs(line: str) -> str:
    """``line`` without the emoji and symbols at its start and end ("⚡️ Срочно: …" →
    "Срочно: …"), and the spaces they leave."""
    start, end = 0, len(line)
    while start < end and (_pictograph(line[start]) or line[start].isspace()):
        start += 1
    while end > start and (_pictograph(line[end - 1]) or line[end - 1].isspace()):
        end -= 1
    return line[start:end]


_DATE = re.compile(r"\d{1,4}[./\-年]\d{1,2}")
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}")


def _stamp(line: str) -> bool:
    """Whether ``line`` is a page's date line under its headline: short, ending no sentence,
    with a date, and a time (``10:30``) or mostly figures (``2025/12/04 10:30``,
    ``2025年12月4日（木）``, ``12/4(木) 10:30配信``, ``読売新聞オンライン　2025/12/04 10:30``,
    ``… (最終更新 12/04 11:02)``); a line of a wrapped paragraph that gives a date in words
    around it is none."""
    line = line.strip()
    if not line or len(line) > 40 or re.search("[。．！？]", line) or not _DATE.search(line):
        return False
    return _CLOCK.search(line) is not None or 5 * sum(ch.isdigit() for ch in line) >= 2 * len(line)


def glued(paragraph: Sequence[str]) -> bool:
    """Whether ``paragraph`` opens with a Japanese headline run into the lines under it: a
    first line with no sentence end in it, then the page's date (:func:`_stamp`) or a
    longer line ending a sentence, the lead (a wrapped paragraph's lines are as long as
    each other, its last the shortest)."""
    if len(paragraph) < 2:
        return False
    head, lead = paragraph[0].strip(), paragraph[1].strip()
    return (len(_WIDE.findall(head)) > len(head) // 2 and not re.search("[。．！？]", head)
            and (_stamp(lead)
                 or (len(lead) > len(head) and _SENTENCE_END.search(lead) is not None)))


def apart(paragraph: Sequence[str], after: Sequence[str] = ()) -> list[list[str]]:
    """A paragraph :func:`glued` as the paragraphs it runs together: the headline, the
    page's date under it (when there is one), the rest."""
    kicker = [list(paragraph[:1])] if kicked(paragraph, after) else []
    paragraph = paragraph[len(kicker):]
    pieces = [*kicker, list(paragraph[:1])]
    rest = list(paragraph[1:])
    if rest and _stamp(rest[0]):
        pieces.append(rest[:1])
        rest = rest[1:]
    return pieces + ([rest] if rest else [])


__all__ = ["HEADLINE_CHARS", "apart", "dateline", "fact_sheet", "glued", "headline", "kicked"]

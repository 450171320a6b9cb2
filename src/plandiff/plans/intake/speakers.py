"""Speaker labels of a transcript or an interview that quotes the plan: ``Q:``, ``A:``,
``Reporter:``, ``ZELENSKY:``, ``ЗЕЛЕНСЬКИЙ:`` at a line's start, and a Japanese press
conference's or interview's: ``記者：``, ``問：``, ``答：``, ``司会：``, a name with its title
(``ゼレンスキー大統領：``), no space needed after the colon, the same in brackets
(``【記者】``, ``（総理）``), a Q&A's full-width ``Ｑ　…`` / ``Ａ　…``, and the ``――`` that
opens an interviewer's question.

A label is never a point's text. In front of a point's number (``A: 3. Detainees …``) it is
left out and the line opens the point; a labelled line with no number after the first point
is the transcript's, not the point's: it goes to the version's notes (as a heading would,
with the unlabelled lines under it until the next point), and the report counts both.

A draft is read as a transcript only when it shows it: a ``Q:`` label or a role's
(``Reporter:``, ``Питання:``, ``記者：``, ``――``), or one label in capitals (or one Japanese
name with its title) on two lines at least, so that a plan's own ``NOTE:`` once is text. A
Japanese name in katakana without a title (``ゼレンスキー：``) is a speaker's only in a draft
with questions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from plandiff.plans.intake.lines import Line
from plandiff.plans.intake.markers import JA_ARTICLE, KANJI_ITEM, SUB, TOP

__all__ = ["SPEAKER", "speaker_lines"]

SPEAKER = "\x1d"
"""Put before a labelled line with no point's number: the parser reads it as the
transcript's (:func:`~plandiff.plans.intake.parser.parse_lines`)."""

_ROLES = (r"Q|Question|Reporter|Journalist|Interviewer|Host|Moderator|Correspondent"
          r"|Питання|Журналіст|Журналістка|Ведучий|Ведуча|Кореспондент|Вопрос|Журналист"
          r"|Журналистка|Ведущий|Ведущая|Корреспондент")
"""Labels that say the draft is a transcript (the question's side)."""
_ANSWERS = r"A|Answer|Відповідь|Ответ"
"""Labels of the answering side: a speaker's only in a draft with questions."""
_CAPS = r"[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’.\-]+(?: [A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’.\-]+){0,2}"
"""A name in capitals, one to three words (``ZELENSKY``, ``PRESIDENT TRUMP``, ``MR. SMITH``)."""
_LABEL = re.compile(
    r"^(?P<indent>[ \t]*)(?:\*\*|__)?(?P<label>" + _ROLES + "|" + _ANSWERS + "|" + _CAPS
    + r")(?:\*\*|__)?[ \t]*[:：](?:\*\*|__)?[ \t]+(?P<rest>\S.*)$")
_JA_ROLES = r"記者|問い?|質問者?|司会者?|聞き手|インタビュアー|Ｑ|――|──|——"
"""A Japanese transcript's question side; ``――`` opens an interviewer's question."""
_JA_ANSWERS = r"答え?|回答|Ａ"
_JA_TITLES = (r"大統領|副大統領|首相|総理|氏|長官|外相|大臣|報道官|特使|補佐官|議員|代表|主席"
              r"|議長|大使|次官|事務総長|書記長")
_KATAKANA = r"[\u30a1-\u30fa\u30fc・]"
_JA_NAME = rf"(?:{_KATAKANA}|[\u4e00-\u9fff々]){{0,12}}?(?:{_JA_TITLES})"
"""A name with its title, or the title alone: ``ゼレンスキー大統領``, ``ルビオ国務長官``,
``林官房長官``, ``総理``."""
_JA_KANA_NAME = rf"{_KATAKANA}{{3,12}}"
"""A name in katakana without a title (``ゼレンスキー``): a speaker's in a draft with questions."""
_JA_LABEL = re.compile(
    r"^(?P<indent>[ \t\u3000]*)(?:(?P<dashes>――|──|——)|(?P<qa>[ＱＡ])(?:[．.]|[ \t\u3000])"
    r"|(?P<label>" + _JA_ROLES + "|"
    + _JA_ANSWERS + "|" + _JA_NAME + "|" + _JA_KANA_NAME
    + r")[ \t\u3000]*[:：]|[【（(〔](?P<bracketed>" + _JA_ROLES + "|" + _JA_ANSWERS + "|"
    + _JA_NAME + r")[】）)〕])[ \t\u3000]*(?P<rest>[^\s―─—].*)$")
"""A Japanese label: no space after the colon, as Japanese is written; or the label in
brackets, as a government's transcript prints it (``【記者】…``, ``（総理）…``)."""
_MAYBE = re.compile(r"[:：―─—】）)〕ＱＡ]")
"""A character every label has (a quick test before the label patterns)."""
_ROLE = re.compile(rf"(?:{_ROLES}|{_JA_ROLES})$", re.IGNORECASE)
_ANSWER = re.compile(rf"(?:{_ANSWERS}|{_JA_ANSWERS})$", re.IGNORECASE)
_JA_KANA_ONLY = re.compile(rf"{_JA_KANA_NAME}$")
_NOT_SPEAKERS = frozenset({
    "NOTE", "NB", "N.B.", "PS", "P.S.", "UPDATE", "CORRECTION", "ANNEX", "ARTICLE", "PART",
    "SECTION", "CHAPTER", "WHEREAS", "IMPORTANT", "WARNING", "EDITOR'S NOTE", "EDITOR’S NOTE",
    "READ MORE", "RELATED", "SOURCE", "SOURCES", "ПРИМІТКА", "ПРИМЕЧАНИЕ", "СТАТТЯ", "СТАТЬЯ",
    "РОЗДІЛ", "РАЗДЕЛ",
    # the parties, as a plan heads each one's obligations (``UKRAINE: withdraws …``)
    "UKRAINE", "RUSSIA", "RUSSIAN FEDERATION", "US", "USA", "U.S.", "UNITED STATES", "EU",
    "NATO", "UN", "OSCE", "EUROPE", "BOTH SIDES", "ALL PARTIES", "THE PARTIES", "УКРАЇНА",
    "РОСІЯ", "УКРАИНА", "РОССИЯ", "США", "ЄС", "ЕС", "НАТО", "ООН", "ОБСЄ", "ОБСЕ"})
"""Words in capitals before a colon that head a plan's or a page's text, not a speaker's."""


def speaker_lines(lines: Sequence[Line]) -> tuple[list[Line], int, str]:
    """The lines with speaker labels read (see the module notes): a label before a point's
    number left out, a labelled line without one marked with :data:`SPEAKER`. A line under
    a lead-in ending in a colon is the lead-in's item (``The parties commit:`` /
    ``UKRAINE: …``), not a speaker's. Returns the lines, how many labels were left out and
    where the first was."""
    found: list[tuple[int, re.Match[str]]] = []
    previous = ""
    for index, line in enumerate(lines):
        text = line.text
        if _MAYBE.search(text):
            match = _LABEL.match(text) or _JA_LABEL.match(text)
            if match is not None and _label(match).upper() not in _NOT_SPEAKERS \
                    and not previous.rstrip().endswith((":", "：")):
                found.append((index, match))
        if text.strip():
            previous = text
    if not found:
        return list(lines), 0, ""
    labels = [_label(m) for _, m in found]
    questions = any(_ROLE.match(label) for label in labels)
    caps = Counter(label for label in labels if not _ROLE.match(label)
                   and not _ANSWER.match(label))
    speakers = {label for label, count in caps.items()
                if questions or (count >= 2 and not _JA_KANA_ONLY.match(label))}
    if questions:
        speakers |= {label for label in labels if _ROLE.match(label) or _ANSWER.match(label)}
    if not speakers:
        return list(lines), 0, ""
    out = list(lines)
    stripped = 0
    first = ""
    for index, match in found:
        if _label(match) not in speakers:
            continue
        line = lines[index]
        rest = match.group("rest")
        if _numbered(rest):  # "A: 3. Detainees …", "答：3、…": the label goes, the point opens
            out[index] = Line(match.group("indent") + rest, line.where)
            stripped += 1
            first = first or line.where
        else:
            out[index] = Line(SPEAKER + line.text, line.where)
    return out, stripped, first


def _label(match: re.Match[str]) -> str:
    """The label a match found: the speaker's words, or an interviewer's ``――``."""
    groups = match.groupdict()
    return groups.get("label") or groups.get("bracketed") or groups.get("qa") \
        or groups.get("dashes") or ""


def _numbered(rest: str) -> bool:
    """Whether what follows a label opens a point: ``3. …``, ``3、…``, ``（３）…``, ``①…``,
    ``三、…``, ``第3項　…``."""
    return bool(TOP.match(rest) or SUB.match(rest) or KANJI_ITEM.match(rest)
                or JA_ARTICLE.match(rest))

"""A wiki article's own marks in a copy of its text: the edit link after each section's
heading and the maintenance tags in its sentences.

Selected in a browser and pasted, a Wikipedia article keeps what its page shows around the
text: each section heading ends in its edit link (``Reactions[edit]``, ``Реакция[править |
править код]``, ``反応[編集]``), and a sentence an editor questioned carries a tag
(``…and Europe.[citation needed]``, ``[要出典]``, ``[источник не указан 12 дней]``). A line
that ends in an edit link is a heading: it is read as one (``## Reactions``), so the
section's prose after the list is no point's text and the references under their heading
go to the notes (their heading is a notes heading:
:data:`~plandiff.plans.intake.lines.NOTES_WORDS`). The tags are taken out of the text. Both
are counted in the structure report. A saved page needs none of this: its reader leaves the
edit links and tags out by their markup (:mod:`.html`).
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import Line

__all__ = ["WIKI_CLASSES", "wiki_marks"]

_EDIT_WORDS = (r"edit|edit source|править|править код|ред\.|ред\. код|редагувати"
               r"|редагувати код|編集|ソースを編集|bearbeiten|quelltext bearbeiten|modifier"
               r"|modifier le code|editar|editar código(?:-fonte)?|modifica|modifica wikitesto"
               r"|edytuj|edytuj kod")
_EDIT_LINK = re.compile(rf"^(?P<indent>[ \t]*)(?P<heading>\S.{{0,98}}?)[ \t]*"
                        rf"\[[ \t]*(?:{_EDIT_WORDS})(?:[ \t]*\|[ \t]*(?:{_EDIT_WORDS}))?[ \t]*\]"
                        r"[ \t]*$", re.IGNORECASE)
"""A section heading and its edit link (``Reactions[edit]``, ``Реакция[править | править
код]``), the link alone at the line's end."""
_TAGS = (r"citation needed|clarification needed|better source needed|verification needed"
         r"|failed verification|page needed|pages needed|full citation needed|year needed"
         r"|dubious(?: [–—-] discuss)?|disputed(?: [–—-] discuss)?|when\?|who\?|which\?"
         r"|where\?|according to whom\?|by whom\?|original research\?|update needed"
         r"|needs update|unreliable source\?|not in citation given|third-party source needed"
         r"|non-primary source needed|specify|vague"
         r"|要出典(?:範囲)?|要検証|要説明|要ページ番号|信頼性要検証|独自研究\?|いつ\?|誰\?|どこ\?"
         r"|источник не указан(?: [0-9]{1,5} (?:дней|дня|день))?|нет в источнике"
         r"|неавторитетный источник\?|нет АИ(?: [0-9]{1,5} (?:дней|дня|день))?|уточнить"
         r"|когда\?|кто\?|джерело\?|джерело не вказано|нема в джерелі|уточнити|коли\?|хто\?"
         r"|quelle fehlt|belege fehlen|référence nécessaire|réf\. nécessaire|cita requerida"
         r"|citazione necessaria|potrzebny przypis")
_TAG = re.compile(rf"[ \t]?[\[［](?:{_TAGS})[\]］]", re.IGNORECASE)
"""A maintenance tag as the page shows it (``[citation needed]``), with the space before it
when there is one."""
WIKI_CLASSES = frozenset({"mw-editsection", "noprint", "mw-cite-backlink"})
"""Class names of a saved wiki page's marks that are not the article's text: the edit links,
what the page leaves out when printed (maintenance tags, navigation boxes), and the "^"
back-links of the references."""


def wiki_marks(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int, int]:
    """The lines with each heading's edit link taken off (the heading marked as one) and the
    maintenance tags taken out, with how many of each."""
    out: list[Line] = []
    headings = tags = 0
    for line in lines:
        text = line.text
        if "[" in text or "［" in text:
            edit = _EDIT_LINK.match(text)
            if edit is not None and not edit.group("heading").startswith("#"):
                text = f"{edit.group('indent')}## {edit.group('heading')}"
                headings += 1
            elif edit is not None:
                text = f"{edit.group('indent')}{edit.group('heading')}"
                headings += 1
            text, found = _TAG.subn("", text)
            tags += found
        out.append(line if text == line.text else Line(text, line.where))
    return tuple(out), headings, tags

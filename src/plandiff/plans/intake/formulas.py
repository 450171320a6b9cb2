"""The formulas of a legal text around its articles, read out of the points once the whole
draft is read.

A treaty, an agreement or an act opens with a preamble and closes its articles with an
enacting formula ("Have agreed as follows:", "HAS ADOPTED THIS REGULATION:", "договорились о
нижеследующем:", "次のとおり協定した。"); after its last article comes the concluding
formula ("Done at Brussels, …", "In witness whereof …", "Совершено в …", "Вчинено в …") with
the signatures. Pasted, printed or saved as a page, such a text loses the markup that told
these parts apart (Akoma Ntoso's ``preamble`` and ``conclusions``):

- :func:`preamble`: the numbered recitals before the enacting formula (``(1) Whereas …``)
  were read as points 1, 2 …, and the articles after it as points 1, 2 … again. When the
  numbering starts again right after the formula (or the points after it are articles and
  those before it are not), the points before it and the formula are the preamble: they
  go to the version's notes, as written.
- :func:`conclusion`: the concluding formula and what follows it (the signatures) ran into
  the last article's text. From the paragraph that opens with the formula, they go to the
  version's notes; so does a forwarded message's sign-off ("Best," and the name under it),
  and a name alone signing a message that greets its readers ("Hi all, …" / the points /
  "Hanna"), that a quoted message's attribution line names ("On …, Olena <…> wrote:" /
  the points / "Olena") or that a phone's or a mail program's line closes ("Jane" /
  "Sent from my iPhone", itself left out).

Each move has its line in the structure report.
"""

from __future__ import annotations

import re
import unicodedata

from plandiff.plans.intake.lines import join_wrapped
from plandiff.plans.intake.parsestate import Event, Node, Parse
from plandiff.plans.intake.sentences import SENTENCE_END

__all__ = ["conclusion", "preamble"]

_ENACTING = re.compile(
    r"(?:"
    # English: "have agreed as follows", "hereby agree on the following",
    # "has adopted this regulation"
    r"\b(?:ha(?:s|ve)\s+(?:agreed|decided|resolved|concluded)|(?:hereby\s+)?agree)"
    r"\s+(?:as\s+follows|(?:up)?on\s+the\s+following)"
    r"|\bha(?:s|ve)\s+adopted\s+th(?:is|e\s+present)\s+(?:regulation|directive|decision)"
    # Russian and Ukrainian: "договорились о нижеследующем", "домовилися про таке"
    r"|(?:договорил(?:и|а)сь|согласил(?:и|а)сь|условил(?:и|а)сь)\s+о\s+(?:нижеследующем|"
    r"следующем)"
    r"|(?:домовил(?:и|а)?ся|домовились|погодил(?:и|а)?ся|погодились)\s+про\s+(?:таке|"
    r"нижченаведене|наступне|нижчевикладене)"
    # French and German, as treaties in those languages write it
    r"|\bsont\s+convenue?s\s+de\s+ce\s+qui\s+suit|\bha(?:t|ben)\s+folgendes\s+vereinbart"
    r")\s*[:：.]?\s*$"
    # Japanese: "次のとおり協定した。", "以下のとおり合意した。"
    r"|(?:次|以下)の(?:とおり|通り)(?:協定|合意|決定|取り決め)(?:した|する)[。：:]?\s*$",
    re.IGNORECASE,
)
"""The end of an enacting formula: the words that close a preamble and open the articles."""

_ENACTING_CHARS = 400
"""A paragraph longer than this is a clause that happens to end so, not the formula."""

_CONCLUDING = re.compile(
    r"^(?:(?:done|signed)\s+(?:in\s+\w+\s+)?(?:at|in)\s+\S"
    r"|in\s+witness\s+whereof\b"
    r"|(?:совершено|подписано)\s+(?:в\s+г\.|в|во)\s+\S"
    r"|(?:вчинено|учинено|підписано)\s+(?:в|у|у\s+м\.|в\s+м\.)\s+\S"
    r"|以上の証拠として)",
    re.IGNORECASE,
)
"""The opening of a concluding formula: "Done at Brussels", "Done in duplicate at Kyiv",
"In witness whereof", "Совершено в г. Минске", "Вчинено в Києві", "以上の証拠として"."""


_SIGN_OFF = re.compile(
    r"^(?:[^\n]{0,60}?[.!?…][ \t]+(?=(?:thank|спасибо|благодарю|дякую|слава|героям)))?"
    r"(?:best(?:\s+(?:regards|wishes))?|kind(?:est)?\s+regards|warm(?:est)?\s+regards"
    r"|regards|many\s+thanks|thanks(?:\s+again)?|thank\s+you(?:\s+(?:very\s+much|all))?"
    r"|cheers|all\s+the\s+best"
    r"|слава\s+україні|героям\s+слава|дякую(?:\s+вам)?(?:\s+за\s+увагу)?"
    r"|спасибо(?:\s+большое)?(?:\s+за\s+внимание)?|благодарю(?:\s+вас)?(?:\s+за\s+внимание)?"
    r"|yours(?:\s+(?:sincerely|faithfully|truly))?|sincerely"
    r"|с\s+уважением|с\s+наилучшими\s+пожеланиями|всего\s+доброго|з\s+повагою"
    r"|з\s+найкращими\s+побажаннями|よろしくお願い(?:いた|致)?します|以上"
    r"|--|(?:sent\s+from\s+my|get\s+outlook\s+for|отправлено\s+(?:с|из)|надіслано\s+(?:з|із))"
    r"\s+\S.*)"
    r"[ \t]*[,.!。、]*$", re.IGNORECASE)
"""A forwarded mail's sign-off on a line of its own ("Best,", "Kind regards", "С уважением,",
"З повагою,", "よろしくお願いします。"), with the sender's name and signature under it, and a
speech's ("Thank you.", "Спасибо.", "Слава Україні!", after a short sentence too: "That is
all I wanted to say. Thank you."), with the questions after it; the
line that opens a signature (``--``, RFC 3676's ``-- ``) and a phone's or a mail program's
own signature ("Sent from my iPhone", "Get Outlook for Android", "Отправлено с iPhone")."""


def _formula_at_end(node: Node) -> str | None:
    """The enacting formula that ends a point (or its last sub-point): its last paragraph,
    or that paragraph's last line; None when it ends otherwise."""
    last = node.walk()[-1]
    paragraphs = [p for p in last.paragraphs if p]
    if not paragraphs:
        return None
    for text in (join_wrapped(paragraphs[-1]), paragraphs[-1][-1]):
        if len(text) <= _ENACTING_CHARS and _ENACTING.search(text.strip()):
            return text.strip()
    return None


def _formula_before(parse: Parse, k: int) -> str | None:
    """The enacting formula between points ``k - 1`` and ``k``: ending the point before, or
    a heading of its own."""
    return _formula_at_end(parse.points[k - 1]) or next(
        (heading for heading, index in parse.headings
         if index == k and _ENACTING.search(heading.strip())), None)


def _starts_again(keyword_before: bool, after: Node) -> bool:
    """Whether the articles start after the formula: the numbering goes back to 1, or the
    point after it is an article (a word opened it) and none before it was
    (``keyword_before``)."""
    return after.label == "1" or (after.keyword and not keyword_before)


def preamble(parse: Parse) -> None:
    """Move the recitals before an enacting formula out of the points (see the module notes)."""
    points = parse.points
    keyword_before = False  # whether a word opened any point before k (kept as k grows)
    for k in range(1, len(points)):
        keyword_before = keyword_before or bool(points[k - 1].keyword)
        formula = _formula_before(parse, k) if _starts_again(keyword_before, points[k]) \
            else None
        if formula is not None:
            break
    else:
        return
    # Headings among the recitals go to the notes in their place; a line already set apart
    # as written (a speaker's, a page's text) among them would lose its place: leave all.
    among = [at for at, (_, index) in enumerate(parse.headings) if index < k]
    if any(at in among for at, _, _ in parse.as_written):
        return
    recitals = points[:k]
    notes = parse.notes
    for i, node in enumerate(recitals):
        for at in among:
            heading, index = parse.headings[at]
            if index == i:
                notes.append([heading])
                notes.extend(p for p in parse.under[at] if p)
        for n in node.walk():
            paragraphs = [list(p) for p in n.paragraphs if p] or [[]]
            if n.title:
                paragraphs.insert(0, [n.title])
            mark = n.mark or f"{n.number}."
            gap = "" if unicodedata.east_asian_width(mark[-1]) in "WF" else " "  # （１）戦闘
            paragraphs[0] = [f"{mark}{gap}{paragraphs[0][0]}", *paragraphs[0][1:]] \
                if paragraphs[0] else [mark]
            notes.extend(paragraphs)
            notes.extend([note] for note in n.notes)
    notes.append([])
    dropped = set(among)
    parse.headings = [(heading, index - k) for at, (heading, index)
                      in enumerate(parse.headings) if at not in dropped]
    parse.under = [under for at, under in enumerate(parse.under) if at not in dropped]
    parse.as_written = [(index - sum(1 for d in dropped if d < index), where, mark)
                        for index, where, mark in parse.as_written]
    parse.points = points[k:]
    first, last = recitals[0].number, recitals[-1].number
    span = first if first == last else f"{first}-{last}"
    parse.events.append(Event(recitals[0].where, "preamble", f"{k} numbered paragraph(s) "
                              f"({span}) before the enacting formula ({formula[-60:]}) read "
                              "as the preamble's recitals, not points: moved to the version's "
                              "notes"))


_GREETING = re.compile(
    r"^(?:hi|hello|dear|colleagues|good\s+(?:morning|afternoon|evening)|коллеги|колеги"
    r"|добрый\s+(?:день|вечер)|доброе\s+утро|добрий\s+(?:день|вечір)|доброго\s+дня|привет"
    r"|привіт|здравствуйте|вітаю|уважаемые|шановні|друзья|друзі)\b",
    re.IGNORECASE)
"""A message's greeting to its readers ("Hi all", "Dear colleagues", "Коллеги,", "Добрий
день!")."""
_NAME = re.compile(r"^(?:[A-ZА-ЯЁІЇЄҐ]\.[ ]?){0,2}[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+"
                   r"(?:[ ][A-ZА-ЯЁІЇЄҐ](?:[a-zа-яёіїєґ'’-]+|\.))?$")
"""A name signing a message: ``Hanna``, ``Hanna Sokil``, ``О. Коваль``, ``Olena K.``."""
_CONTACT = re.compile(
    r"@|\+?[0-9][0-9 ()-]{5,}|https?://|www\."
    r"|\b(?:desk|editor|reporter|correspondent|office|department|team|director|advis[eo]r"
    r"|analyst|head|chief|secretary|spokes\w*|press|ministry|embassy|bureau|counsel\w*"
    r"|unit|staff)\b"
    r"|(?:відділ|отдел|редак|кореспондент|корреспондент|аналіт|аналит|радни|советни"
    r"|прес-служб|пресс-служб|міністерств|министерств|посольств|департамент|служб|керівни"
    r"|руководител|директор|бюро)",
    re.IGNORECASE)
"""What a signature's line under the name gives: a desk or a role (``Policy desk``,
``відділ політики``), a telephone number, an address."""
_SIGNATURE_LINES = 3
_SIGNATURE_CHARS = 40


_WROTE = re.compile(r"[ \t](?:wrote|написал[аи]?|написав|написала|пише|пишет)[ \t]*:",
                    re.IGNORECASE)
"""The end of a quoted message's attribution line (``On …, Olena <…> wrote:``, ``…
написала:``)."""


def _attributed(parse: Parse, paragraph: list[str]) -> bool:
    """Whether a signature names the sender an attribution line before the points gives
    (``On …, Olena Koval <…> wrote:`` over the quoted points, ``Olena`` under them)."""
    name = paragraph[0].strip().split()
    for notes in parse.notes:
        for text in notes:
            wrote = _WROTE.search(text)
            if wrote is not None and name and name[0] in text[max(wrote.start() - 120, 0):
                                                            wrote.start()]:
                return True
    return False


def _greeted(parse: Parse) -> bool:
    """Whether the text before the points opens with a greeting to its readers."""
    first = next((paragraph[0] for paragraph in parse.notes if paragraph), "")
    return _GREETING.match(first.strip()) is not None


def _signature(paragraph: list[str]) -> bool:
    """Whether a paragraph is a message's signature: a name alone on its first line, and at
    most two more short lines (a desk, a telephone number) with no sentence."""
    lines = [text.strip() for text in paragraph]
    return 0 < len(lines) <= _SIGNATURE_LINES and _NAME.match(lines[0]) is not None and all(
        len(text) <= _SIGNATURE_CHARS and text[-1:] not in SENTENCE_END for text in lines[1:])


def _signed(paragraphs: list[list[str]]) -> tuple[int, int] | None:
    """Where a signature of a name and a desk or a telephone number (``Olena`` / ``Policy
    desk``: :data:`_CONTACT` in each line under the name) ends the last point, in a
    paragraph of its own or right under the point's finished sentence, greeting or not:
    (paragraph, line), or None. A name alone may be a
    short paragraph of the point's own (``Agreed Text``): only a message's greeting tells
    it a signature (:func:`_greeted`)."""
    last = paragraphs[-1]
    for line in range(max(len(last) - _SIGNATURE_LINES, 0), len(last) - 1):
        if (line or len(paragraphs) > 1) and _signature(last[line:]) \
                and all(_CONTACT.search(text) for text in last[line + 1:]) \
                and (paragraphs[-2][-1] if not line else last[line - 1]).rstrip()[-1:] \
                in SENTENCE_END:
            return len(paragraphs) - 1, line
    return None


def conclusion(parse: Parse) -> None:
    """Move the concluding formula and the signatures out of the last point (see the module
    notes)."""
    if not parse.points:
        return
    last = parse.points[-1].walk()[-1]
    paragraphs = [p for p in last.paragraphs if p]
    found = next(((at, line) for at, paragraph in enumerate(paragraphs)
                  for line, text in enumerate(paragraph)
                  if (at or line) and (_CONCLUDING.match(text.strip())
                                       or _SIGN_OFF.match(text.strip()))
                  and (not line or paragraph[line - 1].rstrip()[-1:] in SENTENCE_END)), None)
    named = found is None and len(paragraphs) > 1 and _signature(paragraphs[-1]) \
        and (_greeted(parse) or _attributed(parse, paragraphs[-1]) or bool(parse.app_lines))
    if named:
        found = (len(paragraphs) - 1, 0)  # "Hanna" under a message that greets its readers
    elif found is None and paragraphs:
        found = _signed(paragraphs)
        named = found is not None
    if found is None:
        return
    at, line = found
    sign_off = named or bool(_SIGN_OFF.match(paragraphs[at][line].strip()))
    # A paragraph the formula opens is moved whole; from a line inside one (a copy with no
    # blank lines), each line is a paragraph of the notes (the signatures are one a line).
    moved = ([join_wrapped(paragraphs[at])] if not line
             else list(paragraphs[at][line:]))
    moved += [join_wrapped(p) for p in paragraphs[at + 1:]]
    last.paragraphs = [*paragraphs[:at], *([paragraphs[at][:line]] if line else [])]
    parse.after_last[:0] = moved
    more = len(moved) - 1
    what = "the sign-off of a message after the last point" if sign_off else \
        "the concluding formula after the last article"
    parse.events.append(Event(last.where, "conclusion", f"{what} ({moved[0][:60]})"
                              + (f" and the {more} paragraph(s) after it" if more else "")
                              + f" read as the text's conclusion, not point {last.number}'s: "
                              "moved to the version's notes"))

"""Short title lines over the points' text, told by the draft's shape: ``1. Sovereignty`` on
its own line, then the point's text (``Ukraine is sovereign …``), point after point. A press
copy pasted from a page whose titles were bold, or typed so, has no other mark of them: read
as text, the title ran into the point's first sentence ("Sovereignty Ukraine is sovereign").

The shape must hold for the whole draft, so that one wrapped line never passes for a title:
at least three points, and every point of more than one line opens with a title line — short
(at most :data:`TITLE_WORDS` words and :data:`TITLE_CHARS` characters), not in small letters,
without a clause's closing punctuation, a comma or a colon at its end — over a text that does
not go on from it in small letters and is set apart (a paragraph of its own) or at least half
as long again (a wrapped line is about as long as the line after it). Once three points
show that shape, a point whose text is a short finished sentence (``4. Army`` / ``Capped at
800,000.``) has its title line too, and a point whose first line is a full sentence longer
than any title has none but leaves the others theirs. A colon or a dash closing a title line
(``1. Sovereignty:``) is its mark, left out.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import LEAD_IN_WORDS
from plandiff.plans.intake.markers import CAPTION
from plandiff.plans.intake.parsestate import Node, Parse, title_over
from plandiff.plans.intake.sentences import CLAUSE_END

__all__ = ["TITLE_CHARS", "TITLE_WORDS", "UNLABELLED_SHARE", "bullet_labels", "captions",
           "point_labels", "title_lines"]


TITLE_WORDS = 6
TITLE_CHARS = 60


_LEAD_OUT = re.compile(r"(?<=\S)(?:[ \t]*[:：]|[ \t]+[—–-])$")
"""A title line's closing colon or dash (``1. Sovereignty:``, ``Point 3 – Territory —``):
the title's mark, not its words."""

STRICT, SHORT, SENTENCE = "strict", "short", "sentence"
"""How a point's first lines read (:func:`_titled`): a title line over the text by every
test; one whose text is no longer than a wrapped line's end (``Army`` / ``Capped at
800,000.``); a first line that is a full sentence longer than any title (no title, and no
evidence against the others')."""


def _titled(node: Node) -> str | bool | None:
    """:data:`STRICT`, :data:`SHORT` or :data:`SENTENCE` (above); False when the point's
    first line is no title; None when it has one line only (no evidence either way)."""
    lines = [line for paragraph in node.paragraphs for line in paragraph]
    if len(lines) < 2:
        return None
    first, second = lines[0].strip(), lines[1].strip()
    if node.title is not None or not first or not second:
        return False
    bare = _LEAD_OUT.sub("", first)
    if len(bare) > TITLE_CHARS or len(bare.split()) > TITLE_WORDS:
        return SENTENCE if first[-1] in CLAUSE_END and not first[:1].islower() else False
    if title_over(bare, second, len(node.paragraphs[0]) == 1):
        return STRICT
    if bare == first and title_over(bare, second, True) and second[-1] in CLAUSE_END:
        return SHORT
    return False


def title_lines(parse: Parse) -> None:
    """Mark the first line of every point as its title when the draft's shape says so (see
    the module notes); :meth:`~plandiff.plans.intake.parsestate.Node.split_title` moves it.
    Three points at least show the shape by every test; then a point whose text is short
    (:data:`SHORT`) has a title line too, and one whose first line is a long sentence
    (:data:`SENTENCE`) has none. A title line's closing colon or dash is left out."""
    verdicts = [_titled(node) for node in parse.points]
    if verdicts.count(STRICT) < 3 or False in verdicts:
        return
    for node, verdict in zip(parse.points, verdicts, strict=True):
        if verdict in (STRICT, SHORT):
            node.title_line = True
            node.paragraphs[0][0] = _LEAD_OUT.sub("", node.paragraphs[0][0].rstrip())


_LABEL = re.compile(r"^(?P<label>[^\s:：][^:：]*?)"
                    r"(?:[ \t]*(?P<colon>(?<![0-9０-９])[:：]|[:：](?![0-9０-９]))[ \t\u3000]*"
                    r"|[ \t]+[—–][ \t]+)(?P<rest>\S.*)$")
"""A line opening with a label and a colon or a spaced dash (``Elections: within 100 days``,
``Вибори — протягом 100 днів``). A colon between two digits is a time's or a ratio's
(``14:02``, ``2:1``), no label's."""


_LEAD_IN_END = re.compile(
    r"(?:^|\s)(?:to|that|of|for|by|with|the|a|an|and|or|as|follows|following|include|includes"
    r"|including|is|are|was|were|be|will|shall|must|should|may|can|agree|agrees|agreed"
    r"|commit|commits|provide|provides|states|says|reads|що|что|як|как"
    r"|включає|включает|передбачає|предусматривает)$"
    rf"|(?:{LEAD_IN_WORDS})$", re.IGNORECASE)
"""The last word of a clause's lead-in before its colon (``Ukraine agrees to: (a) …``, ``The
parties agree that: …``, ``Сторони домовилися про таке:``): a sentence going on, no label."""
_ITEM_FIRST = re.compile(r"^(?:\(?[a-zа-я0-9]{1,3}\)|[a-zа-я]\.)\s", re.IGNORECASE)
"""An item's mark opening the words after a colon (``(a) cap its army; (b) …``): the colon
closes a lead-in over its items, not a label."""


def _label(node: Node) -> tuple[str, str, bool] | None:
    """The label and the rest of the first line of ``node``, when it opens with a label: a
    title's length (:data:`TITLE_WORDS`, :data:`TITLE_CHARS`), not in small letters, no
    clause's punctuation in it; and whether a colon (not a dash) closes it. Items run on
    after the colon make it a lead-in's (:data:`_ITEM_FIRST`)."""
    if node.title is not None or not node.paragraphs[0]:
        return None
    found = _LABEL.match(node.paragraphs[0][0].strip())
    if found is None:
        return None
    label = found.group("label")
    if not _label_words(label) or _ITEM_FIRST.match(found.group("rest")):
        return None
    return label, found.group("rest"), found.group("colon") is not None


def bullet_labels(parse: Parse) -> None:
    """A bulleted press list's labels as its points' titles: ``• Ukraine's army: capped at
    800,000`` (or ``• Армія — до 800 тисяч``) is titled ``Ukraine's army`` over ``capped at
    800,000``, when every point of the list (two at least) opens with such a label, as a
    press summary's bullets do, each closing it the same way (a colon, or a dash); one that
    does not (``• No amnesty is given``) leaves every item's words be (a sentence may hold a
    colon)."""
    labels = [_label(node) for node in parse.points]
    if len(labels) < 2 or None in labels or len({found[2] for found in labels if found}) > 1:
        return  # one way of closing the label for the whole list
    for node, found in zip(parse.points, labels, strict=True):
        if found is not None:
            node.title, node.paragraphs[0][0] = found[:2]


_LABEL_ALONE = re.compile(r"^(?P<label>[^\s:：][^:：]*?)[ \t]*[:：]$")
"""A label alone on a numbered point's first line, its text under it (``2. Security
guarantees:`` / ``Ukraine receives …``)."""
_DIGITS = re.compile(r"[0-9０-９]+")
SHORT_LABEL_WORDS = 2
"""A label this short (``Amnesty: all parties …``) is one even when the words after it are in
small letters and the others' capitalised; a longer one is a sentence's start holding a
colon (``Guarantees mirror Article 5: an attack …``)."""
UNLABELLED_SHARE = 5
"""One numbered point in this many (rounded down) may go without the label the others
open with (:func:`point_labels`): a press copy labels nearly every point, not always all."""


def _point_label(node: Node) -> tuple[str, str | None, bool] | None:
    """:func:`_label` of a numbered point, or a label alone on its first line closed by a
    colon with more of the point's text under it (the rest then None)."""
    if node.title_line:  # a title line over every point (title_lines)
        return None
    found = _label(node)
    if found is not None or node.title is not None:
        return found
    lines = [line for paragraph in node.paragraphs for line in paragraph]
    alone = _LABEL_ALONE.match(lines[0].strip()) if len(lines) > 1 else None
    if alone is None or not _label_words(alone.group("label")):
        return None
    return alone.group("label"), None, True


def _label_words(label: str) -> bool:
    """Whether a label reads as a title: a title's length, not in small letters, with no
    clause's punctuation, not a lead-in's words (:data:`_LEAD_IN_END`)."""
    return len(label) <= TITLE_CHARS and len(label.split()) <= TITLE_WORDS \
        and not label[0].islower() and not any(ch in CLAUSE_END + ",;" for ch in label) \
        and not _LEAD_IN_END.search(label)


def point_labels(parse: Parse) -> None:
    """A numbered press list's labels as its points' titles: ``1. Sovereignty: Ukraine's
    sovereignty is confirmed.`` is titled ``Sovereignty`` over the sentence, when nearly
    every point (three at least; one in :data:`UNLABELLED_SHARE` may not) opens with a
    label closed the same way (a colon, or a dash), each naming its own topic (labels the
    same but for a number, ``Step 1 of the outline:``, are a sentence's template), as
    :func:`bullet_labels` reads a bulleted list's. A label alone on its line over the text
    (``2. Security guarantees:``) is the title too, its line no text. A point without one
    keeps its words, and so does one whose words after the colon are in small letters when
    the others' are capitalised (a sentence holding a colon)."""
    labels = [_point_label(node) for node in parse.points]
    rests = [label[1] for label in labels if label is not None and label[1]]
    if 2 * sum(rest[:1].isupper() for rest in rests) > len(rests):
        # labels over sentences: a colon before words in small letters is a sentence's own
        # ("3. Guarantees mirror Article 5: an attack on one …"), no label's
        labels = [None if label is not None and label[1] and label[1][:1].islower()
                  and len(label[0].split()) > SHORT_LABEL_WORDS else label for label in labels]
    found = [label for label in labels if label is not None]
    if len(found) < 3 or len(parse.points) - len(found) > len(parse.points) // UNLABELLED_SHARE \
            or len({label[2] for label in found}) > 1 \
            or len({_DIGITS.sub("", label[0]).casefold() for label in found}) < len(found):
        return  # labels saying the same words ("Step 1 of the outline:"): a template, no topics
    for node, label in zip(parse.points, labels, strict=True):
        if label is None:
            continue
        node.title = label[0]
        if label[1] is None:  # the label's own line, the first of the point's
            next(p for p in node.paragraphs if p).pop(0)
            node.paragraphs = [p for p in node.paragraphs if p] or [[]]
        else:
            node.paragraphs[0][0] = label[1]


def _after_items(point: Node) -> list[list[str]] | None:
    """The paragraphs of ``point`` or of one of its sub-points that has sub-points, when
    the last of them is a caption alone in its paragraph: a line back at the margin after
    a blank line below items set in (``　（１）…``, as a PDF's lines have them) goes on
    the text the items are under, so the next article's caption ended up there."""
    for node in reversed(point.walk()[:-1]):
        filled = [paragraph for paragraph in node.paragraphs if paragraph]
        if node.children and filled and len(filled[-1]) == 1 and CAPTION.match(filled[-1][0]):
            return node.paragraphs
    return None


def captions(parse: Parse) -> None:
    """Take a Japanese statute's caption (``（停戦）`` alone on the line over ``第一条 …``, as
    laws and their translations set it) as the article's title. Read line by line, it had
    gone into the text before the article: the version's notes, or the end of the article
    before."""
    for index, node in enumerate(parse.points):
        if not (node.keyword and node.title is None and node.mark.startswith("第")):
            continue
        above = parse.points[index - 1].walk()[-1].paragraphs if index else parse.notes
        filled = [paragraph for paragraph in above if paragraph]
        if index and not (filled and CAPTION.match(filled[-1][-1])):
            above = _after_items(parse.points[index - 1]) or above
            filled = [paragraph for paragraph in above if paragraph]
        if not filled:
            continue
        last = filled[-1]
        caption = CAPTION.match(last[-1])
        if caption is None or (index and len(last) > 1
                               and last[-2].rstrip()[-1:] not in CLAUSE_END):
            continue  # "…の\n（注）": a bracket in the middle of an article's sentence
        last.pop()
        above[:] = [paragraph for paragraph in above if paragraph] or [[]]
        if not index and parse.outside:
            parse.outside.pop()  # the caption's line no longer goes to the notes
        node.title = caption.group("caption").strip()

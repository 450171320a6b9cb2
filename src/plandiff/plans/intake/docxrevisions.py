"""A Word body's tracked changes rejected (``--view rejected``): the body as it read before
the changes, for the body walk of :mod:`.docx` to read as it reads any body.

The walk reads a body with every change accepted (deleted runs, ``w:delText``, left out;
inserted runs read). :func:`reject_changes` rewrites the parsed body in place the other way
round: inserted and moved-in content (``w:ins``, ``w:moveTo``, inline or around whole
paragraphs, and inserted table rows) is taken out; deleted and moved-away runs (``w:del``,
``w:moveFrom``) stand as plain runs, their ``w:delText`` as ``w:t`` (and a deleted field
code as ``w:instrText``); a deleted paragraph mark stands (the paragraph is not joined to the
next), an inserted one is marked deleted (the walk joins its paragraph to the next, as
rejecting it does in Word); and a paragraph whose properties changed (``w:pPrChange``) takes
its properties from before the change (its list, level and style: a point numbered by the
change is not a point before it).

:func:`lost_joins` puts back the revision of a paragraph mark that LibreOffice drops when it
saves tracked changes as .doc or .rtf (a merge's join, a split's break): a paragraph whose
typed number (``10(c)⇥``) is deleted in the view read, and that shows no number of its own,
runs on from the paragraph before it when that one stops mid-sentence (``The``), as the
lost mark made it, and a numbered paragraph whose text is all deleted (inserted, for
``--view rejected``) goes with its mark, taking no number (a typed number struck does not
join a paragraph struck whole with its mark: a removed point, which the file kept as it
was)."""

from __future__ import annotations

from typing import Any

from plandiff.plans.intake.docxml import W, attr, find
from plandiff.plans.intake.lines import RevisionView
from plandiff.plans.intake.officetext import opens_with_typed_number
from plandiff.plans.intake.sentences import ends_sentence
from plandiff.xmlio import local_name as local

__all__ = ["change_author", "counted_changes", "lost_joins", "reject_changes"]

_INSERTED = ("ins", "moveTo")
_DELETED = ("del", "moveFrom")
_PLAIN = {"delText": "t", "delInstrText": "instrText"}
"""A deleted run's text elements, and what they are once the deletion is rejected."""


def reject_changes(body: Any) -> None:
    """Rewrite ``body`` (a ``w:body``, or any part's root) with every tracked change rejected
    (see the module notes)."""
    for change in list(body.iter(f"{W}pPrChange")):
        _properties_before(change)
    inserted = list(body.iter(*(f"{W}{name}" for name in _INSERTED)))
    deleted = list(body.iter(*(f"{W}{name}" for name in _DELETED)))  # before any is rewritten
    for mark in inserted:
        holder = mark.getparent()
        if holder is None:
            continue  # inside content already taken out
        where = local(holder)
        if where == "rPr" and _of_paragraph_mark(holder):
            mark.tag = f"{W}del"  # an inserted paragraph mark: the paragraph joins the next
        elif where == "trPr":
            row = holder.getparent()
            if row is not None and row.getparent() is not None:
                row.getparent().remove(row)  # an inserted table row
        elif where not in ("rPr", "tcPr", "numPr"):
            holder.remove(mark)  # inserted runs, paragraphs or a table, with their content
    for mark in deleted:
        holder = mark.getparent()
        if holder is None:
            continue
        if local(holder) in ("rPr", "trPr", "tcPr", "numPr"):
            holder.remove(mark)  # a deleted paragraph mark or row stands
            continue
        for text in mark.iter(*(f"{W}{name}" for name in _PLAIN)):
            text.tag = f"{W}{_PLAIN[local(text)]}"
        at = holder.index(mark)
        holder[at:at + 1] = list(mark)  # the deleted runs as plain runs, in place


def _of_paragraph_mark(props: Any) -> bool:
    """Whether a ``w:rPr`` is a paragraph mark's (inside the paragraph's ``w:pPr``)."""
    parent = props.getparent()
    return parent is not None and local(parent) == "pPr"


def _properties_before(change: Any) -> None:
    """The paragraph properties holding ``change`` (a ``w:pPrChange``) set back to the ones
    it records; the paragraph mark's run properties and a section break stay."""
    props = change.getparent()
    before = find(change, "pPr")
    if props is None:
        return
    kept = [child for child in props if local(child) in ("rPr", "sectPr")]
    for child in list(props):
        props.remove(child)
    for child in list(before) if before is not None else []:
        props.append(child)
    for child in kept:
        props.append(child)


_MARKS = ("ins", "del", "moveFrom", "moveTo")
_TEXTS = {f"{W}t": None, f"{W}delText": None, f"{W}tab": "\t", f"{W}br": "\n",
          f"{W}cr": "\n"}


def _pieces(paragraph: Any, gone: tuple[str, ...]) -> list[tuple[bool, str]]:
    """The paragraph's text in order, each piece with whether the view leaves it out (inside
    a ``gone`` revision: ``w:del`` when changes are accepted, ``w:ins`` when rejected); a tab
    stop, a field's code and a text box's text are not its text."""
    pieces: list[tuple[bool, str]] = []
    for node in paragraph.iter(*_TEXTS):
        out = False
        for up in node.iterancestors():
            if up is paragraph:
                break
            name = local(up)
            if name in ("pPr", "instrText", "txbxContent"):
                break
            out = out or name in gone
        else:
            continue
        if up is paragraph:
            pieces.append((out, _TEXTS[node.tag] or node.text or ""))
    return pieces


def _mark_revised(paragraph: Any) -> bool:
    props = find(paragraph, "pPr", "rPr")
    return props is not None and any(local(child) in _MARKS for child in props)


def _mark_gone(paragraph: Any, kind: str) -> None:
    """Mark ``paragraph``'s mark as a revision of ``kind`` (``del``, ``ins``)."""
    props = find(paragraph, "pPr")
    if props is None:
        props = paragraph.makeelement(f"{W}pPr", {})
        paragraph.insert(0, props)
    marks = find(props, "rPr")
    if marks is None:
        marks = props.makeelement(f"{W}rPr", {})
        props.append(marks)
    marks.append(marks.makeelement(f"{W}{kind}", {}))


def lost_joins(body: Any, view: RevisionView) -> tuple[int, int]:
    """Put back the paragraph marks' revisions LibreOffice lost (see the module notes),
    before the changes are rejected: how many paragraphs with text now run on from text
    before them (a struck paragraph left empty joins unseen), and how many numbered
    paragraphs whose text is all gone in the view now go with their mark (they took a
    number, empty)."""
    gone = ("del", "moveFrom") if view is RevisionView.ACCEPTED else ("ins", "moveTo")
    after_text: dict[Any, bool] = {}
    """Whether a paragraph ends text shown so far: it shows some, or runs on from some."""
    joined = emptied = 0
    for paragraph in list(body.iter(f"{W}p")):
        pieces = _pieces(paragraph, gone)
        kept = "".join(text for out, text in pieces if not out)
        before = paragraph.getprevious()
        after_text[paragraph] = bool(kept.strip())
        listed = find(paragraph, "pPr", "numPr") is not None
        if listed and not kept.strip() and not _mark_revised(paragraph) \
                and any(out and text.strip() for out, text in pieces):
            _mark_gone(paragraph, gone[0])  # a numbered point struck (or inserted) whole
            emptied += 1
            continue
        if before is None or before.tag != f"{W}p" or _mark_revised(before) \
                or (_mark_revised(paragraph) and not kept.strip()) or listed:
            # (a paragraph struck whole whose mark is struck too kept its marks: a point
            # removed, after a heading that ends in no full stop)
            continue
        struck = ""
        for out, text in pieces:
            if not out and text.strip():
                break
            struck += text if out else ""
        if not opens_with_typed_number(struck) or opens_with_typed_number(kept):
            continue
        shown = "".join(text for out, text in _pieces(before, gone) if not out).rstrip(" \t")
        if shown.strip() and not shown.endswith("\n") and ends_sentence(shown):
            continue
        _mark_gone(before, gone[0])
        joined += bool(kept.strip()) and after_text.get(before, False)
        after_text[paragraph] = after_text[paragraph] or after_text.get(before, False)
    return joined, emptied


def change_author(element: Any) -> str:
    """The author a tracked change (or a move's range) names, spaces folded; empty for none."""
    return " ".join((attr(element, "author") or "").split())


def _change_key(element: Any) -> tuple[str, str, str]:
    """A change mark's kind, author and date: marks alike in all three may be one change."""
    return local(element), change_author(element), attr(element, "date") or ""


def counted_changes(body: Any) -> list[Any]:
    """The tracked-change marks (``w:ins``, ``w:del``, ``w:moveFrom``, ``w:moveTo``) of
    ``body`` that each start a change, in document order. One change the file writes as
    several marks counts once: LibreOffice and Word write a mark per run, so an insertion
    holding a word in bold (or a word whose letters were typed in two sessions, runs of
    different ``w:rsidR``) is several ``w:ins`` side by side, and an inserted paragraph is
    its runs' marks and its paragraph mark's. A mark goes on the change before it when it
    is of the same kind, author and date and nothing the view reads stands between them
    (no run with content, no paragraph mark left as it was); a row's or a cell's mark
    counts on its own."""
    counted: list[Any] = []
    open_key: tuple[str, str, str] | None = None
    mark: tuple[tuple[str, str, str], Any] | None = None  # the last paragraph's, if revised
    for element in body.iter(f"{W}p", f"{W}r", *(f"{W}{name}" for name in _MARKS)):
        name = local(element)
        if name == "p":
            if mark is not None and mark[0] != open_key:
                counted.append(mark[1])  # a paragraph mark alone: a paragraph split
            open_key = mark[0] if mark is not None else None
            mark = None
            continue
        if name == "r":
            if len(element) > (find(element, "rPr") is not None) \
                    and not _in_change(element):
                open_key = None  # text left as it was between two marks
            continue
        key = _change_key(element)
        holder = element.getparent()
        where = local(holder) if holder is not None else ""
        if where == "rPr" and _of_paragraph_mark(holder):
            mark = (key, element)  # counted, or not, once the paragraph's runs are read
        elif where in ("rPr", "trPr", "tcPr", "numPr"):
            counted.append(element)
        elif key != open_key and not _in_change(element, key):
            counted.append(element)
            open_key = key
    if mark is not None and mark[0] != open_key:
        counted.append(mark[1])
    return counted


def _in_change(element: Any, key: tuple[str, str, str] | None = None) -> bool:
    """Whether ``element`` stands inside a tracked-change mark within its paragraph (with
    ``key``, a mark of that kind, author and date)."""
    for up in element.iterancestors():
        name = local(up)
        if name == "p":
            return False
        if name in _MARKS and (key is None or key == _change_key(up)):
            return True
    return False

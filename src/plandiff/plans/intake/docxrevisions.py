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
change is not a point before it)."""

from __future__ import annotations

from typing import Any

from plandiff.plans.intake.docxml import W, find
from plandiff.xmlio import local_name as local

__all__ = ["reject_changes"]

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

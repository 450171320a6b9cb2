"""An OpenDocument text's tracked changes rejected (``--view rejected``): the body as it read
before the changes, for the walk of :mod:`.odf` to read as it reads any body; and a flat
file's deletions kept in place taken out when they are accepted.

LibreOffice keeps the inserted text in the body, between ``text:change-start`` and
``text:change-end`` marks, and the deleted text apart, in ``text:tracked-changes`` (one
``text:changed-region`` per change), with a ``text:change`` mark where it stood.
:func:`reject_changes` rewrites the parsed ``office:text`` in place: each insertion's range is
taken out (an inserted paragraph break with it: the paragraphs on either side join again),
and each deletion's paragraphs are set back at their mark (one paragraph's words in place;
more split the paragraph there, as the deleted paragraph breaks did); the words of a
region that is both (inserted words deleted again) go. A .fodt LibreOffice writes keeps
its deleted text in place, between ``text:change-start`` and ``text:change-end`` marks of a
deletion: :func:`accept_changes` takes those ranges out when the changes are read
accepted. Format changes are left as they are. Every rewrite is iterative and in order of
the marks."""

from __future__ import annotations

from typing import Any

from plandiff.plans.intake.odfstyles import TEXT
from plandiff.xmlio import children
from plandiff.xmlio import local_name as local

__all__ = ["accept_changes", "reject_changes"]

_BLOCKS = ("p", "h")


def reject_changes(text: Any) -> None:
    """Rewrite ``text`` (an ``office:text``) with every tracked change rejected (see the
    module notes)."""
    regions = _regions(text)
    _remove_ranges(text, regions, "insertion")
    for mark in list(text.iter(f"{TEXT}change")):
        change = regions.get(mark.get(f"{TEXT}change-id"), {}).get("deletion")
        if change is not None and "insertion" not in regions[mark.get(f"{TEXT}change-id")] \
                and _attached(mark, text):
            _restore(mark, [c for c in children(change) if local(c) != "change-info"])
    for mark in list(text.iter(f"{TEXT}change-start", f"{TEXT}change-end", f"{TEXT}change")):
        _drop(mark)


def accept_changes(text: Any) -> None:
    """Rewrite ``text`` (an ``office:text``) with the deletions LibreOffice keeps in place
    taken out: a .fodt's deleted words stand in the body between ``text:change-start`` and
    ``text:change-end`` marks of a deletion's region (an .odt's stand apart, in the region,
    and the body holds only a ``text:change`` mark, which the reader skips). A deleted
    paragraph break goes with its range: the paragraphs on either side join."""
    _remove_ranges(text, _regions(text), "deletion")


def _regions(text: Any) -> dict[str, dict[str, Any]]:
    """Each changed region's changes by kind (``insertion``, ``deletion``,
    ``format-change``), by the region's id: a deletion of inserted words holds both."""
    regions: dict[str, dict[str, Any]] = {}
    for region in text.iter(f"{TEXT}changed-region"):
        ident = region.get(f"{TEXT}id")
        if ident:
            regions[ident] = {local(c): c for c in reversed(children(region))
                              if local(c) in ("insertion", "deletion", "format-change")}
    return regions


def _remove_ranges(text: Any, regions: dict[str, dict[str, Any]], kind: str) -> None:
    """Take out the body's ranges (``text:change-start`` … ``text:change-end``) of the
    changes of ``kind``, in the order of their starts."""
    ends = {m.get(f"{TEXT}change-id"): m for m in text.iter(f"{TEXT}change-end")}
    for start in list(text.iter(f"{TEXT}change-start")):
        ident = start.get(f"{TEXT}change-id")
        end = ends.get(ident)
        if kind in regions.get(ident, {}) and end is not None \
                and _attached(start, text) and _attached(end, text):
            _remove_range(start, end)


def _attached(node: Any, root: Any) -> bool:
    """Whether ``node`` is still inside ``root`` (not in content an earlier rewrite took
    out)."""
    return any(up is root for up in node.iterancestors())


def _block(node: Any) -> Any:
    """The paragraph or heading holding ``node``, None when it stands between blocks."""
    return next((up for up in node.iterancestors() if local(up) in _BLOCKS), None)


def _drop(node: Any) -> None:
    """Take ``node`` out, keeping the text after it (its tail) in place."""
    parent = node.getparent()
    if parent is None:
        return
    _append_text(node.getprevious(), parent, node.tail)
    parent.remove(node)


def _append_text(before: Any, parent: Any, value: str | None) -> None:
    """Add ``value`` after ``before`` (its tail), or at the start of ``parent`` without it."""
    if not value:
        return
    if before is not None:
        before.tail = (before.tail or "") + value
    else:
        parent.text = (parent.text or "") + value


def _remove_range(start: Any, end: Any) -> None:
    """Take out everything between ``start`` and ``end`` in document order; when they stand
    in different paragraphs (an inserted paragraph break), the paragraph holding ``end``
    runs on into the one holding ``start``, and containers left empty go."""
    above = list(start.iterancestors())  # held: lxml keeps one proxy per element held
    common = next((up for up in end.iterancestors() if any(up is a for a in above)), None)
    if common is None or common.index(_below(start, common)) >= common.index(_below(end, common)):
        return  # a range that ends before it starts (a broken file): left as it is
    first_block, last_block = _block(start), _block(end)
    node = start
    while node.getparent() is not common:
        parent = node.getparent()
        node.tail = None
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        node = parent
    top_start = node
    node = end
    while node.getparent() is not common:
        parent = node.getparent()
        parent.text = None
        for sibling in list(node.itersiblings(preceding=True)):
            parent.remove(sibling)
        node = parent
    top_end = node
    top_start.tail = None
    for sibling in list(top_start.itersiblings()):
        if sibling is top_end:
            break
        common.remove(sibling)
    if first_block is not None and last_block is not None and first_block is not last_block:
        _run_on(last_block, first_block)


def _below(node: Any, ancestor: Any) -> Any:
    """The child of ``ancestor`` that holds ``node`` (or is it)."""
    while node.getparent() is not ancestor:
        node = node.getparent()
    return node


def _run_on(block: Any, into: Any) -> None:
    """Move ``block``'s content to the end of ``into`` and take ``block`` out, with the
    containers (list items, lists, sections) it leaves empty."""
    last = into[-1] if len(into) else None
    _append_text(last, into, block.text)
    for child in list(block):
        into.append(child)
    parent = block.getparent()
    parent.remove(block)
    while parent is not None and local(parent) not in _BLOCKS and not len(parent) \
            and not (parent.text or "").strip() and parent.getparent() is not None \
            and local(parent) != "text":
        up = parent.getparent()
        _drop(parent)
        parent = up


def _restore(mark: Any, blocks: list[Any]) -> None:
    """Set the deleted ``blocks`` back where ``mark`` stands: one paragraph's words in place;
    more split the paragraph at the mark (its head runs on into the first, the last runs on
    into its tail), whole blocks between. Between blocks, the blocks stand as they are. In a
    list, deleted list items (LibreOffice keeps a deleted numbered paragraph as a list of its
    own) are their paragraphs, and each paragraph split off is an item of the mark's list."""
    paragraph = _block(mark)
    if paragraph is None:
        for block in blocks:
            mark.addprevious(block)
        return
    if _restore_items(mark, paragraph, blocks):
        return
    blocks = _unlisted(blocks)
    if not blocks:
        return
    if len(blocks) == 1 and local(blocks[0]) in _BLOCKS:
        _inline(mark, blocks[0])
        return
    tail = _split_after(mark, paragraph)
    first, *middle = blocks
    if local(first) in _BLOCKS:
        _inline(mark, first)
    else:
        middle.insert(0, first)
    last = middle.pop() if middle and local(middle[-1]) in _BLOCKS else None
    holder = paragraph.getparent()
    item = holder if local(holder) == "list-item" and holder[-1] is paragraph else None
    anchor = paragraph if item is None else item
    for block in middle:
        anchor = _place(anchor, block, item)
    if last is not None:
        _move_into(tail, last)  # the last deleted paragraph runs on into the tail
        tail = last
    _place(anchor, tail, item)


def _restore_items(mark: Any, paragraph: Any, blocks: list[Any]) -> bool:
    """Whole list items deleted before a list item (LibreOffice's copy of a Word deletion
    of points, their sub-points with them): the mark opens the item's paragraph, and the
    deletion is one list, its last item one paragraph (the deleted paragraph break's, the
    words that ran on into the mark's paragraph). The items before it go back before the
    mark's item as they were, nested lists and all, so a sub-point stays a sub-point; the
    last one's words run on into the mark's paragraph. False (nothing done) otherwise."""
    item = paragraph.getparent()
    if len(blocks) != 1 or local(blocks[0]) != "list" or local(item) != "list-item" \
            or item[0] is not paragraph or not _opens(mark, paragraph):
        return False
    items = [each for each in children(blocks[0]) if local(each) == "list-item"]
    if not items or [local(each) for each in children(items[-1])] != ["p"]:
        return False
    *before, last = items
    for each in before:
        item.addprevious(each)
    _inline(mark, children(last)[0])
    return True


def _opens(mark: Any, paragraph: Any) -> bool:
    """Whether nothing shown stands before ``mark`` in ``paragraph`` (other change marks
    and bookmarks aside)."""
    node = mark
    while node is not paragraph:
        parent = node.getparent()
        if (parent.text or "").strip():
            return False
        for before in node.itersiblings(preceding=True):
            if local(before) not in _MARKS or (before.tail or "").strip():
                return False
        node = parent
    return True


_MARKS = frozenset({"change", "change-start", "change-end", "bookmark", "bookmark-start",
                    "bookmark-end", "reference-mark-start", "reference-mark-end"})
"""What stands in a paragraph and shows nothing."""


def _unlisted(blocks: list[Any]) -> list[Any]:
    """``blocks`` with each list among them replaced by the paragraphs of its items (a
    nested list's too), in order."""
    out: list[Any] = []
    stack = list(reversed(blocks))
    while stack:
        block = stack.pop()
        if local(block) == "list":
            stack.extend(reversed([inner for each in children(block)
                                   if local(each) in ("list-item", "list-header")
                                   for inner in children(each)]))
        else:
            out.append(block)
    return out


def _place(anchor: Any, block: Any, item: Any) -> Any:
    """Put ``block`` after ``anchor``: in a list item of its own, shaped as ``item``, when
    the paragraph it came from is an item's (``item`` not None). The element placed."""
    if item is not None:
        shell = item.makeelement(item.tag, {k: v for k, v in item.attrib.items()
                                            if not k.endswith("}id")})
        shell.append(block)
        block = shell
    anchor.addnext(block)
    return block


def _move_into(source: Any, into: Any) -> None:
    """``source``'s text and children (a detached element) at the end of ``into``."""
    last = into[-1] if len(into) else None
    _append_text(last, into, source.text)
    for child in list(source):
        into.append(child)


def _inline(mark: Any, block: Any) -> None:
    """``block``'s words and inline elements in place right after ``mark``."""
    parent = mark.getparent()
    after = mark.tail
    mark.tail = block.text
    at = parent.index(mark)
    moved = list(block)
    for offset, child in enumerate(moved, 1):
        parent.insert(at + offset, child)
    _append_text(moved[-1] if moved else mark, parent, after)


def _split_after(mark: Any, paragraph: Any) -> Any:
    """A detached copy of ``paragraph`` (same name and attributes) holding everything after
    ``mark``, taken out of it, spans around the mark copied empty around what they held."""
    node, inner, after = mark, None, mark.tail
    mark.tail = None
    while True:
        parent = node.getparent()
        shell = parent.makeelement(parent.tag, dict(parent.attrib))
        if inner is None:
            shell.text = after
        else:
            shell.append(inner)
            inner.tail = after
        for sibling in list(node.itersiblings()):
            shell.append(sibling)
        if parent is paragraph:
            return shell
        after, parent.tail = parent.tail, None
        inner, node = shell, parent

"""Parts of a draft, settled once the whole draft is read.

A multi-level list whose every top-level item is a short heading with items numbered 1, 2 …
under it is cut into parts (:func:`outline_parts`), and the parts are numbered 1, 2 … again
once stray lines have left (:func:`settle_parts`). A part that restates an earlier one
point by point, a second copy of the same list (:func:`restated_parts`), is no part. A part
heading alone on its line is read
in :mod:`.reading`; a numbering restart after a heading opens a part in
:func:`~plandiff.plans.intake.parsestate.open_top`. A law's group heading run into the end of
the point before it (a PDF's join) is taken out of that point (:func:`group_tails`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from plandiff.plans.intake.markers import GROUP_TAIL, PLAN_WORDS
from plandiff.plans.intake.parsestate import TIME_STAMP, Event, Node, Parse
from plandiff.plans.intake.sentences import CLOSERS, ends_clause

__all__ = ["entry_lists", "group_tails", "outline_parts", "repeated_lists", "restated_parts",
           "settle_parts"]

_OUTLINE_ITEMS = frozenset({"paren-digit", "decimal1"})
"""Sub-points numbered 1, 2 ... under a numbered heading: Word's and a web page's nested
list (``2(1)``) and an outline's ``2.1``."""


def _outline_heading(node: Node) -> bool:
    """A numbered line that is a part's title, not a clause: one short line without closing
    punctuation, and under it only items numbered 1, 2 ... (no (a), (b), no bullets)."""
    lines = [line for paragraph in node.paragraphs for line in paragraph]
    if node.keyword or node.title is not None or len(lines) != 1 or len(lines[0]) > 80 \
            or ends_clause(lines[0]) or lines[0][-1] in CLOSERS:
        return False
    items = node.children
    return bool(items) and all(c.style in _OUTLINE_ITEMS for c in items) \
        and [c.label for c in items] == [str(n) for n in range(1, len(items) + 1)]


def outline_parts(parse: Parse) -> None:
    """A draft whose every top-level item is a short heading with items numbered 1, 2 ...
    under it (Word's multi-level list "1. Security" / "1.1 …", a nested ``<ol>``) is cut
    into parts: the headings are part headings (to the notes, as ``Part I. Security``
    would be) and their items the points (``part2-p1``, number ``1``, or ``2.1`` as an
    outline prints it). A top-level clause with (a), (b) under it stays a point."""
    if parse.parts or len(parse.points) < 2 or not all(map(_outline_heading, parse.points)):
        return
    points: list[Node] = []
    headings: list[tuple[str, int]] = []
    under: list[list[list[str]]] = []
    earlier = list(zip(parse.headings, parse.under, strict=True))
    for part, node in enumerate(parse.points, 1):
        while earlier and earlier[0][0][1] <= part - 1:
            (text, _), paragraphs = earlier.pop(0)
            headings.append((text, len(points)))
            under.append(paragraphs)
        headings.append((node.paragraphs[0][0] if node.paragraphs[0] else node.text,
                         len(points)))
        under.append([[note] for note in node.notes] or [[]])
        parse.events.append(Event(node.where, "outline", f"item {node.number} "
                                  f"({node.text[:40]}) is a heading with items numbered from "
                                  "1 under it: read as a part heading, its items as points"))
        for item in node.children:
            old = item.number
            item.number = item.label if item.style == "paren-digit" else item.number
            item.number_changed(old)
            item.style, item.part = "top", part
            points.append(item)
    for (text, _), paragraphs in earlier:
        headings.append((text, len(points)))
        under.append(paragraphs)
    parse.parts = len(parse.points)
    parse.points, parse.headings, parse.under = points, headings, under
    parse.stack.clear()


_SENTENCE_END = frozenset(".!?。！？")
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _terms(node: Node) -> set[str]:
    """A point's telling words, cut to five letters (``sovereignty``, ``sovereign``; Russian
    and Ukrainian endings), with its sub-points'; Japanese text as pairs of characters."""
    terms: set[str] = set()
    for item in node.walk():
        for word in _WORD.findall(item.text.lower()):
            if _CJK.search(word):
                terms.update(word[i:i + 2] for i in range(len(word) - 1))
            elif len(word) >= 4 and not word.isdigit():
                terms.add(word[:5])
    return terms


def _restates(later: Node, earlier: Node, common: set[str]) -> bool:
    """Whether a point says what an earlier one with its number says in other words: two
    words shared at least, half of the shorter one's, and one of them not among the words of
    half the draft's points or more (``common``: an act's clauses all open "The Parties
    shall …", in every part; that is no restatement)."""
    return _shares_terms(_terms(later), _terms(earlier), common)


def _shares_terms(a: set[str], b: set[str], common: set[str]) -> bool:
    """The test of :func:`_restates` on two points' telling words."""
    shared = a & b
    return len(shared) >= 2 and 2 * len(shared) >= min(len(a), len(b)) \
        and bool(shared - common)


def _restates_list(nodes: list[Node], earlier: list[Node],
                   restates: Callable[[Node, Node], bool]) -> bool:
    """Whether a list restates an earlier one: two thirds of its points, two at least, say
    what the earlier point of their number says (``restates``)."""
    by_label = {node.label: node for node in earlier}
    same = sum(1 for node in nodes
               if node.label in by_label and restates(node, by_label[node.label]))
    return same >= 2 and 3 * same >= 2 * len(nodes)


def _bare(text: str) -> str:
    """A heading's words for comparing: letter case, spacing and end punctuation aside."""
    return " ".join(text.lower().split()).rstrip(" .:;,–—-")


def _heading_of(entry: Node, point: Node) -> bool:
    """Whether ``entry`` is ``point``'s heading alone: one short line with nothing under it
    that is the title or the first line of a point that goes on below it."""
    lines = [line for paragraph in entry.paragraphs for line in paragraph]
    if entry.children or entry.notes or len(lines) != 1 or len(lines[0]) > 80:
        return False
    own = [line for paragraph in point.paragraphs for line in paragraph]
    first = point.title if point.title is not None else own[0] if own else ""
    goes_on = len(own) > (point.title is None) or bool(point.children)
    return goes_on and bool(_bare(first)) and _bare(first) == _bare(lines[0])


def _lists_headings(entries: list[Node], points: list[Node]) -> bool:
    """Whether a list before the points is the list of their headings (a page's contents
    box linking to each point's heading, no page numbers): every entry is the heading of
    the point of its number, two entries at least."""
    by_label = {node.label: node for node in points}
    return len(entries) >= 2 and all(
        entry.label in by_label and _heading_of(entry, by_label[entry.label])
        for entry in entries)


_HEADINGS_LIST = "the list of their headings, a page's contents"


def restated_parts(parse: Parse) -> None:
    """A list numbered from 1 again that restates an earlier part point by point (a page
    printing a second outlet's copy of the same points, after a paragraph or a heading
    that says so) is no part of the draft: its points go to the version's notes, with their
    numbers, where the list stood, and the report says so. Two thirds of its points (two
    at least) must restate the point with their number; a real part (``Economy`` after
    ``Security``) says other things. When the later list is half as long again as the
    earlier one, the earlier is a summary (a box of key points above the full text): it is
    the one that goes. A first part of a few points numbered from above 1 that quote the
    next part's (:func:`_excerpt`: an update box quoting the new wording of points 5 and 6
    above the full text, a heading between) goes too."""
    if not parse.parts:
        return
    parts: dict[int, list[Node]] = {}
    for node in parse.points:
        parts.setdefault(node.part, []).append(node)
    order = sorted(parts)
    counts = Counter(term for node in parse.points for term in _terms(node))
    common = {term for term, count in counts.items() if 2 * count >= len(parse.points)}
    copies: dict[int, int] = {}  # a copy's part -> the part it restates
    if len(order) > 1 and _excerpt(parts[order[0]], parts[order[1]],
                                   lambda node, before: _restates(node, before, common)):
        copies[order[0]] = order[1]  # an update quoting a few points above the full text
        excerpt = order[0]
    else:
        excerpt = None
    for index, part in enumerate(order[1:], 1):
        nodes = parts[part]
        for first in (p for p in order[:index] if p not in copies):
            if _lists_headings(parts[first], nodes):
                copies[first] = part
                break
            if _restates_list(nodes, parts[first],
                              lambda node, before: _restates(node, before, common)):
                if _fuller(nodes, parts[first]):
                    copies[first] = part
                else:
                    copies[part] = first
                break
    for part in sorted(copies):
        original = copies[part]
        seen = {part}
        while original in copies and original not in seen:
            # that list is a copy too (a summary of a fuller later one, which this list
            # restates): the list that stays is the last of the chain
            seen.add(original)
            original = copies[original]
        reason = ("an excerpt of the list after it" if part == excerpt else
                  _HEADINGS_LIST if _lists_headings(parts[part], parts[original])
                  else "another copy of the same list")
        _to_notes(parse, parts[part], parts[original], reason)


def _plain(node: Node) -> str:
    """A point's words with its sub-points', letter case and spacing aside."""
    return " ".join(" ".join(item.text for item in node.walk()).lower().split())


def _same(later: tuple[str, set[str]], earlier: tuple[str, set[str]],
          common: set[str]) -> bool:
    """Whether a point says what an earlier one with its number says, each given as its
    plain words and telling words (:func:`_plain`, :func:`_terms`): the same words, or the
    same in other words (as :func:`_restates` tells)."""
    return later[0] == earlier[0] or _shares_terms(later[1], earlier[1], common)


def _fuller(later: list[Node], earlier: list[Node]) -> bool:
    """Whether a later copy of a list is the full text of an earlier summary of it (half as
    long again at least): the summary is the copy then, not the full text."""
    def size(nodes: list[Node]) -> int:
        return sum(len(item.text) for node in nodes for item in node.walk())
    return 2 * size(later) >= 3 * size(earlier)


def _to_notes(parse: Parse, nodes: list[Node], earlier: list[Node], what: str) -> None:
    """Move a list's points that restate ``earlier`` to the version's notes, with their
    numbers, where the list stood (under the heading before it, else with the notes), and
    say so."""
    first = parse.points.index(nodes[0])
    paragraphs = [[f"{item.number}. {item.text}"] for node in nodes for item in node.walk()
                  if item.text] + [[note] for node in nodes for item in node.walk()
                                   for note in item.notes]
    if first:  # "The full text again:" ending the point before it: the copy's lead-in
        above = parse.points[first - 1].walk()[-1]
        own = [p for p in above.paragraphs if p]
        if len(own) > 1 and own[-1][-1].rstrip().endswith((":", "：")):
            above.paragraphs = own[:-1]
            paragraphs.insert(0, own[-1])
    at = [i for i, (_, before) in enumerate(parse.headings) if before == first]
    if at:
        parse.under[at[-1]].extend(paragraphs)
    else:
        parse.notes.extend(paragraphs)
    where = "after" if parse.points.index(earlier[0]) > first else "before"
    again = "" if where == "after" else "again "
    parse.events.append(Event(nodes[0].where, "after", f"a list numbered "
                              f"{nodes[0].label}-{nodes[-1].label} {again}restates the "
                              f"points {where} it ({earlier[0].label}-{earlier[-1].label}, "
                              f"{what}): moved to the version's notes"))
    gone = len(nodes)
    parse.points[first:first + gone] = []
    parse.headings = [(text, before - gone if before > first else before)
                      for text, before in parse.headings]
    if not first:
        _intro(parse)


def _intro(parse: Parse) -> None:
    """The paragraphs that stood between a list moved to the notes and the first point left:
    a finished sentence among them read as the heading of the part the points opened (the
    numbering went back to 1 under it), but with the list gone it opens the text, as any
    paragraph before the points does (``The outline … has three points.`` under a page's
    contents box: it was "Heading before point 1"). A heading proper (no sentence's end)
    stays one."""
    written = {index for index, _, _ in parse.as_written}
    while parse.headings and parse.headings[0][1] == 0 and 0 not in written \
            and parse.headings[0][0].rstrip()[-1:] in _SENTENCE_END:
        (text, _), paragraphs = parse.headings.pop(0), parse.under.pop(0)
        parse.notes.extend([[text], *(p for p in paragraphs if p)])
        parse.as_written = [(index - 1, where, mark) for index, where, mark in parse.as_written]


def _excerpt(nodes: list[Node], full: list[Node],
             restates: Callable[[Node, Node], bool]) -> bool:
    """Whether a few points numbered from above 1, right before a list numbered from 1 that
    holds their numbers, quote that list's points (an "Update: points 5 and 6 were reworded"
    box above the full text, quoting their new wording): two thirds of them, one at least,
    say what the full list's point of their number says (``restates``)."""
    if not nodes[0].label.isdigit() or int(nodes[0].label) < 2 or len(nodes) >= len(full):
        return False
    by_label = {node.label: node for node in full}
    if any(node.label not in by_label for node in nodes):
        return False
    same = sum(1 for node in nodes if restates(node, by_label[node.label]))
    return same >= 1 and 3 * same >= 2 * len(nodes)


_LISTS_WEIGHED = 3
"""How many of the lists right before a list numbered from 1 again are weighed as its
original (besides the first)."""


def repeated_lists(parse: Parse) -> None:
    """A list numbered from 1 again straight after the points, with no heading or part
    between, that repeats them point by point (a page's mobile and desktop copies of the
    same list, both in its text; a summary box restating them): its points go to the
    version's notes, as :func:`restated_parts` moves a restating part, instead of every
    point standing twice with numbering that goes back. Two thirds of the copy's points
    (two at least) must say what the point of their number says. A summary in short
    sentences before the full text goes instead of the full text (:func:`_fuller`), and so
    do a few points numbered from above 1 that quote the list after them (:func:`_excerpt`)."""
    _trailing_excerpt(parse)
    points = parse.points
    starts = [0] + [i for i in range(1, len(points)) if points[i].label == "1"
                    and points[i].part == points[i - 1].part
                    and points[i - 1].label.isdigit() and int(points[i - 1].label) > 1]
    if len(starts) < 2:
        return
    runs = [points[a:b] for a, b in zip(starts, [*starts[1:], len(points)], strict=True)]
    said = {id(node): (_plain(node), _terms(node)) for node in points}
    counts = Counter(term for node in points for term in said[id(node)][1])
    common = {term for term, count in counts.items() if 2 * count >= len(points)}
    if _excerpt(runs[0], runs[1], lambda node, before: _same(
            said[id(node)], said[id(before)], common)):
        _to_notes(parse, runs[0], runs[1], "an excerpt of the list after it")
        runs = runs[1:]
    kept: list[list[Node]] = []
    for run in runs:
        # a copy restates the list right before it, or the first: a few lists weighed
        # each, however many restarts a draft has
        weighed = {id(k[0]): (i, k) for i, k in
                   [*enumerate(kept[:1]), *list(enumerate(kept))[-_LISTS_WEIGHED:]]}
        for index, earlier in weighed.values():
            if earlier[0].part != run[0].part:
                continue
            if _lists_headings(earlier, run):
                _to_notes(parse, earlier, run, _HEADINGS_LIST)
                kept[index] = run
                break
            if _restates_list(run, earlier, lambda node, before: _same(
                    said[id(node)], said[id(before)], common)):
                if _fuller(run, earlier):  # a summary, then the full text: the summary goes
                    _to_notes(parse, earlier, run, "a summary of the list after it")
                    kept[index] = run
                else:
                    _to_notes(parse, run, earlier, "a second copy of the same list")
                break
        else:
            kept.append(run)


def _trailing_excerpt(parse: Parse) -> None:
    """A few points after the last, their numbering gone back (5, 6 after 7), that quote the
    list's points of their numbers (an "Update: points 5 and 6 were reworded" box under the
    full text, :func:`_excerpt`): they go to the version's notes, as a quote above the list
    does, instead of standing twice."""
    points = parse.points
    if len(points) < 3:
        return
    at = len(points) - 1
    while at > 0 and points[at - 1].label.isdigit() and points[at].label.isdigit() \
            and int(points[at - 1].label) < int(points[at].label) \
            and points[at - 1].part == points[at].part:
        at -= 1
    if at == 0 or not points[at - 1].label.isdigit() or not points[at].label.isdigit() \
            or points[at - 1].part != points[at].part:
        return
    tail = points[at:]
    earlier = [node for node in points[:at] if node.part == tail[0].part]
    said = {id(node): (_plain(node), _terms(node)) for node in points}
    counts = Counter(term for node in points for term in said[id(node)][1])
    common = {term for term, count in counts.items() if 2 * count >= len(points)}
    if _excerpt(tail, earlier, lambda node, before: _same(said[id(node)], said[id(before)],
                                                          common)):
        _to_notes(parse, tail, earlier, "an excerpt of the list before it")


def entry_lists(parse: Parse) -> None:
    """A live blog copied as text: the draft's list in one entry, other entries with
    numbered lists of their own (the concerns an official named, three things to know),
    each entry under its time stamp (``10:42 GMT``). Every list after the first opened a
    part, numbered from 1 again after the stamp. When a stamp stands between every two
    parts and one part is longer than every other, that one is the draft's; the others go
    to the version's notes with their numbers, under their entries' stamps, as a saved
    page's other entries go."""
    if parse.parts < 2:
        return
    stamps = {index for index, _, mark in parse.as_written if mark == TIME_STAMP}
    parts: dict[int, list[Node]] = {}
    for node in parse.points:
        parts.setdefault(node.part, []).append(node)
    runs = [parts[part] for part in sorted(parts)]
    position = {id(node): index for index, node in enumerate(parse.points)}
    firsts = {position[id(run[0])] for run in runs[1:]}
    stamped = {before for at, (_, before) in enumerate(parse.headings) if at in stamps}
    sizes = sorted((sum(node.count() for node in run) for run in runs), reverse=True)
    last_heading = {before: at for at, (_, before) in enumerate(parse.headings)}
    named = [run for run in runs
             if _names_the_plan(_lead_in(parse, last_heading.get(position[id(run[0])]),
                                         position[id(run[0])]))]
    if len(runs) < 2 or not firsts <= stamped or (sizes[0] == sizes[1] and len(named) != 1):
        return
    kept = named[0] if len(named) == 1 else \
        max(runs, key=lambda run: sum(node.count() for node in run))
    gone: set[int] = set()
    moved = 0
    for run in runs:
        if run is kept:
            continue
        paragraphs = [[f"{item.number}. {item.text}"] for node in run for item in node.walk()
                      if item.text] + [[note] for node in run for item in node.walk()
                                       for note in item.notes]
        at = last_heading.get(position[id(run[0])])
        if at is not None:  # under its entry's stamp and words
            parse.under[at].extend(paragraphs)
        else:
            parse.notes.extend(paragraphs)
        gone.update(position[id(node)] for node in run)
        moved += 1
    shift = [0]  # how many points left before each index
    for index in range(len(parse.points)):
        shift.append(shift[-1] + (index in gone))
    parse.points = [node for index, node in enumerate(parse.points) if index not in gone]
    parse.headings = [(text, before - shift[before]) for text, before in parse.headings]
    why = "not the list the text names as the plan" if len(named) == 1 \
        else "shorter than the draft's"
    parse.events.append(Event(kept[0].where, "dropped", f"{moved} list(s) of a live blog's "
                              "other entries, numbered on their own from 1 under their time "
                              f"stamps ({why}): moved to the version's notes"))


def _lead_in(parse: Parse, heading: int | None, position: int) -> str:
    """The line right before the point at ``position`` that opens a list: the last line
    under the heading before it (a live blog entry's stamp), or of the text before the
    first point."""
    paragraphs = parse.under[heading] if heading is not None \
        else parse.notes if position == 0 else []
    return next((paragraph[-1] for paragraph in reversed(paragraphs) if paragraph), "")


def _names_the_plan(line: str) -> bool:
    """Whether a lead-in names the list after it as the plan: a word of a plan or its
    points, and a colon at its end ("Its four principles read:", "Текст пунктів:")."""
    return PLAN_WORDS.search(line) is not None and line.rstrip(" *_").endswith((":", "："))


def settle_parts(parse: Parse) -> None:
    """Number the parts 1, 2 ... again once stray lines have left (a page's lone '1. Accept
    all' before a heading and the list is no part); one part left is no parts at all."""
    kept = sorted({node.part for node in parse.points})
    order = {part: index + 1 if len(kept) > 1 else 0 for index, part in enumerate(kept)}
    for node in parse.points:
        node.part = order[node.part]
    parse.parts = max(order.values(), default=0)


def group_tails(parse: Parse) -> None:
    """Take a law's group heading (``Final provisions``) that ends a point's text after its
    finished sentence (:data:`~plandiff.plans.intake.markers.GROUP_TAIL`: a PDF joined the
    heading's line to the paragraph above it) out of the point: it is a heading before the
    next point (or after the last one), as it is alone on its line."""
    for k, point in enumerate(parse.points):
        last = point.walk()[-1]
        paragraphs = [p for p in last.paragraphs if p]
        found = GROUP_TAIL.search(paragraphs[-1][-1]) if paragraphs else None
        if found is None:
            continue
        paragraphs[-1][-1] = paragraphs[-1][-1][:found.start()]
        at = next((i for i, (_, index) in enumerate(parse.headings) if index > k),
                  len(parse.headings))
        parse.headings.insert(at, (found.group("heading"), k + 1))
        parse.under.insert(at, [[]])
        parse.as_written = [(index + (index >= at), where, mark)
                            for index, where, mark in parse.as_written]
        parse.events.append(Event(last.where, "heading", f"a group heading "
                                  f"({found.group('heading')}) ran into the end of point "
                                  f"{last.number}'s text: read as a heading after it"))

"""Numbers a page shows only through its style sheet: paragraphs styled as a list.

An office suite's or an editor's HTML export may write a numbered list as plain paragraphs
(``<p class="c7">``, no ``<ol>``), numbered by CSS counters on their classes::

    p.c7 { counter-increment: lst-ctn-q-0 }
    p.c7:before { content: counter(lst-ctn-q-0, decimal) ". " }
    .c9 { counter-reset: lst-ctn-q-1 }

A reader sees ``1.``, ``2.`` … before the paragraphs; the page's text holds no number, and
the draft read as "no numbered points" (exit 2). Here the rules on single-class selectors
(``.c7``, ``p.c7``, ``p.c7::before``) are read, never fetched from anywhere, and the walk
asks for each block's marker: resets, then increments, then the ``:before`` content with the
counters' values in their list styles. Counter scopes are flat (one value per name for the
page), as such exports use them. A ``<ul>`` whose class sets a numbered ``list-style-type``
(``.lst-decimal { list-style-type: decimal }``) shows numbers too, and is read as an ``<ol>``
of that type.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["LIST_STYLES", "ClassCounters", "read_counters"]

_SELECTOR = re.compile(r"^(?:[a-z][a-z0-9]*)?\.(?P<cls>[A-Za-z_][\w-]*)(?P<before>::?before)?$",
                       re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(r"::?before$", re.IGNORECASE)
_SCOPED_MAX = 64
"""The most selectors other than one class alone (``.plan ol > li::before``, ``ol``) read
from a sheet: each one is matched against the page."""
_PROPERTY = re.compile(r"(?:^|;)\s*(?P<name>content|counter-increment|counter-reset"
                       r"|list-style-type|list-style)\s*:\s*(?P<value>[^;]*)", re.IGNORECASE)
LIST_STYLES = {"decimal": "1", "decimal-leading-zero": "1", "lower-alpha": "a",
               "lower-latin": "a", "upper-alpha": "A", "upper-latin": "A", "lower-roman": "i",
               "upper-roman": "I"}
"""The numbered list styles, as the ``type=`` of an ``<ol>`` writes them."""
_LIST_STYLE = re.compile(r"(?<![\w-])(" + "|".join(LIST_STYLES) + r")(?![\w-])", re.IGNORECASE)
_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|' r"'((?:[^'\\]|\\.)*)'|"
                    r"counter\(\s*([\w-]+)\s*(?:,\s*([a-z-]+)\s*)?\)", re.IGNORECASE)
_CHANGE = re.compile(r"([A-Za-z_][\w-]*)(?:\s+(-?[0-9]{1,6}))?")
_MAX_CONTENT = 400
"""How much of a ``content`` value is read: a marker is a few characters."""

Token = str | tuple[str, str]
"""Literal text, or (counter name, list style)."""


@dataclass
class ClassCounters:
    """The counter rules of a page's classes, and the counters' values as the walk goes."""

    before: dict[str, tuple[Token, ...]] = field(default_factory=dict)
    increments: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    resets: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    values: dict[str, int] = field(default_factory=dict)
    scoped: dict[str, str] = field(default_factory=dict)
    """A selector with combinators (``.entry-content p.point``, its ``::before`` taken off)
    → the class this reading gives its rules; the page reader puts the class on the elements
    it matches (:func:`~plandiff.plans.intake.html.read_html`)."""
    list_types: dict[str, str] = field(default_factory=dict)
    """Class → the ``type=`` its numbered ``list-style-type`` gives a list (``1``, ``a``)."""

    def list_type(self, classes: str) -> str | None:
        """The numbering a list of these classes shows (``<ul class="lst-decimal">``)."""
        return next((self.list_types[name] for name in classes.split()
                     if name in self.list_types), None)

    def marker(self, classes: str, text_of: Callable[[int, str], str],
               reset_only: bool = False) -> str | None:
        """The marker shown before a block of these classes (``3. ``), the counters moved on
        as the block says; None when the block shows no counter. ``text_of(n, style)``
        writes a counter's value (``3``, ``c``, ``iii``). ``reset_only``: None too when a
        counter shown is reset nowhere (a list item's: such a counter starts afresh with
        each list, as the list's own numbers do; the flat values here would go on)."""
        names = classes.split()
        for name in names:
            for counter, value in self.resets.get(name, ()):
                self.values[counter] = value
        for name in names:
            for counter, step in self.increments.get(name, ()):
                self.values[counter] = self.values.get(counter, 0) + step
        tokens = next((self.before[name] for name in names if name in self.before), None)
        if tokens is None or not any(isinstance(t, tuple) for t in tokens) \
                or any(isinstance(t, tuple) and t[0].lower() == "list-item" for t in tokens):
            return None  # no counter shown, or the list's own numbers (counter(list-item))
        if reset_only:
            reset = {counter for changes in self.resets.values() for counter, _ in changes}
            if any(isinstance(t, tuple) and t[0] not in reset for t in tokens):
                return None
        out = "".join(t if isinstance(t, str) else text_of(self.values.get(t[0], 0), t[1])
                      for t in tokens)
        marker = " ".join(out.replace("\xa0", " ").split())
        return f"{marker} " if marker else None


def _changes(value: str, default: int) -> tuple[tuple[str, int], ...]:
    if value.strip().lower() == "none":
        return ()
    return tuple((m.group(1), int(m.group(2)) if m.group(2) else default)
                 for m in _CHANGE.finditer(value))


def _without_comments(sheet: str) -> str:
    """``sheet`` with its ``/* … */`` comments out (an unclosed one runs to the end), in one
    pass (a lazy pattern would rescan the rest of the sheet from every ``/*``)."""
    out: list[str] = []
    at = 0
    while (opened := sheet.find("/*", at)) >= 0:
        out.append(sheet[at:opened])
        closed = sheet.find("*/", opened + 2)
        if closed < 0:
            return "".join(out)
        at = closed + 2
    out.append(sheet[at:])
    return "".join(out)


def _scoped(counters: ClassCounters, selector: str, body: str) -> tuple[str, bool] | None:
    """The class a selector other than one class alone gets (:attr:`ClassCounters.scoped`)
    and whether it styles the ``::before``, when its rule moves or shows a counter (``.plan
    ol > li::before { content: counter(p) ". " }``, ``ol { counter-reset: item }``); None
    for any other."""
    if "counter" not in body.lower():
        return None
    css = " ".join(selector.split())
    before = _SUBJECT_BEFORE.search(css)
    if before is not None:
        css = css[:before.start()].rstrip()
    if not css or "::" in css:
        return None  # (a selector on one class alone is read as such, read_counters)
    name = counters.scoped.get(css)
    if name is None:
        if len(counters.scoped) >= _SCOPED_MAX:
            return None
        name = counters.scoped[css] = f"plandiff-counter-{len(counters.scoped)}"
    return name, before is not None


def read_counters(sheet: str) -> ClassCounters | None:
    """The counter rules and numbered list styles of ``sheet`` on single-class selectors,
    and on selectors with combinators (:func:`_scoped`); None when no class shows a counter
    before its blocks or numbers a list."""
    counters = ClassCounters()
    for chunk in _without_comments(sheet).split("}"):  # split, not a pattern: linear time
        selectors, brace, body = chunk.rpartition("{")
        if not brace:
            continue
        for selector in selectors.rsplit("{", 1)[-1].split(","):
            found = _SELECTOR.match(selector.strip())
            if found is not None:
                name, before = found.group("cls"), bool(found.group("before"))
            else:
                scoped = _scoped(counters, selector, body)
                if scoped is None:
                    continue
                name, before = scoped
            for prop in _PROPERTY.finditer(body):
                kind, value = prop.group("name").lower(), prop.group("value")
                if kind == "content" and before:
                    counters.before[name] = tuple(
                        (t.group(3), (t.group(4) or "decimal").lower()) if t.group(3)
                        else (t.group(1) if t.group(1) is not None else t.group(2) or "")
                        for t in _TOKEN.finditer(value[:_MAX_CONTENT]))
                elif kind == "counter-increment" and before:
                    # moved in the ::before itself (a site's own list style): the same, as
                    # the marker is read after the block's increments
                    counters.increments.setdefault(name, _changes(value, 1))
                elif kind == "counter-increment":
                    counters.increments[name] = _changes(value, 1)
                elif kind == "counter-reset" and not before:
                    counters.resets[name] = _changes(value, 0)
                elif kind.startswith("list-style") and not before:
                    style = _LIST_STYLE.search(value)
                    if style is not None:
                        counters.list_types[name] = LIST_STYLES[style.group(1).lower()]
                    elif value.strip().lower().startswith(("none", "disc", "circle", "square")):
                        counters.list_types.pop(name, None)
    shown = any(any(isinstance(t, tuple) for t in tokens) for tokens in counters.before.values())
    if not shown and not counters.list_types:
        return None
    return counters

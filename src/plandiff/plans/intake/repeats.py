"""A page's notes that say its title or its lead again: a framework's page state (Next.js'
``__NEXT_DATA__``) gives a story's headline and standfirst as fields and again as the first
blocks of its body, so the text read from it holds each twice. A paragraph of the notes that
is the page's title (the version's title already) leaves them, and so does the lead
(the page's ``<meta name="description">``) said a second time; compared word for word, the
spaces between them aside. The count goes to the structure report."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["drop_repeats"]


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def drop_repeats(notes: list[list[str]], titles: Iterable[str | None],
                 leads: Iterable[str | None]) -> int:
    """Empty each paragraph of ``notes`` (lines each) that is one of ``titles``, or one of
    ``leads`` after a paragraph that was it already (the first stays); how many were
    emptied. Emptied, not removed: headings are placed by the paragraph's index."""
    title_set = {_squeezed(t) for t in titles if t and _squeezed(t)}
    lead_set = {_squeezed(t) for t in leads if t and _squeezed(t)}
    seen: set[str] = set()
    dropped = 0
    for at, paragraph in enumerate(notes):
        said = _squeezed(" ".join(paragraph))
        if not said:
            continue
        if said in title_set or (said in lead_set and said in seen):
            notes[at] = []
            dropped += 1
        seen.add(said)
    return dropped

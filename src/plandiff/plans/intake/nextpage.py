"""An article split over pages: a news site that paginates a long text ends each page with a
link to the next (``<a rel="next" href="?page=2">Continue reading →</a>``, ``Next page``,
``Далі``, ``次のページ``). A page saved alone holds only its own part of the points; the
structure report says so, as a warning (a note under ``--partial``), so a first page is
never taken for the whole text.

The link is told by its address (a page number of two or more in it: ``?page=2``,
``/page/2``, ``-page-2``; ``/plan-text/2/`` beside "Next page" or "Continue reading", or
marked ``rel="next"``), never by its words alone: a teaser's "Continue reading" leads to
another article, not to the rest of this one; nor by ``rel="next"`` alone, which a blog
puts on its link to the next post too.
"""

from __future__ import annotations

import re

__all__ = ["NEXT_PAGE_SAID", "next_page_note", "next_page_warning"]

_PAGE_IN_ADDRESS = re.compile(
    r"(?:[?&](?:page|pg|paged|strana|stranitsa|seite)=|/(?:page|seite|strana|stranitsa)/"
    r"|[-_/]page[-_]?)(?P<n>[0-9]{1,3})(?![0-9])", re.IGNORECASE)
_PAGE_AT_END = re.compile(r"/(?P<n>[0-9]{1,2})/?(?:[?#].*)?$")
"""A page number as the last step of a link's path (WordPress's ``/plan-text/2/``), read
only beside a next page's words (:data:`_NEXT_WORDS`)."""
_NEXT_WORDS = re.compile(
    r"^[\s›»→]*(?:continue reading|next page|next|page [0-9]{1,2}|read page [0-9]{1,2}"
    r"|continued on page [0-9]{1,2}|далі|наступна сторінка|продовження|далее"
    r"|следующая страница|продолжение|次のページ|次へ)[\s›»→.…]*$", re.IGNORECASE)
_BACK_WORDS = re.compile(r"prev|previous|back|назад|попередн|предыдущ|前へ|前の", re.IGNORECASE)
NEXT_PAGE_SAID = "the article goes on on another page"
"""How the warning begins."""
_CUT = ": the points after this page's are not in the file"


def next_page_warning(links: list[tuple[str, str, str]]) -> str | None:
    """The warning for a page whose article goes on on a next page, quoting the link's
    words; None when no link leads there. ``links``: each link of the article's text as
    (its words, its ``href``, its ``rel``)."""
    for text, href, rel in links:
        words = " ".join(text.split())
        if _BACK_WORDS.search(words) or "prev" in rel.lower().split():
            continue
        following = "next" in rel.lower().split()
        number = _PAGE_IN_ADDRESS.search(href) or (
            _PAGE_AT_END.search(href) if following or _NEXT_WORDS.match(words) else None)
        if number is not None and int(number.group("n")) >= 2 and len(words) <= 40:
            shown = f"'{words}', " if words else ""
            return (f"{NEXT_PAGE_SAID} ({shown}{href.strip()[:120]}){_CUT}; save every page "
                    "and import their texts joined in one file, or add this one with --partial")
    return None


def next_page_note(warning: str) -> str:
    """The words of :func:`next_page_warning` for a draft added with ``--partial``: the
    cut is what the option says, so it is a note, with no advice."""
    return f"{warning.partition(_CUT)[0]}{_CUT}, as --partial says"

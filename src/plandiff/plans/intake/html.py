"""Saved HTML pages → the lines of the article's main text.

The page is parsed like a browser parses it (:mod:`plandiff.plans.intake.htmldom`). The main
text is the ``<article>``, ``<main>``, ``[role=main]`` or ``[itemprop=articleBody]`` element
with the most text (the ``<body>`` when there is none), or the one of them inside it that
holds at least half its text (a ``<main>`` around the article and a list of headlines beside
it: the article); inside it, navigation, scripts, forms,
share bars, cookie notices, newsletters, related links, footers and the like (by tag, by ARIA
role, or by a word of a class, an id or a ``data-component`` such as ``share``, ``cookie``,
``related``; not a class hiding a box only in print or on some screens, nor a box holding
more than half the text, :func:`_mark_kept`) never reach a line.
An ``<aside>`` is the page's (a sidebar) except inside a list item: there it is a boxed note
within the point and is read as the point's own paragraph. A short box round an image (its caption
and credit, :func:`_mark_image_boxes`), a box that is one link alone (a card to another
story, :func:`_mark_link_cards`) and a live blog's other entries with numbered lists of
their own (:func:`_mark_other_entries`), an in-page table of contents (links to the page's
own headings, :func:`_mark_contents_links`) are left out too, and counted. The hidden
rest of a collapsed article that a "Continue reading" button shows is read
(:func:`_mark_revealed`). A ``<figure>`` round
an image is left out; one holding a table or a list (a CMS's table block) is read; either
way its ``<figcaption>`` is left out and counted (:func:`_mark_figures`).

A news page that ships its article only as structured data (a JSON-LD ``NewsArticle`` with
an ``articleBody``, :mod:`.jsonld`; the visible page a teaser) carries that text too, read as
pasted text (:attr:`~plandiff.plans.intake.lines.DraftLines.structured`) when the visible text
yields no points, or fewer than it does and the same ones (a paywall's teaser), and the
report says so.

Each block (paragraph, heading, list item, table row, ``<br>``) becomes a line; ``<br><br>``
leaves an empty line. List items get
the marker a reader sees: ``<ol>`` numbers (``start=``, ``value=``, ``type=``; counting down in
``<ol reversed>``) as ``N.`` at the
outer level and as ``(n)``, ``a)`` or ``(i)`` inside, ``<ul>`` items as ``•``, each nesting level
indented further; an item that already carries its own number keeps it. Headings become
Markdown headings (``<h1>`` is the title; the headline a page gives for sharing,
``<meta property="og:title">``, is the title of a page with no heading, before its
``<title>``, and the report's when it is another, for the count it announces).
``<blockquote>`` and inline left margins indent. The page's text after a list of the points,
after a ``<blockquote>`` quoting them, and a Telegram channel's next message, is marked as
the page's (:attr:`_Walker.after_list`) unless it goes on with the next point.

Pages that office suites export (Google Docs, Word's "Web Page", LibreOffice Writer) are
walked as any other, with what :mod:`.htmloffice` reads of them: Google Docs' list levels,
markers and class margins, Word's typed bullets and list levels, the suite's title
paragraph. LibreOffice Writer writes a nested level outside the item (``<ol type="a"><ol
type="a"><li>``), a restart with ``value="1"``, and a level that goes on after a deeper one
as a new list with no ``start=``: on its pages such a list goes on from the last item at its
depth; its comments are HTML comments (``<!-- … -->``), read as comments. In the suites'
pages footnotes after the body (``[1]`` linking back to ``#ftnt_ref1``, Word's
``#_ftnref1``) go under the footnotes heading; a reviewer's comment (``[a]`` linking back to
``#cmnt_ref1``, Word's ``[AR1]`` to ``#_msoanchor_1`` or its ``msocomtxt`` block; the whole
``<div>`` with the replies) is never a line: it goes to the end of the version's notes
through :attr:`~plandiff.plans.intake.lines.DraftLines.comments`, and the report counts
both. The page's bytes are decoded, and their nesting depth checked, by :mod:`.htmlbytes`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.asides import ASIDE_LINE, COMMENT_BUTTON
from plandiff.plans.intake.cleaning import plain_spaces
from plandiff.plans.intake.csscounters import LIST_STYLES
from plandiff.plans.intake.dating import dated_entry, page_dates
from plandiff.plans.intake.embedded import embedded_article
from plandiff.plans.intake.htmlbytes import check_depth, decode_html
from plandiff.plans.intake.htmlcomparison import comparison_tables
from plandiff.plans.intake.htmldom import Comment, Element, HtmlDocument, StartTag, Text
from plandiff.plans.intake.htmloffice import (
    COMMENT_BACK,
    COMMENT_MARK,
    MARGIN,
    NOTE_BACK,
    WORD_BULLET,
    WORD_COMMENT,
    Office,
    bold_weight,
    class_margin,
    counter_text,
    kix_level,
    kix_marker,
    margin_of,
    read_office,
    title_paragraph,
    word_indent,
)
from plandiff.plans.intake.jsonld import article_body
from plandiff.plans.intake.leadins import AFTER_LEAD, lead_in_before, lead_in_line
from plandiff.plans.intake.lines import (
    CELL_NUMBER,
    FOOTNOTES_HEADING,
    ITEM_MORE,
    NUMBER_ALONE,
    NUMBER_SIGN,
    PAGE_TEXT,
    POINT_NOTE,
    STRUCTURED_FROM,
    TABLE_ROW_CELLS,
    TITLE_CELL_WORDS,
    DraftFormat,
    DraftLines,
    Line,
    letter_label,
    numbered_provision,
    roman_label,
    row_line,
    titled_provision,
    titled_rows,
    without_marks,
)
from plandiff.plans.intake.markers import (
    FURNITURE_HEADING,
    FW_DIGITS,
    JA_ARTICLE,
    PLAN_WORDS,
    SUB,
    TIME_STAMP_LINE,
    TOP,
    top_digits,
)
from plandiff.plans.intake.mdquotes import NOTE_LABEL
from plandiff.plans.intake.mhtml import archived_page, is_mhtml
from plandiff.plans.intake.mojibake import undo_mojibake
from plandiff.plans.intake.nextpage import next_page_warning
from plandiff.plans.intake.notemarks import pasted_footnotes, superscript_mark
from plandiff.plans.intake.officetext import comment_line, comment_place
from plandiff.plans.intake.pagemeta import headline_of_title, page_source_of, saved_address
from plandiff.plans.intake.paywall import paywall_warning
from plandiff.plans.intake.problems import input_problem
from plandiff.plans.intake.sentences import ends_clause
from plandiff.plans.intake.threads import goes_on
from plandiff.plans.intake.webarchive import (
    archive_today,
    capture_addresses,
    wayback_addresses,
)
from plandiff.plans.intake.wiki import WIKI_CLASSES

__all__ = ["decode_html", "read_html"]

_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
    "embed", "form", "button", "select", "input", "textarea", "nav", "aside", "footer",
    "header", "dialog", "menu", "figure", "picture", "video", "audio", "map", "label", "head",
    "title", "meta", "link", "amp-ad", "amp-embed", "amp-sticky-ad", "amp-sidebar",
    "amp-social-share", "amp-analytics", "amp-consent", "amp-user-notification",
    "amp-iframe", "amp-img", "amp-video", "amp-carousel", "amp-list",
    "amp-twitter", "amp-instagram", "amp-facebook", "amp-facebook-page", "amp-facebook-comments",
    "amp-youtube", "amp-vimeo", "amp-tiktok", "amp-reddit", "amp-pinterest", "amp-soundcloud",
    "amp-brightcove", "amp-jwplayer", "amp-dailymotion", "amp-embedly-card", "amp-gist",
})
"""Elements whose text is never the draft's (an AMP page's ads, images and embedded posts
and videos; a ruby's reading, the furigana a Japanese page sets over 主権, is taken out when
the page is parsed, :class:`~plandiff.plans.intake.htmldom.HtmlDocument`). An AMP
component's ``placeholder`` and ``fallback`` children (its loading and failure text) are
skipped too (:func:`_skipped`)."""
_PICTURES = frozenset({"picture", "video", "canvas", "amp-img", "amp-video"})
"""Elements that show a picture, even with no words (an ``<img>`` only with its ``alt``
text: a pixel or a spacer has none)."""
_WALKED_SKIP = _SKIP_TAGS - {"aside", "figure", "button"}
"""The elements whose insides the walk never enters (an ``<aside>`` is entered: inside a list
item it is the point's, see :func:`_skipped`; a ``<figure>`` holding a table or a list is
read, :func:`_mark_figures`; an accordion's ``<button>`` is the point's label,
:func:`_mark_panels`)."""
_SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog",
                         "alertdialog", "search", "menu", "menubar", "toolbar", "tablist"})
_SKIP_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies",
    "consent", "gdpr", "banner", "share", "sharing", "social", "newsletter", "subscribe",
    "subscription", "related", "recommended", "recommendations", "promo", "advert", "advertising",
    "ad", "ads", "sponsor", "sponsored", "comments", "comment", "footer", "sidebar", "toolbar",
    "popup", "modal", "paywall", "byline", "caption", "tag", "tags", "readmore", "outbrain",
    "taboola", "masthead", "skip", "sr-only", "visually-hidden", "hidden", "print-only",
    "pullquote", "pullout", "bio", "credit", "credits", "disqus", "trending", "mostread",
    "readnext", "recirc", "recirculation", "donate", "donation", "donations", "contributions",
    # ad networks' and news exchanges' slots (Google's, Yandex's RTB, Adfox, AdRiver, SMI2,
    # 24smi, MGID …), filled with their ads and teasers when a browser saved the page
    "adsbygoogle", "adfox", "adriver", "rtb", "mgid", "smi2", "smi24", "lentainform", "relap",
    "directadvert", "yadirect",
    # a subscription offer's box (Piano's, where a paywall cuts the article)
    "piano",
})
_SKIP_CLASSES = frozenset({"pull-quote", "pull_quote", "author-bio", "author-info",
                           "article-author", "author-card", "photo-credit",
                           "twitter-tweet", "twitter-video", "twitter-timeline",
                           "instagram-media", "tiktok-embed", "bluesky-embed",
                           "text-post-media", "fb-post", "fb-video", "reddit-embed-bq",
                           "telegram-post", "wp-block-latest-posts", "most-read", "most-popular",
                           "read-next", "more-stories", "top-stories", "latest-news",
                           "latest-posts", "links-block", "wm-ipp-base", "wm-ipp-print",
                           "support-us", "support-banner", "support-block",
                           "tp-container-inner", "tp-modal", "interval"})
"""Class names made of words that are harmless alone ("quote", "author"; "latest", "most",
"top", "more" and "read" of the lists of other stories), and the markup of
posts a page embeds from social networks (X's ``blockquote.twitter-tweet``, Instagram's,
TikTok's, Bluesky's, Threads', Facebook's, Reddit's, Telegram's): with no script run, the
post's text is in the page, and a numbered post is not the draft's list; the BBC's blocks of
links to other stories (``data-component="links-block"``); a box asking readers for
support ("support" alone names too much); the Wayback Machine's toolbar
over a capture (``#wm-ipp-base``, shown once its script ran, as a browser saves the page)
and the line it prints above it (``#wm-ipp-print``); the boxes of a subscription offer
Piano fills where a paywall cuts the article (``tp-container-inner``, ``tp-modal``); the
line a document published with Google Docs shows under its name (``div#interval``: "Updated
automatically every 5 minutes")."""
_SKIP_PAIRS = frozenset({("read", "also"), ("also", "read"), ("see", "also")})
"""Two words in a row of a class name that together name a box of links to other stories
(``div.read-also``, ``article__read-also``, ``see-also``), each harmless alone; a
``read-more`` box may hold the rest of the article behind its button, and is read."""
_POST_CHROME_IDS = frozenset({"user-name", "user-names", "tweet-user-avatar", "socialcontext",
                              "caret", "reply", "retweet", "unretweet", "like", "unlike",
                              "bookmark", "analytics", "sidebarcolumn", "placementtracking"})
"""``data-testid`` values of a saved X page's post furniture: the writer's name, handle and
time over each post, its reply/repost/like/view counts, the column beside the thread."""
_POST_CHROME_CLASSES = frozenset({"status__display-name", "status__relative-time",
                                  "status__action-bar", "detailed-status__meta",
                                  "detailed-status__display-name", "tgme_widget_message_author",
                                  "tgme_widget_message_user", "tgme_widget_message_info",
                                  "tgme_widget_message_views", "tgme_header",
                                  "tgme_widget_message_reply", "tgme_channel_info",
                                  "tgme_widget_message_link_preview", "userpic_wrap",
                                  "post-ufi", "pw-multi-vote-count", "speechify-ignore",
                                  "reader-estimated-time", "reader-domain"})
"""Mastodon's post furniture (name, time, action bar and counts), a Substack post's like,
comment and share counts (``post-ufi``), a Medium post's claps and its byline row (marked
``speechify-ignore``, for its reading aloud), a browser's reader view's site name and
reading time over the article, a Telegram channel's
web page's (the channel's card beside the messages: its name, description and counts; the
channel's name over each message, its views and time, the quote of the
message it replies to and the preview of a link it gives: the start of another text, cut,
whose numbered lines were points a second time) and a Telegram Desktop export's (the
sender's picture, or initials, beside a message)."""
_EXPORT_CHROME = (frozenset({"date", "details"}), frozenset({"signature", "details"}),
                  frozenset({"from_name"}))
"""The classes of a Telegram Desktop export's message time (``div.pull_right.date.details``,
the full date in its ``title``), of a channel's signature under a message
(``div.signature.details``) and of the sender's name over a sender's first message (or the
name of the chat a forwarded message came from: ``div.from_name``): each message's, never
the text's."""
_EXPORT_MESSAGE = frozenset({"message", "default"})
"""The classes of a Telegram Desktop export's message (``div.message.default``, a sender's
next one ``joined`` too): each an entry of its own, as :data:`_POST_TEXTS`'s."""
_POST_TEXTS = frozenset({"tgme_widget_message_text"})
"""The class of a message's text on a Telegram channel's web page (``t.me/s/…``): each
message is an entry of its own (:attr:`_Walker.after_list` at its start), whose time stamp is
in the footer left out."""
_COUNTS_LABEL = re.compile(r"\b(?:repl(?:y|ies)|reposts?|retweets?|likes?|views?)\b", re.I)
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "blockquote", "pre", "address", "center",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "dl", "tr", "table", "tbody",
    "thead", "tfoot", "caption", "ul", "ol", "body", "hr", "details", "summary", "aside",
    "figure", "figcaption",
})
_INDENTING = frozenset({"blockquote", "dd"})
_NUMBER_WORDS = frozenset({"num", "number", "numeral", "counter", "index", "nr", "no",
                           "номер", "digit"})
_BARE_NUMBER = re.compile(r"\s*[0-9０-９]{1,3}\s*")
_NOTE_BACKS = (*NOTE_BACK, "#footnote-anchor-")
"""The link from a footnote after the body back to its mark, where the note opens with it:
the office suites' (:data:`~plandiff.plans.intake.htmloffice.NOTE_BACK`) and Substack's."""
_BOXED_NUMBER = re.compile(r"\s*[0-9０-９]{1,3}\. \s*")


def _named_number(text: str) -> bool:
    """Whether a number box's text is a point's word and number alone (``Пункт 1``,
    ``Point 3``, ``第2項``): the title beside it starts after it."""
    found = TOP.match(_SPACE.sub(" ", text).strip())
    return found is not None and bool(found.group("kw")) and not found.group("rest").strip()


def _after_box(buffer: list[str], boxed_at: int | None) -> bool:
    """Whether the line so far is a number box's number alone and the dot the walk gave it
    (``<span class="num">2</span>``: ``2. ``), ``boxed_at`` where that dot ends."""
    return boxed_at is not None and len(buffer) >= boxed_at \
        and _BOXED_NUMBER.fullmatch("".join(buffer)) is not None \
        and not "".join(buffer[boxed_at:]).strip()
_NOTE_REF_CLASSES = frozenset({"footnote-ref", "footnote-back", "footnote-backref", "noteref",
                               "reference", "fn-ref", "footnote-link"})
_NOTE_ANCHORS = ("#fn", "#footnote", "#cite_note", "#endnote", "#note-", "#ftn", "#cmnt",
                 "#_ftn", "#_edn", "#_msocom")
"""Links to a page's notes; ``#ftnt1`` and ``#cmnt1`` are Google Docs' footnotes and
comments in its HTML export, ``#_ftn1``, ``#_edn1`` and ``#_msocom_1`` Word's."""

_MAIN_SELECTORS = ("article", "main", "[role=main]", "[itemprop=articleBody]")
_WORD_SPLIT = re.compile(r"[\s_\-]+")
_OWN_MARKER = re.compile(r"^\s*(?:[(（]?[0-9０-９]{1,3}[.．)）:]|[(（][a-z]{1,4}[)）]|[a-z][.)]"
                         r"\s|[•\-–*・→◦▪]\s|(?:point|paragraph|article|пункт|第)\s*\d)",
                         re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\n\f]+")


def _squeezed(element: Element) -> str:
    """An element's text, each run of white space one space, trimmed."""
    return _SPACE.sub(" ", element.text()).strip()


def _note_reference(start: StartTag) -> bool:
    """A footnote's mark in the text (``<a href="#fn1" role="doc-noteref"><sup>1</sup>``,
    ``<sup class="reference">``) or its way back from the note (``↩︎``)."""
    attrs = start.attrs
    if start.tag not in ("a", "sup"):
        return False
    if attrs.get("role", "").lower() in ("doc-noteref", "doc-backlink"):
        return True
    if set(attrs.get("class", "").lower().split()) & _NOTE_REF_CLASSES:
        return True
    return start.tag == "a" and attrs.get("href", "").lower().startswith(_NOTE_ANCHORS)


def _footnotes(start: StartTag) -> bool:
    """The block of footnotes at the end of a page (pandoc's, a CMS's: WordPress's own
    Footnotes block and its plugins', a wiki's references list)."""
    attrs = start.attrs
    if attrs.get("role", "").lower() in ("doc-endnotes", "doc-footnotes"):
        return True
    names = f'{attrs.get("class", "")} {attrs.get("id", "")}'.lower().split()
    return bool(set(names) & {"footnotes", "endnotes", "footnote-list", "references",
                              "reflist", "mw-references-wrap", "wp-block-footnotes",
                              "easy-footnotes-wrapper", "footnotes_reference_container"})


def _in_footnotes(lines: list[Line]) -> bool:
    """Whether the last line with text is the footnotes' heading: a wiki nests its references
    list in two or three such blocks (``reflist``, ``mw-references-wrap``, ``references``),
    which open one block of notes."""
    last = next((line.text for line in reversed(lines) if line.text.strip()), "")
    return last == FOOTNOTES_HEADING


_SOMETIMES_HIDDEN = re.compile(
    r"^(?:is-|u-)?hidden[-_](?:print|xs|sm|md|lg|xl|xxl|mobile|desktop|tablet|phone|small"
    r"|medium|large|(?:on|for|below|above)[-_][a-z0-9-]+|[a-z0-9]+[-_](?:up|down))$")
"""A class that hides an element only in print or on some screens (Bootstrap's
``hidden-print``, ``hidden-xs``; ``hidden-mobile``): the text a reader sees elsewhere, not
furniture (a page's two copies of its list, one per screen, are read once:
:func:`~plandiff.plans.intake.outline.repeated_lists`)."""
_SHARE_INTENT = re.compile(
    r"^(?:https?:)?//(?:www\.|mobile\.)?(?:(?:twitter|x)\.com/(?:intent/|share)"
    r"|facebook\.com/(?:sharer|share\.php|dialog/share)|t\.me/share|telegram\.me/share"
    r"|wa\.me/\?|api\.whatsapp\.com/send|vk\.com/share|(?:www\.)?linkedin\.com/"
    r"(?:shareArticle|sharing)|social-plugins\.line\.me|line\.me/R/msg|bsky\.app/intent"
    r"|reddit\.com/submit)", re.IGNORECASE)
"""A link that shares the page or a sentence of it (X's "Tweet this", Facebook's, Telegram's,
WhatsApp's, LINE's …): its words are a button's, never the text's."""
_PERMALINK_CLASSES = frozenset({"anchor", "headerlink", "permalink", "anchor-link",
                                "heading-anchor", "hash-link", "direct-link"})
"""The classes of a paragraph's or a heading's own link to itself (``#``, ``¶``)."""
_BUTTON_WORDS = 4
"""The most words a share link has that are a button's ("Tweet this", "Share on X"); one
with more, or one ending a sentence, is a sentence of the text a plugin made a link of,
and stays."""


_COMMENT_LINK = re.compile(rf"[ \t]*(?:{COMMENT_BUTTON})[ \t]*", re.IGNORECASE)


def _mark_buttons(root: Element) -> None:
    """Mark the links inside the text that are buttons to be left out: a share link's words
    (``<a href="https://twitter.com/intent/tweet?…">Tweet this</a>``, at most
    :data:`_BUTTON_WORDS` words and no sentence's end), a paragraph's or heading's link to itself
    (``<a class="anchor" href="#p3">#</a>``) and a comment count's or button's link beside
    other text (``<a href="#comments">Comments (12)</a>``); they were glued to the point's
    text."""
    for link in root.select("a[href], button"):
        href = (link.attribute("href") or "").strip()
        text = _squeezed(link)
        classes = set((link.attribute("class") or "").lower().split())
        button = len(text.split()) <= _BUTTON_WORDS and text[-1:] not in ".!?。！？"
        if (_SHARE_INTENT.match(href) and button) or (
                href.startswith("#") and classes & _PERMALINK_CLASSES and len(text) <= 3) \
                or (_COMMENT_LINK.fullmatch(text) and _glued(link, text)):
            link.set_attribute(_LEFT_OUT, "")


def _glued(link: Element, text: str) -> bool:
    """Whether a link stands in its block with other text (a comment count after the
    point's sentence); alone on its line the parser leaves it out, and counts it."""
    parent = link.parent()
    return parent is not None and _squeezed(parent) != text


def _class_names(attribute: Callable[[str], str | None]) -> str:
    """An element's class, id and ``data-component`` (the BBC's blocks: "tag-list"), in
    small letters, without a class hiding it only in print or on some screens
    ("hidden-print", "hidden-xs": shown on a screen, or on others); ``attribute`` reads one
    of its attributes."""
    names = " ".join(attribute(a) or "" for a in ("class", "id", "data-component")).lower()
    if "hidden" in names:
        names = " ".join(n for n in names.split() if not _SOMETIMES_HIDDEN.match(n))
    return names


def _name_words(names: str) -> list[str]:
    """The words of class names, in order (``article__read-also`` → ``article``, ``read``,
    ``also``): split at spaces, underscores and hyphens, the one splitting every check of a
    class's words reads."""
    return [w for w in _WORD_SPLIT.split(names) if w]


def _class_words(element: Element) -> set[str]:
    """The words of an element's class, id and ``data-component`` that :func:`_skipped`
    reads (:func:`_class_names`)."""
    return set(_name_words(_class_names(element.attribute)))


def _mark_kept(root: Element) -> None:
    """Mark a box to be read whose class or id says furniture by a word that also names the
    state of a whole text (``paywall``, ``subscription-content``, ``has-ads``, ``ad-free``,
    ``promo``) when it holds more than half the main text: that is the article, not a box
    beside it. Lists of other stories and comments (``related``, ``comments``, ``footer``
    …), which can outgrow an article, are never kept so."""
    whole = len(_squeezed(root))
    weighed = 0
    for element in root.select("[class], [id], [data-component]"):
        words = _class_words(element)
        if not (words & _SKIP_WORDS and not words & _NEVER_KEPT and element.tag in _BLOCKS):
            continue
        weighed += 1
        if weighed > _KEPT_WEIGHED:
            break
        if 2 * len(_squeezed(element)) > whole:
            element.set_attribute(_KEPT, "")


def _skipped(start: StartTag, in_item: bool = False) -> bool:
    """Whether an element is page furniture (its text never reaches a line). An ``<aside>``
    inside a list item is a boxed note within the point, not the page's: it is read as the
    point's own paragraph (the parser's rules for editorial asides still apply to its lines),
    unless its class, id or role says furniture (``related``, ``ad`` …)."""
    attrs = start.attrs
    if _PULLED_POINT in attrs:
        return False  # a point set large in a pull quote's box (:func:`_pull_quotes`)
    revealed = _REVEALED in attrs  # the rest of the article a "Continue reading" button shows
    if (start.tag in _SKIP_TAGS and not (start.tag == "aside" and (in_item or _update(start)))
            and not (start.tag == "figure" and _READ in attrs)
            and not (start.tag == "button" and _OPENER in attrs)) \
            or ("hidden" in attrs and not revealed) \
            or (attrs.get("aria-hidden") == "true" and not _number_box(start) and not revealed):
        return True  # a number box hidden from screen readers is still seen: a point's number
    if "placeholder" in attrs or "fallback" in attrs or _LEFT_OUT in attrs:
        return True  # an AMP component's loading or failure text
    if _note_reference(start):
        return True
    if attrs.get("role", "").lower() in _SKIP_ROLES:
        return True
    if attrs.get("data-testid", "").lower() in _POST_CHROME_IDS or (
            attrs.get("role", "").lower() == "group"
            and _COUNTS_LABEL.search(attrs.get("aria-label", ""))):
        return True  # a post's name, handle and time, or its counts
    names = _class_names(attrs.get)
    if set(names.split()) & (_POST_CHROME_CLASSES | WIKI_CLASSES) \
            or any(chrome <= set(names.split()) for chrome in _EXPORT_CHROME):
        return True
    split = _name_words(names)
    words = set(split) - ({"hidden"} if revealed else set())
    if (words & _SKIP_WORDS and _KEPT not in attrs) or set(names.split()) & _SKIP_CLASSES \
            or not _SKIP_PAIRS.isdisjoint(pairwise(split)):
        return True
    style = attrs.get("style", "").replace(" ", "").lower()
    return not revealed and ("display:none" in style or "visibility:hidden" in style)


_REVEALED = "data-plandiff-revealed"
"""The attribute :func:`_mark_revealed` puts on the hidden rest of an article a button
shows."""
_EXPANDER = re.compile(
    r"^[\s›»→↓▼…+]*(?:continue reading|read more|read the full (?:story|article|text)"
    r"|read full (?:story|article)|show (?:more|the full (?:story|article|text)|full (?:story"
    r"|article|text))|expand(?: article| text)?|view more|читати (?:далі|повністю)"
    r"|показати (?:більше|повністю)|розгорнути|читать (?:далее|полностью)"
    r"|показать (?:больше|полностью)|развернуть|続きを読む|もっと見る|全文を(?:表示|読む))"
    r"[\s›»→↓▼….]*$", re.IGNORECASE)
"""The words of a button that shows the rest of a collapsed article."""
_REST_WORDS = frozenset({"rest", "remainder", "truncated", "expandable", "collapsed",
                         "collapsible", "continued"})
"""Class or id words of the hidden box holding the rest of a collapsed article."""
_HIDDEN_WORDS = frozenset({"hidden", "collapsed", "collapse"})
"""Class words of a box a style sheet hides (``is-hidden``, ``collapsed``)."""
_HIDING = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_ID_REFERENCE = re.compile(r"#([\w:-]{1,100})|getElementById\(\s*['\"]([\w:-]{1,100})")


def _mark_revealed(root: Element) -> int:
    """Mark the hidden boxes (``hidden``, ``aria-hidden``, ``display:none``, a class
    ``is-hidden`` or ``collapsed``) that a
    "Continue reading" button in the article shows (:data:`_EXPANDER`'s words; the box
    named by its ``aria-controls``, ``data-target``, ``href`` or ``onclick``, or, with such
    a button there, a box whose class or id says it is the rest: :data:`_REST_WORDS`) to be
    read: a saved page holds the whole article, collapsed under its first points. How many
    boxes were marked."""
    buttons = [e for e in root.select("button, a, [role=button]")
               if _EXPANDER.match(_squeezed(e))]
    if not buttons:
        return 0
    named: set[str] = set()
    for button in buttons:
        named.update((button.attribute("aria-controls") or "").split())
        for attribute in ("data-target", "data-bs-target", "href", "onclick"):
            for found in _ID_REFERENCE.finditer(button.attribute(attribute) or ""):
                named.add(found.group(1) or found.group(2))
    marked = 0
    for box in root.select("[hidden], [aria-hidden=true], [style], [class]"):
        words = _class_words(box)
        if box.attribute("hidden") is None and box.attribute("aria-hidden") != "true" \
                and not _HIDING.search(box.attribute("style") or "") \
                and not words & _HIDDEN_WORDS:
            continue
        if (box.attribute("id") or "") in named or words & _REST_WORDS:
            box.set_attribute(_REVEALED, "")
            marked += 1
    return marked


_TOGGLES = "[aria-expanded], [data-bs-toggle=collapse], [data-toggle=collapse]"
"""The buttons of an accordion: each opens (and closes) the panel it names."""
_OPENER = "data-plandiff-opener"
"""The attribute :func:`_mark_panels` puts on the button over a panel it marked: read."""


def _mark_panels(root: Element) -> int:
    """Mark the closed panels of an accordion (a ``<button aria-expanded>`` or a Bootstrap
    ``data-bs-toggle="collapse"`` naming its panel by ``aria-controls``, ``data-target``,
    ``data-bs-target`` or ``href``; the panel ``hidden``, ``aria-hidden``, styled
    ``display:none`` or of class ``collapse``) to be read: a page listing a plan's points
    so shows each one's text when its button is clicked, and a saved page holds them all. A
    panel that is mostly links (a site's menu behind its toggle) stays out. How many panels
    were marked."""
    toggles = root.select(_TOGGLES)
    named_by: dict[int, set[str]] = {}
    for button in toggles:
        names = set((button.attribute("aria-controls") or "").split())
        for attribute in ("data-target", "data-bs-target", "href"):
            for found in _ID_REFERENCE.finditer(button.attribute(attribute) or ""):
                names.add(found.group(1) or found.group(2))
        named_by[button.key()] = names
    named = set().union(*named_by.values())
    if not named:
        return 0
    marked = 0
    opened: set[str] = set()
    for box in root.select("[id]"):
        if (box.attribute("id") or "") not in named or box.attribute(_REVEALED) is not None:
            continue
        if box.attribute("hidden") is None and box.attribute("aria-hidden") != "true" \
                and not _HIDING.search(box.attribute("style") or "") \
                and not _class_words(box) & _HIDDEN_WORDS:
            continue
        text = len(_squeezed(box))
        linked = sum(len(_squeezed(link)) for link in box.select("a"))
        if text and 2 * linked < text:
            box.set_attribute(_REVEALED, "")
            opened.add(box.attribute("id") or "")
            marked += 1
    for button in toggles:  # its words are the point's number and title ("Point 4")
        if button.tag == "button" and named_by[button.key()] & opened:
            button.set_attribute(_OPENER, "")
    return marked


_UPDATE_WORDS = frozenset({"update", "correction", "clarification"})
"""Class words of an editor's box in the article about a change to it (``aside.update``,
``aside.article-correction``)."""


def _update(start: StartTag) -> bool:
    """Whether an ``<aside>`` is the editor's box telling readers of an update or a
    correction ("Update: points 5 and 6 were reworded. They now read: …"): it is the
    article's text, read (its quote of points goes to the notes when the full list follows,
    :func:`~plandiff.plans.intake.outline.repeated_lists`); a box of "live updates" or
    "latest updates" (other stories) is furniture still."""
    return not _UPDATE_WORDS.isdisjoint(_name_words(_class_names(start.attrs.get)))


def _int(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return default


@dataclass
class _List:
    ordered: bool
    counter: int
    kind: str
    """``1``, ``a``, ``i`` (``type=``; upper case folds to lower)."""
    upper: bool = False
    """``type="I"`` or ``type="A"``: numbered in capitals."""
    nest: int = 0
    """How many indentation steps the list adds (one for a list inside a list; a Google
    Docs list its level)."""
    kix: tuple[str, int] | None = None
    """A Google Docs list: (the list's id, the level) from ``lst-kix_<id>-<level>``."""
    tag: str = "ol"
    items: int = 0
    """How many items the list has had so far."""
    step: int = 1
    """What each item adds to the number: -1 in a countdown (``<ol reversed>``)."""
    continued: bool = False
    """A list of two items or more that a later list goes on from (:func:`_mark_continued`):
    the plan's, whatever its length."""
    one_block: bool = False
    """A list that is one block of a block editor's export (Notion's ``<ol
    class="numbered-list" start="N">``, one item each): a paragraph after it is never its
    item's, which holds its own further blocks inside it."""


_PLAN_ITEMS = 3
"""A numbered list of at least this many items at the outer level is the draft's points: the
page's text after it is not its last item's (:attr:`_Walker.after_list`). So is a list of
two items whose numbers reach it (``<ol start="4">``, the plan's list going on after a
paragraph between); a list of one item (``<ol start="3">`` between two video cards, one
point at a time) keeps what follows it until the next point."""


@dataclass
class _Walker:
    lines: list[Line] = field(default_factory=list)
    buffer: list[str] = field(default_factory=list)
    prefix: str = ""
    lists: list[_List] = field(default_factory=list)
    following: dict[tuple[int, str, str], int] = field(default_factory=dict)
    """LibreOffice: the number after the last item of each (nesting depth, list tag, type),
    which a nested list it writes with no ``start=`` goes on from."""
    indent: int = 0
    block: int = 0
    office: Office = field(default_factory=lambda: Office({}, {}, False))
    kix_values: dict[tuple[str, int], int] = field(default_factory=dict)
    kix_margins: dict[float, int] = field(default_factory=dict)
    """Google Docs: the left margin of each list level's items (their class's) → the level."""
    """The number of the last item at each (Google Docs list, level)."""
    comments: list[str] = field(default_factory=list)
    notes: int = 0
    """Google Docs footnotes read (under :data:`FOOTNOTES_HEADING`)."""
    continued: int = 0
    """Lines closing a messenger's message that say it goes on in the next, left out."""
    boxed_at: int | None = None
    """Where in the buffer the number a number box holds and its dot end (``2. ``); none
    once the line ends (:meth:`flush`): a later line's typed ``2.`` is no box's."""
    after_list: bool = False
    """An outer numbered list of the draft's points has just closed (``</ol>``): the next
    block is the page's, after the list, unless it carries a point's number or a heading's
    marks, or the last item ended in a colon (its sub-points, set outside it). That block
    is marked :data:`~plandiff.plans.intake.lines.PAGE_TEXT`, so that it and what follows it
    up to the next point go to the notes, not into the last point."""

    between: bool = False
    """:attr:`after_list` holds only because a later list goes on from the one closed
    (:attr:`_List.continued`): an aside's label alone after it stays the last point's."""
    table_points: int = 0
    """The rows of the table open (or last closed) read as numbered points: three or more,
    and the page's text after the table is not its last row's (:attr:`after_list`)."""
    resume: tuple[int, str] | None = None
    """The number after the last item of the outer ``<ol>`` just closed, and its type, until
    a line of text follows it: a list the page's furniture split off it goes on from there
    (:attr:`gap`)."""
    gap: bool = False
    """Furniture (an image, an ad, an embed, left out) stood since that list closed."""
    resumed: int = 0
    """Lists with no ``start=`` read as going on from the list before them."""
    broke: int = -1
    """The block count at the last ``<br>``: a second one with no text since (``<br><br>``,
    a messenger's or a site editor's paragraph break) leaves an empty line."""
    row_kind: str = ""
    """What :func:`_mark_point_tables` said of the table row open (its :data:`_ROW_KIND`)."""
    item: _List | None = None
    """The list whose item's marker is :attr:`prefix`, until the item's first text: an item
    that is the page's (an ad slot's label, a cross-link) is no item, and gives its number
    back."""
    pictured: bool = False
    """The ``<li>`` open holds a picture with words (an ``<img alt="…">``, a ``<picture>``, a
    video): with no text, its number is still a point's, set in the image."""
    empty_items: int = 0
    """Items of an ordered list with no text and no picture (an ad's slot once saved: an
    iframe, a pixel, an empty box), which gave their numbers back."""
    items: list[bool] = field(default_factory=list)
    """For each ``<li>`` open, whether it has a line yet: its further lines (a second
    ``<p>``) are marked :data:`~plandiff.plans.intake.lines.ITEM_MORE`."""
    set_in: bool = False
    """The last line is a sub-item set after a ``<br>`` under a numbered point's line in
    the same paragraph (``<p>2. … by:<br>(a) …;<br>(b) …;<br>…``), set in under it
    (:meth:`_broken_sub_item`)."""

    def _broken_sub_item(self, prefix: str, text: str) -> int:
        """How far to set in a line that a ``<br>`` parts from the line before, in one
        paragraph: a lettered sub-item (``(a) …``) under a numbered point's line or after
        another so set in, one step, so that an unlabelled line after the last sub-item
        that finishes its clause (``and both report …``, ``The swap ends …``), the
        parent's closing words, goes back to the parent as its further paragraph (a blank
        line before it), as it does after a nested list. -1 for that closing line; 0 for
        any other line."""
        before = self.lines[-1].text if self.lines else ""
        set_in, self.set_in = self.set_in, False
        if prefix.strip() or self.broke != self.block or not before.strip():
            return 0
        if SUB.match(text) is not None and (
                set_in or TOP.match(plain_spaces(before.lstrip(PAGE_TEXT + ITEM_MORE)))):
            self.set_in = True
            return 1
        if set_in and ends_clause(before) and TOP.match(plain_spaces(text)) is None:
            return -1
        return 0

    def bare_number(self) -> str:
        """A number alone on the last line (``01.``: a designed card's number box over its
        heading, :func:`_number_box`) taken off to number the heading that follows (``###
        01. Ceasefire``), or ``""``. The card's number alone was point 1 with no text, its
        heading and text went to the notes."""
        last = len(self.lines)
        while last and not self.lines[last - 1].text:
            last -= 1
        if not last or not _BARE_POINT.fullmatch(self.lines[last - 1].text):
            return ""
        number = self.lines[last - 1].text.strip()
        del self.lines[last - 1:]
        return f"{number} "

    def flush(self) -> None:
        raw = "".join(self.buffer)
        if _TITLE_END in raw:
            head, _, raw = raw.partition(_TITLE_END)
            if self.prefix and not self.prefix.startswith("#"):
                # an item's bold title: the point's number and title on a heading line
                # (### 2. Title, as <li><h3> gives it), the text after it on the next; a
                # bulleted item's title on its line, the text a paragraph below (as a
                # bulleted draft's titled points are read)
                self.buffer[:] = [_SPACE.sub(" ", head).strip().rstrip(".:：")]
                # the dash or colon set after the bold title (<b>Monitoring</b> – Monitors
                # …) parts it from the text: no bullet of a sub-point
                raw = AFTER_LEAD.sub("", raw, count=1)
                bullet_item = self.prefix.strip() == "•"
                self.prefix = self.prefix if bullet_item else f"### {self.prefix}"
                self.flush()
                if bullet_item:
                    self._blank()
            else:
                raw = head + raw
            self.buffer[:] = [raw]
        if _LEAD_END in raw:
            head, _, rest = raw.partition(_LEAD_END)
            line = lead_in_before(_SPACE.sub(" ", head), rest)
            if line is not None:
                self.buffer[:] = [line]
                self.flush()  # the lead-in, then the text after it
                raw = AFTER_LEAD.sub("", rest, count=1)
            raw = raw.replace(_LEAD_END, "")
        status = verdict = None
        if self.row_kind.startswith(_STATUS_ROW) and raw.count(_CELL) >= 3:
            # a tracker's status column: the point's note, under the column's label
            raw, _, last = raw.rstrip(_CELL + " ").rpartition(_CELL)
            verdict = " ".join(last.split())
            status = f"{self.row_kind.removeprefix(_STATUS_ROW)}: {verdict}"
        row = _ROW_NUMBER.match(raw)
        remarks: list[str] = []
        cells = [] if row is None else [" ".join(cell.split()) for cell in
                                         raw[row.end():].rstrip(_CELL + " ").split(_CELL)]
        titled = None if row is None else titled_provision(
            [[row.group("num")], *([cell] for cell in cells)],
            longer=self.row_kind != _TITLED_ROW, stopped=self.row_kind != _LOOSE_TITLED_ROW)
        remarked = self.row_kind.startswith(_REMARKED_ROW)
        provision = numbered_provision([[row.group("num")], *([cell] for cell in cells)],
                                       long_remarks=remarked) \
            if row is not None and titled is None else None
        if row and (provision is not None or titled is not None):
            self.table_points += 1
        if row and provision is not None:
            # a table row: the point's number, then its text (and a status beside it,
            # "Agreed", a paragraph of its own, as in the Word file)
            raw, remarks = f"{row.group('num')}. {' '.join(provision[1])}", provision[2]
            label = self.row_kind.removeprefix(_REMARKED_ROW) if remarked else ""
            if label:  # an explainer's column: the point's note, under its header
                remarks = [f"{label}: {remark}" for remark in remarks]
        elif row and titled is not None:
            # number | title | text: the point's title line (the cells tell the title), its
            # text a paragraph below
            raw, remarks = f"### {titled[0]}. {titled[1]}", [" ".join(titled[2]), *titled[3]]
        elif row and status is not None:
            raw = f"{row.group('num')}. {' '.join(cells)}"  # number | topic | status
            self.table_points += 1
        elif row and len(cells) == 1 and _TITLE_TEXT.fullmatch(cells[0]) is not None \
                and len(cells[0].split()) <= TITLE_CELL_WORDS:
            # number | a heading's few words ("1 | Security" over rows 1.1, 1.2): the
            # number's line, as typed
            raw = f"{row.group('num')}. {cells[0]}"
        elif row is None and self.row_kind in (_BULLET_ROW, _LOOSE_BULLET_ROW) \
                and (bulleted := _titled_row(raw.strip(_CELL + " ").split(_CELL),
                                             stopped=self.row_kind == _BULLET_ROW)) is not None:
            # title | text, no number in the table: a bulleted point, as a reader sees it
            raw, remarks = f"• {bulleted[0]}", [bulleted[1]]
            self.table_points += 1
        if status is not None and verdict is not None:
            # beside a provision or a title and its text, a paragraph of its own as the Word
            # and OpenDocument readers have it (lines.titled_provision); beside a topic
            # alone, the point's note
            remarks.append(verdict if provision is not None or titled is not None
                           else status)
        schedule = None
        if row is None and raw.count(_CELL) >= 3 and not raw.split(_CELL)[0].strip():
            schedule = row_line(raw.split(_CELL)[1:])
        if schedule is not None:  # three or more cells: a line of its own, joined by " | "
            raw = schedule
            self._blank()
        elif row is None and _SIGN_HEADER.match(raw):
            # a header row whose first cell is "#" (the number column's label): its cells
            # joined by " | ", no Markdown heading's mark before its other cells
            raw = " | ".join(" ".join(cell.split()) for cell in raw.split(_CELL)[1:])
        if _BOLD_END in raw:
            raw = _BOLD_NUMBER.sub(lambda m: m.group(1) + (
                " " if m.group(2).islower() else ". ") + m.group(2), raw).replace(_BOLD_END, "")
        text = _SPACE.sub(" ", raw.replace(_CELL, " ")).strip()
        self.buffer.clear()
        self.boxed_at = None
        if self.office.word:
            text = WORD_BULLET.sub("• ", text)
        if text:
            if self.resume is not None and not self.lists and _page_item(text):
                # "READ MORE: …", "Related: …", an ad's label between two parts of the list:
                # furniture, as an ad's box is; the list after it goes on
                self.gap = True
            else:
                self.resume = None
            prefix = self.prefix
            if self.item is not None and prefix and _page_item(text):
                # <li>Advertisement</li>, <li>Read more: …</li> in the list of points: the
                # page's line (an aside the parser puts in the notes), its number the next
                # item's
                if self.item.ordered:
                    self.item.counter -= self.item.step
                self.item.items -= 1
                prefix = ""
            self.item = None
            if prefix and prefix.strip() not in ("#", "##", "###", "####", "#####", "######") \
                    and _OWN_MARKER.match(text):
                prefix = ""  # the item carries its own number
            mark = ""
            if self.after_list and not (self.between and _page_item(text)):
                # (between two lists of a plan split in two, a card's label, "Watch:", is
                # the point's aside still, and the paragraph after it the page's)
                self.after_list = False
                before = next((line.text for line in reversed(self.lines) if line.text), "")
                if not prefix.startswith("#") and not TOP.match(plain_spaces(prefix + text)) \
                        and not before.rstrip().endswith((":", "：")):
                    mark = PAGE_TEXT  # the page's text after the list of points
            if not mark and not prefix and self.items and self.items[-1]:
                mark = ITEM_MORE  # the item's further paragraph (<li><p>…</p><p>…</p>)
            if self.items:
                self.items[-1] = True
            set_in = self._broken_sub_item(prefix, text)
            if set_in < 0:
                self._blank()  # the parent's closing words after its sub-items
            pad = " " * (2 * (self.indent + max(set_in, 0)))
            self.lines.append(Line(f"{mark}{pad}{prefix}{text}", f"block {self.block}"))
            self.block += 1
            for remark in remarks:
                self._blank()
                self.lines.append(Line(f"{pad}{remark}", f"block {self.block}"))
                self.block += 1
                self._blank()
            self.prefix = ""  # an item's marker waits for its first text (<li><p>…)
            if schedule is not None:
                self._blank()

    def paragraph_break(self) -> None:
        self.flush()
        self._blank()

    def _blank(self) -> None:
        """A blank line after the last line, unless one is there (a paragraph's end)."""
        if self.lines and self.lines[-1].text:
            self.lines.append(Line("", f"block {self.block}"))


_CLOSES_ON = ".,;:!?)…"
"""Marks that close on the word before them: no space before them after a note's mark or a
link's number left out."""
_LEAD_END = "\x1c"
"""Where a bold lead-in that names a point ends (``<p><b>Point 5: Title.</b> The US …``,
:mod:`.leadins`)."""
_BOLD_END = "\x1e"
"""Where a bold number opening a paragraph ends (``<p><b>3</b> The parties …``)."""
_BOLD_NUMBER = re.compile("^(\\s*[0-9０-９]{1,3})\\s*\x1e\\s*(?:[.)．）]\\s*)?(\\S)")
"""A paragraph opening with a bold number: it is the point's number when the text after it
does not go on in small letters (``<b>28</b> points make up the draft`` is a sentence)."""
_BARE_POINT = re.compile(r"[ \t]*[0-9]{1,3}\.[ \t]*")
"""A line that is a point's number and nothing else (:meth:`_Walker.bare_number`)."""
_CELL = "\x1f"
"""Where a table cell starts in a row's text (a space once the line is made)."""
_ROW_NUMBER = re.compile(rf"^\s*\x1f\s*(?:{NUMBER_SIGN})?\[?(?P<num>{CELL_NUMBER})\]?\s*[.)]?\s*"
                         r"\x1f(?=\s*\S)")
"""A row whose first cell holds only a number (``| 3 | The parties … |``, a two-column table
of provisions, at least three words in the second cell; ``№ 3``, ``п. 3``, ``1.2`` as
well): the line opens point 3. A row of
more cells ("12 | 8 | modified", a renumbering map) stays text."""


def _titled_row(cells: list[str], *, stopped: bool = True) -> tuple[str, str] | None:
    """A row's title and text when a table gives no number cell (``| Sovereignty | Ukraine
    remains … |``): :func:`~plandiff.plans.intake.lines.titled_provision`'s test, the
    number left out (``stopped`` False: the text need not end a sentence)."""
    if len(cells) != 2 or not all(cells):
        return None
    found = titled_provision([["1"], [cells[0]], [cells[1]]], stopped=stopped)
    return None if found is None else (found[1], " ".join(found[2]))


_ROW_KIND = "data-plandiff-row"
"""The attribute :func:`_mark_point_tables` puts on a table's rows: :data:`_BULLET_ROW`,
:data:`_TITLED_ROW`, or :data:`_STATUS_ROW` and the status column's label."""
_BULLET_ROW = "bullet"
_TITLED_ROW = "titled"
"""A numbered row that is a titled point in its table's light only (a title longer than its
short text, beside titled rows: :func:`~plandiff.plans.intake.lines.titled_rows`)."""
_LOOSE_BULLET_ROW = "bullet-loose"
"""A row of a table of titled rows none of which ends in a full stop (``| Ceasefire | Both
sides stop firing along the line |``)."""
_LOOSE_TITLED_ROW = "titled-loose"
"""A numbered row that is a titled point though its text ends in no full stop, in a run
numbered one by one (:func:`~plandiff.plans.intake.lines.titled_rows`)."""
_STATUS_ROW = "status:"
_STATUS_LABELS = frozenset({"status", "статус", "стан", "состояние", "状況", "現状", "進捗",
                            "ステータス"})
"""A status column's header as the point's note labels it (any other header: ``Status``);
:data:`~plandiff.plans.intake.asides.ASIDE_LINE` knows these labels."""
_STATUS_WORDS = 4
_STATUS_CHARS = 30
_NUMBER_CELL = re.compile(NUMBER_ALONE)
_SIGN_HEADER = re.compile(r"^\x1f\s*#\s*\x1f(?=\s*[^\s\x1f])")
"""A table row whose first cell is ``#`` alone and whose next holds words: a header row's."""


def _status_column(values: list[str]) -> bool:
    """Whether a table's last column is a status beside its points: short verdicts (at most
    :data:`_STATUS_WORDS` words, no digit: a renumbering map's "merged into 4" is none),
    one of them repeated down the column (``Agreed`` / ``Open`` / ``Agreed``)."""
    folded = [value.casefold().rstrip(".。") for value in values]
    return all(0 < len(value) <= _STATUS_CHARS and len(value.split()) <= _STATUS_WORDS
               and not any(c.isdigit() for c in value) for value in values) \
        and len(set(folded)) < len(folded)




def _mark_point_tables(root: Element) -> None:
    """Mark the rows of a table of points that the row's own reading would miss: a table
    with no number in it whose every row (a header aside) is a title and a sentence
    (``| Sovereignty | Ukraine remains … |``, :func:`_titled_row`: one bulleted point a
    row; set without full stops, ``| Ceasefire | Both sides stop firing along the line |``,
    when no text has one and no title a digit), a table of numbered rows whose last column
    is a status (:func:`_status_column`, ``| 1 | Sovereignty | Agreed |``: the status is
    the point's note), and the numbered rows number | title | text set without full stops
    in a run numbered 1, 2, 3 … (:func:`~plandiff.plans.intake.lines.titled_rows`, the
    Word and OpenDocument readers' rule). Three rows at least,
    no table, list or image inside, no link in a title's cell (a page laid out in a table,
    its menu beside the article, is none). A row :func:`~.lines.titled_rows` reads as a
    titled point in its whole table's light only (a title longer than its short text, beside
    titled rows) is marked too."""
    for table in root.select("table"):
        if any(not inner.same(table) for inner in table.select("table, ol, ul, img")):
            continue  # (the selector matches the table itself too)
        rows = [(row, [_squeezed(cell) for cell in row.select("td, th")])
                for row in table.select("tr") if row.select("td")]
        headers = [_squeezed(cell) for row in table.select("tr")[:1] for cell in row.select("th")]
        if rows and not headers and _NUMBER_CELL.fullmatch(rows[0][1][0]) is None \
                and _titled_row(rows[0][1]) is None:
            headers = rows.pop(0)[1]  # a header row set in <td> cells
        titled = titled_rows([[[cell] if cell else [] for cell in cells] for _, cells in rows])
        for at in titled:
            cells = rows[at][1]
            if titled_provision([[cell] if cell else [] for cell in cells]) is None:
                rows[at][0].set_attribute(_ROW_KIND, _TITLED_ROW)  # beside titled rows
        if len(rows) < _PLAN_ITEMS:
            continue
        numbered = [_NUMBER_CELL.fullmatch(cells[0]) is not None for _, cells in rows]
        if not any(numbered):
            # a table set without full stops: none in its texts, no digit in its titles
            # (not a layout table's date beside a byline)
            loose = not any(cells[-1].endswith((".", "。", "．")) or any(
                c.isdigit() for c in cells[0]) for _, cells in rows)
            for kind, stopped in ((_BULLET_ROW, True), (_LOOSE_BULLET_ROW, False)):
                if (stopped or loose) and all(_titled_row(cells, stopped=stopped) is not None
                                              and not row.select("td:first-child a")
                                              for row, cells in rows):
                    for row, _ in rows:
                        row.set_attribute(_ROW_KIND, kind)
                    break
        elif all(numbered) and all(len(cells) >= 3 for _, cells in rows) \
                and len({len(cells) for _, cells in rows}) == 1 \
                and _status_column([cells[-1] for _, cells in rows]):
            label = headers[-1] if headers and headers[-1].casefold() in _STATUS_LABELS \
                else "Status"
            for row, _ in rows:
                row.set_attribute(_ROW_KIND, f"{_STATUS_ROW}{label}")
        else:  # number | title | text set without full stops, numbered 1, 2, 3 …
            cells_of = [[[cell] if cell else [] for cell in cells] for _, cells in rows]
            for at in titled_rows(cells_of):
                if titled_provision(cells_of[at]) is None:
                    rows[at][0].set_attribute(_ROW_KIND, _LOOSE_TITLED_ROW)
            if all(numbered):
                _mark_remarked_rows(rows, headers)


_REMARKED_ROW = "remarked:"
"""A numbered row of a table of provisions numbered one by one, a column of remarks beside
them (``# | Clause | What it means``): its remarks may be long; after the prefix, the
remarks' column header when it labels a commentary (the point's note)."""


_SAMPLE_REMARK = "The clause changes nothing in practice."
"""A sentence of commentary: a header is a commentary's label when a line of it after the
header is an editorial aside (:data:`~plandiff.plans.intake.asides.ASIDE_LINE`); a status
column (``Status``) stays a paragraph of the provision, as the Word reader reads it."""


def _mark_remarked_rows(rows: list[tuple[Element, list[str]]], headers: list[str]) -> None:
    """Mark :data:`_REMARKED_ROW` the rows of a table whose every row is a number, a
    provision of three words or more and one or two cells after it, numbered one by one
    (``3 | Troops withdraw … | The map of those lines has not been published …``: a
    remark over five words made the row no provision, its cells one line run into the point
    before it)."""
    numbers = [_NUMBER_CELL.fullmatch(cells[0]) for _, cells in rows]
    values = [int(found.group("num")) if found and found.group("num").isdigit() else -1
              for found in numbers]
    if values[0] < 1 or values != list(range(values[0], values[0] + len(values))) \
            or any(not 3 <= len(cells) <= 4 or len(cells[1].split()) < 3 for _, cells in rows):
        return
    header = headers[-1] if len(headers) == len(rows[0][1]) == 3 else ""
    label = header if header and header.casefold() not in _STATUS_LABELS \
        and ASIDE_LINE.match(f"{header}: {_SAMPLE_REMARK}") else ""
    for row, _ in rows:
        if not row.attribute(_ROW_KIND):
            row.set_attribute(_ROW_KIND, f"{_REMARKED_ROW}{label}")


_CELL_BREAKS = frozenset({"p", "div", "br"})
"""The breaks inside a table cell that a schedule's row (three or more cells, read as one
line) reads as a space: LibreOffice's and Word's pages set each cell's text in a ``<p>``."""


def _in_schedule_cell(opened: list[str], rows: list[int]) -> bool:
    """Whether the innermost element open (``opened``, outermost first) is a cell of a row of
    three or more cells (``rows``: the cells of each row open), not a list or table in it."""
    for tag in reversed(opened):
        if tag in ("td", "th"):
            return bool(rows) and rows[-1] >= TABLE_ROW_CELLS
        if tag in ("table", "tr", "li", "ol", "ul"):
            return False
    return False


def _item_quote(lines: list[Line], start: int) -> None:
    """A ``<blockquote>`` inside a list item, its lines from ``start``: when it opens with a
    note's label (``<strong>Note:</strong> …``, ``Примітка:``: :data:`~.mdquotes.NOTE_LABEL`)
    it is the item's note, one line marked
    :data:`~plandiff.plans.intake.lines.POINT_NOTE`; else it stays the item's paragraph."""
    said = [line.text.lstrip(ITEM_MORE).strip() for line in lines[start:]]
    words = [text for text in said if text]
    if not words or not NOTE_LABEL.match(words[0]) or any(TOP.match(text) for text in words):
        return
    where = lines[start].where
    del lines[start:]
    lines.extend((Line(POINT_NOTE + " ".join(words), where), Line("", where)))


def _page_item(text: str) -> bool:
    """A list item that is wholly an ad slot's label, a button or a cross-link
    (:data:`~plandiff.plans.intake.asides.ASIDE_LINE`): the page's, not a point."""
    found = ASIDE_LINE.match(text)
    return found is not None and found.end() == len(text)


def _item_marker(walker: _Walker, start: StartTag) -> str:
    if not walker.lists:
        return "• "
    current = walker.lists[-1]
    if "value" in start.attrs:
        current.counter = _int(start.attrs.get("value"), current.counter)
    n = current.counter
    current.counter += current.step
    current.items += 1
    if walker.office.libreoffice:
        depth = len(walker.lists)
        for key in [k for k in walker.following if k[0] > depth]:
            del walker.following[key]  # a new item: the levels below it start afresh
        walker.following[(depth, current.tag, current.kind)] = current.counter
    if current.kix is not None:
        return kix_marker(walker.office, walker.kix_values, current.ordered, current.kix,
                          n)
    if not current.ordered:
        return "• "
    nested = sum(1 for lst in walker.lists if lst.ordered) > 1
    if current.kind == "a":
        return f"{letter_label(n)}) "
    if current.kind == "i" and current.upper and not any(
            lst.ordered for lst in walker.lists[:-1]):
        return f"{roman_label(n).upper()}. "  # parts I., II. (their points nested in them)
    if current.kind == "i":
        return f"({roman_label(n)}) "
    return f"({n}) " if nested else f"{n}. "


def _under_lead_in(walker: _Walker) -> bool:
    """Whether the page's last line is a numbered point's lead-in to sub-items (``2. … in
    two groups:``), a paragraph of its own."""
    before = next((line.text for line in reversed(walker.lines) if line.text.strip()), "")
    return not before.startswith((" ", PAGE_TEXT, ITEM_MORE)) \
        and before.rstrip().endswith((":", "：")) and TOP.match(plain_spaces(before)) is not None


def _goes_on(walker: _Walker, start: StartTag, opened: _List) -> bool:
    """Whether an outer ``<ol>`` goes on from the one before it: no ``start=`` and no
    ``value=`` on its first item's way, the same type, nothing but left-out furniture (an
    image, an ad, an embed; at least one) since that one closed, and no office suite's
    page (they say where their lists go on in their own ways)."""
    office = walker.office
    return start.tag == "ol" and not walker.lists and "start" not in start.attrs \
        and walker.resume is not None and walker.gap and walker.resume[1] == opened.kind \
        and opened.ordered and opened.step > 0 \
        and not (office.word or office.gdocs or office.libreoffice)


def _kix_list(walker: _Walker, start: StartTag) -> _List | None:
    """A Google Docs list level as the walk's list (:func:`~.htmloffice.kix_level`)."""
    given = _int(start.attrs.get("start"), 1) if "start" in start.attrs else None
    level = kix_level(walker.office, walker.kix_values, start.attrs.get("class", ""), given)
    if level is None:
        return None
    kix, counter = level
    return _List(start.tag == "ol", counter, "1", nest=kix[1], kix=kix)


_WIKI_MACRO = re.compile(r"(?:^|\s)confluence-information-macro-(information|note|warning|tip)"
                         r"(?=\s|$)")
_WIKI_BOX_TITLES = frozenset({"expand-control-text", "panelheader"})


def _wiki_box(start: StartTag) -> str | None:
    """A wiki export's box between the points: Confluence's information macro (its kind, the
    label the wiki shows as an icon: ``Note``), or the title of an expand or a panel (``""``:
    its own text is the title); None for any other element."""
    classes = start.attrs.get("class", "")
    macro = _WIKI_MACRO.search(classes)
    if macro is not None:
        return macro.group(1).capitalize()
    return "" if set(classes.lower().split()) & _WIKI_BOX_TITLES else None


def _list_style(office: Office, start: StartTag) -> str | None:
    """The numbering a list's CSS gives it, as an ``<ol>``'s ``type=`` (``1``, ``a``, ``I``):
    its ``style="list-style-type: …"``, else its class's rule; None when it shows no
    numbers (or says nothing: an ``<ol>`` keeps its own ``type=``)."""
    inline = _INLINE_LIST_STYLE.search(start.attrs.get("style", ""))
    if inline is not None:
        return LIST_STYLES.get(inline.group(1).lower())
    if office.counters is None:
        return None
    return office.counters.list_type(start.attrs.get("class", ""))


_INLINE_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*(?:[^;]*?\s)?([a-z-]+)\s*(?:;|$)",
                                re.IGNORECASE)


def _bold_run(office: Office, start: StartTag) -> bool:
    """A run of text set in bold: ``<b>``, ``<strong>`` (not Google Docs' ``<b
    style="font-weight:normal" id="docs-internal-guid-…">`` round a pasted copy), or a
    ``<span>`` bold by its style (``font-weight:700``, as a copy pasted from Google Docs
    into a site's editor keeps it) or by its class in a Google Docs export."""
    if start.tag not in ("b", "strong", "span"):
        return False
    styled = bold_weight(start.attrs.get("style", ""))
    if styled is not None:
        return styled
    if start.tag != "span":
        return True
    return bool(office.bold) and any(c in office.bold
                                     for c in start.attrs.get("class", "").split())


def _number_box(start: StartTag) -> bool:
    """An element a designed page puts a point's number in (``<span class="num">3</span>``,
    ``<div class="point__number">``): its number gets the dot a reader sees in the
    layout. So does a number set in bold at the start of a paragraph (``<p><b>3</b> …``),
    outside a list (the walk checks that)."""
    names = f'{start.attrs.get("class", "")} {start.attrs.get("id", "")}'.lower()
    return not _NUMBER_WORDS.isdisjoint(_name_words(names))


def _walk(root: Element, office: Office) -> _Walker:
    walker = _Walker(office=office)
    skipping = 0
    mark_cut = False  # an inline mark left out (a note's, a link's number) since the last text
    comment: list[str] = []
    comment_depth = 0
    """While above zero: the depth of the Google Docs comment being read (its text goes to
    ``comment``, not to a line)."""
    opened: list[str] = []
    """The tag open at each depth."""
    written: list[int] = []
    """How many lines were written when the element at each depth opened."""
    indents: list[int] = []
    boxes: list[tuple[int, int, bool]] = []
    """(depth, where in the buffer, whether it is a bold run) of each open number box."""
    sups: list[tuple[int, int]] = []
    """(depth, where in the buffer) of each open ``<sup>``."""
    rows: list[int] = []
    """The number of cells of each table row open."""
    xrefs: list[int] = []
    """The depth of each open link to a point (:func:`_mark_cross_references`)."""
    quotes: list[int] = []
    """Where the lines of each open ``<blockquote>`` start."""
    titles: list[int] = []
    """The depth of each open bold title of an item (:func:`_mark_item_titles`)."""
    terms: list[bool] = []
    """Whether each open ``<dl>`` is a list of numbered terms (:func:`_mark_numbered_terms`)."""
    depth = 0
    for event in root.events(skip=_WALKED_SKIP, comments=office.libreoffice):
        if isinstance(event, Comment):
            # LibreOffice writes a reviewer's comment as an HTML comment where it was made:
            # after the words of its paragraph so far (a point comment: where it stands)
            text = _SPACE.sub(" ", event.text.replace("\xa0", " ")).strip()
            if text and not skipping:
                before = "".join(ch if ch.isprintable() else " "
                                 for ch in "".join(walker.buffer))
                walker.comments.append(comment_line("", text, "",
                                                    place=comment_place(before, "")))
            continue
        if isinstance(event, Text):
            if not skipping and mark_cut and event.text[:1] in _CLOSES_ON:
                # "within a week <a …>[2]</a>.": the space before the mark left out goes too
                while walker.buffer and not walker.buffer[-1].strip():
                    walker.buffer.pop()
                if walker.buffer:
                    walker.buffer[-1] = walker.buffer[-1].rstrip()
            if not skipping and event.text.strip():
                mark_cut = False
            if not skipping:
                if comment_depth:
                    comment.append(event.text)
                else:  # a link to a point keeps its "[3]" (_mark_cross_references)
                    walker.buffer.append(event.text.replace("[", "[" + _XREF_GUARD)
                                         if xrefs else event.text)
            continue
        if comment_depth and event.tag in _BLOCKS:
            comment.append(" ")  # a reply in its own paragraph
        if isinstance(event, StartTag):
            back = event.attrs.get("href", "") if event.tag == "a" else ""
            # the links back are Google's and Word's own, whatever else the page says (a
            # page pasted from Word keeps them): no office page needs telling first
            linked = not skipping
            word_comment = office.word and event.tag == "div" and (
                "msocomtxt" in event.attrs.get("class", "").split()
                or bool(WORD_COMMENT.search(event.attrs.get("style", ""))))
            if not skipping and (event.tag in _PICTURES or (
                    event.tag == "img" and (event.attrs.get("alt") or "").strip())):
                walker.pictured = True  # a point set in an image keeps its number
            if linked and (back.startswith(COMMENT_BACK) or word_comment) \
                    and not comment_depth:
                # a reviewer's comment after the body: its block (the <div> round it) goes
                # to the notes, mark and all, never into the point before it
                walker.flush()
                comment_depth = depth + 1 if word_comment else next(
                    (d + 1 for d in range(len(opened) - 1, 0, -1) if opened[d] == "div"), depth)
                comment.clear()
            elif linked and back.startswith(_NOTE_BACKS):
                # a footnote after the body ([1] and its text): under the footnotes heading
                walker.flush()
                if not walker.notes:
                    walker.paragraph_break()
                    walker.lines.append(Line(FOOTNOTES_HEADING, f"block {walker.block}"))
                walker.notes += 1
            elif skipping or (opened and _skipped(event, "li" in opened)):
                # the main text itself is never furniture, whatever its class says
                # (Substack's <article class="newsletter-post">)
                mark_cut = mark_cut or (not skipping and event.tag in ("a", "sup"))
                skipping += 1
                walker.gap = walker.gap or walker.resume is not None
                continue
            depth += 1
            opened.append(event.tag)
            written.append(len(walker.lines))
            if _XREF in event.attrs:
                xrefs.append(depth)
            if _ITEM_TITLE in event.attrs:
                titles.append(depth)
            if event.tag == "sup":
                sups.append((depth, len(walker.buffer)))
            bold = _bold_run(office, event) and not walker.lists and (
                not "".join(walker.buffer).strip() or _after_box(walker.buffer, walker.boxed_at))
            if bold or _number_box(event):
                if event.tag in _BLOCKS:
                    walker.flush()
                boxes.append((depth, len(walker.buffer), bold))
            tag = event.tag
            if tag == "tr":
                rows.append(event.cells)
                walker.row_kind = event.attrs.get(_ROW_KIND, "")
            if tag in _CELL_BREAKS and _in_schedule_cell(opened[:-1], rows):
                walker.buffer.append(" ")  # <td><p>a</p><p>b</p></td>: one cell's text
                continue
            if tag == "img" and _emoji_image(event):
                walker.buffer.append(event.attrs.get("alt", "").strip())  # 1️⃣ as an image
                continue
            if tag == "br":
                if not "".join(walker.buffer).strip() and walker.lines \
                        and walker.lines[-1].where == f"block {walker.block - 1}" \
                        and walker.broke == walker.block:
                    walker.paragraph_break()  # <br><br>: the empty line a reader sees
                elif len(opened) > 1 and opened[-2] in ("div", "p") \
                        and written[-2] == len(walker.lines) \
                        and not "".join(walker.buffer).strip():
                    # <div><br></div>: a mail's (Gmail's, Apple Mail's) empty line
                    walker.paragraph_break()
                walker.flush()
                walker.broke = walker.block
                continue
            if tag in ("td", "th"):
                walker.buffer.append(_CELL)
                continue
            classes = set(event.attrs.get("class", "").split())
            if (classes & _POST_TEXTS or classes >= _EXPORT_MESSAGE
                    or _ENTRY in event.attrs) and walker.lines:
                walker.flush()
                while walker.lines and (not walker.lines[-1].text.strip()
                                        or goes_on(walker.lines[-1].text)):
                    # "Продолжение ниже 👇" closing the message before
                    walker.continued += bool(walker.lines.pop().text.strip())
                # the channel's next message, a live blog's next entry: after one listing
                # points, it is the page's text unless it goes on with the next point
                walker.paragraph_break()
                walker.after_list = True
            if _footnotes(event) and not _in_footnotes(walker.lines):
                walker.paragraph_break()
                walker.lines.append(Line(FOOTNOTES_HEADING, f"block {walker.block}"))
            box = _wiki_box(event) if not any(lst.ordered for lst in walker.lists) else None
            if box is not None:
                # a wiki's box between the points (an info panel, an expand, a panel's
                # title): a heading, so the box goes to the notes and ends the point
                walker.paragraph_break()
                if box:
                    walker.lines.append(Line(f"#### {box}", f"block {walker.block}"))
                    walker.lines.append(Line("", f"block {walker.block}"))
                else:
                    walker.prefix = "#### "
            if tag not in _BLOCKS:
                continue
            walker.flush()
            # a quote inside a list item is the item's own paragraph (a clause it quotes)
            # or its note (_item_quote), never an item set in under it
            extra = 1 if tag in _INDENTING and not (tag == "blockquote" and walker.items) \
                else 0
            if tag == "blockquote":
                quotes.append(len(walker.lines))
            elif tag == "dl":
                terms.append(_NUMBERED_TERMS in event.attrs)
            margin = MARGIN.search(event.attrs.get("style", ""))
            if office.word and tag == "p":
                extra += word_indent(event.attrs.get("style", ""), margin)
            elif margin and float(margin.group(1) or 0) > 0:
                extra += 1
            elif class_margin(office, event):
                # a Google Docs paragraph at a list level's margin is at that level (after
                # sub-items a) b), one at their parent's margin is the parent's paragraph)
                extra += walker.kix_margins.get(margin_of(office, event) or 0.0, 1)
            elif tag == "ul" and not walker.lists and not (
                    office.gdocs or office.word or office.libreoffice) \
                    and _under_lead_in(walker):
                # <p>2. … in two groups:</p><ul>…</ul>: the point's sub-items, set in under
                # it, so that a paragraph after the list is the point's again, not the
                # last item's
                extra += 1
            indents.append(extra)
            walker.indent += extra
            if tag in ("ol", "ul"):
                kix = _kix_list(walker, event)
                if kix is None:
                    styled = _list_style(office, event)
                    given = styled or event.attrs.get("type", "1")[:1] or "1"
                    countdown = tag == "ol" and "reversed" in event.attrs
                    # <ol reversed> counts down, from its number of items unless start= says
                    kix = _List((tag == "ol" and _TIMELINE not in event.attrs)
                                or styled is not None,
                                _int(event.attrs.get("start"),
                                     event.cells if countdown else 1), given.lower(),
                                given.isupper(), nest=1 if walker.lists else 0, tag=tag,
                                step=-1 if countdown else 1,
                                one_block=tag == "ol" and "start" in event.attrs
                                and "numbered-list" in event.attrs.get("class", "").split(),
                                continued=_CONTINUED in event.attrs)
                    if office.libreoffice and "start" not in event.attrs and not countdown:
                        # LibreOffice writes a nested level that goes on after a deeper one
                        # as a new list with no start= (a restart has value="1")
                        kix.counter = walker.following.get(
                            (len(walker.lists) + 1, tag, kix.kind), 1)
                    elif _goes_on(walker, event, kix):
                        # the draft's list split by an image or an ad, the second part
                        # with no start= (a CMS's list block either side of the image)
                        kix.counter = walker.resume[0] if walker.resume else 1
                        walker.resumed += 1
                walker.lists.append(kix)
                walker.indent += kix.nest
            elif tag == "li":
                if walker.lists and walker.lists[-1].kix is not None:
                    walker.kix_margins.setdefault(margin_of(office, event) or 0.0,
                                                  walker.lists[-1].nest)
                walker.prefix = _item_marker(walker, event)
                walker.pictured = False
                walker.items.append(False)
                walker.item = (walker.lists[-1] if walker.lists and "value" not in event.attrs
                               else None)
            elif tag[0] == "h" and tag[1:].isdigit():
                walker.paragraph_break()
                # <li><h3>Title</h3>…: the heading keeps the item's number (### 2. Title)
                item = walker.prefix if not walker.prefix.startswith("#") else ""
                walker.prefix = "#" * int(tag[1:]) + " " + (item or walker.bare_number())
            elif tag in ("p", "hr"):
                walker.paragraph_break()
                if tag == "p" and title_paragraph(office, event):
                    walker.prefix = "# "
                elif tag == "p" and _BOLD_ITEM in event.attrs:
                    walker.prefix = "• "  # a fact sheet's item (:func:`_mark_bold_items`)
            if office.counters is not None and tag not in ("li", "ol", "ul") \
                    and not walker.prefix and "class" in event.attrs:
                # a paragraph numbered by its class's CSS counter (<p class="c7">, no <ol>)
                shown = office.counters.marker(event.attrs["class"], counter_text)
                if shown is not None:
                    walker.prefix = shown
            elif office.counters is not None and tag in ("li", "ol", "ul") \
                    and "class" in event.attrs and not office.gdocs \
                    and not (walker.lists and walker.lists[-1].kix is not None):
                # a site's own list numbers: a list's reset (.plan ol {counter-reset: p
                # 10}), an item's number as its ::before shows it, counting on across lists
                # an ad or a paragraph split (.plan {counter-reset: p} on their box)
                shown = office.counters.marker(event.attrs["class"], counter_text,
                                               reset_only=True)
                if shown is not None and tag == "li":
                    walker.prefix = shown
            if tag == "summary" and not any(lst.ordered for lst in walker.lists):
                # a <details> box's label (an explainer between the points, a toggle in a
                # bulleted list as Notion exports it): a heading, so the box goes to the
                # notes with it and ends the point before it; inside a numbered item, the
                # item's own
                walker.paragraph_break()
                walker.prefix = "#### "
            continue
        # EndTag
        if skipping:
            skipping -= 1
            continue
        if comment_depth and depth == comment_depth:
            text = _SPACE.sub(" ", "".join(comment).replace("\xa0", " ")).strip()
            text = COMMENT_MARK.sub(r"\1 ", text)
            if text:
                walker.comments.append(text)
            comment_depth = 0
        opened.pop()
        written.pop()
        if xrefs and xrefs[-1] == depth:
            xrefs.pop()
        if sups and sups[-1][0] == depth:  # <sup>3</sup>: a note mark, as a reader sees it
            start = sups.pop()[1]
            # a <sup> holding a number (a mark a page sets without a link): superscript digits
            mark = superscript_mark("".join(walker.buffer[start:]))
            if mark is not None:
                walker.buffer[start:] = [mark]
        if titles and titles[-1] == depth:
            titles.pop()
            walker.buffer.append(_TITLE_END)
        if boxes and boxes[-1][0] == depth:
            _, start, bold = boxes.pop()
            opens = not "".join(walker.buffer[:start]).strip()  # the bold run opens its line
            # … or follows a number box's number alone (<span class="num">2</span><b>Title</b>)
            boxed = _after_box(walker.buffer[:start], walker.boxed_at)
            if _BARE_NUMBER.fullmatch("".join(walker.buffer[start:])) and opens:
                walker.buffer.append(_BOLD_END if bold else ". ")
                walker.boxed_at = None if bold else len(walker.buffer)
            elif not bold and opens and _named_number("".join(walker.buffer[start:])):
                walker.buffer.append(". ")  # <span class="num">Пункт 1</span><span>Title
            elif bold and (opens or boxed) and lead_in_line(
                    _SPACE.sub(" ", "".join(walker.buffer[0 if boxed else start:]))) is not None:
                # <strong>Point 5: Security guarantees.</strong> The US …: the point's number
                # and title, on a line of their own unless the sentence goes on (flush)
                walker.buffer.append(_LEAD_END)
        depth -= 1
        tag = event.tag
        if tag == "tr" and rows:
            rows.pop()
            walker.flush()
            walker.row_kind = ""
        if tag not in _BLOCKS or (tag in _CELL_BREAKS and _in_schedule_cell(opened, rows)):
            continue
        walker.flush()
        if tag[0] == "h" and tag[1:].isdigit() and walker.prefix.startswith("#"):
            # a heading whose words were all left out (a button, a screen reader's label)
            # heads nothing: the next paragraph keeps only the item's number it waited for
            walker.prefix = walker.prefix.lstrip("#").lstrip(" ")
        if tag == "li" and walker.item is not None and not walker.pictured:
            # an item with no text and no picture (an ad's slot: an iframe, a pixel, an
            # empty box): no point, its number the next item's
            if walker.item.ordered:
                walker.item.counter -= walker.item.step
                walker.empty_items += 1
            walker.item.items -= 1
            walker.item, walker.prefix = None, ""
        if tag == "li" and walker.items:
            walker.items.pop()
        if tag == "blockquote" and quotes:
            start = quotes.pop()
            if walker.items:
                walker.flush()
                _item_quote(walker.lines, start)
            if not quotes and not walker.lists and any(
                    TOP.match(plain_spaces(line.text.strip())) for line in walker.lines[start:]):
                # the draft's points quoted: the page's text after the quote is the reporter's
                walker.after_list = True
        if tag in ("ol", "ul") and walker.lists:
            closed = walker.lists.pop()
            walker.indent -= closed.nest
            if not walker.lists and closed.tag == "ol" and closed.ordered \
                    and closed.kix is None and closed.items and closed.step > 0:
                walker.resume, walker.gap = (closed.counter, closed.kind), False
            highest = closed.counter - 1 if closed.step > 0 \
                else closed.counter - closed.step * closed.items
            plan = not walker.lists and closed.tag == "ol" and closed.ordered \
                and closed.kix is None
            walker.after_list = plan and (closed.items >= _PLAN_ITEMS or closed.one_block or (
                closed.items > 1 and highest >= _PLAN_ITEMS) or closed.continued)
            walker.between = walker.after_list and not (
                closed.items >= _PLAN_ITEMS or closed.one_block or highest >= _PLAN_ITEMS)
        if tag == "dl" and terms and terms.pop() and not terms and not walker.lists:
            walker.after_list = True  # <dt>3</dt><dd>…</dd></dl>: the points' list closed
        if tag == "table" and not rows:
            # a table whose rows were the points has closed: the page's text follows
            walker.after_list = walker.after_list or walker.table_points >= _PLAN_ITEMS
            walker.table_points = 0
        if indents:
            walker.indent -= indents.pop()
        if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "ul", "table", "summary",
                   "details", "tr"):
            walker.paragraph_break()  # a table's row a paragraph: one point a row by lines
    walker.flush()
    return walker


def read_html(data: bytes, display: str, limits: Limits = DEFAULT_LIMITS,
              column: str | None = None) -> DraftLines:
    """The lines of a saved page's main text; with ``column``, its comparison tables read in
    that version's column (:mod:`.htmlcomparison`)."""
    if len(data) > limits.max_file_bytes:
        raise input_problem(display, f"over the limit of {limits.max_file_bytes} bytes (set "
                            "PLANDIFF_MAX_FILE_BYTES to raise it)", rule="limits")
    declared = archive = saved = location = None
    if is_mhtml(data):
        page_part = archived_page(data, display)
        data, declared, saved = page_part.html, page_part.charset, page_part.saved
        location = page_part.location
        archive = ("a single-file web page (MHTML): its HTML page read, the images, style "
                   "sheets and frames archived with it not")
    check_depth(data, display, limits)
    text, encoding = decode_html(data, display, declared)
    ungarbled = undo_mojibake(text)
    text = without_marks(ungarbled.text)
    said = tuple(n for n in (archive, encoding, None if ungarbled.lost else ungarbled.said)
                 if n)
    garbled = ungarbled.said if ungarbled.lost else None
    page = HtmlDocument(text)
    capture = archive_today(page)
    candidates = [e for css in _MAIN_SELECTORS for e in page.select(css)]
    if capture is not None:  # the archive's header is no part of the captured page
        candidates = [e for e in candidates if capture[1].contains(e)]
        said += ("an archive.today capture: the archive's header over the captured page "
                 "left out, its date the capture's",)
    root = max(candidates, key=lambda e: len(e.text()), default=None) if candidates else None
    while root is not None:  # <main> around the <article> and a list of headlines beside it
        inner = [e for e in candidates if root.contains(e)]
        best = max(inner, key=lambda e: len(e.text()), default=None)
        if best is None or 2 * len(best.text()) < len(root.text()) \
                or _entries_beside(best, inner):
            break
        root = best
    body = capture[1] if capture is not None else page.body()
    if root is None or (body is not None and len(root.text()) < 200 < len(body.text()) // 4):
        root = body
    if page.translated:
        said += ("a page machine-translated in the browser or by a page translator: its "
                 "translation read, not the original text",)
    wayback = wayback_addresses(page) if capture is None else None
    if wayback is not None:
        said += ("a Wayback Machine capture: the archive's toolbar left out, the page's own "
                 "address its source",)
    found = _structured(page)
    structured, structured_from = found if found is not None else (None, "")
    dates = page_dates(page, saved, text)
    if root is None:
        return DraftLines(DraftFormat.HTML, (), notes=said, structured=structured,
                          structured_from=structured_from, dates=dates, lead=_lead(page),
                          warnings=(("", garbled),) if garbled else ())
    office = read_office(page, text)
    if office.counters is not None:
        _mark_scoped_counters(root, office.counters.scoped)
    revealed = _mark_revealed(root)
    panels = _mark_panels(root)
    cut = paywall_warning(root.shown_text())
    more = next_page_warning([(link.text(), link.attribute("href") or "",
                               link.attribute("rel") or "") for link in root.select("a[href]")])
    figures = _mark_figures(root)
    _mark_note_lists(root)
    compared = comparison_tables(root, column, display)
    said += compared
    _mark_point_tables(root)
    _mark_continued(root)
    _mark_numbered_terms(root)
    _mark_item_titles(root)
    bold_items = _mark_bold_items(root)
    captions = _mark_image_boxes(root)
    point_bylines = _mark_point_bylines(root)
    between = _mark_furniture_between(root)
    _mark_kept(root)
    set_apart = _pull_quotes(root)
    cards = _mark_link_cards(root)
    link_boxes = _mark_link_boxes(root)
    anchors = _Anchors(root)
    _mark_cross_references(root, anchors)
    link_numbers = _mark_link_numbers(root)
    _mark_buttons(root)
    entries, copies = _mark_other_entries(root)
    timelines = 0 if entries else _mark_timelines(root)
    sections = 0 if entries else _mark_wiki_sections(root)
    contents = _mark_contents_links(root, anchors)
    walker = _walk(root, office)
    title = None
    headings = page.select("p.MsoTitle") + (page.select("p.title") if office.gdocs else [])
    headings += page.select("h1")
    if headings:
        title = _squeezed(headings[0]) or None
    if title is None:  # no heading: the headline given for sharing, else the <title>
        # (a site's name, or "Headline | Site": the site's part left out, an office
        # program's page keeping its document's title as it is)
        title = _shared_title(page, None) or _chat_name(page) or (
            _SPACE.sub(" ", page.title()).strip() if office.word or office.libreoffice
            or office.gdocs else headline_of_title(page.title(), _site_names(page))) or None
    pasted = pasted_footnotes(tuple(walker.lines))
    notes = said + pasted.report()
    if bold_items:
        notes += (f"{bold_items} paragraph(s) opened by a bold lead word (a fact sheet's items, "
                  "no number or list on the page) read as a bulleted list",)
    if timelines:
        notes += (f"{timelines} short dated list(s) (a timeline) before the list the page "
                  "names as the plan read as the page's text, not points",)
    if sections:
        notes += (f"{sections} numbered list(s) in other sections of the wiki article than "
                  "the one it names as the plan read as the article's text, not points",)
    if walker.empty_items:
        notes += (f"{walker.empty_items} empty item(s) of a list (an ad's slot, no text or "
                  "picture once saved) took no number: the items after them go on from the "
                  "item before",)
    if walker.resumed:
        notes += (f"{walker.resumed} numbered list(s) with no start= right after an image, "
                  "an ad or an embed that split them off the list before went on from its "
                  "numbers (a browser shows them from 1 again)",)
    if walker.continued:
        notes += (f"left out {walker.continued} line(s) closing a message that say it goes "
                  "on in the next ('Продолжение ниже 👇')",)
    if walker.notes:
        notes += (f"{walker.notes} footnote(s) at the end of the page read as notes, not "
                  "points",)
    if revealed:
        notes += (f"{revealed} hidden box(es) of the article that a button shows ('Continue "
                  "reading', 'Read more') read as its text: the saved page holds it all",)
    if panels:
        notes += (f"{panels} closed panel(s) of an accordion (a button opens each) read as "
                  "the article's text: the saved page holds them all",)
    return DraftLines(DraftFormat.HTML, pasted.lines, title=title, notes=notes,
                      compared=bool(compared), set_apart=tuple(set_apart),
                      comments=tuple(walker.comments), structured=structured,
                      structured_from=structured_from, dates=dates, pictures=_pictures(root),
                      frames=_frames(root),
                      headline=_shared_title(page, title), lead=_lead(page),
                      address=capture_addresses(page, capture[0]) if capture else wayback,
                      page=page_source_of(page, title, location or saved_address(text))
                      if capture is None and wayback is None else None,
                      warnings=tuple(("", said) for said in (garbled, cut, more) if said),
                      dropped=(("image caption(s) and credit(s) (a short box round an "
                                "image)", captions),
                               ("figure caption(s) (<figcaption>)", figures),
                               ("box(es) of links to other stories between the points, "
                                "under their heading ('Read more', 'Читайте також')",
                                link_boxes),
                               ("link card(s) to other stories (a box that is one link "
                                "alone)", cards),
                               ("entry(ies) of a table of contents (links to the page's "
                                "own headings)", contents),
                               ("live blog entry(ies) or list(s) with numbers of their own "
                                "(from 1 again: not the list the page names as the plan, or "
                                "shorter than the draft's)", entries),
                               ("live blog entry(ies) shown twice (a pinned copy of an "
                                "entry)", copies),
                               ("link number(s) a print version sets after its links ([2])",
                                link_numbers),
                               ("byline(s) in or under a point's paragraph (span.byline, "
                                ".author, <address>, rel=author: the page's writer, not the "
                                "point's words)", point_bylines),
                               ("box(es) between the points the page's class names mark as "
                                "its furniture (a 'Read also' line, a picture's caption or "
                                "credit, an ad's slot)", between)))


_ENTRIES_LOOKED_AT = 200
"""The most ``<article>`` elements beside the largest one :func:`_entries_beside` reads."""


def _entries_beside(best: Element, inner: list[Element]) -> bool:
    """Whether the largest ``<article>`` in the main text has other ``<article>`` elements
    beside it holding a numbered point's paragraph (a live blog marking each entry an
    article): the main text is all of them, not the largest entry. Teaser cards of other
    stories beside the article number nothing."""
    if best.tag != "article":
        return False
    beside = [e for e in inner if e.tag == "article" and not e.same(best)
              and not e.contains(best) and not best.contains(e)]
    for entry in beside[:_ENTRIES_LOOKED_AT]:
        for block in entry.select("p, li, h2, h3, h4")[:20]:
            found = TOP.match(_squeezed(block))
            if found is not None and (found.group("num") or found.group("knum")) \
                    and found.group("rest").strip():
                return True
    return False


_SCOPED_MATCHES = 2_000
"""The most elements a page's selectors with combinators mark (:func:`_mark_scoped_counters`)."""


def _mark_scoped_counters(root: Element, scoped: dict[str, str]) -> None:
    """Give the elements a style sheet's counter rule on a selector with combinators
    matches (``.entry-content p.point::before { content: counter(point) ". " }``) the class
    the sheet's reading gave that rule (:attr:`~plandiff.plans.intake.csscounters.
    ClassCounters.scoped`), so the walk numbers them as it numbers a class's blocks."""
    marked = 0
    for css, name in scoped.items():
        for element in root.matching(css):
            classes = element.attribute("class") or ""
            element.set_attribute("class", f"{classes} {name}".strip())
            marked += 1
            if marked >= _SCOPED_MATCHES:
                return


_LEFT_OUT = "data-plandiff-left-out"
"""The attribute :func:`_mark_image_boxes`, :func:`_mark_link_cards` and
:func:`_mark_other_entries` put on what they mark to be left out (read by :func:`_skipped`)."""
_KEPT = "data-plandiff-kept"
"""The attribute :func:`_mark_kept` puts on a box its class would leave out that is the
article's text."""
_KEPT_WEIGHED = 64
"""The most boxes :func:`_mark_kept` weighs (reading each one's text): a page of hundreds
of such boxes nested in each other stays fast."""
_NEVER_KEPT = frozenset({
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies",
    "consent", "gdpr", "related", "recommended", "recommendations", "comments", "comment",
    "footer", "sidebar", "outbrain", "taboola", "disqus", "trending", "mostread", "readnext",
    "recirc", "recirculation", "tags", "tag", "newsletter", "toolbar", "popup", "modal",
    "hidden"})
"""Class words of boxes that can hold more text than the article (a page's comments, its
lists of other stories, a copy hidden from every reader): never read for their size."""
_READ = "data-plandiff-read"
"""The attribute :func:`_mark_figures` puts on a ``<figure>`` whose text is the article's."""
_CAPTION_CHARS = 200
_BOX_STOPS = frozenset({"li", "td", "th", "ol", "ul", "table", "article", "main", "section",
                        "body"})


_KEYCAP_ALT = re.compile(r"(?:[0-9]\ufe0f?\u20e3){1,2}|\U0001f51f")
"""A keycap number's alternative text (``1️⃣``, ``1️⃣2️⃣``, ``🔟``)."""


def _emoji_image(start: StartTag) -> bool:
    """A keycap number a page draws as an emoji image, the character in ``alt`` (WordPress's
    and X's ``<img class="emoji" alt="1️⃣">``, Facebook's emoji images): it numbers a point,
    read as the character (:mod:`.cleaning` reads that as ``1.``). Other emoji images stay
    out of the text, as a copy of the page leaves them."""
    attrs = start.attrs
    alt = attrs.get("alt", "").strip()
    return bool(alt) and _KEYCAP_ALT.fullmatch(alt) is not None and (
        "emoji" in attrs.get("class", "").lower() or "emoji" in attrs.get("src", "").lower())


def _mark_image_boxes(root: Element) -> int:
    """Mark the boxes a page sets round its images (a ``<div>`` holding an ``<img>`` and its
    caption or credit, ``<p class="photo__description">``, under class names no rule knows)
    to be left out, and count them: the nearest ``<div>`` round an image (not a list item's,
    a table's or the main text's own), with at most :data:`_CAPTION_CHARS` characters of text
    and no point's number in it. An emoji drawn as an image is text's."""
    marked = 0
    for image in root.select("img, picture, amp-img"):
        if "emoji" in (image.attribute("class") or "").lower():
            continue
        box = image.parent()
        while box is not None and not box.same(root) and box.tag not in _BOX_STOPS \
                and box.tag != "div":
            box = box.parent()
        if box is None or box.same(root) or box.tag != "div" \
                or box.attribute(_LEFT_OUT) is not None:
            continue
        text = _squeezed(box)
        if len(text) > _CAPTION_CHARS or _OWN_MARKER.match(text) \
                or any(_OWN_MARKER.match(_squeezed(e))
                       for e in box.select("p, li, div, h2, h3, h4, strong, b")):
            continue
        box.set_attribute(_LEFT_OUT, "")
        marked += bool(text)
    return marked


_BETWEEN_CHARS = 300
"""The longest box between the points :func:`_mark_furniture_between` counts (a "Read also"
line, a caption, an ad's label): a longer one is no such box, and is left out as before."""


def _class_furniture(element: Element) -> bool:
    """Whether an element's class names say it is page furniture, as :func:`_skipped` reads
    them (a word of :data:`_SKIP_WORDS`, a class of :data:`_SKIP_CLASSES`, a pair of
    :data:`_SKIP_PAIRS`)."""
    names = _class_names(element.attribute)
    split = _name_words(names)
    return (bool(set(split) & _SKIP_WORDS) and element.attribute(_KEPT) is None) \
        or bool(set(names.split()) & _SKIP_CLASSES) or not _SKIP_PAIRS.isdisjoint(
            pairwise(split))


def _mark_furniture_between(root: Element) -> int:
    """Count the boxes with text that the page's class names make furniture (left out
    uncounted: ``<p class="read-also">``, ``<p class="caption">``, an ad's slot) standing
    between the points: among a list's items (in an ``<ol>`` or ``<ul>``), or between two
    blocks that each open with a point's number. Each is marked left out (as it was), and
    counted once (the outermost such box). A box's text is read only once its place is
    one of those (a page's boxes round the whole article are never read here)."""
    counted = 0
    for box in root.select("[class], [id], [data-component]"):
        parent = box.parent()
        if parent is None or box.tag in ("ol", "ul", "a", "img") \
                or box.attribute(_LEFT_OUT) is not None or not _class_furniture(box):
            continue
        above: Element | None = parent
        while above is not None and not above.same(root) \
                and above.attribute(_LEFT_OUT) is None and not _class_furniture(above):
            above = above.parent()
        if above is None or not above.same(root):
            continue  # inside a box already left out, or out of the main text
        before, after = _texted(box, Element.previous), _texted(box, Element.following)
        if before is None or after is None:
            continue
        if parent.tag in ("ol", "ul"):
            if before.tag != "li" or after.tag != "li":
                continue
        elif before.tag not in _POINT_BLOCKS or after.tag not in _POINT_BLOCKS \
                or _OWN_MARKER.match(_squeezed(before)) is None \
                or _OWN_MARKER.match(_squeezed(after)) is None:
            continue
        text = _squeezed(box)
        if text and len(text) <= _BETWEEN_CHARS:
            box.set_attribute(_LEFT_OUT, "")
            counted += 1
    return counted


_POINT_BLOCKS = frozenset({"p", "li", "dd", "blockquote", "h2", "h3", "h4", "h5", "h6"})
"""The blocks a numbered point is set in, between which :func:`_mark_furniture_between`
counts a box (a ``<div>`` may hold the whole article: its text is never read there)."""
_NO_TEXT = frozenset({"br", "hr", "img", "picture", "source", "script", "style", "noscript",
                      "template", "link", "meta", "wbr"})


def _texted(box: Element, step: Callable[[Element], Element | None]) -> Element | None:
    """The nearest element before (or after) ``box`` in its parent that is no furniture
    and may hold text: the list item or the paragraph it stands between."""
    near = step(box)
    while near is not None and (near.tag in _NO_TEXT or near.attribute(_LEFT_OUT) is not None
                                or _class_furniture(near)):
        near = step(near)
    return near


_POINT_BYLINES = ('.byline, .author, address, [rel~="author"], [itemprop="author"]')
"""What a page marks as its writer's name (``<span class="byline">``, ``<p class="author">``,
``<address>``, ``<a rel="author">``, schema.org's ``itemprop="author"``)."""
_BYLINE_CHARS = 120
"""The longest byline :func:`_mark_point_bylines` leaves out (a writer's names and place)."""
_BYLINE_BLOCKS = frozenset({"p", "div", "li", "dd", "td", "blockquote"})


def _mark_point_bylines(root: Element) -> int:
    """Mark a byline set in a point's paragraph (``<p>2. … <span class="byline">By …</span>``,
    inside a list item) or as a paragraph right under a point's (``<address>`` after ``<p>5.
    …``) to be left out, and count them: the writer's name is the page's, never the point's
    text. A class word ``byline`` was left out uncounted; ``<address>``, ``.author`` and
    ``rel=author`` ran into the point. A byline elsewhere (under the headline) is read as
    before."""
    marked = 0
    for element in root.select(_POINT_BYLINES):
        text = _squeezed(element)
        if not text or len(text) > _BYLINE_CHARS or _OWN_MARKER.match(text) \
                or element.attribute(_LEFT_OUT) is not None or _under_left_out(element, root):
            continue
        if _in_point(element, root):
            element.set_attribute(_LEFT_OUT, "")
            marked += 1
    return marked


def _under_left_out(element: Element, root: Element) -> bool:
    parent = element.parent()
    while parent is not None and not parent.same(root):
        if parent.attribute(_LEFT_OUT) is not None:
            return True
        parent = parent.parent()
    return False


def _in_point(element: Element, root: Element) -> bool:
    """Whether a byline stands in a point: in a list item, in a paragraph opening with a
    point's number, or as a block right after such a paragraph."""
    block = element.parent()
    while block is not None and not block.same(root) and block.tag not in _BYLINE_BLOCKS:
        block = block.parent()
    if block is not None and not block.same(root) and _OWN_MARKER.match(_squeezed(block)):
        return True
    if _in_list(element, root):
        return True
    before = element.previous()
    return element.tag in _BYLINE_BLOCKS | {"address"} and before is not None \
        and _OWN_MARKER.match(_squeezed(before)) is not None


_CARD_BLOCKS = frozenset({"div", "p"})


_XREF = "data-plandiff-xref"
"""The attribute :func:`_mark_cross_references` puts on a link to a point."""
_BRACKETED = re.compile(r"\s*\[[0-9]{1,3}\]\s*")
_NOTE_OPENS = re.compile(r"\s*(?:\[[0-9]{1,3}\]|[0-9]{1,3}(?![0-9.)．:])|[⁰¹²³⁴⁵⁶⁷⁸⁹^↑↩])")
"""What opens a note (``[3] …``, ``3 …``, ``³ …``, a wiki's ``^``), not a point (``3. …``)."""
_ANCHOR_ID = re.compile(r"(?:(?:https?:)?//web\.archive\.org)?(?:/web/[0-9]{4,14}[a-z_]{0,4}/"
                        r"[^#\s]{1,2000})?#([\w.:-]{1,100})", re.IGNORECASE)
"""An in-page link's target: ``#p3``, or as the Wayback Machine rewrites a capture's links
to its own page (``https://web.archive.org/web/20251121093000/https://site/plan/#p3``,
``/web/…/…#p3``)."""
_IN_PAGE_LINKS = 'a[href^="#"], a[href*="/web/"][href*="#"]'
_XREF_GUARD = "\u2060"
"""A word joiner after a cross-reference's opening bracket (``[⁠3]``): no footnote rule
reads it as a mark; the parser's cleaning takes it out."""


class _Anchors:
    """The elements an in-page link leads to (``href="#vybory"``): the page's ids read once,
    when a link first asks, for every pass that follows such links."""

    def __init__(self, root: Element) -> None:
        self.root = root
        self.ids: dict[str, list[Element]] | None = None

    def targets(self, link: Element) -> list[Element]:
        """The elements whose id ``link``'s ``href`` names (none, one, or several where a
        page repeats an id)."""
        if self.ids is None:
            self.ids = {}
            for element in self.root.select("[id]"):
                self.ids.setdefault(element.attribute("id") or "", []).append(element)
        anchor = _ANCHOR_ID.fullmatch(link.attribute("href") or "")
        return self.ids.get(anchor.group(1), []) if anchor else []


def _element_start(element: Element) -> StartTag:
    return StartTag(element.tag, {name: value for name in ("class", "id", "role", "href")
                                  if (value := element.attribute(name)) is not None})


def _mark_cross_references(root: Element, anchors: _Anchors) -> None:
    """Mark the links whose whole text is a number in brackets (``see <a href="#p3">[3]</a>``)
    that lead to a point in the page, not to a note: the target's text opens with no note's
    mark and it stands in no block of notes. Their text is the point's; a footnote rule took
    ``[3]`` out as a mark (and the note [3] with it, when one was there)."""
    links = [link for link in root.select(_IN_PAGE_LINKS)
             if _BRACKETED.fullmatch(link.text()) and not _note_reference(_element_start(link))]
    if not links:
        return
    for link in links:
        targets = anchors.targets(link)
        if len(targets) != 1 or _NOTE_OPENS.match(targets[0].text()) \
                or targets[0].tag in ("a", "sup"):
            continue
        box: Element | None = targets[0]
        while box is not None and not _footnotes(_element_start(box)):
            box = None if box.same(root) else box.parent()
        if box is None:
            link.set_attribute(_XREF, "")


def _mark_link_numbers(root: Element) -> int:
    """Mark to be left out the number a print version sets after each link of the text, as
    the link's own text (``… within a week <a href="https://…">[2]</a>.``, the address
    listed as item 2 under "Links" at the end): the link's, not the point's words. How many
    were marked. A bracketed number linking to a place in a page (``#p3``, a web archive's
    copy of an in-page link too) is a cross-reference or a note's mark
    (:func:`_mark_cross_references`, :func:`_note_reference`)."""
    links = [link for link in root.select('a[href^="http://"], a[href^="https://"]')
             if "#" not in (link.attribute("href") or "") and _BRACKETED.fullmatch(link.text())]
    for link in links:
        link.set_attribute(_LEFT_OUT, "")
    return len(links)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_JUMP_BLOCKS = frozenset({"li", "p"})


def _heading_target(target: Element) -> bool:
    """Whether a link's target is a heading of the page: the heading itself, an anchor
    inside one (``<h2><span id="x"></span>1. …``), or a section opening with one."""
    if target.tag in _HEADINGS:
        return True
    parent = target.parent()
    if parent is not None and parent.tag in _HEADINGS:
        return True
    return any(target.select(tag) for tag in ("h2", "h3", "h4")) \
        and target.tag in ("section", "div", "article")


def _box_texts() -> Callable[[Element], str]:
    """A reader of a box's text, its spaces squeezed, that reads each box once (many links
    share a box)."""
    texts: dict[int, str] = {}

    def text_of(box: Element) -> str:
        if box.key() not in texts:
            texts[box.key()] = _squeezed(box)
        return texts[box.key()]
    return text_of


def _mark_contents_links(root: Element, anchors: _Anchors) -> int:
    """Mark an in-page table of contents to be left out, and count its entries: items or
    paragraphs (two at least) that are each one link to a heading of the page (``<li><a
    href="#vybory">3. Вибори</a></li>``) and nothing else. Numbered as the sections they
    lead to, they were the points a second time, with the headings' words for text."""
    entries: list[Element] = []
    text_of = _box_texts()
    for link in root.select(_IN_PAGE_LINKS):
        text = text_of(link)
        block = link.parent()
        while block is not None and block.tag not in _JUMP_BLOCKS and not block.same(root) \
                and text_of(block) == text:
            block = block.parent()
        if block is None or block.tag not in _JUMP_BLOCKS or not text or text_of(block) != text:
            continue
        targets = anchors.targets(link)
        if len(targets) == 1 and _heading_target(targets[0]):
            entries.append(block)
    if len(entries) < 2:
        return 0
    for block in entries:
        block.set_attribute(_LEFT_OUT, "")
    return len(entries)


_STAMP_TOKEN = re.compile(r"[0-9]{1,4}(?:[:./][0-9]{1,4}){0,2}|[^\W\d_]{1,10}\.?")
_STAMP_CHARS = 40
_STAMP_WORDS = 3


def _card_text(box: str, link: str) -> bool:
    """Whether a box's text is a link's alone, or the link's and a time stamp beside it (a
    card to another story with its date, ``Песков прокомментировал план`` ``21 ноября 2025,
    10:15``): digits, a month's name, no more than :data:`_STAMP_WORDS` words."""
    if box == link:
        return True
    if not box.startswith(link) and not box.endswith(link):
        return False
    rest = box.removeprefix(link) if box.startswith(link) else box.removesuffix(link)
    tokens = [t for t in re.split(r"[\s,·|•–—]+", rest.strip()) if t]
    return 0 < len(rest) <= _STAMP_CHARS and any(c.isdigit() for c in rest) \
        and all(_STAMP_TOKEN.fullmatch(t) for t in tokens) \
        and sum(1 for t in tokens if not t[0].isdigit()) <= _STAMP_WORDS


def _mark_link_cards(root: Element) -> int:
    """Mark the boxes that are one link and nothing else (a CMS's inline card to another
    story set between two paragraphs, ``<div class="article__inline-item"><a>…<span>Politics
    </span><span>Kremlin replies</span></a></div>``, under class names no rule knows) to be
    left out, and count them: the outermost ``<div>`` or ``<p>`` round a link whose text is
    the link's text alone (or with a time stamp beside it, :func:`_card_text`), at most
    :data:`_CAPTION_CHARS` characters and no point's number (not inside a list item, a table
    or a heading), leading out of the page (a footnote's link back to its mark, ``[1]``
    beside its short text, is the page's own)."""
    marked = 0
    text_of = _box_texts()
    for link in root.select("a[href]"):
        text = _squeezed(link)
        if not text or len(text) > _CAPTION_CHARS or _OWN_MARKER.match(text) \
                or (link.attribute("href") or "").startswith("#"):
            continue  # a link within the page (a note's back to its mark) is no card
        card = None
        box = link.parent()
        while box is not None and not box.same(root) and box.tag not in _BOX_STOPS \
                and _card_text(text_of(box), text):
            if box.tag in _CARD_BLOCKS:
                card = box
            elif box.tag in _HEADINGS or box.tag in ("caption", "dt", "dd"):
                card = None
                break
            box = box.parent()
        if card is None or box is None or box.tag in ("li", "td", "th", "table") \
                or card.attribute(_LEFT_OUT) is not None:
            continue
        card.set_attribute(_LEFT_OUT, "")
        marked += 1
    return marked


_LINK_BOXES = "div, section"
_TEXT_BLOCKS = "p, li, dd, dt, h2, h3, h4, h5, h6"


def _alnum(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _link_box(box: Element) -> bool:
    """Whether ``box`` is a heading of a link list (:data:`FURNITURE_HEADING`: "Read more",
    "Related stories", "Читайте також", "関連記事") over nothing but links."""
    children = box.children()
    if len(children) < 2:
        return False
    heading = _squeezed(children[0])
    if not heading or not FURNITURE_HEADING.match(heading):
        return False
    rest = _alnum(_squeezed(box))[len(_alnum(heading)):]
    links = [_alnum(_squeezed(link)) for child in children[1:] for link in child.select("a")]
    return bool(links) and bool(rest) and "".join(links) == rest


def _mark_link_boxes(root: Element) -> int:
    """Mark to be left out a box of links to other stories under its heading set between
    two points of numbered paragraphs (``3. …`` before it, ``4. …`` after it): its own
    numbered items (an ``<ol>`` of three stories) made the draft's next number read as the
    box's next item, and the points after it went to the notes under its heading. Where
    the box's element closes, its list does. How many were marked."""
    boxes = [box for box in root.select(_LINK_BOXES) if _link_box(box)]
    if not boxes:
        return 0
    blocks = root.select(_TEXT_BLOCKS)
    marked = 0
    for box in boxes:
        inside = [at for at, block in enumerate(blocks) if box.contains(block)]
        if not inside or inside[0] == 0 or inside[-1] + 1 >= len(blocks):
            continue
        before = TOP.match(_squeezed(blocks[inside[0] - 1]))
        after = TOP.match(_squeezed(blocks[inside[-1] + 1]))
        if before is None or after is None or not top_digits(before).isdigit() \
                or not top_digits(after).isdigit():
            continue
        if int(top_digits(after).translate(FW_DIGITS)) \
                == int(top_digits(before).translate(FW_DIGITS)) + 1:
            box.set_attribute(_LEFT_OUT, "")
            marked += 1
    return marked


def _mark_note_lists(root: Element) -> None:
    """Mark as the page's footnotes (``role="doc-endnotes"``, :func:`_footnotes`) each list
    whose every item is a note linked both ways: a mark in the text links to the item
    (``<a href="#n1" id="r1">``) and the item links back to that mark (``<li id="n1">…
    <a href="#r1">^</a>``), whatever a CMS names the list."""
    ids = {key: e for e in root.select("[id]") if (key := e.attribute("id") or "")}
    for listed in root.select("ol, ul"):
        items = [li for li in listed.children() if li.tag == "li"]
        if items and all(_note_item(li, ids) for li in items):
            listed.set_attribute("role", "doc-endnotes")


def _note_item(item: Element, ids: dict[str, Element]) -> bool:
    """Whether a list item is a note whose mark links to it and which links back to it."""
    own = item.attribute("id") or ""
    for link in item.select("a[href^='#']"):
        mark = ids.get((link.attribute("href") or "")[1:])
        if own and mark is not None and not item.contains(mark) \
                and (mark.attribute("href") == f"#{own}"
                     or any(a.attribute("href") == f"#{own}" for a in mark.select("a"))):
            return True
    return False


_PULLED_POINT = "data-plandiff-pulled-point"
"""The attribute :func:`_pull_quotes` puts on a pull quote's box that holds a point with
its number, to be read (:func:`_skipped`)."""
_SPEAKER_WORDS = frozenset({"author", "attribution", "who", "name", "speaker", "source",
                            "credit", "byline"})
"""Class words of the element naming a pull quote's speaker (a theme's ``<p class="who">``,
``<span class="pull-quote__author">``), besides ``<cite>`` and ``<figcaption>``."""
_PULL_QUOTES = 200
"""The most pull quote boxes read on one page."""


def _pull_quote_box(element: Element) -> bool:
    """Whether an element's class or id names a pull quote's box (WordPress's
    ``wp-block-pullquote``, ``pull-quote``, ``pull_quote``, ``pullout``)."""
    words = _class_words(element)
    return bool(words & {"pullquote", "pullout"}) or (
        "pull" in words and ("pull", "quote") in pairwise(_name_words(
            _class_names(element.attribute))))


def _pull_quotes(root: Element) -> list[str]:
    """The pull quotes a page sets in their boxes (:func:`_pull_quote_box`; the outermost
    of boxes inside one another, not one kept as the article by :func:`_mark_kept`), each
    as ``quotation — speaker`` (its ``<cite>``, ``<figcaption>`` or an element whose class
    names an author): they are left out of the text, as their class says, and go to the
    version's notes (:attr:`~plandiff.plans.intake.lines.DraftLines.set_apart`) instead of
    nowhere. A box holding a point with its number (``3. Heavy weapons …``, a page that
    sets a point large) is read in its place: a point, or a repeat of one the parser takes
    out (:func:`~plandiff.plans.intake.quotes.repeated_points`)."""
    boxes = [element for element in root.select("[class], [id]")
             if element.attribute(_KEPT) is None and _pull_quote_box(element)]
    found: list[str] = []
    for box in boxes[:_PULL_QUOTES]:
        if any(other.contains(box) for other in boxes):
            continue
        named = [e for e in box.select("cite, figcaption, [class]")
                 if not e.same(box) and (e.tag in ("cite", "figcaption")
                                         or _class_words(e) & _SPEAKER_WORDS)]
        speakers = [e for e in named if not any(other.contains(e) for other in named)]
        speaker = " ".join(_squeezed(e) for e in speakers if _squeezed(e))
        quotation = _squeezed(box)
        for element in speakers:
            quotation = quotation.replace(_squeezed(element), " ")
        quotation = _SPACE.sub(" ", quotation).strip()
        if not quotation:
            continue
        numbered = TOP.match(quotation)
        if numbered is not None and numbered.group("rest").strip() and not speaker:
            box.set_attribute(_PULLED_POINT, "")
            continue
        found.append(f"{quotation} — {speaker.lstrip('—–- ')}" if speaker else quotation)
    return found


def _mark_figures(root: Element) -> int:
    """Mark each ``<figure>`` that holds a table or a list (a CMS's table block, the points
    set as a figure) or is a callout of text (Notion's ``figure.callout``, its icon an
    emoji) to be read, and each figure's caption (``<figcaption>``) to be left
    out; how many captions with text were left out. A figure round an image is left out
    whole (:data:`_SKIP_TAGS`), its caption counted all the same."""
    left = 0
    cards = _point_cards(root)
    for figure in root.select("figure"):
        if any(figure.same(card) for card in cards):
            figure.set_attribute(_READ, "")  # a point's card: its caption is the point
            continue
        callout = "callout" in (figure.attribute("class") or "").split() \
            and not figure.select("img, picture, video, svg")
        if callout or figure.select("table tr, ol li, ul li"):
            figure.set_attribute(_READ, "")  # a table, a list, Notion's callout of text
        for icon in figure.select(".icon") if callout else ():  # the callout's emoji
            icon.set_attribute(_LEFT_OUT, "")
        for caption in figure.select("figcaption"):
            caption.set_attribute(_LEFT_OUT, "")
            left += bool(_squeezed(caption))
    return left


_CARD_NUMBER = re.compile(r"^([0-9]{1,3})(?:[.)．）:]|\s|$)")
_CARD_RUN = 3
"""The fewest figures in a row whose captions open with 1, 2, 3 … to be the points' cards."""


def _point_cards(root: Element) -> list[Element]:
    """The ``<figure>`` cards that hold the points (an icon over each point in a grid): at
    least :data:`_CARD_RUN` figures in a row whose captions open with the numbers 1, 2, 3 …
    (or go on from another number, one more each time); [] when there are none."""
    run: list[Element] = []
    best: list[Element] = []
    last = -1  # the number of the run's last card
    for figure in root.select("figure"):
        captions = figure.select("figcaption")
        found = _CARD_NUMBER.match(_squeezed(captions[0])) if captions else None
        number = int(found.group(1)) if found else None
        if number is not None and run and number == last + 1:
            run.append(figure)
        else:
            run = [figure] if number is not None else []
        last = number if number is not None else -1
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= _CARD_RUN else []


_ICON_SIZE = 64
"""An image no wider or taller than this (its ``width``/``height``) is an icon, not a
picture of the text (:func:`_pictures`)."""


_FRAMED = re.compile(r"(?:^(?![a-z][a-z0-9+.-]*:)|\.(?:pdf|html?|docx?|odt)(?:[?#]|$))",
                     re.IGNORECASE)
"""A frame's address that is a document's: a file saved beside the page (no scheme: ``./…
_files/document.html``), or a document's own address (``….pdf``, ``….html``)."""


def _frames(root: Element) -> tuple[str, ...]:
    """The addresses of the documents the main text shows in frames (:data:`_FRAMED`; an
    ad's or a video's frame is none)."""
    return tuple(src for frame in root.select("iframe[src], frame[src], object[data]")
                 if (src := (frame.attribute("src") or frame.attribute("data") or "").strip())
                 and not src.startswith(("data:", "about:", "javascript:"))
                 and _FRAMED.search(src))


def _pictures(root: Element) -> int:
    """How many images the main text shows that can be pictures of a document's pages (no
    icon: an image sized :data:`_ICON_SIZE` or smaller)."""
    count = 0
    for image in root.select("img"):
        sizes = [image.attribute(side) or "" for side in ("width", "height")]
        if not any(size.isdigit() and int(size) <= _ICON_SIZE for size in sizes):
            count += 1
    return count


_ITEM_TITLE = "data-plandiff-title"
"""The attribute :func:`_mark_item_titles` puts on an item's bold title."""
_TITLE_END = "\x1d"
"""Where an item's bold title ends in the walk's buffer (:func:`_mark_item_titles`)."""
_TITLE_TEXT = re.compile(r"[^\W\d_][^.!?;:。！？；：\n]{0,59}?[.:：]?")


def _short_title(bold: str, whole: str) -> bool:
    """Whether the bold words ``bold`` that ``whole`` opens with can be a title: at most
    :data:`TITLE_CELL_WORDS` words, no sentence's stop or number inside them."""
    return bool(bold) and whole.startswith(bold) and _TITLE_TEXT.fullmatch(bold) is not None \
        and not any(c.isdigit() for c in bold) and len(bold.split()) <= TITLE_CELL_WORDS


def _mark_item_titles(root: Element) -> None:
    """Mark the bold title each item of a list opens with (``<li><strong>
    Sovereignty.</strong> Ukraine remains …</li>``, ``<li><b>Sovereignty:</b><p>…</p>``):
    when every item of the list (:data:`_PLAN_ITEMS` at least, outside any other list)
    opens with bold words that are a short title (at most :data:`TITLE_CELL_WORDS` words,
    no sentence's stop or number inside it) and goes on after them in a capital, the bold
    words are the point's title, as a subhead in the item (``<li><h3>``) is. Bold words a
    sentence goes on from (``<b>Ukraine</b> remains …``, ``<b>ロシア</b>は …``) and an item all
    in bold stay the text. A bulleted list's items only on a page that numbers no point (no
    ``<ol>``, no paragraphs opening with a number): there its items are the points; beside
    numbered points a bulleted box of reactions (``<b>Kyiv:</b> The government …``) stays
    as the page wrote it."""
    numbered = bool(root.select("ol li")) or sum(
        1 for e in root.select("p") if _ITEM_START.match(_SPACE.sub(" ", e.text()))
    ) >= _PLAN_ITEMS
    for listed in root.select("ol" if numbered else "ol, ul"):
        if _in_list(listed, root):
            continue
        items = [li for li in listed.select("li") if _owner(li).same(listed)]
        if len(items) < _PLAN_ITEMS:
            continue
        titles = []
        for item in items:
            whole = _squeezed(item)
            bold = next(iter(item.select("strong, b")), None)
            title = _squeezed(bold) if bold is not None else ""
            rest = whole[len(title):].strip()
            if bold is None or not _short_title(title, whole) or not rest \
                    or rest[0].islower() or "\u3040" <= rest[0] <= "\u309f" \
                    or not _owner(bold).same(listed):
                break  # (a Japanese sentence goes on from its bold word in a particle: は)
            titles.append(bold)
        else:
            for bold in titles:
                bold.set_attribute(_ITEM_TITLE, "")


_BOLD_ITEM = "data-plandiff-bold-item"
"""The attribute :func:`_mark_bold_items` puts on a paragraph that is a fact sheet's item."""
_SPEAKER_WORDS = frozenset({"q", "a", "question", "answer", "reporter", "journalist", "host",
                            "moderator", "interviewer", "вопрос", "ответ", "питання",
                            "відповідь", "журналист", "журналіст"})


_LEAD_ENDS = (".", ":", "：")
_LEAD_SEPARATORS = (*_LEAD_ENDS, "–", "—", "-")


def _bold_lead(paragraph: Element) -> str | None:
    """The bold lead word of a paragraph that opens with one ("<strong>Ceasefire.</strong>
    Both sides …", "<b>Reconstruction:</b> A fund …", "<b>Prisoners</b> – All …"): short, no
    digit, ending in a stop or a colon (or a dash after it), a sentence after it; None for
    any other paragraph."""
    bold = next(iter(paragraph.select("strong, b")), None)
    whole = _squeezed(paragraph)
    lead = _squeezed(bold) if bold is not None else ""
    if not _short_title(lead, whole) or _page_item(whole):
        return None
    rest = whole[len(lead):].lstrip()
    if not lead.endswith(_LEAD_ENDS) and rest[:1] in _LEAD_SEPARATORS:
        lead, rest = lead + rest[0], rest[1:].lstrip()
    return lead if lead.endswith(_LEAD_SEPARATORS) and rest[:1].isupper() \
        else None


def _mark_bold_items(root: Element) -> int:
    """A fact sheet that numbers nothing and lists nothing (no ``<li>`` but a link alone, a
    related articles' box; no paragraph opening with a number or a point's keyword and
    number word, :func:`_numbered_paragraph`): its paragraphs opened by a
    bold lead word (:func:`_bold_lead`), three at least and no two alike (a transcript's
    speakers repeat, and a question's label is no item), are its items, read as bullets
    (the parser numbers a list that numbers nothing). How many were marked."""
    listed = any(_squeezed(li) != " ".join(_squeezed(a) for a in li.select("a"))
                 for li in root.select("li"))
    if listed or sum(1 for e in root.select("p")
                     if _numbered_paragraph(_squeezed(e))) >= _PLAN_ITEMS:
        return 0
    items = [(p, lead) for p in root.select("p") if (lead := _bold_lead(p)) is not None]
    leads = [lead.rstrip(".:：–—- ").lower() for _, lead in items]
    if len(items) < _PLAN_ITEMS or len(set(leads)) < len(leads) \
            or not _SPEAKER_WORDS.isdisjoint(leads):
        return 0
    for paragraph, _ in items:
        paragraph.set_attribute(_BOLD_ITEM, "")
    return len(items)


_NUMBERED_TERMS = "data-plandiff-numbered"
"""The attribute :func:`_mark_numbered_terms` puts on a list of numbered terms."""
_TERM_NUMBER = re.compile(r"\s*[(（]?[0-9０-９]{1,3}[.．)）]?(?:\s|$)")


def _mark_numbered_terms(root: Element) -> None:
    """Mark each ``<dl>`` whose terms open with the points' numbers (``<dt>1</dt><dd>…</dd>``,
    ``<dt>1. 主権</dt>``; :data:`_PLAN_ITEMS` at least, as a Japanese page sets a list of
    points): when it
    closes, the page's text follows, not the last point's (:attr:`_Walker.after_list`)."""
    for terms in root.select("dl"):
        numbers = [term for term in terms.select("dt")
                   if _TERM_NUMBER.match(term.text())]
        if len(numbers) >= _PLAN_ITEMS:
            terms.set_attribute(_NUMBERED_TERMS, "")


_CONTINUED = "data-plandiff-continued"
"""The attribute :func:`_mark_continued` puts on a list the next one goes on from."""


def _mark_continued(root: Element) -> None:
    """Mark each outer numbered list of two items or more that the next outer list goes on
    from (``<ol>`` 1-2, a paragraph, ``<ol start="3">``): the text between is the page's,
    not its last item's (:attr:`_Walker.after_list`)."""
    outer = [ol for ol in root.select("ol") if not _in_list(ol, root)]
    for first, then in pairwise(outer):
        items = len([li for li in first.select("li") if _owner(li).same(first)])
        start = _int(first.attribute("start"), 1)
        if items >= 2 and first.attribute("reversed") is None \
                and then.attribute("start") is not None \
                and _int(then.attribute("start"), 0) == start + items:
            first.set_attribute(_CONTINUED, "")


def _owner(item: Element) -> Element:
    """The list an item is in (its nearest ``<ol>`` or ``<ul>``)."""
    box = item.parent()
    while box is not None and box.tag not in ("ol", "ul"):
        box = box.parent()
    return box if box is not None else item


def _in_list(element: Element, root: Element) -> bool:
    """Whether an element stands inside a list item (below ``root``)."""
    box = element.parent()
    while box is not None and not box.same(root):
        if box.tag == "li":
            return True
        box = box.parent()
    return False


_ITEM_START = re.compile(r"^\s*[0-9０-９]{1,3}[.)．）]")


def _numbered_paragraph(text: str) -> bool:
    """Whether a paragraph opens with a point's number, or its keyword and a number or a
    number word (``Point one:``, ``Пункт перший.``, ``第一項``), bold or not: the page
    numbers its points itself."""
    if _ITEM_START.match(text) or JA_ARTICLE.match(text):
        return True
    found = TOP.match(text)
    return found is not None and found.group("kw") is not None


def _first_number(entry: Element) -> tuple[int, int] | None:
    """(the first number, how many items) of an entry's numbered list: its ``<ol>`` items
    (numbered from ``start=``), else its paragraphs opening with a number; None for none."""
    lists = entry.select("ol")
    if lists:
        items = sum(len(ol.select("li")) for ol in lists)
        return _int(lists[0].attribute("start"), 1), items
    numbered = [m for e in entry.select("p")
                if (m := _ITEM_START.match(_SPACE.sub(" ", e.text())))]
    if len(numbered) < 2:
        return None
    return int(re.sub(r"\D", "", numbered[0].group()).translate(FW_DIGITS)), len(numbered)


_ENTRY = "data-plandiff-entry"
"""The attribute :func:`_mark_other_entries` puts on each entry of a live blog."""
_PLAN_WORDS = PLAN_WORDS
_LEAD_IN_HEADINGS = frozenset({"h2", "h3", "h4", "h5"})


def _names_the_plan(first: Element) -> bool:
    """Whether the block right before a list (its first numbered paragraph, or the ``<ol>``)
    names it as the plan: a paragraph ending in a colon, or a heading (or a paragraph all in
    bold), with a word of a plan or its points in it ("The mediators released the plan. Its
    five points read:", "The principles in full", "Текст пунктів:"); a "Key events" box's
    heading names none."""
    before = first.previous()
    while before is not None and not _squeezed(before):
        before = before.previous()
    if before is None:
        return False
    text = _squeezed(before)
    subhead = before.tag in _LEAD_IN_HEADINGS or any(
        _squeezed(bold) == text for bold in before.select("strong, b"))
    return _PLAN_WORDS.search(text) is not None and (
        subhead or text.endswith((":", "："))) and len(text) <= _CAPTION_CHARS


def _first_list(entry: Element) -> Element | None:
    """The first ``<ol>`` of an entry, else its first paragraph opening with a number."""
    lists = entry.select("ol")
    if lists:
        return lists[0]
    return next((e for e in entry.select("p") if _ITEM_START.match(_squeezed(e))), None)


def _social_post(entry: Element) -> bool:
    """Whether a box with a ``<time>`` is a social network's post (an X post and its
    writer's name, a Mastodon status: :data:`_POST_CHROME_IDS`,
    :data:`_POST_CHROME_CLASSES`), not a live blog's entry: a thread's points run on from
    one post into the next (:mod:`.threads`)."""
    for box in (entry, *entry.select("[data-testid], [class]")):
        if (box.attribute("data-testid") or "").lower() in _POST_CHROME_IDS | {"tweet"} \
                or not _POST_CHROME_CLASSES.isdisjoint((box.attribute("class") or "").split()):
            return True
    return False


_STAMP_TAGS = "span, small, strong, b, em, i, p, div"
_UPDATE_STAMP = re.compile(r"(?:last[ \t]+)?updated|оновлено|обновлено", re.IGNORECASE)
"""A stamp that says when an entry was updated (``Updated at 14:12 GMT``): an entry may
carry it under its own time, so it marks an entry only when it stands alone."""
_STAMP_ALONE_CHARS = 40


def _stamps(root: Element) -> list[Element]:
    """A live blog's entries' time stamps: its ``<time>`` elements, and an element holding a
    time stamp alone (``<span>10:42 GMT</span>``, ``<p>2 h ago</p>``, a ``<div>``:
    :data:`~plandiff.plans.intake.markers.TIME_STAMP_LINE`) that stands in no sentence (no
    text beside it in the box it stands alone in: ``… at <span>10:00</span> in Geneva`` is
    none), nor in a list item or a table's cell (a schedule's times)."""
    stamps = root.select("time")
    for box, text in _short_texts(root.select(_STAMP_TAGS), _STAMP_ALONE_CHARS):
        if not text or not TIME_STAMP_LINE.match(text) \
                or any(s.same(box) or s.contains(box) or box.contains(s) for s in stamps):
            continue
        parent = box.parent()
        while parent is not None and not parent.same(root) and _squeezed(parent) == text:
            parent = parent.parent()
        if parent is not None and not _SPACE.sub("", parent.own_text()) \
                and not _within(box, root, ("li", "td", "th", "caption")):
            stamps.append(box)
    return stamps


def _short_texts(boxes: list[Element], most: int) -> list[tuple[Element, str]]:
    """The boxes (in document order) whose text is at most ``most`` characters, with it.
    The innermost are read first, and a box holding one too long is not read at all: boxes
    nested hundreds deep round the article read its text once, not once each."""
    long: set[int] = set()
    short: list[tuple[Element, str]] = []
    for box in reversed(boxes):
        if any(child.key() in long for child in box.children()):
            long.add(box.key())
            continue
        text = _squeezed(box)
        if len(text) > most:
            long.add(box.key())
        else:
            short.append((box, text))
    return short[::-1]


def _within(element: Element, root: Element, tags: tuple[str, ...]) -> bool:
    """Whether an element stands inside one of ``tags`` (below ``root``)."""
    box = element.parent()
    while box is not None and not box.same(root):
        if box.tag in tags:
            return True
        box = box.parent()
    return False


def _mark_other_entries(root: Element) -> tuple[int, int]:
    """A live blog (three entries or more, each holding one time stamp: a ``<time>``, or a
    stamp in a box of its own, :func:`_stamps`; an "Updated at …" stamp under an entry's
    own time is that entry's): when more than one
    numbered list starts at 1 (in an entry, or outside them: a "Key events" box of a dozen
    times), the one the page names as the plan (:func:`_names_the_plan`) is the draft's,
    else the longest in an entry; the other such entries, and lists outside them, are
    marked to be left out (drones downed by region, a second story's own list, the key
    events); a list going on from other numbers (``start="4"``: the draft's later points)
    stays. How many were marked, and how many entries shown twice (:func:`_mark_copies`).
    Each entry is marked :data:`_ENTRY`: after the points, the next entry is the page's
    text unless it goes on with the next point."""
    entries: list[Element] = []
    stamps = _stamps(root)
    updated = {s.key() for s in stamps if _UPDATE_STAMP.match(_squeezed(s))}
    leading = [s for s in stamps if s.key() not in updated]
    updates = [s for s in stamps if s.key() in updated]
    for time in (*leading, *updates):
        if any(e.contains(time) for e in entries):
            continue  # an entry's "Updated at …" under its own time
        counted = stamps if time.key() in updated else leading
        entry = time
        parent = entry.parent()
        while parent is not None and not parent.same(root) \
                and sum(1 for s in counted if parent.contains(s)) == 1:
            entry, parent = parent, parent.parent()
        if not entry.same(time) and not any(e.same(entry) for e in entries):
            entries.append(entry)
    if len(entries) < 3:
        return 0, 0
    for entry in entries:
        if not _social_post(entry):  # a thread's post runs on into the next one
            entry.set_attribute(_ENTRY, "")
    copies = _mark_copies(root, stamps)
    entries = [e for e in entries if e.attribute(_LEFT_OUT) is None]
    from_one = [(found[1], e) for e in entries
                if (found := _first_number(e)) is not None and found[0] == 1]
    outside = [(items, ol) for ol in root.select("ol")
               if not _in_list(ol, root) and _int(ol.attribute("start"), 1) == 1
               and ol.attribute("reversed") is None
               and not any(e.contains(ol) for e in entries)
               and (items := len([li for li in ol.select("li") if _owner(li).same(ol)])) >= 2]
    # a post with no stamp among the entries (a pinned "What we know so far") numbering its
    # paragraphs from 1: a list outside the entries too
    outside += [(found[1], box) for box in _unstamped_posts(entries)
                if not box.select("ol") and (found := _first_number(box)) is not None
                and found[0] == 1]
    named = [box for _, box in from_one + outside
             if (first := box if box.tag == "ol" else _first_list(box)) is not None
             and _names_the_plan(first)]
    if len(named) == 1 and len(from_one) + len(outside) >= 2:
        others = [box for _, box in from_one + outside if not box.same(named[0])]
    elif not from_one and not outside and not root.select("ol"):
        # nothing numbered: the entries' bulleted lists, the one whose lead-in names it as
        # the plan the draft's (never the longest alone: a bulleted recap may be longer)
        bulleted = [(entry, ul) for entry in entries if (ul := _first_bullets(entry)) is not None]
        plans = [entry for entry, ul in bulleted if _names_the_plan(ul)]
        if len(plans) != 1 or len(bulleted) < 2:
            return 0, copies
        others = [entry for entry, _ in bulleted if not entry.same(plans[0])]
    else:
        if len(from_one) < 2:
            return 0, copies
        longest = max(count for count, _ in from_one)
        if sum(1 for count, _ in from_one if count == longest) > 1:
            return 0, copies  # two lists as long: nothing tells which is the draft's
        others = [entry for count, entry in from_one if count < longest]
    for box in others:
        box.set_attribute(_LEFT_OUT, "")
    return len(others), copies


def _first_bullets(entry: Element) -> Element | None:
    """The first bulleted list of two items or more at an entry's outer level, or None."""
    for listed in entry.select("ul"):
        if _in_list(listed, entry):
            continue
        if len([li for li in listed.select("li") if _owner(li).same(listed)]) >= 2:
            return listed
    return None


def _unstamped_posts(entries: list[Element]) -> list[Element]:
    """The boxes beside a live blog's entries, in the same parent, that are no entry, hold
    none and stand in none (a pinned post or a summary with no time stamp), in page order.
    One walk up from each entry: a blog of many entries stays linear."""
    keys = {entry.key() for entry in entries}
    around: set[int] = set()  # every element holding an entry
    parents: dict[int, Element] = {}
    node: Element | None
    for entry in entries:
        node = entry.parent()
        if node is not None:
            parents.setdefault(node.key(), node)
        while node is not None and node.key() not in around:
            around.add(node.key())
            node = node.parent()
    posts: list[Element] = []
    for parent in parents.values():
        node = parent
        while node is not None and node.key() not in keys:
            node = node.parent()
        if node is not None:  # the parent stands in an entry: its boxes are the entry's
            continue
        posts += [box for box in parent.children() if box.tag in _STAMPLESS_POSTS
                  and box.key() not in keys and box.key() not in around]
    return posts


_STAMPLESS_POSTS = frozenset({"div", "section", "article", "aside", "li"})
"""The elements a post beside a live blog's entries is set in."""


_COPY_CHARS = 80
"""The least text an entry holds for its copy to be told (a short "Good morning" may recur)."""


def _mark_copies(root: Element, stamps: list[Element]) -> int:
    """Mark to be left out a live blog's entry shown twice (the latest pinned over the
    timeline, then again in its place): every copy but the last on the page, told by the
    same paragraphs and items, stamps and headings aside (a "Pinned" label over it). How
    many were marked."""
    seen: dict[tuple[str, ...], Element] = {}
    copies = 0
    for entry in root.select(f"[{_ENTRY}]"):
        own = [s for s in stamps if entry.contains(s)]
        key = tuple(text for box in entry.select("p, li")
                    if not any(box.same(s) or box.contains(s) or s.contains(box)
                               for s in own) and (text := _squeezed(box)))
        if sum(len(text) for text in key) < _COPY_CHARS:
            continue
        if key in seen:
            seen[key].set_attribute(_LEFT_OUT, "")
            copies += 1
        seen[key] = entry
    return copies


_TIMELINE = "data-plandiff-timeline"
"""The attribute :func:`_mark_timelines` puts on a timeline's ``<ol>``: read as bullets."""
_TIMELINE_ITEMS = (2, 6)


def _mark_timelines(root: Element) -> int:
    """An explainer's short numbered timeline (two to six items, each opening with a date:
    "21 November: …", "2014 — …") before the one list numbered from 1 that the page's
    lead-in names as the plan (:func:`_names_the_plan`), and shorter than it: marked
    :data:`_TIMELINE`, its items read as bullets (the page's text before the points, not a
    first part of the plan). How many were marked."""
    outer = [(ol, [li for li in ol.select("li") if _owner(li).same(ol)])
             for ol in root.select("ol") if not _in_list(ol, root)
             and _int(ol.attribute("start"), 1) == 1 and ol.attribute("reversed") is None]
    named = [(at, len(items)) for at, (ol, items) in enumerate(outer) if _names_the_plan(ol)]
    if len(named) != 1:
        return 0
    plan_at, plan_items = named[0]
    marked = 0
    for ol, items in outer[:plan_at]:
        if _TIMELINE_ITEMS[0] <= len(items) <= min(_TIMELINE_ITEMS[1], plan_items - 1) \
                and all(dated_entry(_squeezed(li)) for li in items):
            ol.set_attribute(_TIMELINE, "")
            marked += 1
    return marked


_WIKI_ARTICLE = "mw-parser-output"
"""The class of a MediaWiki article's text (Wikipedia's)."""
_SECTION_WORDS = re.compile(r"\bterms\b|内容|条項|содержание|положения|зміст|положення",
                            re.IGNORECASE)
"""Words of a wiki section heading over a plan's points beyond :data:`_PLAN_WORDS`
("Terms", "内容", "Содержание плана")."""


def _mark_wiki_sections(root: Element) -> int:
    """On a wiki article (:data:`_WIKI_ARTICLE`) whose lists numbered from 1 stand in
    sections (``<h2>``) of which one names the plan (its heading, or the lead-in before its
    list: :func:`_names_the_plan`), mark the lists of the other sections :data:`_TIMELINE`
    (what happened after, in order: the article's text, not a part of the plan). How many
    were marked."""
    if not root.select(f".{_WIKI_ARTICLE}") \
            and _WIKI_ARTICLE not in (root.attribute("class") or "").split():
        return 0
    heading: Element | None = None
    lists: list[tuple[Element | None, Element]] = []
    for element in root.select("h2, ol"):
        if element.tag == "h2":
            if element.attribute("id") != "mw-toc-heading":
                heading = element
        elif not _in_list(element, root) and _int(element.attribute("start"), 1) == 1 \
                and element.attribute("reversed") is None \
                and "references" not in (element.attribute("class") or "").split():
            lists.append((heading, element))
    named = {-1 if at is None else at.key() for at, ol in lists
             if _names_the_plan(ol) or (at is not None and (
                 _PLAN_WORDS.search(_squeezed(at)) or _SECTION_WORDS.search(_squeezed(at))))}
    if len(named) != 1:
        return 0
    marked = 0
    for at, ol in lists:
        if (-1 if at is None else at.key()) not in named:
            ol.set_attribute(_TIMELINE, "")
            marked += 1
    return marked


_SHARED_TITLES = ("og:title", "twitter:title")
"""The ``<meta>`` names (``property`` or ``name``) of the headline a page gives for sharing."""


_CHAT_EXPORT_TITLE = "Exported Data"
"""The ``<title>`` of every page of Telegram Desktop's HTML chat export (``messages.html``)."""


def _chat_name(page: HtmlDocument) -> str | None:
    """The chat's or channel's name over a Telegram Desktop export's messages (its
    ``<title>`` names no chat); None for any other page."""
    if page.title().strip() != _CHAT_EXPORT_TITLE:
        return None
    found = page.select("div.page_header div.text.bold")
    name = _squeezed(found[0]) if found else ""
    return name or None


_SITE_NAMES = ("og:site_name", "application-name", "apple-mobile-web-app-title")
"""The ``<meta>`` names (``name`` or ``property``) of the site's own name."""


def _site_names(page: HtmlDocument) -> list[str]:
    """The names the page gives its site (:data:`_SITE_NAMES`)."""
    return [meta.attribute("content") or "" for meta in page.select("meta[content]")
            if (meta.attribute("property") or meta.attribute("name") or "").strip().lower()
            in _SITE_NAMES]


def _shared_title(page: HtmlDocument, title: str | None) -> str | None:
    """The headline in the page's ``<meta property="og:title">`` (or ``twitter:title``)
    unless it is ``title``: the title of a page with no heading (whose ``<title>`` is often
    the site's name), and beside another page's heading the headline whose announced count
    is checked too."""
    for meta in page.select("meta[content]"):
        name = (meta.attribute("property") or meta.attribute("name") or "").strip().lower()
        if name in _SHARED_TITLES:
            shared = _SPACE.sub(" ", meta.attribute("content") or "").strip()
            if shared and shared != title:
                return shared
    return None


_LEADS = ("description", "og:description", "twitter:description")
"""The ``<meta>`` names (``name`` or ``property``) of the page's summary of its article."""


def _lead(page: HtmlDocument) -> str | None:
    """The page's summary of its article (:data:`_LEADS`), the first one given; None when it
    gives none."""
    for meta in page.select("meta[content]"):
        name = (meta.attribute("property") or meta.attribute("name") or "").strip().lower()
        if name in _LEADS:
            lead = _SPACE.sub(" ", meta.attribute("content") or "").strip()
            if lead:
                return lead
    return None


def _structured(page: HtmlDocument) -> tuple[tuple[str, str | None], str] | None:
    """The article's text and headline in the page's JSON-LD (:mod:`.jsonld`), else its text
    in a copy the page shows only by running its scripts (:mod:`.embedded`), and where it
    was found; None when the page has neither."""
    scripts = page.linked_data()
    body = article_body(scripts) if scripts else None
    if body is not None:
        return body, STRUCTURED_FROM
    hidden = embedded_article(page)
    return ((hidden[0], None), hidden[1]) if hidden is not None else None

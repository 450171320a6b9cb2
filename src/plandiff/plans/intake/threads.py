"""A thread of social-network posts (X, Threads, Bluesky, Mastodon) copied or saved with a
draft in it: the posts' counters and thread marks are not the draft's text.

A thread numbers its posts ``1/6``, ``2/6`` … (``(3/6)``, ``[3/6]``), at a post's start or
end, and marks itself with 🧵. Read as they stand, ``2/6 2. Russia …`` hid point 2 in point
1, and a point its writer ran on into the next post (``… and the`` / ``3/6 number is
reviewed …``) came in as two paragraphs, the second starting with the counter. Here the
counters that count a thread (the same total, counting up, at a line's start or end), the
thread marks, each post's header and counts, a messenger channel's lines round a message
(Telegram's ``Channel, [24.12.2025 10:15]``, ``👁 12.3K``) and a line saying a post goes
on in the next (``Продолжение ниже 👇``, ``(часть 2)``) leave the text, and a
sentence cut by a post's end runs on into the next post (it ends no clause and the next
post goes on in small letters, or both sides carry an ellipsis: ``… and the …`` / ``…
number is``). A fraction in the text (``1/3 of the line``, ``split 50/50``) counts no
thread and stays.
"""

from __future__ import annotations

import collections
import itertools
import re
from dataclasses import dataclass

from plandiff.plans.intake.lines import PAGE_TEXT, Line
from plandiff.plans.intake.sentences import CLAUSE_END, CLOSERS

__all__ = ["ThreadCut", "goes_on", "thread_posts"]

_MARK = "\U0001f9f5"  # 🧵
_MARKS = re.compile(rf"[ \t]*{_MARK}(?:[ \t]*[\U0001f447\u2b07]\ufe0f?)*[ \t]*")
"""The thread mark, with the pointing-down hand or arrow that often follows it."""
_COUNTER = r"[(\[]?(?P<n>[0-9]{1,3})[ ]?/[ ]?(?P<m>[0-9]{1,3})[)\]]?"
_AT_START = re.compile(rf"^(?P<indent>[ \t]*){_COUNTER}(?=[ \t]|$)[ \t]*")
_BARE_AT_START = re.compile(r"^[ \t]*(?P<n>[0-9]{1,3})/[ \t]+(?=\S)")
"""A post's counter with no total at its start: ``2/ …``."""
_AT_END = re.compile(rf"(?:(?<=[ \t])|^){_COUNTER}[ \t]*$")
_ELLIPSIS_END = re.compile(r"[ \t]*(?:…|\.\.\.)$")
_ELLIPSIS_START = re.compile(r"^[ \t]*(?:…|\.\.\.)[ \t]*")
_OPENS_ITEM = re.compile(r"^[ \t]*(?:[0-9]{1,3}[.)]|[•\-–—*▪◦→・])")


@dataclass(frozen=True)
class ThreadCut:
    """The lines with the thread's counters and marks out, and what was done."""

    lines: tuple[Line, ...]
    counters: int = 0
    marks: int = 0
    joined: int = 0
    """Sentences cut by a post's end that run on into the next post, joined again."""
    chrome: int = 0
    """Lines of the posts' headers and counts (``@handle``, ``·``, ``5h``, ``1.2K``,
    ``👁 12.3K``)."""
    continued: int = 0
    """Lines saying a post goes on in the next (``Продолжение ниже 👇``, ``(часть 2)``)."""
    others: int = 0
    """Posts by another writer than the thread's (a quoted post, a reply), set outside the
    points."""
    numbered: int = 0
    """Posts whose counter numbers the point the post is (:func:`_post_numbers`)."""


def _unmarked(text: str) -> str:
    """``text`` with its thread marks out (its indentation kept)."""
    if _MARK not in text:
        return text
    indent = text[:len(text) - len(text.lstrip(" \t"))]
    return indent + _MARKS.sub(" ", text).strip(" \t")


Counter = tuple[bool, int, int]
"""Where a post's counter stands in its line's :func:`_unmarked` text: (at the line's
start, the counter's start, its end)."""


def _counters(texts: list[str]) -> dict[int, Counter]:
    """The lines whose counter (at the start, or else at the end) counts a thread: two or
    more with one total, the numbers counting up and none over the total, one of them the
    first post or three of them in all; or counters with no total (``1/``, ``2/`` … at the
    posts' starts) counting up from 1, when one of them stands before the draft's own
    number (``2/ 1. Ukraine's …``) or the thread is marked 🧵: alone, ``1/ …`` is a press
    copy's way to number the points themselves."""
    found: dict[int, tuple[re.Match[str], bool]] = {}
    bare: dict[int, re.Match[str]] = {}
    for index, raw in enumerate(texts):
        if "/" not in raw:  # every counter has its slash: most lines are skipped here
            continue
        text = _unmarked(raw)
        start = _AT_START.match(text)
        end = _AT_END.search(text)
        hit, at_start = (start, True) if start is not None else (end, False)
        if hit is not None and 0 < int(hit.group("n")) <= int(hit.group("m")) > 1:
            found[index] = (hit, at_start)
        elif (slash := _BARE_AT_START.match(text)) is not None:
            bare[index] = slash
    kept: dict[int, Counter] = {}
    for total in {int(hit.group("m")) for hit, _ in found.values()}:
        run = [(index, hit, at_start) for index, (hit, at_start) in found.items()
               if int(hit.group("m")) == total]
        numbers = [int(hit.group("n")) for _, hit, _ in run]
        counting = all(a < b for a, b in itertools.pairwise(numbers))
        if len(run) >= 2 and counting and (numbers[0] == 1 or len(run) >= 3):
            kept.update({index: (at_start, hit.start(), hit.end())
                         for index, hit, at_start in run})
    numbers = [int(hit.group("n")) for hit in bare.values()]
    if len(bare) >= 2 and numbers == list(range(1, len(numbers) + 1)) and (
            any(_OPENS_ITEM.match(texts[index][hit.end():]) for index, hit in bare.items()
                if _MARK not in texts[index]) or any(_MARK in text for text in texts)):
        kept.update({index: (True, hit.start(), hit.end()) for index, hit in bare.items()})
    return kept


_END_MARK = re.compile(r"[ \t]+(?:/(?:end|fin|конец|кінець)|[(\[](?:end|fin|конец|кінець)[)\]])"
                       r"[ \t]*$", re.IGNORECASE)
"""A thread's end mark after its last post's words (``/end``, ``[end]``, ``/конец``)."""
_OWN_NUMBER = re.compile(r"^[ \t]*(?:[#№][ \t]*)?[0-9]{1,3}[ \t]*[.)．）:](?![0-9])"
                         r"|^[ \t]*(?:point|пункт|п\.)[ \t]*[0-9]", re.IGNORECASE)
"""A line opening with a number of the draft's own (``2. …``, ``Point 2``)."""
_OPENING = re.compile(rf"{_MARK}|\b(?:thread|тред|ветк[аеуи]|гілк[аиу])\b|スレッド",
                      re.IGNORECASE)
"""What a thread's opening post says of itself (🧵, "A thread")."""


def _post_numbers(texts: list[str], counters: dict[int, Counter], chrome: set[int]
                  ) -> dict[int, int]:
    """The points' numbers a thread's counters give when its posts are the points, by the
    line each number goes before: every counter at its post's start (``1/ The parties …``,
    ``2/ A ceasefire …`` under a "(thread) 🧵" heading: the counter's line), or every one at
    its post's end (``… within three days. 2/7``: the post's first line, after the header
    over it, ``chrome``), and no line opening with a number of the draft's own. A first post
    that alone calls itself the thread's (🧵, "A thread") is its opening, no point (0), and
    the posts after it are numbered from 1. Empty when the draft numbers its points itself
    (``2/ 1. Ukraine's …``) or the counters stand at the start of some posts and the end of
    others."""
    ends = sorted(counters)
    at_start = [counters[index][0] for index in ends]
    if len(ends) < 2 or len(set(at_start)) > 1:
        return {}
    rests = {index: _unmarked(texts[index])[counters[index][2]:] for index in ends
             if at_start[0]}
    if any(_OWN_NUMBER.match(rests.get(index, text)) for index, text in enumerate(texts)):
        return {}
    starts = ends if at_start[0] else _post_starts(texts, ends, chrome)
    first = "\n".join(texts[starts[0]:ends[0] + 1])
    opening = bool(_OPENING.search(first)) and not any(
        _OPENING.search(texts[index]) for index in ends[1:])
    return {index: number - (1 if opening else 0) + 1
            for number, index in enumerate(starts)}


def _post_starts(texts: list[str], ends: list[int], chrome: set[int]) -> list[int]:
    """The first line of each post whose counter stands on line ``ends[k]``, at its end: the
    first line with text, not the post's header (``chrome``), after the post before; the
    first post's, the paragraph its counter ends."""
    def text(index: int) -> bool:
        return index not in chrome and bool(texts[index].strip())

    start = ends[0]
    while start > 0 and text(start - 1):
        start -= 1
    starts = [start]
    for before, end in itertools.pairwise(ends):
        starts.append(next((k for k in range(before + 1, end) if text(k)), end))
    return starts


def _runs_on(before: str, after: str) -> bool:
    """A sentence cut by a post's end: both sides carry an ellipsis, or ``before`` ends no
    clause and ``after`` goes on in small letters (or with a number that opens no item)."""
    if _ELLIPSIS_END.search(before) and _ELLIPSIS_START.match(after):
        return True
    last = before.rstrip().rstrip(CLOSERS + " ")[-1:]
    first = _ELLIPSIS_START.sub("", after)[:1]
    if not last or last in CLAUSE_END or _ELLIPSIS_END.search(before):
        return False
    return first.islower() or (first.isdigit() and not _OPENS_ITEM.match(after))


_HANDLE = re.compile(r"^[ \t]*@[A-Za-z0-9_.]{1,30}(?:@[A-Za-z0-9.-]{1,60})?[ \t]*$")
"""A writer's handle alone on a line: ``@olenawriter``, ``@olena.bsky.social``, Mastodon's
``@olena@mastodon.social``."""
_DOT = re.compile(r"^[ \t]*·[ \t]*$")
_MONTHS = ("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_CYRILLIC_MONTHS = ("янв|февр?|мар|апр|ма[яй]|июн|июл|авг|сент?|окт|нояб?|дек"
                    "|січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лист|груд")
_DAY = (rf"[0-9]{{1,2}} (?:{_CYRILLIC_MONTHS})[а-яіїє]*\.?(?: [0-9]{{4}}(?: ?[гр]\.)?)?"
        r"|(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日")
"""A day as the site writes it in Russian, Ukrainian and Japanese: ``4 дек.``, ``4 груд.
2025 р.``, ``2025年12月4日``."""
_WHEN = re.compile(rf"^[ \t]*(?:·[ \t]*)?(?:[0-9]{{1,2}}[smhd]"
                   r"|[0-9]{1,2}[ ]?(?:ч|мин|год|хв|д|дн|時間|分|秒)\.?"
                   rf"|(?:{_MONTHS})[a-z]*\.? [0-9]{{1,2}}(?:, [0-9]{{4}})?"
                   rf"|[0-9]{{1,2}} (?:{_MONTHS})[a-z]*\.?(?: [0-9]{{4}})?|{_DAY})[ \t]*$")
"""A post's time under its writer's handle: ``5h``, ``Dec 24``, ``24 Dec 2025``, ``5 ч``,
``4 дек.``, ``12月4日``."""
_ONE_LINE_HEADER = re.compile(r"^[ \t]*[^\s@][^@]{0,50}?[ \t]@[A-Za-z0-9_.]{1,30}[ \t]*·[ \t]*"
                              r"\S.{0,30}$")
_COUNT = re.compile(r"^[ \t]*(?:[0-9]{1,3}(?:[.,][0-9]{1,3})?(?:[KkMm]|[ ]?(?:тыс|тис|млн)\.?|万)?"
                    r"|[0-9.,]+[KkMm]? Views|Views|просмотр(?:ов|а)?|перегляд(?:ів|и)?|件の表示)"
                    r"[ \t]*$")
_POST_CHROME = re.compile(
    r"^[ \t]*(?:Translate post|Show more|Show this thread|Quote|Replying to @\S+"
    r"|Показать ещё|Перевести пост|Показать эту ветку|Цитата|В ответ @\S+"
    r"|Показати більше|Перекласти допис|Показати цю гілку|У відповідь @\S+"
    r"|さらに表示|ポストを翻訳|このスレッドを表示|引用"
    rf"|(?:(?:午前|午後)?[0-9]{{1,2}}:[0-9]{{2}} ?(?:AM|PM)? · )?(?:(?:{_MONTHS})[a-z]*\.? "
    rf"[0-9]{{1,2}},? [0-9]{{4}}|[0-9]{{1,2}} (?:{_MONTHS})[a-z]*\.? [0-9]{{4}}|{_DAY})"
    r"(?:,? at [0-9]{1,2}:[0-9]{2} ?(?:AM|PM)?)?(?: · [0-9.,]+[KkMm]? Views)?"
    r"|(?:[0-9][0-9.,]*[KkMm]? (?:reposts?|retweets?|quotes?|likes?|repl(?:y|ies)|views?"
    r"|bookmarks?|boosts?|favou?rites?)[ \t]*)+)[ \t]*$")
"""A post's furniture on a line of its own: the site's buttons (in English, Russian,
Ukrainian and Japanese: ``Show more``, ``Показать ещё``, ``さらに表示``), the full time under a
post (``December 24, 2025 at 10:15 AM``, ``10:15 AM · Dec 24, 2025 · 1.2M Views``, ``10:15 ·
24 дек. 2025 г.``) and its counts in words (``12 reposts 45 likes``)."""


_MESSENGER = re.compile(
    r"^[ \t]*(?:(?P<sender>.{1,80}), \[[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4},? [0-9]{1,2}:[0-9]{2}"
    r"(?::[0-9]{2})?(?: ?[AP]M)?\]"  # Telegram Desktop's "Channel, [24.12.2025 10:15]"
    r"|(?:👁\ufe0f?[ \t]*[0-9][0-9.,]*[KkMmКкМм]?"
    r"|[0-9][0-9.,]*[KkMmКкМм]?[ \t]+(?:views|просмотр\w*|перегляд\w*))"
    r"(?:[ \t]+(?:edited|изменено|змінено|ред\.))?(?:[ \t]+[0-9]{1,2}:[0-9]{2})?"
    r"|(?:edited|изменено|змінено)[ \t]+[0-9]{1,2}:[0-9]{2}"
    # the reactions under a post: "👍 3 ❤️ 2", "🔥12  😢 4"
    r"|(?:[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\U0001f3fb-\U0001f3ff]?[ \t]*"
    r"[0-9][0-9.,]*[KkMmКкМм]?[ \t]*)+)[ \t]*$",
    re.IGNORECASE)
"""A messenger channel's lines round each post, as its text is copied: Telegram Desktop's
``Channel, [24.12.2025 10:15]`` over each message, the view count and time under it (``👁
12.3K``, ``12.3K views  edited  14:05``), the reactions' counts (``👍 3 ❤️ 2``). ``[Forwarded
from …]`` says where the post came from: an aside (:mod:`plandiff.plans.intake.asides`), kept
in the notes."""


_DOWN = r"(?:[\U0001f447\u2b07\u2193\u23ec]\ufe0f?[ \t]*)"
_CONTINUED = re.compile(
    r"^[ \t]*[(\[]?(?:"
    r"(?:продолжение|продовження|окончание|закінчення|continued|to be continued|cont'?d"
    r"|(?:the[ \t]+)?thread[ \t]+continues|more)"
    r"(?:[ \t]+(?:ниже|нижче|below|следует|далі|далее|в следующем (?:посте|сообщении)"
    r"|у наступному (?:дописі|повідомленні)|in the next post))?"
    r"|(?:часть|частина|part)[ \t]*[0-9]{1,2}(?:[ \t]*(?:/|из|з|of)[ \t]*[0-9]{1,2})?"
    rf")[)\]]?[ \t.:…]*{_DOWN}*$|^[ \t]*{_DOWN}+$",
    re.IGNORECASE)
"""A line of its own saying a post goes on in the next, or is the next part of one
(``Продолжение ниже 👇``, ``Продовження нижче``, ``continued below``, ``(часть 2)``, ``Part
2/2``, ``👇``): a channel that splits a long post over messages."""


def _messenger_lines(texts: list[str]) -> set[int]:
    """The lines of :data:`_MESSENGER`; Telegram Desktop's headers only when they name one
    sender (a channel): a chat's, naming two or more, are read with their messages
    (:mod:`plandiff.plans.intake.chats`, which keeps another member's talk out of the
    points)."""
    found = {index: match for index, text in enumerate(texts)
             if (match := _MESSENGER.match(text)) is not None}
    senders = {" ".join(match.group("sender").split()).casefold()
               for match in found.values() if match.group("sender")}
    return {index for index, match in found.items()
            if len(senders) < 2 or not match.group("sender")}


def goes_on(text: str) -> bool:
    """Whether ``text`` is a line saying a post goes on in the next (:data:`_CONTINUED`)."""
    return _CONTINUED.match(text) is not None


def _headers(texts: list[str]) -> set[int]:
    """The lines of the posts' headers: the writer's name, ``@handle``, ``·`` and the time
    (``Dec 24``, ``5h``), on lines of their own or on one line (``Name @handle · 5h``)."""
    found: set[int] = set()
    for index, text in enumerate(texts):
        if _ONE_LINE_HEADER.match(text):
            found.add(index)
        elif _HANDLE.match(text):
            found.add(index)
            if index > 0 and 0 < len(texts[index - 1].strip()) <= 50 \
                    and texts[index - 1].rstrip()[-1:] not in CLAUSE_END:
                found.add(index - 1)
            after = index + 1
            while after < len(texts) and after <= index + 2 and (
                    _DOT.match(texts[after]) or _WHEN.match(texts[after])):
                found.add(after)
                after += 1
    return found


_A_HANDLE = re.compile(r"@[A-Za-z0-9_.]{1,30}(?:@[A-Za-z0-9.-]{1,60})?")


def _others(texts: list[str], chrome: set[int]) -> list[list[int]]:
    """The lines of each post by another writer than the thread's (the writer heading the
    most posts, two at least, by handle or by the name over it, so the same writer posting
    from two sites is one): a post it quotes (``Quote`` / ``Petro @petro · Dec 23`` / its
    text) or a reader's reply under it. Each runs from its header to the next."""
    heads: list[tuple[int, str, str]] = []  # (line, handle, the name over it)
    for index, text in enumerate(texts):
        one_line = _ONE_LINE_HEADER.match(text) is not None
        if one_line or _HANDLE.match(text):
            at_sign = _A_HANDLE.search(text)
            if at_sign is not None:
                name = text[:at_sign.start()] if one_line else \
                    texts[index - 1] if index > 0 and index - 1 in chrome else ""
                heads.append((index, at_sign.group().casefold(), " ".join(name.split())))
    counts = collections.Counter(handle for _, handle, _ in heads)
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) < 2 or ranked[0] < 2 or ranked[0] == ranked[1]:
        return []
    writer = next(handle for handle, count in counts.items() if count == ranked[0])
    names = {name for _, handle, name in heads if handle == writer and name}
    found: list[list[int]] = []
    for at, (index, handle, name) in enumerate(heads):
        end = heads[at + 1][0] if at + 1 < len(heads) else len(texts)
        post = [k for k in range(index + 1, end) if k not in chrome and texts[k].strip()]
        if handle != writer and name not in names and post:
            found.append(post)
    return found


def thread_posts(lines: tuple[Line, ...]) -> ThreadCut:
    """``lines`` with a thread's post counters, thread marks and the posts' headers and
    counts left out and the sentences cut by a post's end joined again; ``lines`` as they
    are when no thread counts there."""
    texts = [line.text for line in lines]
    counters = _counters(texts)
    marks = sum(text.count(_MARK) for text in texts)
    headers = _headers(texts)
    numbers = _post_numbers(texts, counters, headers)
    posts = sum(1 for index in headers if _HANDLE.match(texts[index])
                or _ONE_LINE_HEADER.match(texts[index]))
    messenger = _messenger_lines(texts)
    if not counters and not marks and posts < 2 and not messenger:
        return ThreadCut(lines)
    breaks: set[int] = set()  # a post ends just before this line
    out = list(texts)
    for index, text in enumerate(texts):
        bare = _unmarked(text)
        if (counters or marks) and _END_MARK.search(bare):
            bare = _END_MARK.sub("", bare)
            marks += 1
        if index in counters:
            at_start, start, end = counters[index]
            if at_start and numbers.get(index):
                bare = f"{bare[:start]}{numbers[index]}. {bare[end:].lstrip(' ')}"
            elif at_start:
                bare = bare[:start] + bare[end:]
                breaks.update((index, index + 1) if not bare.strip() else (index,))
            else:
                bare = bare[:start].rstrip(" \t")
                breaks.add(index + 1)
        if numbers.get(index) and not (index in counters and counters[index][0]):
            indent = len(bare) - len(bare.lstrip(" \t"))  # a post counted at its end
            bare = f"{bare[:indent]}{numbers[index]}. {bare[indent:]}"
        out[index] = bare
    chrome = set(headers) | messenger
    if counters or marks or headers:
        chrome |= {index for index, text in enumerate(out)
                   if _POST_CHROME.match(text) or _DOT.match(text)}  # a "·" alone too
        # a post's counts (replies, reposts, likes, views): a run of two or more lines
        # before the next post's header or the end of the text
        index = 0
        while index < len(out):
            end = index
            while end < len(out) and _COUNT.match(out[end]):
                end += 1
            if end - index >= 2 and (end == len(out) or end in chrome):
                chrome.update(range(index, end))
            index = max(end, index + 1)
    continued = {index for index, text in enumerate(out)
                 if index not in chrome and _CONTINUED.match(text)}
    for index in chrome | continued:
        out[index] = ""
        breaks.add(index)
    # another writer's post (quoted, or a reply): the page's text, never a point's, its
    # first line marked (the lines under it follow it to the notes) and none joined
    posts_by_others = _others(texts, chrome | continued)
    for post in posts_by_others:
        out[post[0]] = PAGE_TEXT + out[post[0]]
    others = {index for post in posts_by_others for index in post}
    # the text lines round each break, found once (a thread of thousands of posts, its
    # headers blank now, stays linear)
    previous: list[int] = []  # the last line with text before each line
    last = -1
    for index, text in enumerate(out):
        previous.append(last)
        if text.strip():
            last = index
    following = [len(out)] * (len(out) + 1)  # the first line with text at or after it
    for index in range(len(out) - 1, -1, -1):
        following[index] = index if out[index].strip() else following[index + 1]
    joined: set[tuple[int, int]] = set()
    dropped: set[int] = set()
    for index in sorted(breaks):
        before = previous[index] if index < len(out) else last
        after = following[min(index, len(out))]
        if before < 0 or after >= len(out) or (before, after) in joined \
                or before in others or after in others \
                or not _runs_on(out[before], out[after]):
            continue
        out[before] = _ELLIPSIS_END.sub("", out[before])
        out[after] = _ELLIPSIS_START.sub("", out[after])
        dropped.update(range(before + 1, after))
        joined.add((before, after))
    kept = [index for index in range(len(out)) if index not in dropped]
    numbered = sum(1 for number in numbers.values() if number)
    renumbered = sum(1 for index, number in numbers.items()  # the counter became the number
                     if number and index in counters and counters[index][0])
    return ThreadCut(tuple(Line(out[k], lines[k].where) for k in kept),
                     len(counters) - renumbered, marks, len(joined), len(chrome), len(continued),
                     len(posts_by_others), numbered)

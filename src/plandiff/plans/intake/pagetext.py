"""The page's text read out of the points once the whole draft is read.

Numbered lines of a page's furniture, once the page is a PDF or a Word file (a cookie
banner's lone ``1. Accept all``, a cross-link repeating its neighbour's number:
:func:`strays`), and the article's prose after the list (:func:`prose_after`) go to the
version's notes, each with a line in the structure report.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import UNSPACED_CHAR, join_wrapped, note_paragraph
from plandiff.plans.intake.parsestate import Event, Node, Parse
from plandiff.plans.intake.reporting import commentary, narrative, reported
from plandiff.plans.intake.sentences import CLAUSE_END, SENTENCE_END, opens_sentence

__all__ = ["closing_line", "prose_after", "prose_between", "strays"]


def _finished(node: Node) -> bool:
    """Whether the last text of a point (or of its last sub-point) ends a sentence."""
    last = node.walk()[-1].last_line.rstrip()
    return last[-1:] in SENTENCE_END


def _fragment(node: Node) -> bool:
    """A short line with no closing punctuation, alone (a link's or a button's words)."""
    text = node.text
    return not node.children and "\n" not in text and len(text) < 60 \
        and text.rstrip()[-1:] not in CLAUSE_END


def strays(parse: Parse) -> None:
    """Move numbered lines of a page's furniture out of the points, once the page has become a
    PDF or a Word file: a lone point 1 that does not end a sentence, before the numbering
    starts at 1 again and goes on to 2 (a cookie banner's '1. Accept all', an image
    caption; a list numbered 1, 1, 1 stays), and a short
    line with no closing punctuation that repeats the number of the point beside it (a
    cross-link's '4. Talks stall' between points 3 and 4). Each goes to the version's notes,
    and the report says so."""
    points = parse.points
    stray = set()
    for index, node in enumerate(points):
        after = points[index + 1] if index + 1 < len(points) else None
        before = points[index - 1] if index else None
        lone = node.label == "1" and after is not None and after.label == "1" \
            and any(later.label == "2" for later in points[index + 2:]) \
            and not _finished(node)
        repeat = _fragment(node) and any(
            other is not None and other.label == node.label and _finished(other)
            for other in (before, after))
        if lone or repeat:
            stray.add(index)
    if not stray:
        return
    for index in sorted(stray):
        node = points[index]
        parse.notes.extend(p for n in node.walk() for p in n.paragraphs if p)
        parse.notes.extend([note] for n in node.walk() for note in n.notes)
        parse.notes.append([])
        parse.events.append(Event(node.where, "aside", f"a line numbered {node.number} read "
                                  f"as the page's text, not a point (it repeats its "
                                  f"neighbour's number): moved to the version's notes: "
                                  f"{node.text[:60]}"))
    parse.points = [node for index, node in enumerate(points) if index not in stray]
    parse.headings = [(heading, at - sum(1 for i in stray if i < at))
                      for heading, at in parse.headings]


def prose_after(parse: Parse) -> None:
    """Move the article's prose after the list out of the last point. A press copy goes on
    after the points ("The remaining points were not published", a footer; in a browser's
    copy with no blank lines, one line a paragraph, :func:`_lines_as_paragraphs`, the lines
    from the first that reads as a news story's on): when every
    other point (and sub-point) with text is one paragraph, at least three of them, and the
    last one's first paragraph is a finished sentence, its further paragraphs that open like
    a sentence are not the point's. When other points run over several paragraphs too, the
    last point's further paragraphs from the first that reads as a news story's
    (:func:`~plandiff.plans.intake.reporting.narrative`: "officials said", "the remaining
    points", "next week", "declined to comment") or speaks about the text
    (:func:`~plandiff.plans.intake.reporting.commentary`: "the text does not say who …", a
    question) on are the article's. Further paragraphs that read as neither stay, with a
    warning (``tail``) when the last point has more paragraphs than any other point has,
    or most points are one paragraph: nothing is moved on a guess, nothing glued on
    silently."""
    if not parse.points:
        return
    nodes = [n for point in parse.points for n in point.walk()]
    last = nodes[-1]
    texts = [[p for p in n.paragraphs if p] for n in nodes]
    others = [t for t in texts[:-1] if t]
    own = _lines_as_paragraphs(texts[-1], others)
    if len(own) < 2:
        return
    if own is not texts[-1]:  # a browser's copy: from the first line that reads as a report's
        extra = own[1:]
        reported = next((i for i, p in enumerate(extra)
                         if narrative(p[0]) or commentary(p[0])), None)
        if reported is not None and all(opens_sentence(p[0]) for p in extra[reported:]):
            kept = [line for paragraph in own[:1 + reported] for line in paragraph]
            _move_after(parse, last, [kept], extra[reported:])
        return
    if (own[0][-1][-1:] not in CLAUSE_END and not _unpunctuated(others)) \
            or own[0][-1].endswith((":", "：")):
        return
    extra = own[1:]
    if any(not opens_sentence(p[0]) for p in extra):
        return
    several = sum(1 for t in others if len(t) > 1)
    if several or len(others) < 3:
        reported = next((i for i, p in enumerate(extra)
                         if narrative(join_wrapped(p)) or commentary(join_wrapped(p))), None)
        if reported is not None:
            _move_after(parse, last, own[:1 + reported], extra[reported:])
            return
        most = max((len(t) for t in others), default=1)
        if others and (len(own) > most or (len(others) >= 3 and 4 * several <= len(others))):
            # more paragraphs than any other point, or than most: it stays; ask the user
            parse.events.append(Event(last.where, "tail", f"point {last.number}, the last, "
                                      f"has {len(extra)} more paragraph(s) after its first, "
                                      "unlike the other points: check that they are the "
                                      "point's and not the article's text after the list"))
        return
    _move_after(parse, last, own[:1], extra)


def _unpunctuated(others: list[list[list[str]]]) -> bool:
    """Whether the points (two at least) are all written with no closing punctuation
    (``（１）ウクライナの主権を確認する``, a broadcaster's list of headline-like points): the
    last point's first paragraph is finished though it ends with none."""
    return len(others) >= 2 and all(t[-1][-1][-1:] not in CLAUSE_END for t in others)


def _lines_as_paragraphs(own: list[list[str]], others: list[list[list[str]]]
                         ) -> list[list[str]]:
    """The last point's paragraphs, its lines each a paragraph when the draft is a browser's
    copy with no blank line between paragraphs: every other point (at least three) is one
    line, and the last point's first line could not have been wrapped where it ends (it and
    the next line's first word, or first character in Japanese, which wraps anywhere, are
    no longer than the longest of the other lines)."""
    if len(own) != 1 or len(own[0]) < 2 or len(others) < 3 \
            or any(len(t) != 1 or len(t[0]) != 1 for t in others):
        return own
    widest = max(len(t[0][0]) for t in others)
    first, second = own[0][0].rstrip(), own[0][1].split()
    if second and UNSPACED_CHAR.match(second[0]):  # Japanese wraps after any character
        second = [second[0][0]]
    if not second or len(first) + 1 + len(second[0]) > widest:
        return own
    return [[line] for line in own[0]]


def _move_after(parse: Parse, last: Node, kept: list[list[str]],
                moved: list[list[str]]) -> None:
    last.paragraphs = kept
    parse.after_last.extend(note_paragraph(p) for p in moved)
    parse.events.append(Event(last.where, "after", f"{len(moved)} paragraph(s) after point "
                              f"{last.number} read as the article's text, not the point's: "
                              "moved to the version's notes"))


_VOICE = re.compile(
    r"^(?:(?:The|A|An|Two|Three|Several|Some|Other|Senior|Western|European|US|U\.S\.|Russian"
    r"|Ukrainian|American|Kremlin|Kyiv|Moscow|Washington)\s+){0,3}"
    r"(?:officials?|diplomats?|negotiators?|sources?|envoys?|spokes(?:man|woman|person)"
    r"|analysts?|aides?|White House|Kremlin|State Department|Foreign Ministry)"
    r"\b[^.!?]{0,40}?\b(?:said|says|say|told|tells?|added|noted|stressed|declined to (?:comment|say"
    r"|confirm)|did not (?:respond|comment|reply|say)|could not be reached|would not say)\b"
    r"[^\n]*[.!]$"
    # … or said by them after the sentence: "…, officials said on Friday."
    r"|^[^\n]{1,300},[ \t]+(?:(?:the|a|an|two|three|several|some|other|senior|western"
    r"|european|us|u\.s\.|russian|ukrainian|american|kremlin|kyiv|moscow|washington)[ \t]+)"
    r"{0,3}(?:officials?|diplomats?|negotiators?|sources?|envoys?|spokes(?:man|woman|person)"
    r"|analysts?|aides?)[ \t]+(?:said|say|told reporters|added)(?:[ \t]+on[ \t]+(?:monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday))?\.$",
    re.IGNORECASE)
"""A news story's closing sentence in the reporter's voice: the people of the story
("Officials", "Two diplomats", "The White House", "A Kremlin spokesman") and what they said
or would not say, or their words after the sentence ("…, officials said on Friday."). A
point's own sentence has no such subject and verb."""
_JA_EXPECTED = "という|とみられる|と見られる|方針だ|見通しだ"
"""The Japanese sentence endings of what is said, planned or expected (``…を認めるという。``)."""
_JA_VOICE = re.compile(rf"(?:{_JA_EXPECTED}|とされる|報じた|考えを示した|意向を示した)。$")
"""A Japanese news story's closing sentence ends so (what is said, planned, expected, who
reported it: ``…が報じた``, ``…として報じた``); a
sentence with a reporter's words (``と述べた``, ``によると``) is one too."""


_JA_HEARSAY = re.compile(rf"(?:{_JA_EXPECTED}|とされる)。$")
"""A Japanese sentence told as hearsay, as an outlet writes every point of a draft it has
seen (``…を認めるという。``): a paragraph of its own so ending may be the point's, not the
article's closing (:func:`closing_line` moves a paragraph that says who reported it)."""


_CYRILLIC_VOICE = re.compile(
    r"^(?:Об этом|Про це|Как|Як)\s+(?:сообща|сообщи|пиш|писа|переда|повідомля|повідоми|пише"
    r"|писав|писала|заяви|сказа)\w*\b[^\n]*[.!]$"
    r"|^(?:Это|Це)\s+(?:сообщ(?:ил|ила|или|ает|ают)|заяви(?:л|ла|ли|в)|сказа(?:л|ла|ли|в)"
    r"|повідоми(?:в|ла|ли)|повідомля(?:є|ють)|пише|пишет|написа(?:л|ла|ли|в))\b[^\n]*[.!]$"
    r"|^[^\n]{0,120}\b(?:со ссылкой на|з посиланням на)\b[^\n]*[.!]$"
    # the people of the story and what they told: "Дипломат розповів нам, що …"
    r"|^(?:\w+\s+){0,2}(?:дипломат|джерел|источник|співрозмовник|собеседник|чиновник"
    r"|посадов|переговірник|переговорщик)\w*\b[^.!?]{0,40}?\b(?:сказа|заяви|розпові"
    r"|рассказа|повідоми|сообщи|дода|добави|зазначи|отмети)\w*\b[^\n]*[.!]$", re.IGNORECASE)
"""A Russian or Ukrainian news story's closing sentence: who reports it (``Об этом сообщает
РБК …``, ``Про це повідомляє …``, ``Это сообщил источник …``), on whose word (``… со
ссылкой на источники.``), or the people of the story and what they told (``Дипломат
розповів нам …``, ``Источник рассказал …``)."""


_REPORTERS_WORDS = re.compile(
    r"\b(?:could not (?:independently )?(?:verify|confirm|be reached)|(?:was|were) first "
    r"reported by|did not immediately (?:respond|reply|comment|return)|(?:a |the )?requests? "
    r"for comment|(?:it )?(?:was|is) not immediately clear|(?:declined|refused) to comment"
    # the same in Russian and Ukrainian: "от комментариев отказались", "відмовилися від
    # коментарів", "не ответили на запрос", "не відповіли на запит"
    r"|(?:отказал\w*|воздержал\w*)\s+от\s+комментари\w*|от\s+комментари\w*\s+"
    r"(?:отказал\w*|воздержал\w*)|відмовил\w*\s+(?:від\s+)?коментар\w*"
    r"|від\s+коментар\w*\s+(?:відмовил\w*|утрима\w*)|не\s+(?:ответил\w*|відповіл\w*)\s+"
    r"на\s+(?:запрос|запит)\w*)\b",
    re.IGNORECASE)
"""What only a reporter writes, wherever in the sentence (``Reuters could not independently
verify the document.``, ``… did not immediately respond to a request for comment.``, ``…
от комментариев отказались.``)."""


def _reporters_voice(line: str) -> bool:
    if UNSPACED_CHAR.match(line[:1]) and line.endswith("。"):
        return reported(line) or _JA_VOICE.search(line) is not None
    return _spaced_voice(line)


def _spaced_voice(line: str) -> bool:
    """A sentence of a spaced script in the reporter's voice: the people of the story and
    what they said (:data:`_VOICE`, :data:`_CYRILLIC_VOICE`), or what only a reporter writes
    (:data:`_REPORTERS_WORDS`)."""
    return _VOICE.match(line) is not None or _CYRILLIC_VOICE.match(line) is not None \
        or (line.endswith((".", "!")) and _REPORTERS_WORDS.search(line) is not None)


def closing_line(parse: Parse) -> None:
    """Move a reporter's closing sentence, the last line of the last point's last paragraph
    right under its finished sentence (a copy with no blank line between paragraphs), or a
    paragraph of that one line after a finished paragraph (a page's closing ``<p>`` under a
    headed point, whose title line keeps :func:`prose_after` from weighing it), out
    of the point (:data:`_VOICE`, :data:`_REPORTERS_WORDS`, :data:`_JA_VOICE`,
    :data:`_CYRILLIC_VOICE`; one whole line, nothing on a guess)."""
    if not parse.points:
        return
    last = parse.points[-1].walk()[-1]
    paragraphs = [p for p in last.paragraphs if p]
    if not paragraphs:
        return
    alone = len(paragraphs) > 1 and len(paragraphs[-1]) == 1
    if len(paragraphs[-1]) < 2 and not alone:
        _closing_sentence(parse, last, paragraphs[-1])
        return
    lines = paragraphs[-1]
    line = lines[-1].strip()
    above = paragraphs[-2][-1] if alone else lines[-2]
    phrases = _phrases(parse, above)
    if (above.rstrip()[-1:] not in SENTENCE_END and not phrases) \
            or not _reporters_voice(line) or line[:1].islower() \
            or (alone and not phrases and _JA_HEARSAY.search(line)):
        # the sentence may close the paragraph's own last line, or have wrapped: "… said
        # the talks" / "would continue."
        _closing_sentence(parse, last, lines)
        return
    if alone:  # a paragraph of its own (a page's <p> after a headed point's text)
        last.paragraphs = paragraphs[:-1]
    else:
        lines.pop()
    _closing_moved(parse, last, line)


def _phrases(parse: Parse, above: str) -> bool:
    """Whether the draft's points are phrases that end no sentence (a press summary's
    ``①主権を確認する``, ``（２）制裁を解除する``), three at least, the last one's text
    (ending in ``above``) too: a sentence in the reporter's voice on a line of its own under
    them is no point's, though nothing above it ends a sentence, and a hearsay ending
    (``…方針だ。``) is not the points' way of writing."""
    ends = [node.text.rstrip()[-1:] for node in parse.points[:-1]] + [above.rstrip()[-1:]]
    return len(ends) >= 3 and not any(end in SENTENCE_END for end in ends)


def _closing_moved(parse: Parse, last: Node, line: str) -> None:
    parse.after_last.append(line)
    parse.events.append(Event(last.where, "after", f"the reporter's closing line ({line[:60]})"
                              f" read as the article's text, not point {last.number}'s: "
                              "moved to the version's notes"))


_JA_SAID = re.compile(rf"(?:{_JA_EXPECTED}|と報じた|考えを示した|意向を示した"
                      r"|と(?:述べ|語っ|話し|強調し)た|を明らかにした)。$")
"""How a Japanese reporter's sentence ends, strictly (no ``とされる``, which a clause may
end with too): what is said, planned or expected, who said it."""
_SPACED_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’»]?[ \t]+(?=[A-ZА-ЯЁЄІЇҐ])")
_JA_OPEN, _JA_CLOSE = "「『（(“", "」』）)”"


def _last_sentence(line: str) -> int | None:
    """Where the last sentence of a line holding two or more starts, or None."""
    if line.endswith("。"):  # Japanese: after a 。 outside brackets and quotation marks
        depth, at = 0, None
        for index, char in enumerate(line[:-1]):
            depth += (char in _JA_OPEN) - (char in _JA_CLOSE)
            if char == "。" and depth <= 0:
                at = index + 1
        return at
    found = [m.end() for m in _SPACED_BOUNDARY.finditer(line)]
    return found[-1] if found else None


def _closing_sentence(parse: Parse, last: Node, lines: list[str]) -> None:
    """A reporter's closing sentence at the end of the last point's last paragraph (on its
    own line, or wrapped over the paragraph's last lines), after its finished sentence
    (``…を与える。政府は…方針だ。``, ``… in stages. Officials said …``): moved out as
    :func:`closing_line` moves a whole line. Only a sentence in the reporter's
    voice by its subject and verb (:data:`_VOICE`, :data:`_CYRILLIC_VOICE`,
    :data:`_REPORTERS_WORDS`) or, in Japanese, by its strict ending (:data:`_JA_SAID`);
    never a point's own second sentence."""
    line = join_wrapped(lines).rstrip()
    at = _last_sentence(line)
    if at is None:
        return
    kept, sentence = line[:at].rstrip(), line[at:].strip()
    if not kept or kept[-1] not in SENTENCE_END or not sentence:
        return
    if UNSPACED_CHAR.match(sentence[:1]):
        if _JA_SAID.search(sentence) is None:
            return
    elif not _reporters_voice(sentence) or sentence[:1].islower():
        return
    lines[:] = [kept]
    _closing_moved(parse, last, sentence)


_RECAP = re.compile(
    r"^(?:Нагадаємо|Нагадуємо|Напомним|Напоминаем|Як (?:повідомля\w*|писа\w*|ми писали"
    r"|відомо)|Как (?:сообща\w*|писа\w*|мы писали|известно)|As (?:(?:was |we |previously )?"
    r"reported|we wrote)|Recall that|As a reminder)\b", re.IGNORECASE)
"""How a news story's paragraph recalling earlier news opens (``Нагадаємо, …``, ``Как
сообщало издание, …``, ``As reported earlier, …``)."""


_NAMED_VOICE = re.compile(
    r"^(?:(?:On|In|At|Earlier|Later|Meanwhile|Speaking)\b[^,.!?]{0,50},[ \t]+)?"
    r"(?:[A-Z][\w'’.-]*[ \t]+(?:(?:of|the|de|von|al)[ \t]+)?){1,5}(?:on[ \t]+\w+[ \t]+)?"
    r"(?:said|says|told|wrote|posted|added|warned|stressed|insisted|argued|claimed)\b"
    r"|^(?:[А-ЯІЇЄҐЁ][\w'’-]*[ \t]+){1,4}(?:(?:в|у|во)[ \t]+[\w'’-]+[ \t]+)?"
    r"(?:заяви|сказа|повідоми|сообщи|наголоси|подчеркну|написа|дода|добави|зазначи|отмети)"
    r"(?:в|ла|л|ли)\b")
"""A news story's paragraph opening with a named speaker and what they said or wrote, the
name (and title) in capitals (``Zelensky said on Friday …``, ``Ukrainian President
Volodymyr Zelensky told …``, ``In a video address, Zelensky said …``, ``Зеленський заявив
…``, ``Песков сказал …``): a plan's point never opens so."""


def _reporters_paragraph(text: str) -> bool:
    """A paragraph that is the reporter's by how it opens: a recap of earlier news
    (:data:`_RECAP`) or the people of the story and what they said (:data:`_VOICE`,
    :data:`_CYRILLIC_VOICE`, a named speaker: :data:`_NAMED_VOICE`; a Japanese sentence
    with a reporter's words, ``…と述べた。``), or what only a reporter writes
    (:data:`_REPORTERS_WORDS`)."""
    if UNSPACED_CHAR.match(text[:1]):
        first = text[:text.find("。") + 1] if "。" in text else text
        return first.endswith("。") and reported(first)
    first = re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]
    return _RECAP.match(text) is not None or _spaced_voice(first) \
        or _NAMED_VOICE.match(text) is not None


def prose_between(parse: Parse) -> None:
    """Move a reporter's paragraph between two points out of the point before it, to that
    point's notes: in a news page's copy whose points are one paragraph each (all but half
    of them at most, four points at least), a further paragraph of a point with no sub-points,
    after its finished sentence, that is the reporter's by how it opens
    (:func:`_reporters_paragraph`), and the paragraphs after it. The last point's are
    :func:`prose_after`'s."""
    points = parse.points
    if len(points) < 4:
        return
    texts = [[p for p in point.paragraphs if p] for point in points]
    several = sum(1 for t in texts[:-1] if len(t) > 1)
    if not several or 2 * several > len(points) - 1:
        return
    for point, own in zip(points[:-1], texts[:-1], strict=True):
        if len(own) < 2 or point.children or own[0][-1][-1:] not in SENTENCE_END:
            continue
        at = next((k for k in range(1, len(own))
                   if _reporters_paragraph(join_wrapped(own[k]))), None)
        if at is None:
            continue
        point.paragraphs = own[:at]
        for paragraph in own[at:]:
            said = join_wrapped(paragraph)
            point.notes.append(said)
            parse.events.append(Event(point.where, "aside", f"the reporter's text between "
                                      f"points moved to the notes of point {point.number}: "
                                      f"{said[:60]}"))


"""The words of a reporter, not of a negotiated text: what tells a press copy's own prose
(pull quotes, the article after the list) from the points it prints.

A clause speaks in the present or the future, names no speaker and no day of the week, and
is not set in quotation marks of its own. An article says who said what ("officials said",
"за словами"), how the text came out ("was leaked"), when ("on Friday", "next week",
"вчора") and what happened ("declined to comment"); its pull quotes are quotations set
apart, with their speaker or without. These are text predicates only; the parser decides
where they apply (a further paragraph of a point, a line after a finished sentence).
"""

from __future__ import annotations

import re

from plandiff.plans.intake.sentences import (
    CLAUSE_END,
    ELLIPSIS,
    SENTENCE_END,
    ends_sentence,
    goes_on_across,
)

__all__ = ["OPENING_QUOTES", "bare_quotation", "commentary", "interrupting_quotation",
           "narrative", "quotations_with_speaker", "reported"]

_REPORTING = re.compile(
    r"(?<![\w-])(?:(?<!the )said|says|told|tells|tell (?:us|me|reporters)|added|stated|noted"
    r"|warned|stressed|according to|розпові(?:в|ла|ли)|рассказа(?:л|ла|ли)"
    r"|(?:was|were|has been|have been|had been) (?:published|released|circulated|leaked|"
    r"reported|seen)|the (?:remaining|other|rest of the) (?:points|provisions|clauses)"
    r"|заяви(?:в|ла|л|ли)|сказа(?:в|ла|л|ли)|повідоми(?:в|ла|ли)|сообщи(?:л|ла|ли)|за словами"
    r"|по словам|зазначи(?:в|ла|ли)|отмети(?:л|ла|ли)|наголоси(?:в|ла|ли)|подчеркну(?:л|ла|ли)"
    r"|дода(?:в|ла|ли)|добави(?:л|ла|ли)|решта пунктів|остальные пункты"
    r"|сообщалось|повідомлялося|повідомляли|сообщали"
    r"|(?:об этом|как|про це|як) (?:сообща(?:ет|ют)|повідомля(?:є|ють))"
    r"|the (?:document|text|draft|plan) also (?:says|states|mentions|includes|lists)"
    r"|(?:в|у) (?:документе|тексте|плане|проекте|документі|тексті|плані|проєкті) (?:также "
    r"|тоже |еще |ещё |також |ще )?(?:говорится|сказано|указано|упоминается|йдеться"
    r"|зазначено|згадується))(?![\w-])"
    r"|^(?:передісторія|що передувало|контекст|предыстория|что предшествовало|background"
    r"|context)[ \t]*[:：]"  # a news site's label over its recap ("Передісторія:")
    r"|と(?:述べ|語っ|話し|強調し)(?:た|ました)|によると|明らかにし(?:た|ました)|残りの項目"
    # a broadcaster's polite forms (…としています。…ということです。): the reporter's
    r"|として(?:います|いる)。|と伝えて(?:います|いる)|ということです|(?:考え|意向)を示しました",
    re.IGNORECASE)
"""Who said what (one speaker or many: ``сообщили в Кремле``), how the text came out, "the
remaining points", what else "the document also says" (``В документе также говорится:``)."""

_NARRATIVE = re.compile(
    r"(?<![\w-])(?:yesterday|today|tonight|tomorrow|(?:this|last|next) (?:week|weekend|month)"
    r"|(?:earlier|later) this (?:week|month|year)|last (?:night|year)"
    r"|Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?"
    r"|(?:declined|refused) to (?:comment|say|confirm)|did not (?:comment|respond|say)"
    r"|commented|(?:could|can) not be (?:reached|confirmed)|it (?:is|was) (?:not |un)clear"
    r"|remains? to be seen|negotiators|diplomats?|envoys?|spokes(?:man|woman|person)"
    r"|analysts?|journalists|reporters|the Kremlin|the White House|Downing Street"
    r"|вчора|сьогодні|завтра|(?:минулого|наступного|цього) тижня|в понеділок|у вівторок"
    r"|в середу|у четвер|в п'ятницю|у п'ятницю|в суботу|в неділю|вчера|сегодня|на (?:прошлой"
    r"|следующей|этой) неделе|в понедельник|во вторник|в среду|в четверг|в пятницу"
    r"|в субботу|в воскресенье|переговірники|дипломати|речни(?:к|ця)|Кремль|Кремлі|Кремле"
    r"|Кремля"
    r"|Білий дім|Білому домі|переговорщики|дипломаты|пресс-секретарь|Белый дом|Белом доме"
    r"|не (?:коментува(?:в|ла|ли)|комментирова(?:л|ла|ли))"
    r"|(?:отказал|воздержал)\w*\s+от\s+комментари\w*|от\s+комментари\w*\s+(?:отказал"
    r"|воздержал)\w*|відмовил\w*\s+(?:від\s+)?коментар\w*|від\s+коментар\w*\s+"
    r"(?:відмовил|утрима)\w*"
    r"|нагадаємо|напомним|recall that|as a reminder|as (?:we|was) reported"
    r"|як (?:повідомляла|писала|ми писали)|как (?:сообщал|писал)(?:а|и|о)?)(?![\w-])"
    r"|昨日|今日|明日|先週|来週|今週|報道官|外交筋|政府関係者|交渉筋|ホワイトハウス|クレムリン"
    r"|(?:した|された|だった|なかった|れた)。"
    # a closing recap of earlier news ("Ранее в Кремле …", "Раніше ми повідомляли …")
    r"|^(?:ранее|раніше|earlier|previously),?[ \t]",
    re.IGNORECASE)
"""When and what happened, and who tells it: a day of the week or a day relative to the
report's own ("next week", "вчора", "来週"), "declined to comment" ("от комментариев
отказались", "відмовилися від коментарів"), the people of a news
story (negotiators, diplomats, spokespeople, the Kremlin), a recap of earlier news
("Нагадаємо,", "Напомним,", "as reported", a paragraph opening "Раніше", "Ранее",
"Earlier,"), a Japanese sentence in the past."""

_COMMENTARY = re.compile(
    r"(?<![\w-])(?:(?:the|this) (?:text|draft|document|plan|outline|proposal|framework|"
    r"version|paper|memorandum|leak)\b.{0,40}?\b(?:(?:does not|doesn't|did not) (?:say|specify"
    r"|mention|explain|define|address|spell out|state|name|detail)|makes no mention|says "
    r"nothing|is silent|leaves (?:open|unclear)|omits|gives no|offers no|contains no "
    r"(?:details?|mention|timeline|date)|lacks|fails to)|(?:does|do|did) not (?:say|specify"
    r"|mention|explain|define|name|address|spell out) (?:who|how|whether|when|what|which"
    r"|where|why)|unclear (?:who|how|whether|when|what|which|where|why))(?![\w-])"
    r"|(?<![\w-])(?:не (?:уточнює|визначає|каже|згадує|пояснює|зазначає|уточняет|определяет"
    r"|говорит|упоминает|объясняет|указывает)|не (?:уточнюється|визначається|згадується"
    r"|зазначається|пояснюється|уточняется|определяется|упоминается|указывается|объясняется)"
    r"|незрозуміло|неясно|непонятно|у (?:тексті|документі|проєкті|плані) (?:не|немає|нічого)"
    r"|в (?:тексте|документе|проекте|плане) (?:не|нет|ничего))(?![\w-])"
    r"|明記されていない|明記していない|触れていない|言及(?:はない|していない|されていない)"
    r"|不明(?:だ|である)|定かではない|示されていない|書かれていない",
    re.IGNORECASE)
"""Words about the text rather than of it: what it does not say ("the text does not say
who …", "it is unclear how", "у тексті не уточнюється", "неясно", "明記されていない")."""

OPENING_QUOTES = "\"“«„「『‘'"
"""The marks that open a quotation (the parser's test for a quoted paragraph too)."""
_CLOSE = "\"”»」』’'"
_INNER = "[^\"“”«»„「」『』\n]"
_QUOTATION = re.compile(rf"^[{OPENING_QUOTES}]{_INNER}{{3,}}[{_CLOSE}]"
                        r"(?P<speaker>.{0,100})$")
_ENDS = re.escape(SENTENCE_END + ELLIPSIS)
_IN_TEXT = re.compile(rf"(?:(?<=[{_ENDS}])|^)[ \t]*(?P<quote>[{OPENING_QUOTES}]{_INNER}{{3,}}"
                      rf"[{_CLOSE}](?P<speaker>{_INNER}{{0,100}}?[.!?。]))"
                      r"(?=\s|$)")
_MID_TEXT = re.compile(rf"(?<=[^\s{re.escape(CLAUSE_END + ELLIPSIS)}])[ \t]+"
                       rf"(?P<quote>[{OPENING_QUOTES}](?P<first>[^\W\d_]){_INNER}{{2,}}[{_CLOSE}](?P<speaker>{_INNER}{{0,100}}?[.!?]))"
                       r"(?=[ \t]+[^\W\d_])")
"""A quotation with its speaker set inside a sentence that goes on after it (a pull quote
run into the paragraph it interrupts: ``…six months, "Nobody …," one negotiator said.
monitors the line …``)."""
_BARE = re.compile(rf"^[{OPENING_QUOTES}]{_INNER}{{3,}}[.!?。…]?[{_CLOSE}][.!?。]?$")
_INTRODUCES = re.compile(r"(?:[:：,]|\b(?:as )?follows\.?|following\.?|reads?\.?)$",
                         re.IGNORECASE)
"""What a text ends with when the quotation after it is its own (``…amended as follows:``)."""


def reported(text: str) -> bool:
    """Whether ``text`` has a reporter's words (:data:`_REPORTING`)."""
    return _REPORTING.search(text) is not None


def narrative(text: str) -> bool:
    """Whether ``text`` reads as a news story's (:data:`_REPORTING`, :data:`_NARRATIVE`)."""
    return reported(text) or _NARRATIVE.search(text) is not None


def commentary(text: str) -> bool:
    """Whether ``text`` speaks about the text rather than as it (:data:`_COMMENTARY`) or
    asks a question, which a clause never does: an analyst's paragraph after the list."""
    return _COMMENTARY.search(text) is not None or text.rstrip().endswith(("?", "？"))


def _speaker(speaker: str) -> bool:
    speaker = speaker.strip()
    return bool(speaker) and (speaker.lstrip(",.。 ")[:1] in "-–—―" or reported(speaker))


def quotations_with_speaker(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are a quotation with its speaker (``"We are closer than
    ever," one official said.``, ``«…», – заявив посадовець.``): the whole text, or a
    sentence of it after a finished sentence (a pull quote run into a point's paragraph)."""
    whole = _QUOTATION.match(text)
    if whole is not None and _speaker(whole.group("speaker")):
        return [(0, len(text))]
    spans = [(m.start("quote"), m.end("quote")) for m in _IN_TEXT.finditer(text)
             if m.start("quote") > 0 and _speaker(m.group("speaker"))]
    spans += [(m.start("quote"), m.end("quote")) for m in _MID_TEXT.finditer(text)
              if m.group("first").isupper() and _speaker(m.group("speaker"))
              and goes_on_across(text[:m.start("quote")], text[m.end("quote"):])]
    return sorted(set(spans))


def bare_quotation(text: str, before: str) -> bool:
    """Whether ``text`` is a quotation alone, with no speaker (a pull quote a page sets
    apart), after ``before``, a finished sentence that does not introduce it (a clause's own
    quotation follows ``as follows:``)."""
    before = before.rstrip()
    return _BARE.match(text.strip()) is not None and before[-1:] in SENTENCE_END \
        and _INTRODUCES.search(before) is None


def interrupting_quotation(text: str, before: str, after: str) -> bool:
    """Whether ``text`` is a pull quote set in the middle of a sentence: ``before`` does not
    finish it (nor introduce a quotation with a colon), ``after`` goes on in small letters,
    and ``text`` is a whole sentence in quotation marks, with its speaker or without
    (``"Nobody will be left behind," one negotiator said.``). A clause's own quotation in
    its sentence (``… and "the line of contact of 2022" is …``) is no sentence of its
    own."""
    before, after, text = before.rstrip(), after.lstrip(), text.strip()
    if not before or before[-1] in CLAUSE_END + ELLIPSIS \
            or not goes_on_across(before, after):
        return False
    first = text[1:2]
    if not first.isupper():
        return False
    whole = _QUOTATION.match(text)
    if whole is not None and _speaker(whole.group("speaker")):
        return True
    return _BARE.match(text) is not None and ends_sentence(text)
